import {Task, TaskStatus, initialState} from '@lit/task'
import type {ReactiveController, ReactiveControllerHost} from 'lit'
import {loadLanguage} from '../i18n/translate'
import {retriedFrom} from '../shared/retry-focus-controller'
import {
  DataSourceError,
  requestKey,
  type DataSource,
  type QueryName,
  type QueryParamsMap,
  type QueryResultMap,
} from './source'

export interface QueryHost extends ReactiveControllerHost, HTMLElement {}

export interface QueryControllerOptions<N extends QueryName> {
  /** The query to run. */
  name: N
  /** The source to run it on; may throw a `DataSourceError` for a wrong configuration. */
  source: () => DataSource
  /** Its parameters, or `undefined` while the element lacks what it needs (nothing runs). */
  params: () => QueryParamsMap[N] | undefined
  /**
   * What a result needs before it is shown, such as a module that only some content uses; the
   * result waits for it. The signal aborts when a newer run replaces this one. It should not
   * reject: a rejection fails the query.
   */
  prepare?: (value: QueryResultMap[N], signal: AbortSignal) => Promise<unknown> | undefined
}

/** What the element should show. */
export type QueryView<N extends QueryName> =
  | {state: 'idle'}
  | {state: 'loading'}
  | {state: 'ready'; value: QueryResultMap[N]; stale: boolean}
  | {state: 'error'; error: DataSourceError}

/**
 * Runs one query for an element with `@lit/task`: re-runs when the source or the parameters
 * change, aborting the stale request (the latest wins), and keeps the last good result. The
 * element shows that result while a run for the same content loads, and marked stale when such a
 * run fails; the same content is the same source and parameters in any language, never another
 * focus area or another project. A run that failed, for any reason but a wrong configuration, runs
 * again when the browser is back online.
 */
export class QueryController<N extends QueryName> implements ReactiveController {
  private readonly task: Task<
    [DataSource | undefined, string, string | undefined],
    QueryResultMap[N]
  >
  private lastGood?: {value: QueryResultMap[N]; params: QueryParamsMap[N]; source: DataSource}
  private configFailure?: DataSourceError
  /** The source the current arguments name (none for a wrong configuration). */
  private source?: DataSource

  constructor(
    private readonly host: QueryHost,
    private readonly options: QueryControllerOptions<N>,
  ) {
    this.task = new Task(host, {
      task: async ([source, , configError], {signal}) => {
        if (configError) throw this.configFailure ?? new DataSourceError('config', configError)
        const params = this.options.params()
        if (!source || !params) return initialState
        // The content (prepared) and the UI strings of its language arrive together.
        const [value] = await Promise.all([
          source.fetch(this.options.name, params, {signal}).then(async (value) => {
            await this.options.prepare?.(value, signal)
            return value
          }),
          loadLanguage(params.lang),
        ])
        // A run that a newer one replaced while it waited never becomes the last good result.
        signal.throwIfAborted()
        this.lastGood = {value, params, source}
        return value
      },
      // Arguments compare by identity: the source is shared (stable), the params and a
      // configuration error are strings, so an unchanged element never re-runs its query.
      args: () => {
        const params = this.options.params()
        if (!params) return [undefined, '', undefined]
        try {
          this.source = this.options.source()
          return [this.source, requestKey(this.options.name, params), undefined]
        } catch (error) {
          this.source = undefined
          // The error itself, with what it says about the attribute to blame, for the task.
          this.configFailure = error instanceof DataSourceError ? error : undefined
          return [
            undefined,
            requestKey(this.options.name, params),
            error instanceof Error ? error.message : String(error),
          ]
        }
      },
      autoRun: true,
    })
    host.addController(this)
  }

  hostConnected(): void {
    addEventListener('online', this)
  }

  hostDisconnected(): void {
    removeEventListener('online', this)
  }

  /**
   * Back online: a failed run runs again, as if the reader had pressed "Försök igen"; a reader on
   * that button keeps the focus in the element as when they press it.
   */
  handleEvent(): void {
    const {status, error} = this.task
    if (status === TaskStatus.ERROR && (error as DataSourceError | undefined)?.kind !== 'config') {
      // The shadow root's activeElement, not :focus, which matches nothing while the window is in
      // the background (the reader reconnected from the system's menu).
      const active = this.host.shadowRoot?.activeElement
      if (active?.matches('[part~=retry-button]')) retriedFrom(active)
      this.retry()
    }
  }

  /** Runs the query again, e.g. from a retry button. */
  retry(): void {
    void this.task.run()
  }

  /**
   * The last good result, if the current source answered it for the current parameters, in any
   * language: never another project's (or the bundled) content under this one's name.
   */
  private lastGoodForParams() {
    const params = this.options.params()
    const last = this.lastGood
    if (!last || !params || last.source !== this.source) return undefined
    const key = (of: QueryParamsMap[N]) => requestKey(this.options.name, {...of, lang: ''})
    return key(last.params) === key(params) ? last : undefined
  }

  /** The promise of the current run, for tests and for callers that wait. */
  get taskComplete(): Promise<unknown> {
    return this.task.taskComplete
  }

  get view(): QueryView<N> {
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return {state: 'ready', value: this.task.value as QueryResultMap[N], stale: false}
      case TaskStatus.ERROR: {
        const raw: unknown = this.task.error
        const error =
          raw instanceof DataSourceError
            ? raw
            : new DataSourceError('malformed', String(raw), {cause: raw})
        const last = this.lastGoodForParams()
        if (last && error.kind !== 'config') return {state: 'ready', value: last.value, stale: true}
        return {state: 'error', error}
      }
      case TaskStatus.PENDING: {
        const last = this.lastGoodForParams()
        return last ? {state: 'ready', value: last.value, stale: false} : {state: 'loading'}
      }
      default:
        return this.options.params() ? {state: 'loading'} : {state: 'idle'}
    }
  }
}
