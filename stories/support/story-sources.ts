/**
 * The data sources Storybook's "Data" toolbar switches between. Each is a `DataSource`
 * (`components/data/source.ts`), provided to the story through `@lit/context` by the preview's
 * story frame (`.storybook/story-frame.ts`), so that the elements read it exactly as they read a
 * page's source.
 */
import {bundledSource} from '../../components/data/bundled-source'
import {
  DataSourceError,
  type DataSource,
  type FetchOptions,
  type QueryName,
  type QueryParamsMap,
  type QueryResultMap,
} from '../../components/data/source'

/** The states a story can be shown in. */
export type DataState = 'loaded' | 'loading' | 'empty' | 'error' | 'long'

export const DATA_STATES: readonly {value: DataState; title: string}[] = [
  {value: 'loaded', title: 'Loaded (bundled strategy)'},
  {value: 'loading', title: 'Loading (never answers)'},
  {value: 'empty', title: 'Empty (not found / no items)'},
  {value: 'error', title: 'Error (offline)'},
  {value: 'long', title: 'Very long texts'},
]

export function isDataState(value: unknown): value is DataState {
  return DATA_STATES.some((state) => state.value === value)
}

/** A 200-character compound word, to show how titles and bullets wrap a word that cannot break. */
export const LONG_WORD =
  'innovationsstödsverksamhetsutvecklingsprojektledningskompetensförsörjnings'
    .repeat(3)
    .slice(0, 200)

/** Keys whose strings are identifiers, addresses, dates or enumerations, never shown as text. */
const NOT_TEXT = /^_|^(slug|url|website|href|status|kind|code|lang|date|opensAt|closesAt)$/i

/** Keys of the texts that get the long word as well (titles and headings, where it hurts most). */
const TITLE = /^(title|heading|name)$/

/**
 * Every shown string repeated four times, and every title and heading given a 200-character word
 * as well. Strings in arrays are left alone: in these results they are slugs (references), not
 * text.
 */
export function lengthen(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    if (NOT_TEXT.test(key) || !value.trim()) return value
    const long = [value, value, value, value].join(' ')
    return TITLE.test(key) ? `${long} ${LONG_WORD}` : long
  }
  if (Array.isArray(value)) {
    return value.map((item: unknown) => (typeof item === 'string' ? item : lengthen(item)))
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [name, lengthen(item, name)]),
    )
  }
  return value
}

/**
 * The empty answer to a query: no focus area (the card then says it does not exist), and for the
 * other queries the same shape with every list empty.
 */
export function emptied(name: QueryName, value: unknown): unknown {
  if (name === 'focusArea' || value == null) return null
  if (Array.isArray(value)) return []
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, Array.isArray(item) ? [] : item]),
    )
  }
  return value
}

type Answer = (name: QueryName, params: QueryParamsMap[QueryName], signal?: AbortSignal) => unknown

/** A source answering through `answer`, with a key of its own. */
function storySource(key: string, answer: Answer): DataSource {
  return {
    key: `storybook-${key}`,
    async fetch<N extends QueryName>(
      name: N,
      params: QueryParamsMap[N],
      {signal}: FetchOptions = {},
    ): Promise<QueryResultMap[N]> {
      return (await answer(name, params, signal)) as QueryResultMap[N]
    },
  }
}

/** Answers nothing, ever (until the element gives up waiting and aborts). */
function never(signal?: AbortSignal): Promise<never> {
  return new Promise<never>((_resolve, reject) => {
    signal?.addEventListener(
      'abort',
      () => reject(new DataSourceError('aborted', 'The request was cancelled')),
      {once: true},
    )
  })
}

const sources: Record<DataState, DataSource> = {
  loaded: bundledSource,
  loading: storySource('loading', (_name, _params, signal) => never(signal)),
  empty: storySource('empty', async (name, params) =>
    emptied(name, await bundledSource.fetch(name, params)),
  ),
  error: storySource('error', () =>
    Promise.reject(
      new DataSourceError('offline', 'The Storybook data source is set to fail (offline).'),
    ),
  ),
  long: storySource('long', async (name, params) =>
    lengthen(await bundledSource.fetch(name, params)),
  ),
}

/** The source for a data state; an unknown state gives the bundled strategy. */
export function sourceFor(state: unknown): DataSource {
  return isDataState(state) ? sources[state] : bundledSource
}
