/**
 * Keyboard only: for each element, a walk with real key presses (`sendKeys`: Tab, Shift+Tab,
 * arrows, Home, End, Enter, Space, Escape) that reaches every control and operates each kind.
 *
 * Reaching: from a button before the element, Tab until the button after it; every visible,
 * enabled control in the element (a roving group or radio group counts once: its one Tab stop) is
 * reached, and Shift+Tab goes back through the same stops in reverse. Operating: each element's
 * controls, one by one, with the keys a reader would use, checking what changed. Nothing is
 * clicked or focused by script, except the starting point.
 */
import {expect, fixture, html} from '@open-wc/testing'
import {sendKeys, setViewport} from '@web/test-runner-commands'
import type {TemplateResult} from 'lit'
import '../components/focus-area-card/focus-area-card'
import '../components/story-carousel/story-carousel'
import '../components/strategy-wheel/strategy-wheel'
import '../components/support-finder/support-finder'
import {dataSourceContext} from '../components/data/context'
import {ContextProvider} from '@lit/context'
import {TestSource, loaded, until} from './helpers/test-source'
import {expectSame, expectSameElements, nameOf} from './helpers/expect-same'

interface Updatable extends HTMLElement {
  updateComplete: Promise<unknown>
}

/** The element with focus, inside shadow roots. */
function focused(): Element | null {
  let active: Element | null = document.activeElement
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
  return active
}

const press = async (key: string) => {
  await sendKeys({press: key})
}

async function shiftTab(): Promise<void> {
  await sendKeys({down: 'Shift'})
  await sendKeys({press: 'Tab'})
  await sendKeys({up: 'Shift'})
}

const CONTROLS = 'a[href], button, input, select, textarea, [tabindex]'

/**
 * The Tab stops the element should have: visible, enabled controls outside inert parts, not
 * taken out of the Tab order (`tabindex="-1"`); a radio group counts once.
 */
function expectedStops(host: Element): Element[] {
  const root = host.shadowRoot as ShadowRoot
  const radios = new Set<string>()
  return [...root.querySelectorAll(CONTROLS)].filter((element) => {
    if (element.getAttribute('tabindex') === '-1') return false
    if ((element as HTMLButtonElement).disabled || element.closest('[inert]')) return false
    if (!element.checkVisibility({visibilityProperty: true})) return false
    if (element instanceof HTMLInputElement && element.type === 'radio') {
      if (radios.has(element.name)) return false
      radios.add(element.name)
    }
    return true
  })
}

/** Tabs from `before` to `after`, then back; returns the stops inside the element, in order. */
async function walk(host: Updatable, before: HTMLElement, after: HTMLElement): Promise<Element[]> {
  before.focus()
  const forward: Element[] = []
  for (let i = 0; i < 400 && focused() !== after; i++) {
    await press('Tab')
    await host.updateComplete
    const current = focused()
    if (current && current !== after) forward.push(current)
  }
  expectSame(focused(), after, 'Tab reaches the button after the element')
  const backward: Element[] = []
  for (let i = 0; i < 400 && focused() !== before; i++) {
    await shiftTab()
    await host.updateComplete
    const current = focused()
    if (current && current !== before) backward.push(current)
  }
  expectSame(focused(), before, 'Shift+Tab reaches the button before the element')
  expect(backward.map(nameOf), 'Shift+Tab goes back the same way').to.deep.equal(
    [...forward].reverse().map(nameOf),
  )
  const stops = expectedStops(host)
  const missed = stops.filter((stop) => {
    if (stop instanceof HTMLInputElement && stop.type === 'radio') {
      return !forward.some((f) => f instanceof HTMLInputElement && f.name === stop.name)
    }
    return !forward.includes(stop)
  })
  expect(missed.map(nameOf), 'controls Tab never reached').to.deep.equal([])
  return forward
}

/** The element between two buttons, in a column of the given width, reading from a test source. */
async function mount<E extends Updatable>(
  template: TemplateResult,
  width = 800,
): Promise<{element: E; before: HTMLButtonElement; after: HTMLButtonElement}> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`)
  new ContextProvider(wrapper, {context: dataSourceContext, initialValue: new TestSource()})
  const {render} = await import('lit')
  render(
    html`<button id="before">before</button>${template}<button id="after">after</button>`,
    wrapper,
  )
  const element = wrapper.querySelector('button + *') as E
  await loaded(element)
  return {
    element,
    before: wrapper.querySelector('#before') as HTMLButtonElement,
    after: wrapper.querySelector('#after') as HTMLButtonElement,
  }
}

const inside = (host: Element, selector: string) =>
  [...(host.shadowRoot?.querySelectorAll(selector) ?? [])] as HTMLElement[]

describe('keyboard walkthrough: every control reached and operated with keys only', function () {
  this.timeout(60_000)

  before(() => setViewport({width: 1280, height: 900}))
  after(() => setViewport({width: 800, height: 600}))

  it('ijh-focus-area-card: theme toggles with Enter and Space; the compact card’s link with Enter', async () => {
    const {element, before, after} = await mount(
      html`<ijh-focus-area-card focus-area="kunskap-och-kompetens"></ijh-focus-area-card>`,
    )
    const stops = await walk(element, before, after)
    const toggles = inside(element, '[part~="theme-toggle"]')
    expectSameElements(stops, toggles)
    before.focus()
    await press('Tab')
    expectSame(focused(), toggles[0])
    await press('Enter')
    await element.updateComplete
    expect(toggles[0].getAttribute('aria-expanded')).to.equal('false')
    await press('Space')
    await element.updateComplete
    expect(toggles[0].getAttribute('aria-expanded')).to.equal('true')
    expectSame(focused(), toggles[0], 'focus stays on the toggle')

    const compact = await mount(
      html`<ijh-focus-area-card
        focus-area="kunskap-och-kompetens"
        variant="compact"
        href-template="#walk-{slug}"
      ></ijh-focus-area-card>`,
    )
    const [link] = await walk(compact.element, compact.before, compact.after)
    expect(link.getAttribute('part')).to.equal('link')
    const hash = location.hash
    compact.before.focus()
    await press('Tab')
    await press('Enter')
    await until(() => location.hash === '#walk-kunskap-och-kompetens', 'the link to be followed')
    history.replaceState(null, '', hash || location.pathname + location.search)
  })

  it('ijh-strategy-wheel: one Tab stop for the focus areas, arrows, Home and End between them, Enter and Space select; the view switch and the text version', async () => {
    const {element, before, after} = await mount(
      html`<ijh-strategy-wheel no-fragment></ijh-strategy-wheel>`,
    )
    const selected: string[] = []
    element.addEventListener('ijh-focus-area-select', (event) => selected.push(event.detail.slug))
    const stops = await walk(element, before, after)
    const areas = inside(element, 'svg [part~="area"]')
    expect(stops.map(nameOf)).to.deep.equal(
      [inside(element, '[part~="view-switch"]')[0], areas[0]].map(nameOf),
    )
    before.focus()
    await press('Tab')
    await press('Tab')
    expectSame(focused(), areas[0])
    await press('ArrowRight')
    expectSame(focused(), areas[1])
    await press('ArrowDown')
    expectSame(focused(), areas[2])
    await press('ArrowLeft')
    await press('ArrowUp')
    expectSame(focused(), areas[0])
    await press('End')
    expectSame(focused(), areas[4])
    await press('Home')
    expectSame(focused(), areas[0])
    await press('Enter')
    await element.updateComplete
    await press('ArrowRight')
    await press('Space')
    await element.updateComplete
    expect(selected).to.deep.equal(['positiv-samhallsutveckling', 'oppenhet-och-dynamik'])
    expect(areas[1].getAttribute('aria-current')).to.equal('true')
    // The selected focus area is now the Tab stop.
    await press('Tab')
    expectSame(focused(), after)
    await shiftTab()
    expectSame(focused(), areas[1])
    await press('Escape')
    expectSame(focused(), areas[1], 'Escape leaves focus where it is')

    // The text version: the switch, then one button per focus area.
    await shiftTab()
    await press('Enter')
    await element.updateComplete
    expect(inside(element, '[part~="text-alternative"]')).to.have.length(1)
    expectSame(focused(), inside(element, '[part~="view-switch"]')[0], 'focus stays on the switch')
    const controls = inside(element, '.area-control')
    expectSameElements((await walk(element, before, after)).slice(1), controls)
    before.focus()
    await press('Tab')
    await press('Tab')
    await press('Tab')
    await press('Tab')
    expectSame(focused(), controls[2])
    await press('Enter')
    await element.updateComplete
    expect(selected.at(-1)).to.equal('kunskap-och-kompetens')
  })

  it('ijh-support-finder: search, filters with Space, chips and “Rensa alla” with Enter, cards that expand and collapse, sharing', async () => {
    const {element, before, after} = await mount(
      html`<ijh-support-finder></ijh-support-finder>`,
      1200,
    )
    await walk(element, before, after)
    const root = element.shadowRoot as ShadowRoot
    const count = () => root.querySelectorAll('[part~="card"]').length
    const all = count()

    // The search: type, Enter goes to the results; Escape empties the field.
    before.focus()
    await press('Tab')
    expect(focused()?.id).to.equal('search')
    await sendKeys({type: 'mentor'})
    await element.updateComplete
    expect(count()).to.be.within(1, all - 1)
    await press('Escape')
    await element.updateComplete
    expect((root.querySelector('#search') as HTMLInputElement).value).to.equal('')
    expect(count()).to.equal(all)
    await sendKeys({type: 'mentor'})
    await press('Enter')
    await element.updateComplete
    expect(focused()?.id).to.equal('results-heading')

    // A filter: Tab to the first checkbox, Space checks it.
    before.focus()
    for (let i = 0; i < 10 && (focused() as HTMLInputElement | null)?.type !== 'checkbox'; i++) {
      await press('Tab')
    }
    const checkbox = focused() as HTMLInputElement
    expect(checkbox.type).to.equal('checkbox')
    await press('Space')
    await element.updateComplete
    expect(checkbox.checked).to.equal(true)
    expectSame(focused(), checkbox, 'focus stays on the checkbox')

    // The chips: Enter on one removes it; focus goes to the next; “Rensa alla” clears the rest.
    const chips = () => [...root.querySelectorAll('[part~="chip"]')]
    expect(chips()).to.have.length(2)
    while (!focused()?.matches('[part~="chip"]')) await press('Tab')
    await press('Enter')
    await element.updateComplete
    expect(chips()).to.have.length(1)
    expectSame(focused(), chips()[0], 'focus moves to the remaining chip')
    await press('Tab')
    expect(focused()?.matches('[part~="clear-all"]')).to.equal(true)
    await press('Enter')
    await element.updateComplete
    expect(chips()).to.have.length(0)
    expect(count()).to.equal(all)
    expect(focused()?.id, 'focus goes to the results').to.equal('results-heading')

    // Sharing with Enter: copied, or the address shown to copy.
    await press('Tab')
    expect(focused()?.matches('[part~="share-button"]')).to.equal(true)
    await press('Enter')
    await until(
      () =>
        !!root.querySelector('.share-status')?.textContent?.trim() ||
        !!root.querySelector('#share-link'),
      'the share outcome',
    )

    // A card: Space expands it, Tab reaches “Visa mindre”, Enter collapses and returns focus.
    while (!focused()?.matches('[part~="card-toggle"]')) await press('Tab')
    const toggle = focused() as HTMLElement
    await press('Space')
    await element.updateComplete
    expect(toggle.getAttribute('aria-expanded')).to.equal('true')
    while (!focused()?.matches('.show-less')) await press('Tab')
    await press('Enter')
    await element.updateComplete
    expect(toggle.getAttribute('aria-expanded')).to.equal('false')
    expectSame(focused(), toggle, 'focus returns to the card’s button')
  })

  it('ijh-support-finder in guided mode: arrows choose an answer, Enter goes on, “Tillbaka” goes back', async () => {
    const {element, before, after} = await mount(
      html`<ijh-support-finder mode="guided"></ijh-support-finder>`,
      1200,
    )
    await walk(element, before, after)
    const root = element.shadowRoot as ShadowRoot
    const question = () => root.querySelector('#guided-question')?.textContent?.trim()
    const first = question()
    before.focus()
    await press('Tab')
    const radio = focused() as HTMLInputElement
    expect(radio.type).to.equal('radio')
    await press('ArrowDown')
    const chosen = focused() as HTMLInputElement
    expect(chosen.checked, 'the arrow chooses the next answer').to.equal(true)
    expect(chosen).not.to.equal(radio)
    await press('Enter')
    await element.updateComplete
    expect(question()).not.to.equal(first)
    expect(focused()?.id, 'focus moves to the next question').to.equal('guided-question')
    while (!focused()?.matches('button.secondary')) await press('Tab')
    await press('Enter')
    await element.updateComplete
    expect(question()).to.equal(first)
    // Through the three questions to the results, with Enter on the submit button.
    for (let step = 0; step < 3; step++) {
      while (!focused()?.matches('button.primary')) await press('Tab')
      await press('Enter')
      await element.updateComplete
    }
    expect(focused()?.id).to.equal('results-heading')
    expect(root.querySelectorAll('[part~="card"]').length).to.be.greaterThan(0)
  })

  it('ijh-story-carousel: previous and next with Enter and Space, the picker with arrows, Home and End, the story’s link', async () => {
    const {element, before, after} = await mount(
      html`<ijh-story-carousel href-template="#story-{slug}"></ijh-story-carousel>`,
    )
    const stops = await walk(element, before, after)
    const shown = () =>
      inside(element, '[part~="slide"]')
        .find((slide) => !slide.inert)
        ?.getAttribute('aria-label')
    const tabs = () => inside(element, '[role="tab"]')
    expect(stops.map((stop) => stop.getAttribute('part'))).to.deep.equal([
      'previous-button',
      'picker-tab',
      'next-button',
      'link',
    ])
    before.focus()
    await press('Tab')
    await press('Enter')
    await element.updateComplete
    expect(shown()).to.equal('8 av 8')
    await press('Space')
    await element.updateComplete
    expect(shown()).to.equal('7 av 8')
    await press('Tab')
    expectSame(focused(), tabs()[6])
    await press('ArrowRight')
    await element.updateComplete
    expect(shown()).to.equal('8 av 8')
    expectSame(focused(), tabs()[7])
    await press('Home')
    await element.updateComplete
    expect(shown()).to.equal('1 av 8')
    await press('End')
    await press('ArrowLeft')
    await element.updateComplete
    expect(shown()).to.equal('7 av 8')
    await press('Tab')
    await press('Space')
    await element.updateComplete
    expect(shown()).to.equal('8 av 8')
    await press('Tab')
    const link = focused() as HTMLAnchorElement
    expect(link.getAttribute('part')).to.equal('link')
    expect(link.closest('[part~="slide"]')?.getAttribute('aria-label')).to.equal('8 av 8')
    const hash = location.hash
    await press('Enter')
    await until(() => location.hash.startsWith('#story-'), 'the story’s link to be followed')
    history.replaceState(null, '', hash || location.pathname + location.search)
  })

  it('ijh-story-carousel with autoplay: the rotation button first, Enter stops and starts', async () => {
    const {element, before, after} = await mount(
      html`<ijh-story-carousel autoplay></ijh-story-carousel>`,
    )
    const stops = await walk(element, before, after)
    expect(stops[0].getAttribute('part')).to.equal('rotation-button')
    before.focus()
    await press('Tab')
    const button = focused() as HTMLElement
    // Keyboard focus in the carousel stops the rotation: the button offers to start it.
    expect(button.textContent?.trim()).to.match(/Starta/)
    await press('Enter')
    await element.updateComplete
    expect(button.textContent?.trim()).to.match(/Stoppa/)
    await press('Space')
    await element.updateComplete
    expect(button.textContent?.trim()).to.match(/Starta/)
  })
})
