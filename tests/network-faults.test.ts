/**
 * Network faults, element by element, against the local Sanity query endpoint that the test
 * runner serves (`demo/server/query-endpoint.mjs`), made to fail with its `/__fault/<kind>` path
 * prefix: a server error, a rate limit with Retry-After, an answer slower than the timeout,
 * truncated JSON, no server at all (a closed port) and a connection dropped mid-answer. The data
 * layer's own handling of each is in `data-sources.test.ts`; here: what the reader sees.
 *
 * What the data layer promises (`components/data/source.ts`, `query-controller.ts`): each fault is
 * a `DataSourceError` of one kind; with nothing loaded before, the element shows a short message
 * for that kind and a retry button that recovers; with content loaded before, it keeps showing
 * that content, marked stale. And never an unhandled rejection. Then: a hundred rapid attribute
 * changes leave one live request, whose answer is shown.
 */
import {expect, html} from '@open-wc/testing'
import type {TemplateResult} from 'lit'
import sinon from 'sinon'
import '../components/focus-area-card/focus-area-card'
import '../components/story-carousel/story-carousel'
import '../components/strategy-wheel/strategy-wheel'
import '../components/support-finder/support-finder'
import {createSanitySource} from '../components/data/sanity-source'
import type {DataSource, QueryName} from '../components/data/source'
import {TestSource, fixtureWithSource, rendered, until} from './helpers/test-source'

const origin = window.location.origin

/**
 * A Sanity source for the local endpoint, optionally behind a fault prefix or on another host.
 * Only the slow fault gets a short timeout (it answers after 3 s); every other request keeps the
 * default, so that a busy machine never turns a healthy answer into a timeout.
 */
function sanity(apiHost: string, fetchImpl?: typeof fetch): DataSource {
  return createSanitySource(
    {projectId: 'ijh00000', dataset: 'production', apiHost},
    {timeout: apiHost.includes('/__fault/slow') ? 500 : undefined, fetch: fetchImpl},
  )
}

/** A source whose requests go to `current`, which a test switches to make the network fail. */
function switchable(initial: DataSource) {
  const state = {current: initial}
  const source = new TestSource((name, params, signal) =>
    state.current.fetch(name as QueryName, params as never, {signal}),
  )
  return {source, state}
}

interface Fault {
  name: string
  apiHost: string
  /** What the message says, after its first line (“Innehållet kunde inte hämtas just nu.”). */
  says: RegExp
}

const FAULTS: Fault[] = [
  {
    name: 'a server error (500)',
    apiHost: `${origin}/__fault/500`,
    says: /Servern svarade med ett fel/,
  },
  {
    name: 'a rate limit (429, Retry-After: 30)',
    apiHost: `${origin}/__fault/429`,
    says: /Servern svarade med ett fel\.\s*Vänta 30 sekunder innan du försöker igen/,
  },
  {
    name: 'an answer slower than the timeout',
    apiHost: `${origin}/__fault/slow`,
    says: /Servern svarade inte i tid/,
  },
  {
    name: 'truncated JSON',
    apiHost: `${origin}/__fault/truncated`,
    says: /Svaret från servern gick inte att läsa/,
  },
  {
    name: 'no server (a closed port)',
    apiHost: 'http://127.0.0.1:9',
    says: /Det gick inte att nå tjänsten som innehållet kommer från/,
  },
  {
    name: 'the connection dropped',
    apiHost: `${origin}/__fault/reset`,
    says: /Det gick inte att nå tjänsten som innehållet kommer från/,
  },
  {
    // The endpoint on another origin, answering without CORS headers: what a site missing from
    // the project's CORS origins gets. Not the reader's connection.
    name: 'a request blocked by CORS',
    apiHost: `${origin}/__fault/cors`.replace('localhost', '127.0.0.1'),
    says: /Det gick inte att nå tjänsten som innehållet kommer från/,
  },
]

interface ElementCase {
  tag: string
  template: TemplateResult
  /** A selector that is there once the content shows. */
  content: string
  /** A text of the content (not a UI string), to compare before and after. */
  title: string
}

const ELEMENTS: ElementCase[] = [
  {
    tag: 'ijh-focus-area-card',
    template: html`<ijh-focus-area-card focus-area="kunskap-och-kompetens"></ijh-focus-area-card>`,
    content: '[part~="title"]',
    title: '[part~="title"]',
  },
  {
    tag: 'ijh-strategy-wheel',
    template: html`<ijh-strategy-wheel no-fragment></ijh-strategy-wheel>`,
    content: 'svg [part~="area"]',
    title: 'svg [part~="area"] title',
  },
  {
    tag: 'ijh-support-finder',
    template: html`<ijh-support-finder></ijh-support-finder>`,
    content: '[part~="card"]',
    title: '[part~="card-title"]',
  },
  {
    tag: 'ijh-story-carousel',
    template: html`<ijh-story-carousel></ijh-story-carousel>`,
    content: '[part~="story"]',
    title: '[part~="story"] [part~="title"]',
  },
]

interface Updatable extends HTMLElement {
  updateComplete: Promise<unknown>
}

const $ = (element: Element, selector: string) => element.shadowRoot?.querySelector(selector)

const settled = (element: Element) => rendered(element) && !$(element, '[aria-busy="true"]')

async function mount(testCase: ElementCase, source: DataSource): Promise<Updatable> {
  const found = await fixtureWithSource<Element>(source, testCase.template)
  const element = (
    found.localName === testCase.tag ? found : found.querySelector(testCase.tag)
  ) as Updatable
  await until(() => settled(element), `${testCase.tag} to settle`)
  return element
}

describe('network faults: what each element shows', function () {
  // Each fault is a real request to the local endpoint; the timeout fault waits 500 ms.
  this.timeout(30_000)

  const unhandled: unknown[] = []
  const record = (event: PromiseRejectionEvent) => unhandled.push(event.reason)
  before(() => window.addEventListener('unhandledrejection', record))
  after(() => window.removeEventListener('unhandledrejection', record))
  afterEach(() => expect(unhandled, 'unhandled rejections').to.deep.equal([]))

  for (const testCase of ELEMENTS) {
    describe(testCase.tag, () => {
      it(`says what went wrong for each of ${FAULTS.length} faults, with a retry button that recovers`, async () => {
        for (const fault of FAULTS) {
          const {source, state} = switchable(sanity(fault.apiHost))
          const element = await mount(testCase, source)
          await until(() => !!$(element, '[part~="error"]'), `${fault.name}: the message`)
          const message = $(element, '[part~="error"]')?.textContent?.replace(/\s+/g, ' ') ?? ''
          expect(message, fault.name).to.contain('Innehållet kunde inte hämtas just nu.')
          expect(message, fault.name).to.match(fault.says)
          if (!fault.says.source.includes('vänta'))
            expect(message, fault.name).not.to.contain('vänta')
          // A polite status, not an alert: it comes unasked, on load or when every element retries
          // as the connection comes back.
          expect($(element, '[part~="error"]')?.getAttribute('role'), fault.name).to.equal('status')
          expect($(element, testCase.content), `${fault.name}: no content`).to.equal(null)
          const retry = $(element, '[part~="retry-button"]') as HTMLButtonElement | null
          expect(retry, `${fault.name}: a retry button`).to.exist
          // Its description is the message: heard again when focus returns to it after a retry.
          const description = (retry?.getAttribute('aria-describedby') ?? '')
            .split(/\s+/)
            .map((id) => element.shadowRoot?.getElementById(id)?.textContent ?? '')
            .join(' ')
            .replace(/\s+/g, ' ')
          expect(description, fault.name).to.contain('Innehållet kunde inte hämtas just nu.')
          expect(description, fault.name).to.match(fault.says)
          state.current = sanity(origin)
          retry?.focus()
          retry?.click()
          await until(() => !!$(element, testCase.content), `${fault.name}: content after retry`)
          expect($(element, '[part~="error"]'), fault.name).to.equal(null)
          await element.updateComplete
          expect(
            element.shadowRoot?.activeElement?.localName ?? 'none',
            `${fault.name}: the focus stays in the element, on the content's first heading or control`,
          ).to.match(testCase.tag === 'ijh-strategy-wheel' ? /^(button|a|g)$/ : /^h[1-6]$/)
          expect($(element, '[part~="stale-notice"]'), fault.name).to.equal(null)
        }
      })

      it(`keeps showing what it loaded, marked stale, when the network fails mid-use`, async () => {
        for (const fault of FAULTS) {
          const {source, state} = switchable(sanity(origin))
          const element = await mount(testCase, source)
          await until(() => !!$(element, testCase.content), 'the content')
          const before = $(element, testCase.title)?.textContent
          // The next query (another language) meets the fault.
          state.current = sanity(fault.apiHost)
          element.lang = 'en'
          await until(() => !!$(element, '[part~="stale-notice"]'), `${fault.name}: stale`)
          expect(before, 'a title').to.be.a('string').and.not.equal('')
          expect($(element, testCase.title)?.textContent, fault.name).to.equal(before)
          expect($(element, '[part~="error"]'), `${fault.name}: no error instead`).to.equal(null)
          expect(source.calls.map((call) => (call.params as {lang: string}).lang)).to.deep.equal([
            'sv',
            'en',
          ])
        }
      })
    })
  }
})

describe('network faults: an unreachable Sanity', () => {
  it('explains in the console, once, the CORS origin and the connect-src to check', async () => {
    const warn = sinon.spy(console, 'warn')
    try {
      // A host no other test asks (the hint is given once per host, for the whole page).
      const blocked = 'http://127.0.0.1:7'
      for (let i = 0; i < 2; i++) {
        const error = await sanity(blocked)
          .fetch('strategy', {lang: 'sv'})
          .then(
            () => undefined,
            (failure: unknown) => failure,
          )
        expect((error as {kind?: string})?.kind).to.equal('offline')
      }
      const hints = warn.getCalls().filter((call) => String(call.args[0]).includes(blocked))
      expect(hints).to.have.length(1)
      expect(String(hints[0].args[0])).to.contain(
        `add ${origin} to the Sanity project's CORS origins`,
      )
      expect(String(hints[0].args[0])).to.contain('connect-src')
    } finally {
      warn.restore()
    }
  })

  it('says in the console, once, what Sanity answered, and what to check when a retry cannot help', async () => {
    const warn = sinon.spy(console, 'warn')
    try {
      // A dataset the endpoint does not have: a 404 that only the configuration can mend.
      const missing = createSanitySource({
        projectId: 'ijh00000',
        dataset: 'staging',
        apiHost: origin,
      })
      for (let i = 0; i < 2; i++) {
        const error = await missing.fetch('strategy', {lang: 'sv'}).then(
          () => undefined,
          (failure: unknown) => failure,
        )
        expect((error as {kind?: string})?.kind).to.equal('http')
      }
      // A server error (one no other test here asks for): said too, with nothing to check.
      await sanity(`${origin}/__fault/503`)
        .fetch('strategy', {lang: 'sv'})
        .catch(() => undefined)
      const said = warn.getCalls().map((call) => String(call.args[0]))
      expect(said.filter((text) => text.includes('Dataset "staging" not found'))).to.deep.equal([
        `ijh: Sanity answered 404: Dataset "staging" not found. Check <ijh-config>'s project-id and dataset, and that the dataset is public.`,
      ])
      const unavailable = said.filter((text) => text.includes('Sanity answered 503'))
      expect(unavailable).to.have.length(1)
      expect(unavailable[0]).not.to.contain('Check')
    } finally {
      warn.restore()
    }
  })

  it('says there is no internet connection when the browser is offline', async () => {
    const onLine = sinon.stub(Navigator.prototype, 'onLine').get(() => false)
    try {
      const element = await mount(ELEMENTS[0], sanity('http://127.0.0.1:9'))
      await until(() => !!$(element, '[part~="error"]'), 'the message')
      expect($(element, '[part~="error"]')?.textContent).to.contain(
        'Det verkar inte finnas någon internetanslutning.',
      )
    } finally {
      onLine.restore()
    }
  })
})

describe('network faults: rapid attribute changes', function () {
  this.timeout(30_000)

  const SLUGS = [
    'positiv-samhallsutveckling',
    'oppenhet-och-dynamik',
    'kunskap-och-kompetens',
    'kreativa-motesplatser',
    'handlingskraftigt-innovationsstod',
  ]

  it('a hundred focus-area changes on the card leave one live request, and the card shows its answer', async () => {
    const source = new TestSource()
    source.hold = true
    const card = await fixtureWithSource<Updatable>(
      source,
      html`<ijh-focus-area-card focus-area=${SLUGS[0]}></ijh-focus-area-card>`,
    )
    for (let i = 1; i <= 100; i++) {
      card.setAttribute('focus-area', SLUGS[i % SLUGS.length])
      await card.updateComplete
    }
    const live = source.calls.filter((call) => !call.signal?.aborted)
    expect(source.calls).to.have.length(101)
    expect(live).to.have.length(1)
    expect((live[0].params as {slug: string}).slug).to.equal(SLUGS[100 % SLUGS.length])
    source.release()
    await until(
      () => $(card, '[part~="title"]')?.textContent === 'Positiv samhällsutveckling',
      'the latest focus area',
    )
  })

  it('a hundred lang changes on the wheel leave one live request, and the wheel shows its answer', async () => {
    const source = new TestSource()
    source.hold = true
    const wheel = await fixtureWithSource<Updatable>(
      source,
      html`<ijh-strategy-wheel no-fragment lang="sv"></ijh-strategy-wheel>`,
    )
    for (let i = 1; i <= 101; i++) {
      wheel.lang = i % 2 ? 'en' : 'sv'
      // The language is observed (a MutationObserver), then the element updates.
      await until(() => source.calls.length === i + 1, `request ${i + 1}`)
    }
    const live = source.calls.filter((call) => !call.signal?.aborted)
    expect(live).to.have.length(1)
    expect((live[0].params as {lang: string}).lang).to.equal('en')
    source.release()
    await until(
      () =>
        $(wheel, 'svg title')?.textContent ===
        'Strategy wheel: Innovativa Jämtland/Härjedalen 2025',
      'the English wheel',
    )
  })

  it('over the network: each change aborts the request before it, and one answer arrives', async () => {
    const requests: {url: string; signal?: AbortSignal | null}[] = []
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    // Every request waits at the gate (none is answered during the changes), then goes out with
    // its own signal: the aborted ones fail at once, the live one reaches the endpoint.
    const gated = (async (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push({url: String(input), signal: init?.signal})
      await gate
      return window.fetch(input, init)
    }) as typeof fetch
    const source = createSanitySource(
      {projectId: 'ijh00000', dataset: 'production', apiHost: origin},
      {fetch: gated},
    )
    const card = await fixtureWithSource<Updatable>(
      source,
      html`<ijh-focus-area-card focus-area=${SLUGS[0]}></ijh-focus-area-card>`,
    )
    for (let i = 1; i <= 100; i++) {
      card.setAttribute('focus-area', SLUGS[i % SLUGS.length])
      await card.updateComplete
      await until(() => requests.length === i + 1, `request ${i + 1}`)
    }
    expect(requests.filter((request) => !request.signal?.aborted)).to.have.length(1)
    expect(requests.at(-1)?.signal?.aborted).to.equal(false)
    expect(decodeURIComponent(requests.at(-1)?.url ?? '')).to.contain(`"${SLUGS[0]}"`)
    open()
    await until(
      () => $(card, '[part~="title"]')?.textContent === 'Positiv samhällsutveckling',
      'the latest focus area',
    )
  })
})
