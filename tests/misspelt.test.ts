/**
 * Misspelt attribute names (`renderAttributeProblems` in components/shared/states.ts): which name
 * an element takes for a misspelling of its own, and the message it shows. The elements' own tests
 * show it in place.
 */
import {expect, html} from '@open-wc/testing'
import '../components/support-finder/support-finder'
import '../components/focus-area-card/focus-area-card'
import '../components/strategy-wheel/strategy-wheel'
import '../components/story-carousel/story-carousel'
import '../components/config/config'
import type {IjhSupportFinder} from '../components/support-finder/support-finder'
import {meantAttribute} from '../components/shared/attributes'
import {TestSource, fixtureWithSource, loaded, until} from './helpers/test-source'

const TAGS = [
  'ijh-config',
  'ijh-focus-area-card',
  'ijh-strategy-wheel',
  'ijh-support-finder',
  'ijh-story-carousel',
]

const FINDER = ['need', 'stage', 'target-group', 'sector', 'municipality', 'provider', 'mode']

describe('meantAttribute', () => {
  it('names the attribute a misspelt name most likely meant', () => {
    expect(meantAttribute('municipalty', FINDER)).to.equal('municipality')
    expect(meantAttribute('provder', FINDER)).to.equal('provider')
    expect(meantAttribute('target_group', FINDER)).to.equal('target-group')
    expect(meantAttribute('targetgroup', FINDER)).to.equal('target-group')
    expect(meantAttribute('needs', FINDER), 'one edit for a short name').to.equal('need')
  })

  it('leaves alone what is ours, global, the page’s or a framework’s, and what is far off', () => {
    // Every element's attributes at once, as they declare them, the closest any element has to
    // the global ones.
    const all = TAGS.flatMap((tag) => {
      const element = customElements.get(tag) as unknown as {observedAttributes: string[]}
      return element.observedAttributes
    })
    expect(all).to.include.members(['municipality', 'focus-area', 'autoplay', 'no-fragment'])
    const globals = ['accesskey', 'autocapitalize', 'autofocus', 'class', 'contenteditable', 'dir']
    globals.push('draggable', 'enterkeyhint', 'exportparts', 'hidden', 'id', 'inert', 'inputmode')
    globals.push('is', 'itemid', 'itemprop', 'itemref', 'itemscope', 'itemtype', 'lang', 'nonce')
    globals.push('part', 'popover', 'role', 'slot', 'spellcheck', 'style', 'tabindex', 'title')
    globals.push('translate', 'name', 'value', 'type', 'src', 'href', 'alt', 'width', 'height')
    for (const name of globals) expect(meantAttribute(name, all), name).to.equal(undefined)
    for (const name of [
      'need',
      'style',
      'class',
      'id',
      'lang',
      'tabindex',
      'data-stage',
      'aria-label',
      'x-data',
      '_ngcontent-ng-c12',
      'hx-get',
      'v-if',
      'colour',
      'nodes',
    ]) {
      expect(meantAttribute(name, FINDER), name).to.equal(undefined)
    }
  })
})

describe('a misspelt attribute on an element', () => {
  it('is accessible, and says which attribute was meant', async () => {
    const el = await fixtureWithSource<IjhSupportFinder>(
      new TestSource(),
      html`<ijh-support-finder
        municipalty="krokom"
        class="x"
        style="color: black"
      ></ijh-support-finder>`,
    )
    await loaded(el)
    await expect(el).to.be.accessible()
    const messages = [...(el.shadowRoot?.querySelectorAll('[part~="error"]') ?? [])].map((m) =>
      m.textContent?.trim(),
    )
    expect(messages).to.deep.equal([
      'Elementet har inget attribut municipalty och bortser från det. Menade du municipality?',
    ])
  })

  it('is said by the carousel too, after a value it cannot use', async () => {
    const el = await fixtureWithSource<HTMLElement>(
      new TestSource(),
      html`<ijh-story-carousel layout="grid" muncipality="are"></ijh-story-carousel>`,
    )
    await loaded(el)
    const messages = [...(el.shadowRoot?.querySelectorAll('[part~="error"]') ?? [])].map((m) =>
      m.textContent?.trim(),
    )
    expect(messages).to.deep.equal([
      'Attributet layout har ett okänt värde ”grid”. Till exempel: layout="list".',
      'Elementet har inget attribut muncipality och bortser från det. Menade du municipality?',
    ])
  })

  it('is said by the card too, in English on an English page', async () => {
    const el = await fixtureWithSource<HTMLElement>(
      new TestSource(),
      html`<ijh-focus-area-card
        lang="en"
        focus_area="kreativa-motesplatser"
      ></ijh-focus-area-card>`,
    )
    await loaded(el)
    const text = () => el.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? ''
    await until(() => text().includes('Did you mean focus-area?'), 'the English message')
  })
})
