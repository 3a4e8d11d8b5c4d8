import {expect, fixture, html} from '@open-wc/testing'
import {sendKeys} from '@web/test-runner-commands'
import {LitElement} from 'lit'
import {property} from 'lit/decorators.js'
import {
  RovingFocusController,
  type RovingFocusOptions,
} from '../components/shared/roving-focus-controller'

interface RovingHost extends LitElement {
  count: number
  readonly roving: RovingFocusController
}

/** Defines a host with `count` buttons in its shadow root, one Tab stop among them. */
function defineHost(name: string, options: Partial<RovingFocusOptions> = {}): void {
  class Host extends LitElement {
    @property({type: Number}) count = 4

    readonly roving = new RovingFocusController(this, {
      items: () => [...(this.shadowRoot?.querySelectorAll<HTMLElement>('button') ?? [])],
      ...options,
    })

    override render() {
      return html`${Array.from(
        {length: this.count},
        (_, i) => html`<button type="button">item ${i}</button>`,
      )}`
    }
  }
  customElements.define(name, Host)
}

defineHost('test-roving-host')
defineHost('test-roving-vertical', {orientation: 'vertical', wrap: false})
defineHost('test-roving-horizontal', {orientation: 'horizontal'})

function focusedIndex(el: LitElement): number {
  const buttons = [...(el.shadowRoot?.querySelectorAll('button') ?? [])]
  return buttons.indexOf(el.shadowRoot?.activeElement as HTMLButtonElement)
}

function tabIndexes(el: LitElement): string[] {
  return [...(el.shadowRoot?.querySelectorAll('button') ?? [])].map(
    (button) => button.getAttribute('tabindex') ?? '',
  )
}

describe('RovingFocusController', () => {
  it('gives a group one Tab stop', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`)
    const el = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`)
    expect(tabIndexes(el)).to.deep.equal(['0', '-1', '-1', '-1'])
    before.focus()
    await sendKeys({press: 'Tab'})
    expect(focusedIndex(el)).to.equal(0)
    await sendKeys({press: 'Tab'})
    expect(focusedIndex(el)).to.equal(-1)
  })

  it('moves with the arrows, wraps around, and goes to the ends with Home and End', async () => {
    const el = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`)
    el.roving.focus(0)
    await sendKeys({press: 'ArrowRight'})
    expect(focusedIndex(el)).to.equal(1)
    await sendKeys({press: 'ArrowDown'})
    expect(focusedIndex(el)).to.equal(2)
    await sendKeys({press: 'ArrowUp'})
    await sendKeys({press: 'ArrowLeft'})
    expect(focusedIndex(el)).to.equal(0)
    await sendKeys({press: 'ArrowLeft'})
    expect(focusedIndex(el)).to.equal(3)
    await sendKeys({press: 'ArrowRight'})
    expect(focusedIndex(el)).to.equal(0)
    await sendKeys({press: 'End'})
    expect(focusedIndex(el)).to.equal(3)
    await sendKeys({press: 'Home'})
    expect(focusedIndex(el)).to.equal(0)
    expect(tabIndexes(el)).to.deep.equal(['0', '-1', '-1', '-1'])
  })

  it('remembers the last item as the Tab stop, also when it was clicked', async () => {
    const el = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`)
    el.roving.focus(0)
    await sendKeys({press: 'End'})
    expect(tabIndexes(el)).to.deep.equal(['-1', '-1', '-1', '0'])
    el.shadowRoot?.querySelectorAll('button')[1].focus()
    expect(el.roving.activeIndex).to.equal(1)
    expect(tabIndexes(el)).to.deep.equal(['-1', '0', '-1', '-1'])
    el.roving.setActive(2)
    expect(tabIndexes(el)).to.deep.equal(['-1', '-1', '0', '-1'])
  })

  it('keeps the Tab stop within the items when they change', async () => {
    const el = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`)
    el.roving.setActive(3)
    el.count = 2
    await el.updateComplete
    expect(tabIndexes(el)).to.deep.equal(['-1', '0'])
  })

  it('mirrors Left and Right in right-to-left text', async () => {
    const el = await fixture<RovingHost>(html`<test-roving-host dir="rtl"></test-roving-host>`)
    el.roving.focus(1)
    await sendKeys({press: 'ArrowLeft'})
    expect(focusedIndex(el)).to.equal(2)
    await sendKeys({press: 'ArrowRight'})
    expect(focusedIndex(el)).to.equal(1)
  })

  it('can stop at the ends and use one axis only', async () => {
    const vertical = await fixture<RovingHost>(html`<test-roving-vertical></test-roving-vertical>`)
    vertical.roving.focus(3)
    await sendKeys({press: 'ArrowDown'})
    expect(focusedIndex(vertical)).to.equal(3)
    await sendKeys({press: 'ArrowLeft'})
    expect(focusedIndex(vertical)).to.equal(3)
    await sendKeys({press: 'ArrowUp'})
    expect(focusedIndex(vertical)).to.equal(2)
    await sendKeys({press: 'Home'})
    await sendKeys({press: 'ArrowUp'})
    expect(focusedIndex(vertical)).to.equal(0)
    const horizontal = await fixture<RovingHost>(
      html`<test-roving-horizontal></test-roving-horizontal>`,
    )
    horizontal.roving.focus(1)
    await sendKeys({press: 'ArrowDown'})
    expect(focusedIndex(horizontal)).to.equal(1)
    await sendKeys({press: 'ArrowRight'})
    expect(focusedIndex(horizontal)).to.equal(2)
  })
})
