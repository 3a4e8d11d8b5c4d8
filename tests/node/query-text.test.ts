import assert from 'node:assert/strict'
import {describe, it, mock} from 'node:test'
import {QUERIES} from '../../components/data/queries'
import {STRATEGY_QUERY} from '../../components/data/queries/strategy'
import {lazySanitySource} from '../../components/data/resolve'
import {sanitySource} from '../../components/data/sanity-core'
import {createSanitySource} from '../../components/data/sanity-source'
import {SharedSource} from '../../components/data/shared-source'
import {
  DataSourceError,
  type DataSource,
  type FetchOptions,
  type SourceConfig,
} from '../../components/data/source'

const config = {projectId: 'ijh00000', dataset: 'production', apiHost: 'http://sanity.test'}

/** A fetch that records the GROQ each request sends and answers `{result: 1}`. */
function recordingFetch() {
  const queries: string[] = []
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input))
    queries.push(
      url.searchParams.get('query') ??
        (JSON.parse(String(init?.body ?? '{}')) as {query?: string}).query ??
        '',
    )
    return new Response(JSON.stringify({result: 1}), {
      headers: {'content-type': 'application/json'},
    })
  }) as typeof globalThis.fetch
  return {queries, fetch}
}

describe('the query text', () => {
  it('sanitySource sends the text it is given, and knows no query by name', async () => {
    const {queries, fetch} = recordingFetch()
    const source = sanitySource(config, {fetch})
    assert.equal(await source.fetch('strategy', {lang: 'sv'}, {query: STRATEGY_QUERY}), 1)
    assert.deepEqual(queries, [STRATEGY_QUERY])
    await assert.rejects(source.fetch('strategy', {lang: 'sv'}), (error: unknown) => {
      assert.ok(error instanceof DataSourceError)
      assert.equal(error.kind, 'config')
      assert.match(error.message, /"strategy"/)
      return true
    })
    assert.equal(queries.length, 1, 'no request without a query')
  })

  it('createSanitySource knows every query by name', async () => {
    const {queries, fetch} = recordingFetch()
    const source = createSanitySource(config, {fetch})
    for (const name of ['strategy', 'supportFinder', 'successStories'] as const) {
      await source.fetch(name, {lang: 'en'})
    }
    await source.fetch('focusArea', {lang: 'en', slug: 'x'})
    assert.deepEqual(queries, [
      QUERIES.strategy,
      QUERIES.supportFinder,
      QUERIES.successStories,
      QUERIES.focusArea,
    ])
  })

  it('the elements’ source, which loads the client lazily, sends each query by name', async () => {
    const {queries, fetch} = recordingFetch()
    const source = lazySanitySource(config, {fetch})
    assert.equal(source.key, createSanitySource(config).key)
    assert.deepEqual(source.config, createSanitySource(config).config)
    assert.equal(await source.fetch('supportFinder', {lang: 'sv'}), 1)
    assert.equal(await source.fetch('strategy', {lang: 'en'}), 1)
    assert.deepEqual(queries, [QUERIES.supportFinder, QUERIES.strategy])
  })

  it('a Sanity client that fails to load fails the fetch as offline, and the next fetch loads it', async () => {
    const {queries, fetch} = recordingFetch()
    const warn = mock.method(console, 'warn', () => {})
    let attempts = 0
    const source = lazySanitySource(config, {fetch}, async () => {
      attempts += 1
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module')
      return import('../../components/data/sanity-source')
    })
    await assert.rejects(source.fetch('strategy', {lang: 'sv'}), (error: unknown) => {
      assert.ok(error instanceof DataSourceError)
      assert.equal(error.kind, 'offline')
      assert.match(error.message, /Sanity client could not be loaded/)
      return true
    })
    assert.deepEqual(queries, [])
    assert.equal(warn.mock.callCount(), 1)
    assert.match(String(warn.mock.calls[0].arguments[1]), /dynamically imported module/)
    warn.mock.restore()
    assert.equal(await source.fetch('strategy', {lang: 'sv'}), 1)
    assert.equal(await source.fetch('strategy', {lang: 'en'}), 1)
    assert.equal(attempts, 2, 'loaded once it has loaded')
  })

  it('a configuration the lazy source cannot use fails every fetch, naming the attribute', async () => {
    const {queries, fetch} = recordingFetch()
    let loads = 0
    const load = async () => {
      loads += 1
      return import('../../components/data/sanity-source')
    }
    const source = lazySanitySource({projectId: 'abc123xy', dataset: 'Not valid!'}, {fetch}, load)
    assert.equal(loads, 0, 'nothing loads before a fetch')
    for (let i = 0; i < 2; i++) {
      await assert.rejects(source.fetch('strategy', {lang: 'sv'}), (error: unknown) => {
        assert.ok(error instanceof DataSourceError)
        assert.equal(error.kind, 'config')
        assert.deepEqual([error.details.attribute, error.details.value], ['dataset', 'Not valid!'])
        return true
      })
    }
    assert.equal(loads, 1)
    assert.deepEqual(queries, [], 'nothing is asked')
  })

  it('one key for one configuration however it is written, and apart for two projects on one host', () => {
    const key = (config: SourceConfig) => lazySanitySource(config).key
    assert.equal(
      key({projectId: 'ijh12345'}),
      key({projectId: ' ijh12345 ', dataset: 'production'}),
    )
    assert.equal(key({projectId: 'ijh12345'}), createSanitySource({projectId: 'ijh12345'}).key)
    assert.notEqual(
      key({projectId: 'ijh12345', apiHost: 'https://proxy.example'}),
      key({projectId: 'def456xy', apiHost: 'https://proxy.example'}),
    )
    assert.notEqual(key({projectId: 'ijh12345'}), key({projectId: 'ijh12345', dataset: 'staging'}))
  })

  it('a DataSourceError from another copy of the module is a DataSourceError', () => {
    const BRAND = Symbol.for('ijh.DataSourceError')
    class Other extends Error {
      readonly kind = 'offline'
      readonly [BRAND] = true
    }
    assert.ok(new Other() instanceof DataSourceError)
    assert.equal(new Error('x') instanceof DataSourceError, false)
    assert.equal((null as unknown) instanceof DataSourceError, false)
    // A subclass keeps the usual check.
    class Sub extends DataSourceError {}
    assert.ok(new Sub('offline', 'x') instanceof Sub)
    assert.ok(new Sub('offline', 'x') instanceof DataSourceError)
    assert.equal(new DataSourceError('offline', 'x') instanceof Sub, false)
    assert.equal(new Other() instanceof Sub, false)
  })

  it('a shared source passes a caller’s text on to the source it wraps', async () => {
    const seen: (string | undefined)[] = []
    const inner: DataSource = {
      key: 'test',
      async fetch(_name, _params, options: FetchOptions = {}) {
        seen.push(options.query)
        return null as never
      },
    }
    await new SharedSource(inner).fetch('strategy', {lang: 'sv'}, {query: 'count(*)'})
    assert.deepEqual(seen, ['count(*)'])
  })
})
