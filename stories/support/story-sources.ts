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
export type DataState =
  'loaded' | 'loading' | 'empty' | 'error' | 'rateLimited' | 'timeout' | 'swedishFallback' | 'long'

export const DATA_STATES: readonly {value: DataState; title: string}[] = [
  {value: 'loaded', title: 'Loaded (bundled strategy)'},
  {value: 'loading', title: 'Loading (never answers)'},
  {value: 'empty', title: 'Empty (not found / no items)'},
  // No answer while the browser is online: a block or no server, not the reader's connection.
  {value: 'error', title: 'Error (service unreachable)'},
  {value: 'rateLimited', title: 'Error (rate limited, retry after 30 s)'},
  {value: 'timeout', title: 'Error (timeout)'},
  {value: 'swedishFallback', title: 'Some texts only in Swedish (with lang="en")'},
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

/**
 * The English answer with every other titled object's title in Swedish, listed in its
 * `inSwedish`, as a query answers for texts editors have not translated (Swedish answers as is).
 */
export function withSwedishTitles(english: unknown, swedish: unknown): unknown {
  let count = 0
  const walk = (en: unknown, sv: unknown): unknown => {
    if (Array.isArray(en)) return en.map((item, i) => walk(item, Array.isArray(sv) ? sv[i] : null))
    if (!en || typeof en !== 'object') return en
    const copy = Object.fromEntries(
      Object.entries(en).map(([key, value]) => [
        key,
        walk(value, (sv as Record<string, unknown>)?.[key]),
      ]),
    )
    const svTitle = (sv as {title?: unknown} | null)?.title
    if (Array.isArray(copy.inSwedish) && typeof svTitle === 'string' && count++ % 2 === 0) {
      copy.title = svTitle
      copy.inSwedish = [...(copy.inSwedish as string[]), 'title']
    }
    return copy
  }
  return walk(english, swedish)
}

/** A source that answers like the bundled one until `fail()`, then fails: for the stale notice. */
export interface FailingLaterSource extends DataSource {
  fail(): void
}

export function failingLater(): FailingLaterSource {
  let failing = false
  return {
    ...storySource(`failing-later-${Math.random()}`, (name, params) =>
      failing
        ? Promise.reject(new DataSourceError('offline', 'The Storybook source now fails.'))
        : bundledSource.fetch(name, params),
    ),
    fail: () => {
      failing = true
    },
  }
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
  rateLimited: storySource('rate-limited', () =>
    Promise.reject(
      new DataSourceError('http', 'The Storybook data source is rate limited (429).', {
        status: 429,
        retryAfter: 30,
      }),
    ),
  ),
  timeout: storySource('timeout', () =>
    Promise.reject(new DataSourceError('timeout', 'The Storybook data source timed out.')),
  ),
  swedishFallback: storySource('swedish-fallback', async (name, params) =>
    params.lang === 'en'
      ? withSwedishTitles(
          await bundledSource.fetch(name, params),
          await bundledSource.fetch(name, {...params, lang: 'sv'}),
        )
      : bundledSource.fetch(name, params),
  ),
  long: storySource('long', async (name, params) =>
    lengthen(await bundledSource.fetch(name, params)),
  ),
}

/** The source for a data state; an unknown state gives the bundled strategy. */
export function sourceFor(state: unknown): DataSource {
  return isDataState(state) ? sources[state] : bundledSource
}
