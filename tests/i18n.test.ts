import {expect, fixture, html} from '@open-wc/testing'
import '../components/focus-area-card/focus-area-card'
import '../components/strategy-wheel/strategy-wheel'
import type {IjhFocusAreaCard} from '../components/focus-area-card/focus-area-card'
import {isLanguageLoaded} from '../components/i18n/translate'
import {TestSource, fixtureWithSource, until} from './helpers/test-source'

// The UI strings' English is loaded lazily: this file's page starts with none loaded.

const SLUG = 'kunskap-och-kompetens'

const shadow = (el: Element) => el.shadowRoot as ShadowRoot
const eyebrow = (el: Element) => shadow(el).querySelector('[part~="eyebrow"]')?.textContent
const status = (el: Element) => shadow(el).querySelector('[role="status"]')?.textContent?.trim()

describe('UI strings: English loaded when an element needs it', () => {
  it('is accessible', async () => {
    const el = await fixtureWithSource<IjhFocusAreaCard>(
      new TestSource(),
      html`<ijh-focus-area-card lang="sv" focus-area=${SLUG}></ijh-focus-area-card>`,
    )
    await until(() => eyebrow(el) === 'Insatsområde', 'the card to load')
    await expect(el).to.be.accessible()
  })

  it('a page in Swedish never loads the English', async () => {
    const el = await fixtureWithSource<IjhFocusAreaCard>(
      new TestSource(),
      html`<div lang="sv"><ijh-focus-area-card focus-area=${SLUG}></ijh-focus-area-card></div>`,
    )
    const card = el.querySelector('ijh-focus-area-card') as IjhFocusAreaCard
    await until(() => eyebrow(card) === 'Insatsområde', 'the Swedish card')
    expect(isLanguageLoaded('en')).to.equal(false)
  })

  it('an English element loads it, shows its content in English, and never says “Laddar” meanwhile', async () => {
    const source = new TestSource()
    source.hold = true
    const el = await fixtureWithSource<IjhFocusAreaCard>(
      source,
      html`<ijh-focus-area-card lang="en" focus-area=${SLUG}></ijh-focus-area-card>`,
    )
    // While loading: the status is empty until the English arrives, then English; never Swedish.
    expect(['', 'Loading content…']).to.include(status(el))
    await until(() => status(el) === 'Loading content…', 'the English loading message')
    expect(isLanguageLoaded('en')).to.equal(true)
    source.release()
    await until(() => eyebrow(el) === 'Focus area', 'the English card')
  })

  it('an element moved into an English section speaks English there', async () => {
    // No source through context here: nothing else makes the moved element render again.
    const page = await fixture<HTMLElement>(
      html`<div>
        <section lang="sv"><ijh-focus-area-card focus-area=${SLUG}></ijh-focus-area-card></section>
        <section lang="en"></section>
      </div>`,
    )
    const card = page.querySelector('ijh-focus-area-card') as IjhFocusAreaCard
    await until(() => eyebrow(card) === 'Insatsområde', 'the Swedish card')
    page.querySelector('section[lang="en"]')?.append(card)
    await until(() => eyebrow(card) === 'Focus area', 'the card in English')
  })

  it('says it speaks Swedish on a page in another language, inside itself only (WCAG 3.1.2)', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <section lang="sma"><ijh-focus-area-card focus-area=${SLUG}></ijh-focus-area-card></section>
        <section lang="sv-FI">
          <ijh-focus-area-card focus-area=${SLUG}></ijh-focus-area-card>
        </section>
        <section lang="de">
          <ijh-strategy-wheel
            ><p slot="description" id="own">Unsere Beschreibung.</p></ijh-strategy-wheel
          >
        </section>
      </div>`,
    )
    const [sami, finlandSwedish] = [...page.querySelectorAll('ijh-focus-area-card')]
    const wheel = page.querySelector('ijh-strategy-wheel') as HTMLElement
    for (const card of [sami, finlandSwedish]) {
      await until(() => eyebrow(card) === 'Insatsområde', 'the Swedish card')
    }
    /** The language its rendered content is marked in, inside the shadow root. */
    const marked = (el: Element) => shadow(el).querySelector('.content')?.getAttribute('lang')
    expect(marked(sami), 'in a South Sami section').to.equal('sv')
    expect(marked(finlandSwedish) ?? null, 'in a Swedish one').to.equal(null)
    expect(marked(wheel), 'in a German one').to.equal('sv')
    // The elements themselves, and what the page slots into them, keep the page's language.
    for (const el of [sami, finlandSwedish, wheel]) expect(el.hasAttribute('lang')).to.equal(false)
    expect(page.querySelector('#own')?.matches(':lang(de)'), 'slotted text').to.equal(true)
    // The section turns English: the card follows, and the mark goes.
    sami.parentElement?.setAttribute('lang', 'en')
    await until(() => eyebrow(sami) === 'Focus area', 'the English card')
    expect(marked(sami) ?? null).to.equal(null)
    // And back to a language it does not speak.
    sami.parentElement?.setAttribute('lang', 'fi')
    await until(() => eyebrow(sami) === 'Insatsområde', 'the Swedish card again')
    expect(marked(sami)).to.equal('sv')
  })

  it('follows a lang changed on an ancestor inside another shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`)
    const section = document.createElement('section')
    section.lang = 'sv'
    host.attachShadow({mode: 'open'}).append(section)
    const card = document.createElement('ijh-focus-area-card')
    card.focusArea = SLUG
    section.append(card)
    await until(() => eyebrow(card) === 'Insatsområde', 'the Swedish card')
    section.lang = 'en'
    await until(() => eyebrow(card) === 'Focus area', 'the card in English')
  })
})
