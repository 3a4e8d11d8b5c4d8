import {expect, fixture, html as testHtml} from '@open-wc/testing'
import {html, render} from 'lit'
import '../components/focus-area-card/focus-area-card'
import '../components/story-carousel/story-carousel'
import '../components/strategy-wheel/strategy-wheel'
import '../components/support-finder/support-finder'
import type {QueryName} from '../components/data/source'
import {inSwedish, langOf, swedishTexts} from '../components/shared/fallback'
import {markedTexts} from './helpers/dom-checks'
import {
  TestSource,
  fixtureWithSource,
  loaded,
  untranslated,
  untranslatedSource,
  until,
} from './helpers/test-source'

describe('swedishTexts', () => {
  it('gathers, from every object of a result, the texts its inSwedish lists, trimmed', () => {
    const result = {
      inSwedish: ['title'],
      title: '  Bara svenska ',
      summary: 'English summary',
      themes: [
        {inSwedish: [], heading: 'Theme'},
        {inSwedish: ['heading'], heading: 'Tema', bullets: [{inSwedish: ['text'], text: 'Punkt'}]},
      ],
    }
    expect([...swedishTexts(result)].sort()).to.deep.equal(['Bara svenska', 'Punkt', 'Tema'])
  })

  it('gathers once per result', () => {
    const result = [{inSwedish: ['title'], title: 'Titel'}]
    expect(swedishTexts(result)).to.equal(swedishTexts(result))
  })

  it('finds nothing in a Swedish answer, in nothing, and in malformed content, without throwing', () => {
    const cyclic: Record<string, unknown> = {inSwedish: ['title'], title: 'Cykel'}
    cyclic.self = cyclic
    expect(swedishTexts({inSwedish: [], title: 'Titel'}).size).to.equal(0)
    for (const value of [null, undefined, 'text', 3, true, []]) {
      expect(swedishTexts(value).size, String(value)).to.equal(0)
    }
    expect(swedishTexts({inSwedish: 'title', title: 'Titel'}).size, 'not a list').to.equal(0)
    expect(
      swedishTexts({
        inSwedish: ['title', 'x', 3, null, 'blank'],
        title: {sv: 'Titel'},
        x: false,
        blank: ' ',
      }).size,
      'fields that are no text',
    ).to.equal(0)
    expect([...swedishTexts(cyclic)]).to.deep.equal(['Cykel'])
  })

  it('marks a Swedish text as content, or for a lang binding, and leaves others alone', async () => {
    const texts = new Set(['Tema'])
    expect(inSwedish(texts, 'Theme')).to.equal('Theme')
    expect(langOf(texts, 'Theme')).to.not.equal('sv')
    const el = await fixture<HTMLDivElement>(testHtml`<div></div>`)
    render(
      html`<h2>${inSwedish(texts, 'Tema')}</h2>
        <p lang=${langOf(texts, 'Tema')}>Tema</p>
        <p lang=${langOf(texts, 'Theme')}>Theme</p>`,
      el,
    )
    expect(el.querySelector('h2 span')?.getAttribute('lang')).to.equal('sv')
    expect(el.querySelector('h2')?.textContent).to.equal('Tema')
    const [swedish, english] = el.querySelectorAll('p')
    expect(swedish.getAttribute('lang')).to.equal('sv')
    expect(english.hasAttribute('lang'), 'no lang="" either').to.equal(false)
  })
})

/** Each element, in the states that show content. */
const ELEMENTS: {
  name: string
  query: QueryName
  params: object
  template: (lang: string) => ReturnType<typeof html>
}[] = [
  {
    name: 'the strategy wheel',
    query: 'strategy',
    params: {},
    template: (lang) => html`<ijh-strategy-wheel lang=${lang}></ijh-strategy-wheel>`,
  },
  {
    name: 'the strategy wheel’s text view',
    query: 'strategy',
    params: {},
    template: (lang) => html`<ijh-strategy-wheel lang=${lang} view="text"></ijh-strategy-wheel>`,
  },
  {
    name: 'the focus-area card',
    query: 'focusArea',
    params: {slug: 'kunskap-och-kompetens'},
    template: (lang) =>
      html`<ijh-focus-area-card
        lang=${lang}
        focus-area="kunskap-och-kompetens"
      ></ijh-focus-area-card>`,
  },
  {
    name: 'the compact focus-area card',
    query: 'focusArea',
    params: {slug: 'kunskap-och-kompetens'},
    template: (lang) =>
      html`<ijh-focus-area-card
        lang=${lang}
        focus-area="kunskap-och-kompetens"
        variant="compact"
      ></ijh-focus-area-card>`,
  },
  {
    name: 'the support finder',
    query: 'supportFinder',
    params: {},
    template: (lang) => html`<ijh-support-finder lang=${lang}></ijh-support-finder>`,
  },
  {
    name: 'the support finder’s guided mode',
    query: 'supportFinder',
    params: {},
    template: (lang) => html`<ijh-support-finder lang=${lang} mode="guided"></ijh-support-finder>`,
  },
  {
    name: 'the story carousel',
    query: 'successStories',
    params: {},
    template: (lang) => html`<ijh-story-carousel lang=${lang}></ijh-story-carousel>`,
  },
  {
    name: 'the story list',
    query: 'successStories',
    params: {},
    template: (lang) => html`<ijh-story-carousel lang=${lang} layout="list"></ijh-story-carousel>`,
  },
]

describe('Swedish shown on an English page for want of English (WCAG 3.1.2)', () => {
  for (const {name, query, params, template} of ELEMENTS) {
    it(`is marked lang="sv" in ${name}`, async () => {
      const texts = swedishTexts(await untranslated(query, {...params, lang: 'en'}))
      const el = await fixtureWithSource(untranslatedSource(), template('en'))
      await loaded(el)
      const found = markedTexts(el, texts)
      const unmarked = found.filter(([, lang]) => lang !== 'sv')
      expect(unmarked, 'content texts not marked Swedish').to.deep.equal([])
      expect(found.length, 'content texts shown').to.be.at.least(2)
    })

    it(`is not marked in ${name} when translated, nor on a Swedish page`, async () => {
      for (const [lang, source] of [
        ['en', new TestSource()],
        ['sv', untranslatedSource()],
      ] as const) {
        const el = await fixtureWithSource(source, template(lang))
        await loaded(el)
        expect(el.shadowRoot?.querySelector('[lang]')?.outerHTML ?? null, lang).to.equal(null)
      }
    })
  }

  it('keeps the English UI around the Swedish content', async () => {
    const el = await fixtureWithSource(
      untranslatedSource(),
      html`<ijh-focus-area-card
        lang="en"
        focus-area="kunskap-och-kompetens"
      ></ijh-focus-area-card>`,
    )
    await loaded(el)
    await until(() => !!el.shadowRoot?.textContent?.includes('Actions'), 'the English strings')
    const title = el.shadowRoot?.querySelector('[part~="title"]')
    expect(title?.textContent?.trim()).to.equal('Kunskap och kompetens')
    expect(title?.querySelector('span[lang="sv"]')).to.exist
  })
})
