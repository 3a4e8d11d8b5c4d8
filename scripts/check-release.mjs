#!/usr/bin/env node
/**
 * Before `npm publish` (package.json's `prepublishOnly`): the changelog's newest entry is the
 * version being published, and has the day it is published instead of "not yet published", so
 * that a page's editor reading CHANGELOG.md before changing the version in the address finds it.
 */
import {readFileSync, realpathSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** What keeps `version` from being published with this changelog, or `undefined` if nothing. */
export function releaseProblem(changelog, version) {
  const newest = /^## (\S+) – (.+)$/m.exec(changelog)
  if (!newest) return 'CHANGELOG.md has no "## <version> – <date>" entry'
  if (newest[1] !== version) return `CHANGELOG.md's newest entry is ${newest[1]}, not ${version}`
  if (!/^\d{4}-\d{2}-\d{2}$/.test(newest[2])) {
    return `CHANGELOG.md's entry for ${version} says "${newest[2]}": give it the day of publishing (YYYY-MM-DD)`
  }
  return undefined
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = new URL('..', import.meta.url)
  const {version} = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'))
  const problem = releaseProblem(readFileSync(new URL('CHANGELOG.md', root), 'utf8'), version)
  if (problem) {
    console.error(`check-release: ${problem}`)
    process.exit(1)
  }
}
