/**
 * Hostile content: every payload of `fixtures/xss-payloads.ts` put in every text field, URL field,
 * key and slug of each query's answer (the bundled strategy, every string replaced), and in the
 * attributes a page sets. Each story also carries hostile Portable Text in a `body` the query no
 * longer asks for and no element renders: a guard for the day one does, not coverage today. For each payload and each element setup: it never runs, no rendered
 * address uses a scheme other than http(s), mailto or tel, no element carries an `on*` attribute,
 * no element the payload spells out appears, and the payload is shown as text. Shadow roots are
 * walked recursively.
 */
import {ContextProvider} from '@lit/context'
import {expect, fixture, html} from '@open-wc/testing'
import '../components/focus-area-card/focus-area-card'
import '../components/story-carousel/story-carousel'
import '../components/strategy-wheel/strategy-wheel'
import '../components/support-finder/support-finder'
import {bundledSource} from '../components/data/bundled-source'
import './helpers/bundled-content'
import {dataSourceContext} from '../components/data/context'
import type {QueryName} from '../components/data/source'
import {deepElements, deepText, unsafeAttributes} from './helpers/dom-checks'
import {describe as describeElement} from './helpers/element-names'
import {PWNED, XSS_PAYLOADS} from './fixtures/xss-payloads'
import {frame, TestSource} from './helpers/test-source'

/** Keys whose strings identify things: kept apart per item, so that items stay distinct. */
const IDENTITY = new Set(['_id', '_key', 'slug'])

/** The answer with every string replaced by the payload (identities numbered to stay unique). */
function poison(value: unknown, payload: string, counter = {n: 0}, key = ''): unknown {
  if (typeof value === 'string') return IDENTITY.has(key) ? `${payload}${++counter.n}` : payload
  if (Array.isArray(value)) return value.map((item) => poison(item, payload, counter))
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [name, poison(item, payload, counter, name)]),
    )
  }
  return value
}

/** Portable Text with the payload everywhere, in known and unknown block, child and mark types. */
function hostileBody(payload: string): unknown[] {
  return [
    {
      _type: 'block',
      _key: 'b1',
      style: 'normal',
      markDefs: [
        {_type: 'link', _key: 'm1', href: payload},
        {_type: payload, _key: 'm2', href: payload, [payload]: payload},
      ],
      children: [
        {_type: 'span', _key: 's1', text: payload, marks: ['m1', 'm2', payload, 'strong']},
        {_type: payload, _key: 's2', text: payload},
      ],
    },
    {_type: payload, _key: 'b2', html: payload, code: payload, url: payload},
    {_type: 'block', _key: 'b3', style: payload, listItem: payload, level: payload, children: []},
    {_type: 'image', _key: 'b4', asset: {url: payload, _ref: payload}, alt: payload},
  ]
}

/** Tags no element ever renders from content; `img`, `svg` and `form` only as listed. */
const FORBIDDEN = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'math',
  'template',
  'base',
  'meta',
  'link',
  'style',
  'textarea',
  'details',
  'body',
  'b',
  'i',
  'animate',
  'set',
  'foreignobject',
  'use',
  'image',
])
const ALLOWED = {img: '[part~="image"]', svg: '[part~="svg"]', form: '.search, .guided'}

function forbiddenElements(host: Element): string[] {
  return deepElements(host.shadowRoot as ShadowRoot)
    .filter((element) => {
      const tag = element.localName
      if (tag === 'title') return !element.closest('svg')
      if (tag in ALLOWED) return !element.matches(ALLOWED[tag as keyof typeof ALLOWED])
      return FORBIDDEN.has(tag)
    })
    .map(describeElement)
}

interface Setup {
  name: string
  tag: string
  query: QueryName
  /** Attributes, given the payload. */
  attributes: (payload: string) => Record<string, string>
  /** Whether the payload must show as text (false where only an error can be shown). */
  showsText: boolean
  /** Mends the poisoned answer where the element needs its parts to refer to one another. */
  link?: (answer: unknown) => void
}

const SETUPS: Setup[] = [
  {
    name: 'card, full',
    tag: 'ijh-focus-area-card',
    query: 'focusArea',
    attributes: () => ({'focus-area': 'kunskap-och-kompetens'}),
    showsText: true,
  },
  {
    name: 'card, compact, linked with {slug}',
    tag: 'ijh-focus-area-card',
    query: 'focusArea',
    attributes: () => ({
      'focus-area': 'kunskap-och-kompetens',
      variant: 'compact',
      'href-template': '/innovation/{slug}',
    }),
    showsText: true,
  },
  {
    name: 'card, compact, hostile href-template and focus-area',
    tag: 'ijh-focus-area-card',
    query: 'focusArea',
    attributes: (payload) => ({
      'focus-area': payload,
      variant: 'compact',
      'href-template': `${payload}{slug}`,
    }),
    showsText: true,
  },
  {
    name: 'card, hostile api-host',
    tag: 'ijh-focus-area-card',
    query: 'focusArea',
    attributes: (payload) => ({'focus-area': 'a', 'project-id': 'ijh00000', 'api-host': payload}),
    showsText: false,
  },
  {
    name: 'wheel, linked with {slug}, hostile selected',
    tag: 'ijh-strategy-wheel',
    query: 'strategy',
    attributes: (payload) => ({
      'no-fragment': '',
      'href-template': '/innovation/{slug}',
      selected: payload,
    }),
    showsText: true,
  },
  {
    name: 'wheel, text version, hostile href-template',
    tag: 'ijh-strategy-wheel',
    query: 'strategy',
    attributes: (payload) => ({'no-fragment': '', view: 'text', 'href-template': payload}),
    showsText: true,
  },
  {
    name: 'finder, hostile presets',
    tag: 'ijh-support-finder',
    query: 'supportFinder',
    attributes: (payload) => ({need: payload, 'hide-facets': payload, mode: payload}),
    showsText: true,
  },
  {
    name: 'finder, guided',
    tag: 'ijh-support-finder',
    query: 'supportFinder',
    attributes: () => ({mode: 'guided'}),
    showsText: true,
    // Guided mode offers only the answers that lead to offers: the offers name the (numbered,
    // poisoned) needs, so that the payloads are offered as answers.
    link: (answer) => {
      const data = answer as {needs: {slug: string}[]; offers: {needs: string[]}[]}
      for (const offer of data.offers) offer.needs = data.needs.map((need) => need.slug)
    },
  },
  {
    name: 'carousel, linked with {slug}, hostile label',
    tag: 'ijh-story-carousel',
    query: 'successStories',
    attributes: (payload) => ({'href-template': '/berattelser/{slug}', label: payload}),
    showsText: true,
  },
  {
    name: 'carousel, list, hostile href-template and filters',
    tag: 'ijh-story-carousel',
    query: 'successStories',
    attributes: (payload) => ({layout: 'list', 'href-template': payload, limit: payload}),
    showsText: true,
  },
]

interface Updatable extends HTMLElement {
  updateComplete: Promise<unknown>
}

/** Waits until the element has run its query and rendered the answer. */
async function settle(element: Updatable): Promise<void> {
  const task = (element as unknown as {query?: {taskComplete: Promise<unknown>}}).query
  for (let i = 0; i < 2; i++) {
    await element.updateComplete
    await task?.taskComplete.catch(() => undefined)
  }
  await element.updateComplete
}

const pwned = () => (window as unknown as Record<string, unknown>)[PWNED]

describe('hostile content: XSS payloads in every field and attribute', function () {
  this.timeout(120_000)

  const answers = new Map<QueryName, unknown>()
  before(async () => {
    answers.set('strategy', await bundledSource.fetch('strategy', {lang: 'sv'}))
    answers.set(
      'focusArea',
      await bundledSource.fetch('focusArea', {lang: 'sv', slug: 'kunskap-och-kompetens'}),
    )
    answers.set('supportFinder', await bundledSource.fetch('supportFinder', {lang: 'sv'}))
    answers.set('successStories', await bundledSource.fetch('successStories', {lang: 'sv'}))
  })

  const uncaught: string[] = []
  const onError = (event: ErrorEvent) => uncaught.push(event.message)
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason))
  before(() => {
    window.addEventListener('error', onError)
    window.addEventListener('unhandledrejection', onRejection)
  })
  after(() => {
    window.removeEventListener('error', onError)
    window.removeEventListener('unhandledrejection', onRejection)
  })

  it(`has a corpus of ${XSS_PAYLOADS.length} distinct payloads`, () => {
    expect(new Set(XSS_PAYLOADS).size).to.equal(XSS_PAYLOADS.length)
    expect(XSS_PAYLOADS.length).to.be.at.least(40)
  })

  for (const setup of SETUPS) {
    it(`${setup.name}: ${XSS_PAYLOADS.length} payloads`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`)
      const provider = new ContextProvider(wrapper, {context: dataSourceContext})
      const element = document.createElement(setup.tag) as Updatable
      wrapper.append(element)
      for (const payload of XSS_PAYLOADS) {
        const where = `${setup.name}, payload ${JSON.stringify(payload)}`
        for (const name of element.getAttributeNames()) element.removeAttribute(name)
        for (const [name, value] of Object.entries(setup.attributes(payload))) {
          element.setAttribute(name, value)
        }
        const answer = poison(answers.get(setup.query), payload)
        setup.link?.(answer)
        if (setup.query === 'successStories') {
          for (const story of answer as {body: unknown}[]) story.body = hostileBody(payload)
        }
        provider.setValue(new TestSource(() => answer))
        await settle(element)
        expect(uncaught, where).to.deep.equal([])
        expect(pwned(), `${where}: ran`).to.equal(undefined)
        expect(unsafeAttributes(element), where).to.deep.equal([])
        expect(forbiddenElements(element), `${where}: elements from the payload`).to.deep.equal([])
        if (setup.showsText) {
          expect(deepText(element), `${where}: shown as text`).to.include(payload.trim())
        } else {
          expect(element.shadowRoot?.querySelector('[part~="error"]'), where).to.exist
        }
      }
    })
  }

  it('the support finder shows a hostile search and hostile filters from the address as text', async () => {
    const saved = window.location.href
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`)
      new ContextProvider(wrapper, {context: dataSourceContext, initialValue: new TestSource()})
      const element = document.createElement('ijh-support-finder') as Updatable
      wrapper.append(element)
      await settle(element)
      for (const payload of XSS_PAYLOADS) {
        const query = new URLSearchParams({'ijh-sf-q': payload, 'ijh-sf-need': payload})
        history.replaceState(null, '', `?${query}`)
        window.dispatchEvent(new PopStateEvent('popstate'))
        await settle(element)
        const where = `payload ${JSON.stringify(payload)}`
        expect(pwned(), where).to.equal(undefined)
        expect(unsafeAttributes(element), where).to.deep.equal([])
        expect(forbiddenElements(element), where).to.deep.equal([])
      }
    } finally {
      history.replaceState(null, '', saved)
    }
  })

  it('the support finder keeps working after a link whose search text is cut through an emoji', async () => {
    const saved = window.location.href
    const errors: unknown[] = []
    const onError = (event: ErrorEvent) => errors.push(event.error)
    window.addEventListener('error', onError)
    try {
      // 199 letters and an emoji: the 200-character limit cuts the emoji in half.
      history.replaceState(null, '', `?ijh-sf-q=${'a'.repeat(199)}%F0%9F%98%80`)
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`)
      new ContextProvider(wrapper, {context: dataSourceContext, initialValue: new TestSource()})
      const element = document.createElement('ijh-support-finder') as Updatable
      wrapper.append(element)
      await settle(element)
      element.shadowRoot?.querySelector<HTMLInputElement>('#option-need-finansiering')?.click()
      await settle(element)
      expect(errors.map(String)).to.deep.equal([])
      const params = new URLSearchParams(window.location.search)
      expect(params.get('ijh-sf-need'), 'the filter is written').to.equal('finansiering')
      expect(params.get('ijh-sf-q'), 'the search, without the half emoji').to.equal('a'.repeat(199))
    } finally {
      window.removeEventListener('error', onError)
      history.replaceState(null, '', saved)
    }
  })

  after(async () => {
    // Last: anything a payload started (an image's error handler, a timer) has had time to run.
    await frame()
    await frame()
    expect(pwned(), 'a payload ran').to.equal(undefined)
  })
})
