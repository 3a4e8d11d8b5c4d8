/**
 * The elements in the pages CMSs make: layouts that size a box to its content, a page form that
 * posts on Enter, a right-to-left or centred page. Each element keeps its own width, keys and
 * direction whatever the page around it does.
 */
import {expect, fixture, html} from '@open-wc/testing'
import {sendKeys, setViewport} from '@web/test-runner-commands'
import '../components/focus-area-card/focus-area-card'
import '../components/story-carousel/story-carousel'
import '../components/strategy-wheel/strategy-wheel'
import '../components/support-finder/support-finder'
import {loaded, until} from './helpers/test-source'

const shadow = (el: Element) => el.shadowRoot as ShadowRoot

/** The element with focus, inside shadow roots. */
function focused(): Element | null {
  let active: Element | null = document.activeElement
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
  return active
}

describe('in the host page', () => {
  const saved = `${location.pathname}${location.search}${location.hash}`

  before(async () => {
    await setViewport({width: 1280, height: 900})
  })

  afterEach(() => {
    history.replaceState(null, '', saved)
  })

  // A WordPress Stack block (a flex column whose items keep their content's width) and Row block
  // (a flex row, which wraps), alone or beside a sidebar, a centring grid, the page's own block
  // flow (also bleeding past the column with negative margins), and a float and a layout table
  // given a width as docs/embedding.md says: each layout's markup and the element's width in a
  // column of 700 or 320 px.
  const LAYOUTS: Record<
    string,
    [markup: (tag: string) => string, width: (column: number) => number]
  > = {
    'a flex column': [
      (tag) =>
        `<div style="display: flex; flex-direction: column; align-items: flex-start"><p>Intro</p><${tag}></${tag}></div>`,
      (column) => column,
    ],
    'a flex row': [
      (tag) => `<div style="display: flex"><${tag}></${tag}></div>`,
      (column) => column,
    ],
    'a flex row beside a 100 px sidebar': [
      (tag) =>
        `<div style="display: flex"><nav style="flex: none; width: 100px"></nav><${tag}></${tag}></div>`,
      (column) => column - 100,
    ],
    // Beside the sidebar where that leaves 20rem (320 px), else on a line of its own below it.
    'a wrapping flex row beside a 100 px sidebar': [
      (tag) =>
        `<div style="display: flex; flex-wrap: wrap; align-items: center"><nav style="width: 100px">Meny</nav><${tag}></${tag}></div>`,
      (column) => (column - 100 >= 320 ? column - 100 : column),
    ],
    'a grid that centres its items': [
      (tag) => `<div style="display: grid; place-items: center"><${tag}></${tag}></div>`,
      (column) => column,
    ],
    'the block flow': [(tag) => `<${tag}></${tag}>`, (column) => column],
    'the block flow, bleeding 20 px each side': [
      (tag) => `<${tag} style="margin-inline: -20px"></${tag}>`,
      (column) => column + 40,
    ],
    'a float given the full width': [
      (tag) => `<div style="float: left; width: 100%"><${tag}></${tag}></div>`,
      (column) => column,
    ],
    'a layout table with fixed columns': [
      (tag) =>
        `<table style="table-layout: fixed; width: 100%; border-spacing: 0"><tr><td style="padding: 0"><${tag}></${tag}></td></tr></table>`,
      (column) => column,
    ],
  }

  for (const tag of ['ijh-support-finder', 'ijh-story-carousel']) {
    it(`${tag} takes the width its column gives it in flex rows and columns, grids, the block flow, floats and tables`, async () => {
      for (const [name, [markup, expected]] of Object.entries(LAYOUTS)) {
        for (const column of [700, 320]) {
          const page = await fixture<HTMLElement>(
            html`<div style="width: ${column}px; margin-inline: 40px"></div>`,
          )
          page.innerHTML = markup(tag)
          const el = page.querySelector(tag) as HTMLElement
          await loaded(el)
          const width = el.getBoundingClientRect().width
          expect(Math.round(width), `${name}, ${column} px`).to.equal(expected(column))
          const widest = Math.max(...[...page.children].map((c) => c.scrollWidth))
          expect(
            widest,
            `${name}, ${column} px: nothing wider than the element's box`,
          ).to.be.at.most(Math.max(column, expected(column)))
        }
      }
    })
  }

  it('keeps Enter from a page form that clicks its default button on a keypress (ASP.NET WebForms)', async () => {
    const page = await fixture<HTMLFormElement>(
      html`<form>
        <ijh-support-finder></ijh-support-finder>
        <ijh-story-carousel></ijh-story-carousel>
        <ijh-focus-area-card focus-area="kunskap-och-kompetens"></ijh-focus-area-card>
        <ijh-strategy-wheel></ijh-strategy-wheel>
      </form>`,
    )
    // What WebForm_FireDefaultButton hears: Enter leaves its target be only on a submit or plain
    // button, a link or a textarea; the element's host is none of those.
    const heard: string[] = []
    page.addEventListener('keypress', (event) => {
      if (event.key === 'Enter') heard.push((event.target as Element).localName)
    })
    page.addEventListener('submit', (event) => event.preventDefault())
    const [finder, carousel, card, wheel] = [...page.children] as HTMLElement[]
    for (const el of [finder, carousel, card, wheel]) await loaded(el)

    const search = shadow(finder).querySelector<HTMLInputElement>('#search') as HTMLInputElement
    search.focus()
    await sendKeys({type: 'mentor'})
    await sendKeys({press: 'Enter'})
    await until(
      () => focused()?.id === 'results-heading',
      'the finder to move focus to its results',
    )

    const next = shadow(carousel).querySelector<HTMLElement>('[part~="next-button"]') as HTMLElement
    next.focus()
    await sendKeys({press: 'Enter'})
    await until(
      () =>
        shadow(carousel).querySelectorAll('[role="tab"]')[1]?.getAttribute('aria-selected') ===
        'true',
      'the carousel to show its second story',
    )

    const toggle = shadow(card).querySelector<HTMLElement>('[part~="theme-toggle"]') as HTMLElement
    toggle.focus()
    await sendKeys({press: 'Enter'})
    await until(() => toggle.getAttribute('aria-expanded') === 'false', 'the theme to close')

    const viewSwitch = shadow(wheel).querySelector<HTMLElement>(
      '[part~="view-switch"]',
    ) as HTMLElement
    viewSwitch.focus()
    await sendKeys({press: 'Enter'})
    await until(
      () => !!shadow(wheel).querySelector('[part~="text-alternative"]'),
      'the wheel to show its text',
    )

    expect(heard, 'keypresses that reached the page form').to.deep.equal([])
  })

  it('reads left to right on a right-to-left page, and the carousel’s arrows follow what they show', async () => {
    const page = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar">
        <ijh-story-carousel></ijh-story-carousel>
        <ijh-support-finder></ijh-support-finder>
      </div>`,
    )
    const [carousel, finder] = [...page.children] as HTMLElement[]
    for (const el of [carousel, finder]) await loaded(el)
    const intro = shadow(finder).querySelector('.intro') as HTMLElement
    expect(getComputedStyle(intro).direction).to.equal('ltr')
    const tabs = [...shadow(carousel).querySelectorAll<HTMLElement>('[role="tab"]')]
    expect(
      tabs[1].getBoundingClientRect().left,
      'the second story’s tab to the right of the first',
    ).to.be.greaterThan(tabs[0].getBoundingClientRect().left)
    tabs[0].focus()
    await sendKeys({press: 'ArrowRight'})
    await until(() => focused() === tabs[1], 'ArrowRight to move to the tab on the right')
  })

  it('keeps its text aligned to the start on a page that centres its text', async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="text-align: center">
        <ijh-support-finder></ijh-support-finder>
        <ijh-focus-area-card focus-area="kunskap-och-kompetens"></ijh-focus-area-card>
      </div>`,
    )
    const [finder, card] = [...page.children] as HTMLElement[]
    for (const el of [finder, card]) await loaded(el)
    for (const paragraph of [
      shadow(finder).querySelector('.intro'),
      shadow(card).querySelector('p'),
    ] as HTMLElement[]) {
      expect(getComputedStyle(paragraph).textAlign).to.equal('start')
    }
  })
})
