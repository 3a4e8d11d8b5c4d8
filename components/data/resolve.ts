import {bundledSource} from './bundled-source'
import {sanitySource} from './sanity-core'
import {SharedSource} from './shared-source'
import type {DataSource, SourceConfig} from './source'

const shared = new Map<string, SharedSource>()

/** The bundled default, shared by every element on the page. */
export const defaultSource = new SharedSource(bundledSource)

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
    source = new SharedSource(sanitySource(config))
    shared.set(key, source)
  }
  return source
}

/** Wraps any source (a test's, a host application's) so that its requests are shared. */
export function shareSource(source: DataSource): SharedSource {
  return source instanceof SharedSource ? source : new SharedSource(source)
}
