/**
 * What a Sanity configuration must look like, checked synchronously, so that an element can say
 * at once what is wrong with its attributes. The client itself (`sanity-core.ts`, with picosanity)
 * loads only when a page is configured for a Sanity project and fetches (`resolve.ts`).
 */
import {DataSourceError, type SourceConfig} from './source'

/** The Sanity API version queries are written and tested against. */
export const DEFAULT_API_VERSION = '2025-02-19'

const PROJECT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/
const DATASET = /^[a-z0-9][a-z0-9_-]{0,63}$/
const API_VERSION = /^(?:1|X|\d{4}-\d{2}-\d{2})$/

/** Checks a configuration from attributes and says plainly what is wrong with it. */
export function validateSanityConfig(config: SourceConfig): Required<
  Pick<SourceConfig, 'projectId' | 'dataset' | 'apiVersion'>
> & {
  apiHost: string
} {
  const projectId = config.projectId?.trim() ?? ''
  const dataset = config.dataset?.trim() || 'production'
  const apiVersion = (config.apiVersion?.trim() || DEFAULT_API_VERSION).replace(/^v/, '')
  if (!PROJECT_ID.test(projectId)) {
    throw new DataSourceError(
      'config',
      `project-id "${projectId}" is not a Sanity project id (lowercase letters, digits and hyphens)`,
    )
  }
  if (!DATASET.test(dataset)) {
    throw new DataSourceError(
      'config',
      `dataset "${dataset}" is not a Sanity dataset name (lowercase letters, digits, _ and -)`,
    )
  }
  if (!API_VERSION.test(apiVersion)) {
    throw new DataSourceError(
      'config',
      `api-version "${apiVersion}" is not a Sanity API version such as ${DEFAULT_API_VERSION}`,
    )
  }
  let apiHost = `https://${projectId}.apicdn.sanity.io`
  if (config.apiHost?.trim()) {
    let url: URL
    try {
      url = new URL(config.apiHost.trim())
    } catch {
      throw new DataSourceError(
        'config',
        `api-host "${config.apiHost}" is not a URL such as https://${projectId}.apicdn.sanity.io`,
      )
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new DataSourceError('config', `api-host "${config.apiHost}" must be an http(s) URL`)
    }
    apiHost = url.origin + url.pathname.replace(/\/+$/, '')
  }
  return {projectId, dataset, apiVersion, apiHost}
}

/**
 * What a Sanity source for `config` is known by: its key (host, API version and dataset), and the
 * configuration it reports (elements merge their own over it), the host as it was given. Throws
 * as `validateSanityConfig` does.
 */
export function sanityIdentity(config: SourceConfig): {
  valid: ReturnType<typeof validateSanityConfig>
  key: string
  config: SourceConfig
} {
  const valid = validateSanityConfig(config)
  const {projectId, dataset, apiVersion, apiHost} = valid
  return {
    valid,
    key: `sanity:${apiHost}/v${apiVersion}/${dataset}`,
    config: {projectId, dataset, apiVersion, apiHost: config.apiHost},
  }
}
