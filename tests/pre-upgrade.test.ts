/**
 * Properties a page sets on an element before its module defines it: the CDN loader defines each
 * tag when its module arrives, so a script or a framework often sets them first. Lit puts them in
 * place at the first update, so what reads them on connection must read them again then. This
 * page imports the elements' modules only after the elements are on it.
 */
import {expect, html} from '@open-wc/testing'
import type {IjhStrategyWheel} from '../components/strategy-wheel/strategy-wheel'
import type {IjhSupportFinder} from '../components/support-finder/support-finder'
import {fixtureWithSource, loaded, TestSource} from './helpers/test-source'

const shadow = (el: Element) => el.shadowRoot as ShadowRoot
const question = (el: Element) => shadow(el).querySelector('#guided-question')?.textContent?.trim()

describe('properties set before the element is defined', () => {
  const saved = location.href
  after(() => history.replaceState(null, '', saved))

  it('are in place before the wheel reads the fragment and the finder reads the address', async () => {
    expect(customElements.get('ijh-strategy-wheel'), 'not defined on this page yet').to.equal(
      undefined,
    )
    // Another (unkeyed) finder's state, and a link to a focus area.
    history.replaceState(
      null,
      '',
      `${location.pathname}?ijh-sf-need=finansiering#ijh-focus-area-kreativa-motesplatser`,
    )
    const source = new TestSource()
    const page = await fixtureWithSource<HTMLElement>(
      source,
      html`<div>
        <ijh-focus-area-card
          for="followed"
          focus-area="kunskap-och-kompetens"
        ></ijh-focus-area-card>
        <ijh-strategy-wheel id="followed"></ijh-strategy-wheel>
        <ijh-strategy-wheel id="off"></ijh-strategy-wheel>
        <ijh-strategy-wheel id="chosen"></ijh-strategy-wheel>
        <ijh-strategy-wheel
          id="chosen-attribute"
          selected="oppenhet-och-dynamik"
        ></ijh-strategy-wheel>
        <ijh-support-finder id="keyed" mode="guided"></ijh-support-finder>
        <ijh-support-finder id="unkeyed" mode="guided"></ijh-support-finder>
      </div>`,
    )
    const get = <T extends HTMLElement>(id: string) => page.querySelector(`#${id}`) as T
    const [off, chosen, chosenAttribute] = ['off', 'chosen', 'chosen-attribute'].map(
      get<IjhStrategyWheel>,
    )
    const [keyed, unkeyed] = ['keyed', 'unkeyed'].map(get<IjhSupportFinder>)
    off.noFragment = true
    chosen.selected = 'oppenhet-och-dynamik'
    keyed.urlKey = 'almi'
    // Every element defined at once, the card before the wheel (as the package's index does).
    await import('../components/index')
    const card = page.querySelector('ijh-focus-area-card') as HTMLElement
    for (const el of [off, chosen, chosenAttribute, keyed, unkeyed, card]) await loaded(el)

    await expect(off).to.be.accessible()
    await expect(keyed).to.be.accessible()
    expect(off.selected, 'no-fragment as a property').to.equal(undefined)
    // The fragment wins over `selected` (docs/elements), set as a property or an attribute.
    expect(chosen.selected).to.equal('kreativa-motesplatser')
    expect(chosenAttribute.selected).to.equal('kreativa-motesplatser')
    // The keyed finder's state is not the unkeyed one's: its guided mode starts at the start.
    expect(keyed.filters.need).to.deep.equal([])
    expect(question(keyed)).to.be.a('string').and.contain('?')
    expect(unkeyed.filters.need).to.deep.equal(['finansiering'])
    expect(question(unkeyed), 'at the results').to.equal(undefined)
    // The card following a wheel asks for the fragment's focus area, not its own first.
    const asked = source.calls
      .filter((call) => call.name === 'focusArea')
      .map((call) => (call.params as {slug?: string}).slug)
    expect(asked).to.deep.equal(['kreativa-motesplatser'])
  })
})
