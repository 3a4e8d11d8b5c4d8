import {
  DataSourceError,
  requestKey,
  type DataSource,
  type QueryName,
  type QueryParamsMap,
  type QueryResultMap,
} from './source'

/** The generated module: every query's result for every parameter the default dataset answers. */
interface BundledResults {
  results: Record<string, unknown>
}

let loading: Promise<BundledResults> | undefined

function load(): Promise<BundledResults> {
  // Loaded on first use, so pages configured for a Sanity project never download it.
  loading ??= import('./generated/bundled-results.js').catch((error: unknown) => {
    loading = undefined
    throw new DataSourceError('offline', 'The bundled content could not be loaded', {cause: error})
  })
  return loading
}

/**
 * The default source: the official strategy, answered from results that `npm run generate`
 * computes at build time by running the same GROQ queries with groq-js over the default dataset
 * (`sanity-plugin/dataset/production.ndjson`). A parameter the dataset has no answer for (an
 * unknown slug) gives `null`, as the query would.
 */
export const bundledSource: DataSource = {
  key: 'bundled',
  async fetch<N extends QueryName>(name: N, params: QueryParamsMap[N]): Promise<QueryResultMap[N]> {
    const {results} = await load()
    const key = requestKey(name, params)
    return (key in results ? results[key] : null) as QueryResultMap[N]
  },
}
