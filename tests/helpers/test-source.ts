import {ContextProvider} from '@lit/context'
import {fixture} from '@open-wc/testing'
import {html, type TemplateResult} from 'lit'
import {bundledSource} from '../../components/data/bundled-source'
import './bundled-content'
import {dataSourceContext} from '../../components/data/context'
import {QUERIES} from '../../components/data/queries'
import {
  DataSourceError,
  type DataSource,
  type FetchOptions,
  type QueryName,
  type QueryParamsMap,
  type QueryResultMap,
} from '../../components/data/source'

export interface Call {
  name: QueryName
  params: object
  signal?: AbortSignal
}

type Handler = (name: QueryName, params: object, signal?: AbortSignal) => unknown

/**
 * A data source for tests: answers with a handler (by default the bundled dataset), records every
 * call, can hold answers back until `release()` so tests can see loading states, and fails every
 * call with `failWith` while that is set.
 */
export class TestSource implements DataSource {
  readonly key: string
  readonly calls: Call[] = []
  private held: (() => void)[] = []
  hold = false
  failWith?: DataSourceError

  constructor(
    private readonly handler: Handler = (name, params) =>
      bundledSource.fetch(name, params as QueryParamsMap[QueryName]),
    key = `test-${Math.random().toString(36).slice(2)}`,
  ) {
    this.key = key
  }

  async fetch<N extends QueryName>(
    name: N,
    params: QueryParamsMap[N],
    {signal}: FetchOptions = {},
  ) {
    this.calls.push({name, params, signal})
    if (this.hold) await new Promise<void>((resolve) => this.held.push(resolve))
    signal?.throwIfAborted()
    if (this.failWith) throw this.failWith
    return (await this.handler(name, params, signal)) as QueryResultMap[N]
  }

  /** Lets held answers through. */
  release(): void {
    this.hold = false
    const held = this.held
    this.held = []
    held.forEach((resolve) => resolve())
  }
}

/** What an unreachable Sanity gives. */
export const OFFLINE = new DataSourceError('offline', 'unreachable')

/** What a failing Sanity gives. */
export const SERVER_ERROR = new DataSourceError('http', 'down', {status: 500})

/** Renders `template` inside a wrapper that provides `source` through context. */
export async function fixtureWithSource<T extends Element>(
  source: DataSource,
  template: TemplateResult,
): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`)
  new ContextProvider(wrapper, {context: dataSourceContext, initialValue: source})
  const container = document.createElement('div')
  wrapper.append(container)
  const {render} = await import('lit')
  render(template, container)
  const element = container.firstElementChild as T
  await (element as unknown as {updateComplete?: Promise<unknown>}).updateComplete
  return element
}

/**
 * The requests the page has made to a query endpoint (Resource Timing), whose address names
 * `text` (a slug, say), to `dataset` or to any: how tests see which project elements asked.
 */
export function queryRequests(text: string, dataset = ''): URL[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter(
      (url) =>
        url.pathname.includes(`/data/query/${dataset}`) &&
        decodeURIComponent(url.href).includes(text),
    )
}

/** The next animation frame. */
export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/** Resolves when `predicate` holds, checking after each animation frame (no fixed waits). */
export async function until(predicate: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (predicate()) return
    await new Promise((resolve) => requestAnimationFrame(resolve))
  }
  throw new Error(`gave up waiting for ${what}`)
}

/**
 * Whether an element has rendered anything: its shadow root's wrapper (`IjhElement` renders into
 * one, which exists from the moment it connects) has children.
 */
export function rendered(el: Element): boolean {
  return [...(el.shadowRoot?.children ?? [])].some((child) => child.childElementCount > 0)
}

/** Resolves when `el` has rendered, and shows no loading placeholder (`aria-busy`). */
export async function loaded(el: Element, what = `${el.localName} to load`): Promise<void> {
  const root = el.shadowRoot
  if (!root) throw new Error('no shadow root')
  await until(() => rendered(el) && !root.querySelector('[aria-busy="true"]'), what)
  await (el as Element & {updateComplete: Promise<unknown>}).updateComplete
}

/** The names of the fields each query localizes (`"x": coalesce(select($lang == "en" => …`). */
function localizedFields(name: QueryName): Set<string> {
  const pattern = /"(\w+)": coalesce\(select\(\$lang == "en" =>/g
  return new Set([...QUERIES[name].matchAll(pattern)].map((match) => match[1]))
}

/**
 * What a query gives in English when nothing has been translated: the Swedish answer, with every
 * object's `inSwedish` listing each of its localized texts. A deep copy; the bundled one is kept.
 */
export async function untranslated(name: QueryName, params: object): Promise<unknown> {
  const swedish = await bundledSource.fetch(name, {
    ...params,
    lang: 'sv',
  } as QueryParamsMap[QueryName])
  const fields = localizedFields(name)
  const mark = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(mark)
    if (!value || typeof value !== 'object') return value
    const copy = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mark(item)]))
    if (Array.isArray(copy.inSwedish)) {
      copy.inSwedish = Object.keys(copy).filter(
        (key) => fields.has(key) && typeof copy[key] === 'string',
      )
    }
    return copy
  }
  return mark(swedish)
}

/** A source whose English answers are all untranslated Swedish (`untranslated`). */
export function untranslatedSource(): TestSource {
  return new TestSource((name, params) =>
    (params as {lang?: string}).lang === 'en'
      ? untranslated(name, params)
      : bundledSource.fetch(name, params as QueryParamsMap[QueryName]),
  )
}
