import {expect} from '@open-wc/testing'
import {bundleContent, bundledSource} from '../components/data/bundled-source'
import './helpers/bundled-content'
import {resolveLang, toLang} from '../components/data/lang'
import {resolveSource} from '../components/data/resolve'
import {createSanitySource, validateSanityConfig} from '../components/data/sanity-source'
import {SharedSource} from '../components/data/shared-source'
import {DataSourceError, requestKey, type QueryName} from '../components/data/source'
import {TestSource} from './helpers/test-source'

const origin = window.location.origin

/** A source for the local query endpoint that the test runner serves (`demo/server/query-endpoint.mjs`). */
function localSanity(apiHost = origin, options: Parameters<typeof createSanitySource>[1] = {}) {
  return createSanitySource({projectId: 'ijh00000', dataset: 'production', apiHost}, options)
}

/** A fetch that records what it was asked, passed to the source (the page's fetch is untouched). */
function recordingFetch() {
  const requests: {url: string; init?: RequestInit}[] = []
  const fetchImpl = (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push({url: String(input), init})
    return window.fetch(input, init)
  }
  return {requests, fetch: fetchImpl as typeof fetch}
}

async function failure(promise: Promise<unknown>): Promise<DataSourceError> {
  try {
    await promise
  } catch (error) {
    expect(error).to.be.instanceOf(DataSourceError)
    return error as DataSourceError
  }
  throw new Error('expected the promise to reject')
}

describe('bundled source', () => {
  it('answers every query from the default dataset', async () => {
    const strategy = await bundledSource.fetch('strategy', {lang: 'sv'})
    expect(strategy?.brand).to.equal('Innovativa Jämtland/Härjedalen 2025')
    expect(strategy?.focusAreas).to.have.length(5)
    const area = await bundledSource.fetch('focusArea', {lang: 'en', slug: 'kunskap-och-kompetens'})
    expect(area?.title).to.equal('Knowledge and skills')
    const finder = await bundledSource.fetch('supportFinder', {lang: 'sv'})
    expect(finder.offers.length).to.be.at.least(20)
    const stories = await bundledSource.fetch('successStories', {lang: 'sv'})
    expect(stories.length).to.be.at.least(6)
  })

  it('answers null for a slug the dataset does not have, as the query would', async () => {
    expect(await bundledSource.fetch('focusArea', {lang: 'sv', slug: 'finns-inte'})).to.equal(null)
  })

  it('answers only the queries whose content a module added, in the languages it has', async () => {
    // As an element's module adds its own query's content (here, a query no element has).
    const name = 'testOnly' as QueryName
    const missing = await failure(bundledSource.fetch(name, {lang: 'sv'} as never))
    expect(missing.kind).to.equal('config')
    expect(missing.message).to.contain('The bundled content has no "testOnly.sv"')
    const key = requestKey(name, {lang: 'sv'} as never)
    bundleContent(name, {
      sv: async () => ({results: {[key]: 'svar'}}),
      en: () => Promise.reject(new TypeError('Failed to fetch')),
    })
    expect(await bundledSource.fetch(name, {lang: 'sv'} as never)).to.equal('svar')
    expect((await failure(bundledSource.fetch(name, {lang: 'en'} as never))).kind).to.equal(
      'offline',
    )
  })
})

describe('Sanity source (picosanity) against the local query endpoint', () => {
  for (const [name, params] of [
    ['strategy', {lang: 'sv'}],
    ['strategy', {lang: 'en'}],
    ['focusArea', {lang: 'sv', slug: 'kreativa-motesplatser'}],
    ['supportFinder', {lang: 'en'}],
  ] as [QueryName, {lang: 'sv' | 'en'; slug?: string}][]) {
    it(`returns what the bundled default returns: ${name} ${JSON.stringify(params)}`, async () => {
      const remote = await localSanity().fetch(name, params as never)
      const bundled = await bundledSource.fetch(name, params as never)
      expect(remote).to.deep.equal(bundled)
    })
  }

  it('asks the API CDN path with a pinned API version, the published perspective, JSON params and no token', async () => {
    const {requests, fetch} = recordingFetch()
    await localSanity(origin, {fetch}).fetch('focusArea', {
      lang: 'sv',
      slug: 'kunskap-och-kompetens',
    })
    expect(requests).to.have.length(1)
    const url = new URL(requests[0].url)
    expect(url.origin).to.equal(origin)
    expect(url.pathname).to.equal('/v2025-02-19/data/query/production')
    expect(url.searchParams.get('perspective')).to.equal('published')
    expect(url.searchParams.get('$slug')).to.equal('"kunskap-och-kompetens"')
    expect(requests[0].init?.method).to.equal('GET')
    const headers = new Headers(requests[0].init?.headers)
    expect(headers.has('authorization')).to.equal(false)
    expect(requests[0].init?.signal).to.be.instanceOf(AbortSignal)
  })

  it('defaults to the project API CDN', () => {
    expect(validateSanityConfig({projectId: 'abc123'}).apiHost).to.equal(
      'https://abc123.apicdn.sanity.io',
    )
    expect(validateSanityConfig({projectId: 'abc123'}).dataset).to.equal('production')
  })

  it('calls the documentation’s example project id, pasted as it is, a setting to change', () => {
    let error: unknown
    try {
      validateSanityConfig({projectId: 'abc123xy'})
    } catch (caught) {
      error = caught
    }
    expect(error).to.be.instanceOf(DataSourceError)
    expect((error as DataSourceError).kind).to.equal('config')
    expect((error as DataSourceError).details).to.include({
      attribute: 'project-id',
      value: 'abc123xy',
    })
    // Against a local endpoint (tests, a proxy), it is a project id like any other.
    expect(validateSanityConfig({projectId: 'abc123xy', apiHost: origin}).projectId).to.equal(
      'abc123xy',
    )
  })

  it('POSTs when the URL gets long', async () => {
    const {requests, fetch} = recordingFetch()
    const slug = `x${'-lang'.repeat(3000)}`
    const result = await localSanity(origin, {fetch}).fetch('focusArea', {lang: 'sv', slug})
    expect(result).to.equal(null)
    expect(requests[0].init?.method).to.equal('POST')
    expect(JSON.parse(String(requests[0].init?.body)).params.slug).to.equal(slug)
  })

  it('fails a 5xx as an http error with its status', async () => {
    const error = await failure(
      localSanity(`${origin}/__fault/500`).fetch('strategy', {lang: 'sv'}),
    )
    expect(error.kind).to.equal('http')
    expect(error.details.status).to.equal(500)
  })

  it('fails a 429 with the Retry-After it was given', async () => {
    const error = await failure(
      localSanity(`${origin}/__fault/429`).fetch('strategy', {lang: 'sv'}),
    )
    expect(error.kind).to.equal('http')
    expect(error.details.status).to.equal(429)
    expect(error.details.retryAfter).to.equal(30)
  })

  it('fails a 4xx (unknown dataset) with Sanity’s description', async () => {
    const source = createSanitySource({projectId: 'ijh00000', dataset: 'nope', apiHost: origin})
    const error = await failure(source.fetch('strategy', {lang: 'sv'}))
    expect(error.details.status).to.equal(404)
    expect(error.message).to.contain('Dataset "nope" not found')
  })

  it('fails a proxy’s HTML error page as an http error', async () => {
    const error = await failure(
      localSanity(`${origin}/__fault/html`).fetch('strategy', {lang: 'sv'}),
    )
    expect(error.kind).to.equal('http')
    expect(error.details.status).to.equal(502)
  })

  it('fails truncated JSON as malformed', async () => {
    const error = await failure(
      localSanity(`${origin}/__fault/truncated`).fetch('strategy', {lang: 'sv'}),
    )
    expect(error.kind).to.equal('malformed')
  })

  it('fails a slow answer as a timeout', async () => {
    const error = await failure(
      localSanity(`${origin}/__fault/slow`, {timeout: 100}).fetch('strategy', {lang: 'sv'}),
    )
    expect(error.kind).to.equal('timeout')
  })

  it('fails an unreachable host as offline', async () => {
    const error = await failure(localSanity('http://127.0.0.1:9').fetch('strategy', {lang: 'sv'}))
    expect(error.kind).to.equal('offline')
  })

  it('fails a dropped connection as offline', async () => {
    const error = await failure(
      localSanity(`${origin}/__fault/reset`).fetch('strategy', {lang: 'sv'}),
    )
    expect(error.kind).to.equal('offline')
  })

  it('stops when its caller aborts', async () => {
    const controller = new AbortController()
    const pending = localSanity(`${origin}/__fault/slow`).fetch(
      'strategy',
      {lang: 'sv'},
      {signal: controller.signal},
    )
    controller.abort()
    expect((await failure(pending)).kind).to.equal('aborted')
  })

  it('refuses a configuration that cannot work, saying which attribute is wrong', () => {
    for (const [config, attribute] of [
      [{projectId: 'Not a project!'}, 'project-id'],
      [{projectId: 'abc', dataset: 'x/../y'}, 'dataset'],
      [{projectId: 'abc', apiVersion: 'latest'}, 'api-version'],
      [{projectId: 'abc', apiHost: 'javascript:alert(1)'}, 'api-host'],
      [{projectId: 'abc', apiHost: 'not a url'}, 'api-host'],
    ] as const) {
      let error: unknown
      try {
        createSanitySource(config)
      } catch (caught) {
        error = caught
      }
      expect(error, attribute).to.be.instanceOf(DataSourceError)
      expect((error as DataSourceError).kind).to.equal('config')
      expect((error as DataSourceError).message).to.contain(attribute)
    }
  })
})

describe('the local query endpoint', () => {
  it('answers GET like Sanity: {query, result, ms}', async () => {
    const url = `/v2025-02-19/data/query/production?query=${encodeURIComponent('count(*[_type == $type])')}&%24type=${encodeURIComponent('"municipality"')}`
    const response = await window.fetch(url)
    expect(response.status).to.equal(200)
    const body = (await response.json()) as {result: number; query: string; ms: number}
    expect(body.result).to.equal(8)
    expect(body.query).to.equal('count(*[_type == $type])')
    expect(body.ms).to.be.a('number')
  })

  it('answers POST with the query and params in the body', async () => {
    const response = await window.fetch('/v2025-02-19/data/query/production', {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({query: '*[_type == "value"] | order(_id asc)[0].title.sv', params: {}}),
    })
    expect((await response.json()).result).to.equal('Attraktivitet')
  })

  it('answers a bad query with Sanity’s error body and status 400', async () => {
    const response = await window.fetch(
      `/v2025-02-19/data/query/production?query=${encodeURIComponent('*[_type ==')}`,
    )
    expect(response.status).to.equal(400)
    const body = (await response.json()) as {error: {type: string; description: string}}
    expect(body.error.type).to.equal('queryParseError')
    expect(body.error.description).to.be.a('string').and.not.be.empty
  })
})

describe('shared source', () => {
  it('joins an identical request in flight and keeps its result', async () => {
    const inner = new TestSource()
    inner.hold = true
    const source = new SharedSource(inner)
    const a = source.fetch('strategy', {lang: 'sv'})
    const b = source.fetch('strategy', {lang: 'sv'})
    inner.release()
    expect(await a).to.equal(await b)
    await source.fetch('strategy', {lang: 'sv'})
    expect(inner.calls).to.have.length(1)
    await source.fetch('strategy', {lang: 'en'})
    expect(inner.calls).to.have.length(2)
  })

  it('lets one caller abort while another still gets the result', async () => {
    const inner = new TestSource()
    inner.hold = true
    const source = new SharedSource(inner)
    const leaving = new AbortController()
    const a = source.fetch('strategy', {lang: 'sv'}, {signal: leaving.signal})
    const b = source.fetch('strategy', {lang: 'sv'}, {signal: new AbortController().signal})
    leaving.abort()
    expect((await failure(a)).kind).to.equal('aborted')
    expect(inner.calls[0].signal?.aborted).to.equal(false)
    inner.release()
    expect((await b)?.brand).to.equal('Innovativa Jämtland/Härjedalen 2025')
  })

  it('aborts the request when every caller has left', async () => {
    const inner = new TestSource()
    inner.hold = true
    const source = new SharedSource(inner)
    const controller = new AbortController()
    const a = source.fetch('strategy', {lang: 'sv'}, {signal: controller.signal})
    controller.abort()
    await failure(a)
    expect(inner.calls[0].signal?.aborted).to.equal(true)
  })

  it('keeps no failure, so a retry asks again', async () => {
    let fail = true
    const inner = new TestSource((name, params) => {
      if (fail) throw new DataSourceError('http', 'down', {status: 503})
      return bundledSource.fetch(name, params as never)
    })
    const source = new SharedSource(inner)
    expect((await failure(source.fetch('strategy', {lang: 'sv'}))).details.status).to.equal(503)
    fail = false
    expect((await source.fetch('strategy', {lang: 'sv'}))?.targetYear).to.equal(2025)
    expect(inner.calls).to.have.length(2)
  })

  it('is one per configuration for the page', () => {
    expect(resolveSource({})).to.equal(resolveSource())
    expect(resolveSource({projectId: 'abc', dataset: 'production'})).to.equal(
      resolveSource({projectId: 'abc', dataset: 'production'}),
    )
    expect(resolveSource({projectId: 'abc'})).not.to.equal(
      resolveSource({projectId: 'abc', dataset: 'staging'}),
    )
  })
})

describe('language resolution', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'))

  it('maps tags to content languages, Swedish for everything but English', () => {
    expect(toLang('en-GB')).to.equal('en')
    expect(toLang('EN')).to.equal('en')
    expect(toLang('sv-SE')).to.equal('sv')
    expect(toLang('de')).to.equal('sv')
    expect(toLang('')).to.equal(undefined)
  })

  it('uses the element’s lang, else the nearest ancestor’s, else the document’s, else Swedish', () => {
    const outer = document.createElement('div')
    const inner = document.createElement('div')
    const element = document.createElement('span')
    outer.append(inner)
    inner.append(element)
    document.body.append(outer)
    try {
      expect(resolveLang(element)).to.equal('sv')
      document.documentElement.lang = 'en'
      expect(resolveLang(element)).to.equal('en')
      outer.lang = 'sv'
      expect(resolveLang(element)).to.equal('sv')
      inner.lang = 'en-US'
      expect(resolveLang(element)).to.equal('en')
      element.lang = 'sv'
      expect(resolveLang(element)).to.equal('sv')
    } finally {
      outer.remove()
    }
  })

  it('crosses shadow roots to the host’s ancestors', () => {
    const host = document.createElement('div')
    host.lang = 'en'
    const shadow = host.attachShadow({mode: 'open'})
    const element = document.createElement('span')
    shadow.append(element)
    document.body.append(host)
    try {
      expect(resolveLang(element)).to.equal('en')
    } finally {
      host.remove()
    }
  })

  it('reads the lang of another window’s document (an element adopted into an iframe)', async () => {
    const frame = document.createElement('iframe')
    document.body.append(frame)
    try {
      const other = frame.contentDocument as Document
      other.documentElement.lang = 'en'
      const host = other.createElement('div')
      const element = other.createElement('span')
      host.attachShadow({mode: 'open'}).append(element)
      other.body.append(host)
      expect(resolveLang(element)).to.equal('en')
    } finally {
      frame.remove()
    }
  })
})
