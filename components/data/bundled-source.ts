import {
  DataSourceError,
  requestKey,
  type DataSource,
  type Lang,
  type QueryName,
  type QueryParamsMap,
  type QueryResultMap,
} from './source'

type Results = Record<string, unknown>

/** The default content of one query: a lazily loaded module per language. */
export type BundledContent = Readonly<Record<Lang, () => Promise<{results: Results}>>>

const bundled: Partial<Record<QueryName, BundledContent>> = {}

/**
 * Makes the default content of a query available to the bundled source. Each element's module
 * adds its own query's (from `components/data/generated/`), so that it carries the addresses of
 * only the content its element shows.
 */
export function bundleContent(name: QueryName, content: BundledContent): void {
  bundled[name] = content
}

const loading = new Map<string, Promise<Results>>()

/**
 * Loads the generated module of one query in one language on first use, so that a page loads
 * only the content it shows, and pages configured for a Sanity project load none of it.
 */
function load(name: QueryName, lang: Lang): Promise<Results> {
  const chunk = `${name}.${lang}`
  let promise = loading.get(chunk)
  if (!promise) {
    const loader = bundled[name]?.[lang]
    const created = loader
      ? loader().then((module) => module.results)
      : Promise.reject(new DataSourceError('config', `The bundled content has no "${chunk}"`))
    created.catch(() => loading.delete(chunk))
    loading.set(chunk, created)
    promise = created
  }
  return promise.catch((error: unknown) => {
    throw error instanceof DataSourceError
      ? error
      : new DataSourceError('offline', 'The bundled content could not be loaded', {cause: error})
  })
}

/**
 * The default source: the official strategy, answered from results that `npm run generate`
 * computes (`components/data/generated/`) at build time by running the same GROQ queries with groq-js over the default dataset
 * (`sanity-plugin/dataset/production.ndjson`). A parameter the dataset has no answer for (an
 * unknown slug) gives `null`, as the query would.
 */
export const bundledSource: DataSource = {
  key: 'bundled',
  async fetch<N extends QueryName>(name: N, params: QueryParamsMap[N]): Promise<QueryResultMap[N]> {
    const results = await load(name, params.lang)
    const key = requestKey(name, params)
    return (key in results ? results[key] : null) as QueryResultMap[N]
  },
}
