/**
 * The Sanity source without any query text: each fetch brings its query (`FetchOptions.query`),
 * or finds it in the texts the source was made with. `sanity-source.ts` makes one with every
 * query (`QUERIES`), which is the one elements load.
 */
import {createClient} from 'picosanity'
import {
  DataSourceError,
  type DataSource,
  type FetchOptions,
  type QueryName,
  type QueryParamsMap,
  type QueryResultMap,
  type SourceConfig,
} from './source'
import {normalizeSanityConfig, sanityKey, validateSanityConfig} from './sanity-config'

export {DEFAULT_API_VERSION, validateSanityConfig} from './sanity-config'

/** How long a query may take before it fails as a timeout. */
export const DEFAULT_TIMEOUT_MS = 10_000

export interface SanitySourceOptions {
  timeout?: number
  /** The fetch to use; defaults to the page's. */
  fetch?: typeof fetch
}

/** The GROQ text of queries, for fetches that do not bring their own. */
export type QueryTexts = Partial<Record<QueryName, string>>

/** Aborts when any of the signals aborts, and says which. */
function anySignal(signals: AbortSignal[]): AbortSignal {
  const controller = new AbortController()
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason)
      break
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), {once: true})
  }
  return controller.signal
}

function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get('retry-after')
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds)
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000))
}

async function httpError(response: Response): Promise<DataSourceError> {
  let description = response.statusText
  try {
    const body = (await response.json()) as {error?: {description?: string}; message?: string}
    description = body.error?.description ?? body.message ?? description
  } catch {
    // The body is not JSON; the status says enough.
  }
  return new DataSourceError('http', `Sanity answered ${response.status}: ${description}`, {
    status: response.status,
    retryAfter: retryAfterSeconds(response),
  })
}

/**
 * A source that queries a Sanity project over HTTP with picosanity: the API CDN, the published
 * perspective, a pinned API version, params JSON-encoded, POST when the URL gets long. No token is
 * ever sent. Each request is abortable and fails after `timeout` ms. A fetch runs its own
 * `query` text, else the one `queries` has for its name.
 */
export function sanitySource(
  config: SourceConfig,
  options: SanitySourceOptions = {},
  queries: QueryTexts = {},
): DataSource {
  const {projectId, dataset, apiVersion, apiHost} = validateSanityConfig(config)
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS
  const fetchImpl =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init))
  const cdnOrigin = `https://${projectId}.apicdn.sanity.io`

  return {
    key: sanityKey(config),
    config: normalizeSanityConfig(config),
    async fetch<N extends QueryName>(
      name: N,
      params: QueryParamsMap[N],
      {signal, query = queries[name]}: FetchOptions = {},
    ) {
      if (!query) throw new DataSourceError('config', `No GROQ text for the query "${name}"`)
      const timeoutController = new AbortController()
      const timer = setTimeout(
        () =>
          timeoutController.abort(
            new DataSourceError('timeout', `Sanity did not answer within ${timeout / 1000} s`),
          ),
        timeout,
      )
      const combined = anySignal(
        signal ? [signal, timeoutController.signal] : [timeoutController.signal],
      )
      const client = createClient({
        projectId,
        dataset,
        apiVersion,
        useCdn: true,
        perspective: 'published',
      })
      // picosanity builds the URL for the project's API CDN; its fetcher hook carries the
      // configured host and the abort signal.
      client.fetcher = async (url: string, init: RequestInit) => {
        const target = url.startsWith(cdnOrigin) ? apiHost + url.slice(cdnOrigin.length) : url
        const response = await fetchImpl(target, {...init, signal: combined})
        if (!response.ok) throw await httpError(response)
        return response
      }
      try {
        const result = (await client.fetch(query, params)) as QueryResultMap[N] | undefined
        if (result === undefined)
          throw new DataSourceError('malformed', 'Sanity answered without a result')
        return result
      } catch (error) {
        const failure = toDataSourceError(error, combined)
        if (failure.kind === 'offline') explainUnreachable(apiHost)
        else if (failure.kind === 'http' || failure.kind === 'malformed') explainAnswer(failure)
        throw failure
      } finally {
        clearTimeout(timer)
      }
    },
  }
}

const explained = new Set<string>()

/**
 * Says once per host, in the console, what usually makes Sanity unreachable from a browser that
 * is online: the site's origin missing from the project's CORS origins, or a Content Security
 * Policy without the host in `connect-src`. The browser reports either only as a failed fetch.
 */
function explainUnreachable(apiHost: string): void {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return
  if (explained.has(apiHost)) return
  explained.add(apiHost)
  const origin = typeof location === 'undefined' ? 'this site' : location.origin
  console.warn(
    `ijh: ${apiHost} could not be reached. If the network is up, add ${origin} to the Sanity project's CORS origins (sanity.io/manage → API → CORS origins), and allow ${apiHost} in the page's Content-Security-Policy connect-src.`,
  )
}

/**
 * Says once per message, in the console, what Sanity answered (`Dataset "staging" not found`),
 * which the element's message leaves out: a reader cannot act on it, a site's developer can. A
 * 401, 403 or 404 adds what to check, since a retry cannot mend it.
 */
function explainAnswer(failure: DataSourceError): void {
  if (explained.has(failure.message)) return
  explained.add(failure.message)
  const status = failure.details.status ?? 0
  console.warn(
    `ijh: ${failure.message}.${[401, 403, 404].includes(status) ? " Check <ijh-config>'s project-id and dataset, and that the dataset is public." : ''}`,
  )
}

function toDataSourceError(error: unknown, signal: AbortSignal): DataSourceError {
  if (error instanceof DataSourceError) return error
  if (signal.aborted) {
    const reason: unknown = signal.reason
    return reason instanceof DataSourceError
      ? reason
      : new DataSourceError('aborted', 'The request was cancelled', {cause: reason})
  }
  if (error instanceof SyntaxError) {
    return new DataSourceError('malformed', 'Sanity answered with malformed JSON', {cause: error})
  }
  if (
    error instanceof TypeError ||
    (typeof navigator !== 'undefined' && navigator.onLine === false)
  ) {
    return new DataSourceError('offline', 'Sanity could not be reached (offline or blocked)', {
      cause: error,
    })
  }
  return new DataSourceError('malformed', error instanceof Error ? error.message : String(error), {
    cause: error,
  })
}
