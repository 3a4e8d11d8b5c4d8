import {expect, html} from '@open-wc/testing'
import type {TemplateResult} from 'lit'
import '../components/focus-area-card/focus-area-card'
import '../components/story-carousel/story-carousel'
import '../components/strategy-wheel/strategy-wheel'
import '../components/support-finder/support-finder'
import type {IjhFocusAreaCard} from '../components/focus-area-card/focus-area-card'
import type {IjhStoryCarousel} from '../components/story-carousel/story-carousel'
import {
  flag,
  parseChoice,
  parseHeadingLevel,
  slugFrom,
  wrongHeadingLevel,
} from '../components/shared/attributes'
import {TestSource, fixtureWithSource, loaded} from './helpers/test-source'

const messages = (el: Element) =>
  [...(el.shadowRoot?.querySelectorAll('[part~="error"]') ?? [])].map((m) => m.textContent?.trim())

describe('parseChoice', () => {
  it('reads a choice in any case, trimmed, and gives the first when there is none', () => {
    const choices = ['carousel', 'list'] as const
    expect(parseChoice(' LIST ', choices)).to.equal('list')
    expect(parseChoice('carousel', choices)).to.equal('carousel')
    for (const none of [undefined, null, '', '   ']) {
      expect(parseChoice(none, choices), String(none)).to.equal('carousel')
    }
  })

  it('gives undefined for anything else, so that the element can say so', () => {
    for (const wrong of ['lista', 'list carousel', 'toString', '__proto__']) {
      expect(parseChoice(wrong, ['carousel', 'list']), wrong).to.equal(undefined)
    }
  })
})

describe('slugFrom', () => {
  it('makes a slug of what an editor writes, as the Studio makes slugs of Swedish titles', () => {
    expect(slugFrom('kunskap-och-kompetens')).to.equal('kunskap-och-kompetens')
    expect(slugFrom(' Kreativa mötesplatser ')).to.equal('kreativa-motesplatser')
    expect(slugFrom('Öppenhet & dynamik!')).to.equal('oppenhet-dynamik')
    expect(slugFrom('ÅRE')).to.equal('are')
    for (const blank of ['', '  ', null, undefined]) {
      expect(slugFrom(blank), String(blank)).to.equal(undefined)
    }
    // Nothing of a slug in it: as written, so that the element says it finds nothing by it.
    expect(slugFrom(' ſ ')).to.equal('ſ')
    expect(slugFrom('–')).to.equal('–')
  })
})

describe('flag', () => {
  it('reads a boolean attribute as present, except a value that says off, in any case', () => {
    expect(flag('')).to.equal(true)
    expect(flag('autoplay')).to.equal(true)
    expect(flag('true')).to.equal(true)
    expect(flag('ja')).to.equal(true)
    expect(flag('on')).to.equal(true)
    expect(flag('1')).to.equal(true)
    expect(flag('false')).to.equal(false)
    expect(flag('False')).to.equal(false)
    expect(flag('FALSE')).to.equal(false)
    // As a Swedish editor, or a CMS's checkbox field, may write off.
    for (const off of ['nej', 'Nej', 'av', 'AV', 'off', 'OFF', 'no', '0']) {
      expect(flag(off), off).to.equal(false)
    }
    // Only the whole value: these are on, as HTML reads them.
    for (const on of ['nejtack', 'no-fragment', '00', 'falsey', 'avstängd'])
      expect(flag(on), on).to.equal(true)
    expect(flag(null)).to.equal(false)
  })
})

describe('heading-level', () => {
  it('is a whole number from 1 to 6, else the element’s default', () => {
    expect(parseHeadingLevel(4)).to.equal(4)
    expect(parseHeadingLevel('6', 3)).to.equal(6)
    for (const wrong of [0, 7, 2.5, Number.NaN, 'abc', null]) {
      expect(parseHeadingLevel(wrong, 3), String(wrong)).to.equal(3)
    }
  })

  it('is wrong, as the page wrote it, only when it is not 1–6', async () => {
    const el = document.createElement('div') as HTMLDivElement & {headingLevel: number}
    el.headingLevel = 2
    expect(wrongHeadingLevel(el)).to.equal(false)
    el.setAttribute('heading-level', 'två')
    el.headingLevel = Number.NaN
    expect(wrongHeadingLevel(el)).to.deep.equal(['heading-level', 'två', 'heading-level="3"'])
    el.removeAttribute('heading-level')
    el.headingLevel = 9
    expect(wrongHeadingLevel(el)).to.deep.equal(['heading-level', 9, 'heading-level="3"'])
  })

  it('names the property’s value when a script set it after the attribute', () => {
    const el = document.createElement('div') as HTMLDivElement & {headingLevel: number}
    el.setAttribute('heading-level', '5')
    // A page's script, untyped.
    el.headingLevel = 'abc' as unknown as number
    expect(wrongHeadingLevel(el)).to.deep.equal(['heading-level', 'abc', 'heading-level="3"'])
    el.headingLevel = 7
    expect(wrongHeadingLevel(el)).to.deep.equal(['heading-level', 7, 'heading-level="3"'])
  })

  it('is not wrong when there is none: empty, removed, or null or undefined from script', () => {
    const el = document.createElement('div') as HTMLDivElement & {headingLevel?: number | null}
    el.setAttribute('heading-level', ' ')
    el.headingLevel = 0
    expect(wrongHeadingLevel(el), 'empty').to.equal(false)
    el.removeAttribute('heading-level')
    el.headingLevel = null
    expect(wrongHeadingLevel(el), 'removed').to.equal(false)
    el.headingLevel = undefined
    expect(wrongHeadingLevel(el), 'undefined').to.equal(false)
  })
})

/**
 * Every element, with attribute values it cannot use: it names each (WCAG 3.3.1 for the web
 * editor who typed it), and goes on with its defaults, so that the page loses nothing.
 */
const ELEMENTS: {
  name: string
  template: TemplateResult
  wrong: string[]
  /** What shows that the element goes on with its defaults. */
  shows: string
}[] = [
  {
    name: 'ijh-focus-area-card',
    template: html`<ijh-focus-area-card
      focus-area="kunskap-och-kompetens"
      variant="kompakt"
      heading-level="h3"
      href-template="javascript:alert(1)//{slug}"
    ></ijh-focus-area-card>`,
    wrong: [
      'Attributet variant har ett okänt värde ”kompakt”. Till exempel: variant="compact".',
      'Attributet href-template har ett okänt värde ”javascript:alert(1)//{slug}”. Till exempel: href-template="/innovation/{slug}".',
      'Attributet heading-level har ett okänt värde ”h3”. Till exempel: heading-level="3".',
    ],
    shows: 'h2[part~="title"], [part~="theme"]',
  },
  {
    name: 'ijh-strategy-wheel',
    template: html`<ijh-strategy-wheel
      view="hjul"
      heading-level="0"
      href-template="mailto:{slug}@kommun.se"
    ></ijh-strategy-wheel>`,
    wrong: [
      'Attributet view har ett okänt värde ”hjul”. Till exempel: view="text".',
      'Attributet href-template har ett okänt värde ”mailto:{slug}@kommun.se”. Till exempel: href-template="/innovation/{slug}".',
      'Attributet heading-level har ett okänt värde ”0”. Till exempel: heading-level="3".',
    ],
    shows: '[part~="svg"] [part~="area"]',
  },
  {
    name: 'ijh-support-finder',
    template: html`<ijh-support-finder heading-level="7"></ijh-support-finder>`,
    wrong: ['Attributet heading-level har ett okänt värde ”7”. Till exempel: heading-level="3".'],
    shows: 'h2[part~="title"]',
  },
  {
    name: 'ijh-story-carousel',
    template: html`<ijh-story-carousel
      layout="grid"
      limit="tre"
      heading-level="2.5"
      href-template="https://[kommun.se/{slug}"
    ></ijh-story-carousel>`,
    wrong: [
      'Attributet layout har ett okänt värde ”grid”. Till exempel: layout="list".',
      'Attributet limit har ett okänt värde ”tre”. Till exempel: limit="3".',
      'Attributet href-template har ett okänt värde ”https://[kommun.se/{slug}”. Till exempel: href-template="/goda-exempel/{slug}".',
      'Attributet heading-level har ett okänt värde ”2.5”. Till exempel: heading-level="3".',
    ],
    shows: '[part~="carousel"] h3[part~="title"]',
  },
]

describe('attribute values an element cannot use', () => {
  for (const {name, template, wrong, shows} of ELEMENTS) {
    it(`${name}: names each, and goes on with its defaults`, async () => {
      const el = await fixtureWithSource<HTMLElement>(new TestSource(), template)
      await loaded(el)
      expect(messages(el)).to.deep.equal(wrong)
      expect(el.shadowRoot?.querySelector(shows), shows).to.exist
      await expect(el).to.be.accessible()
    })
  }

  it('says nothing about good values, or none', async () => {
    const els = [
      html`<ijh-focus-area-card
        focus-area="kunskap-och-kompetens"
        variant=" Compact "
        heading-level="6"
        href-template="/innovation/{slug}"
      ></ijh-focus-area-card>`,
      html`<ijh-strategy-wheel
        view="TEXT"
        heading-level="1"
        href-template=" https://kommun.se/innovation "
      ></ijh-strategy-wheel>`,
      html`<ijh-support-finder mode="guided"></ijh-support-finder>`,
      html`<ijh-story-carousel layout="list" limit=" 2 " heading-level="4"></ijh-story-carousel>`,
      html`<ijh-story-carousel limit="" href-template=" "></ijh-story-carousel>`,
      html`<ijh-story-carousel href-template="../goda-exempel?id={slug}"></ijh-story-carousel>`,
    ]
    for (const template of els) {
      const el = await fixtureWithSource<HTMLElement>(new TestSource(), template)
      await loaded(el)
      expect(messages(el), el.outerHTML).to.deep.equal([])
    }
  })

  it('says nothing when heading-level is emptied, removed or unset, and uses the default', async () => {
    const el = await fixtureWithSource<IjhFocusAreaCard>(
      new TestSource(),
      html`<ijh-focus-area-card
        focus-area="kunskap-och-kompetens"
        heading-level="5"
      ></ijh-focus-area-card>`,
    )
    await loaded(el)
    const changes: [string, () => void][] = [
      ['emptied', () => el.setAttribute('heading-level', '')],
      ['removed', () => el.removeAttribute('heading-level')],
      ['unset', () => ((el as {headingLevel?: number}).headingLevel = undefined)],
    ]
    for (const [name, change] of changes) {
      change()
      await el.updateComplete
      expect(messages(el), name).to.deep.equal([])
      expect(el.shadowRoot?.querySelector('h2[part~="title"]'), name).to.exist
    }
  })

  it('says it in the element’s language, and the message goes once the value is mended', async () => {
    const el = await fixtureWithSource<IjhStoryCarousel>(
      new TestSource(),
      html`<ijh-story-carousel lang="en" layout="grid"></ijh-story-carousel>`,
    )
    await loaded(el)
    expect(messages(el)).to.deep.equal([
      'The attribute layout has an unknown value “grid”. For example: layout="list".',
    ])
    el.setAttribute('layout', 'list')
    await el.updateComplete
    expect(messages(el)).to.deep.equal([])
    expect(el.shadowRoot?.querySelector('[part~="list"]')).to.exist
  })
})
