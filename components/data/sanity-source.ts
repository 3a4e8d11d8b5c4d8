import {QUERIES} from './queries'
import {sanitySource, type SanitySourceOptions} from './sanity-core'
import type {DataSource, SourceConfig} from './source'

export {
  DEFAULT_API_VERSION,
  DEFAULT_TIMEOUT_MS,
  validateSanityConfig,
  type SanitySourceOptions,
} from './sanity-core'

/**
 * A source that queries a Sanity project over HTTP with picosanity: the API CDN, the published
 * perspective, a pinned API version, params JSON-encoded, POST when the URL gets long. No token is
 * ever sent. Each request is abortable and fails after `timeout` ms. It knows every query
 * (`QUERIES`), so a caller fetches by name alone. Elements load this module lazily, on their first
 * fetch from a Sanity project (`resolveSource`).
 */
export function createSanitySource(
  config: SourceConfig,
  options: SanitySourceOptions = {},
): DataSource {
  return sanitySource(config, options, QUERIES)
}
