import {bundledSource} from './bundled-source'
import type {SanitySourceOptions} from './sanity-core'
import type * as SanitySourceModule from './sanity-source'
import {sanityIdentity} from './sanity-config'
import {SharedSource} from './shared-source'
import {DataSourceError, type DataSource, type SourceConfig} from './source'

const shared = new Map<string, SharedSource>()

/** The bundled default, shared by every element on the page. */
export const defaultSource = new SharedSource(bundledSource)

/**
 * A Sanity source whose client (`createSanitySource`, with picosanity and every query's GROQ text)
 * loads on its first fetch, so that pages showing the bundled default never load it. The
 * configuration is checked at once: a wrong one throws here, as `sanitySource` would. A client that
 * fails to load fails that fetch as `offline`, with a warning that gives the cause (a missing
 * `chunks/` folder, a Content Security Policy), and the next fetch asks for it again. Whether that
 * can succeed depends on the browser: Chromium keeps a failed module import failed until the page
 * reloads (whatwg/html#6768). `load` is for tests.
 */
export function lazySanitySource(
  config: SourceConfig,
  sourceOptions?: SanitySourceOptions,
  load: () => Promise<typeof SanitySourceModule> = () => import('./sanity-source'),
): DataSource {
  const {key, config: reported} = sanityIdentity(config)
  let client: Promise<DataSource> | undefined
  return {
    key,
    config: reported,
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

function configKey(config: SourceConfig): string {
  return JSON.stringify([config.projectId, config.dataset, config.apiVersion, config.apiHost])
}

/**
 * The shared source for a configuration: the bundled default when no project is given, otherwise
 * one Sanity source per configuration, so that every element with the same configuration shares
 * its requests. Throws a `DataSourceError` of kind `config` for a configuration that cannot work.
 */
export function resolveSource(config: SourceConfig = {}): SharedSource {
  if (!config.projectId?.trim()) return defaultSource
  const key = configKey(config)
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
