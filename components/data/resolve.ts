import {bundledSource} from './bundled-source'
import type {SanitySourceOptions} from './sanity-core'
import type * as SanitySourceModule from './sanity-source'
import {normalizeSanityConfig, sanityKey} from './sanity-config'
import {SharedSource} from './shared-source'
import {DataSourceError, type DataSource, type SourceConfig} from './source'

const shared = new Map<string, SharedSource>()

/** The bundled default, shared by every element on the page. */
export const defaultSource = new SharedSource(bundledSource)

/**
 * A Sanity source whose client (`createSanitySource`, with picosanity, every query's GROQ text and
 * the configuration's checks) loads on its first fetch, so that pages showing the bundled default
 * never load it. A wrong configuration fails every fetch as `config`, naming the attribute, once
 * the client has loaded. A client that fails to load fails that fetch as `offline`, with a warning
 * that gives the cause (a missing `chunks/` folder, a Content Security Policy), and the next fetch
 * asks for it again. Whether that can succeed depends on the browser: Chromium keeps a failed
 * module import failed until the page reloads (whatwg/html#6768). `load` is for tests.
 */
export function lazySanitySource(
  config: SourceConfig,
  sourceOptions?: SanitySourceOptions,
  load: () => Promise<typeof SanitySourceModule> = () => import('./sanity-source'),
): DataSource {
  let client: Promise<DataSource> | undefined
  return {
    key: sanityKey(config),
    config: normalizeSanityConfig(config),
    async fetch(name, params, options) {
      client ??= load().then(
        ({createSanitySource}) => createSanitySource(config, sourceOptions),
        (error: unknown) => {
          client = undefined
          console.warn('[ijh] The Sanity client could not be loaded.', error)
          throw new DataSourceError('offline', 'The Sanity client could not be loaded', {
            cause: error,
          })
        },
      )
      return (await client).fetch(name, params, options)
    },
  }
}

/**
 * The shared source for a configuration: the bundled default when no project is given, otherwise
 * one Sanity source per configuration, so that every element with the same configuration shares
 * its requests. A configuration that cannot work fails its fetches (`lazySanitySource`).
 */
export function resolveSource(config: SourceConfig = {}): SharedSource {
  if (!config.projectId?.trim()) return defaultSource
  const key = sanityKey(config)
  let source = shared.get(key)
  if (!source) {
    source = new SharedSource(lazySanitySource(config))
    shared.set(key, source)
  }
  return source
}

/** Wraps any source (a test's, a host application's) so that its requests are shared. */
export function shareSource(source: DataSource): SharedSource {
  return source instanceof SharedSource ? source : new SharedSource(source)
}
