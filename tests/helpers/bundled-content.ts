/**
 * Every query's default content, added to the bundled source as each element's module adds its own
 * (components/data/bundled-source.ts): for tests that ask the bundled source for any query,
 * whichever elements they import.
 */
import {bundleContent} from '../../components/data/bundled-source'
import * as generated from '../../components/data/generated/index.js'
import {QUERIES} from '../../components/data/queries'
import type {QueryName} from '../../components/data/source'

for (const name of Object.keys(QUERIES) as QueryName[]) bundleContent(name, generated[name])
