import {
  DataSourceError,
  requestKey,
  type DataSource,
  type FetchOptions,
  type QueryName,
  type QueryParamsMap,
  type QueryResultMap,
} from './source'

interface InFlight {
  promise: Promise<unknown>
  controller: AbortController
  waiters: number
}

function abortError(signal: AbortSignal): DataSourceError {
  return new DataSourceError('aborted', 'The request was cancelled', {cause: signal.reason})
}

/**
 * Wraps a source so that callers share requests: an identical query (same name and params) that
 * is in flight is joined, not repeated, and a result is kept for the life of the page. A caller
 * that aborts stops waiting at once; the request itself is aborted when no caller waits for it.
 * Failures are not kept, so the next call (a retry) asks again.
 */
export class SharedSource implements DataSource {
  readonly key: string
  readonly config: DataSource['config']
  private readonly results = new Map<string, unknown>()
  private readonly inFlight = new Map<string, InFlight>()

  constructor(private readonly inner: DataSource) {
    this.key = inner.key
    this.config = inner.config
  }

  /** The result kept for a query, if one has arrived. */
  peek<N extends QueryName>(name: N, params: QueryParamsMap[N]): QueryResultMap[N] | undefined {
    return this.results.get(requestKey(name, params)) as QueryResultMap[N] | undefined
  }

  fetch<N extends QueryName>(
    name: N,
    params: QueryParamsMap[N],
    {signal, query}: FetchOptions = {},
  ): Promise<QueryResultMap[N]> {
    const key = requestKey(name, params)
    if (signal?.aborted) return Promise.reject(abortError(signal))
    if (this.results.has(key)) return Promise.resolve(this.results.get(key) as QueryResultMap[N])

    let entry = this.inFlight.get(key)
    if (!entry) {
      const controller = new AbortController()
      const promise = this.inner
        .fetch(name, params, {signal: controller.signal, query})
        .then((result) => {
          this.results.set(key, result)
          return result
        })
      const created: InFlight = {promise, controller, waiters: 0}
      entry = created
      this.inFlight.set(key, created)
      // Whatever happens, the request is no longer in flight; its rejection is handled by waiters.
      promise.then(
        () => this.inFlight.delete(key),
        () => this.inFlight.get(key) === created && this.inFlight.delete(key),
      )
    }
    const current = entry
    current.waiters += 1
    if (!signal) return current.promise as Promise<QueryResultMap[N]>

    return new Promise<QueryResultMap[N]>((resolve, reject) => {
      const onAbort = () => {
        current.waiters -= 1
        if (current.waiters === 0) {
          current.controller.abort(signal.reason)
          if (this.inFlight.get(key) === current) this.inFlight.delete(key)
        }
        reject(abortError(signal))
      }
      signal.addEventListener('abort', onAbort, {once: true})
      current.promise.then(
        (result) => {
          signal.removeEventListener('abort', onAbort)
          resolve(result as QueryResultMap[N])
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort)
          reject(error)
        },
      )
    })
  }
}
