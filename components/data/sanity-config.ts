/**
 * What a Sanity configuration must look like, and what a source for it is known by. Elements only
 * need the key and the normalized configuration (`sanityKey`, `normalizeSanityConfig`); the checks
 * (`validateSanityConfig`) go with the client (`sanity-core.ts`, with picosanity), which loads only
 * when a page is configured for a Sanity project and fetches (`resolve.ts`). A wrong configuration
 * is then reported by that first fetch, naming the attribute.
 */
import {DataSourceError, type SourceConfig} from './source'

/** The Sanity API version queries are written and tested against. */
export const DEFAULT_API_VERSION = '2025-02-19'

/** The project id the README and the guides use as an example. */
export const EXAMPLE_PROJECT_ID = 'abc123xy'

const PROJECT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/
const DATASET = /^[a-z0-9][a-z0-9_-]{0,63}$/
const API_VERSION = /^(?:1|X|\d{4}-\d{2}-\d{2})$/

/** Checks a configuration from attributes and says plainly what is wrong with it. */
export function validateSanityConfig(config: SourceConfig): Required<
  Pick<SourceConfig, 'projectId' | 'dataset' | 'apiVersion'>
> & {
  apiHost: string
} {
  // The defaults are always filled in; the fallbacks here are for the type only.
  const {projectId = '', dataset = '', apiVersion = ''} = normalizeSanityConfig(config)
  if (!PROJECT_ID.test(projectId)) {
    throw new DataSourceError(
      'config',
      `project-id "${projectId}" is not a Sanity project id (lowercase letters, digits and hyphens)`,
      {attribute: 'project-id', value: projectId},
    )
  }
  if (!DATASET.test(dataset)) {
    throw new DataSourceError(
      'config',
      `dataset "${dataset}" is not a Sanity dataset name (lowercase letters, digits, _ and -)`,
      {attribute: 'dataset', value: dataset},
    )
  }
  if (!API_VERSION.test(apiVersion)) {
    throw new DataSourceError(
      'config',
      `api-version "${apiVersion}" is not a Sanity API version such as ${DEFAULT_API_VERSION}`,
      {attribute: 'api-version', value: apiVersion},
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
        {attribute: 'api-host', value: config.apiHost},
      )
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new DataSourceError('config', `api-host "${config.apiHost}" must be an http(s) URL`, {
        attribute: 'api-host',
        value: config.apiHost,
      })
    }
    apiHost = url.origin + url.pathname.replace(/\/+$/, '')
  }
  // The documentation's example, pasted as it is: no project has it, and Sanity's answer (no
  // CORS headers for an unknown project) would read as an outage, with a retry button.
  if (projectId === EXAMPLE_PROJECT_ID && !config.apiHost?.trim()) {
    throw new DataSourceError(
      'config',
      `project-id "${projectId}" is the documentation's example: put the region's project id in its place`,
      {attribute: 'project-id', value: projectId},
    )
  }
  return {projectId, dataset, apiVersion, apiHost}
}

/**
 * A configuration as given, trimmed, with the defaults filled in: what a source reports, and what
 * elements merge their own attributes over. Not checked.
 */
export function normalizeSanityConfig(config: SourceConfig): SourceConfig {
  return {
    projectId: config.projectId?.trim(),
    dataset: config.dataset?.trim() || 'production',
    apiVersion: (config.apiVersion?.trim() || DEFAULT_API_VERSION).replace(/^v/, ''),
    apiHost: config.apiHost?.trim() || undefined,
  }
}

/**
 * What a Sanity source for `config` is known by: its normalized settings, so that `dataset` left
 * out and `dataset="production"` share one source, and two projects behind one host do not.
 */
export function sanityKey(config: SourceConfig): string {
  const {projectId, dataset, apiVersion, apiHost} = normalizeSanityConfig(config)
  return `sanity:${projectId}/${dataset}/v${apiVersion}${apiHost ? ` at ${apiHost}` : ''}`
}
