/**
 * A card whose `for` names a wheel that is on the page but not defined yet: the loader loads each
 * tag's module apart, so the card's may come first. This page loads the wheel's module only when
 * the test says so (tests/focus-area-card.test.ts has the wheel defined from the start).
 */
import {expect, html} from '@open-wc/testing'
import '../components/focus-area-card/focus-area-card'
import {fixtureWithSource, loaded, TestSource, until} from './helpers/test-source'

const shadow = (el: Element) => el.shadowRoot as ShadowRoot
const title = (el: Element) => shadow(el).querySelector('[part~="title"]')?.textContent
const error = (el: Element) => shadow(el).querySelector('[part~="error"]')?.textContent ?? ''

describe('ijh-focus-area-card following a wheel whose module loads later', () => {
  it('is accessible, waits without an error, then follows the wheel once it is defined', async () => {
    expect(customElements.get('ijh-strategy-wheel'), 'not defined on this page yet').to.equal(
      undefined,
    )
    const page = await fixtureWithSource<HTMLElement>(
      new TestSource(),
      html`<div>
        <ijh-strategy-wheel id="hjul" selected="kreativa-motesplatser"></ijh-strategy-wheel>
        <ijh-focus-area-card for="hjul"></ijh-focus-area-card>
        <ijh-strategy-wheell id="stavfel"></ijh-strategy-wheell>
        <ijh-focus-area-card for="stavfel"></ijh-focus-area-card>
      </div>`,
    )
    const [card, misspelt] = [...page.querySelectorAll('ijh-focus-area-card')] as HTMLElement[]
    await loaded(card)
    await expect(card).to.be.accessible()
    expect(error(card), 'no error while the wheel loads').to.equal('')
    expect(shadow(card).textContent).to.contain(
      'Här visas mer om det insatsområde du väljer i strategihjulet',
    )
    // A misspelt tag is no wheel that is on its way: said at once.
    await loaded(misspelt)
    expect(error(misspelt)).to.contain('”stavfel”')
    await import('../components/strategy-wheel/strategy-wheel')
    await until(() => title(card) === 'Kreativa mötesplatser', 'the wheel’s selection')
  })
})
