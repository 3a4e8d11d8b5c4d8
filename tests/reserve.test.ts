/**
 * dist/cdn/reserve.css (components/reserve.css): the space each element takes before its module
 * has defined it, so that the page below does not move when it is defined (CLS). Each element's
 * reserved height is its loading skeleton's, from 320 to 1280 px. This page imports the elements'
 * modules only after it has measured them undefined.
 */
import {ContextProvider} from '@lit/context'
import {expect} from '@open-wc/testing'
import {setViewport} from '@web/test-runner-commands'
import {dataSourceContext} from '../components/data/context'
import {TestSource, until} from './helpers/test-source'

const CASES = [
  ['ijh-focus-area-card', 'focus-area="kunskap-och-kompetens"'],
  ['ijh-focus-area-card', 'focus-area="kunskap-och-kompetens" variant="compact"'],
  ['ijh-strategy-wheel', ''],
  ['ijh-strategy-wheel', 'view="text"'],
  ['ijh-support-finder', ''],
  ['ijh-story-carousel', ''],
  ['ijh-story-carousel', 'layout="list"'],
] as const
const WIDTHS = [320, 375, 480, 720, 1280]

/** The elements of every case, in a page frame providing a source that never answers. */
function page(): HTMLElement {
  const frame = document.createElement('main')
  const source = new TestSource()
  source.hold = true
  new ContextProvider(frame, {context: dataSourceContext, initialValue: source})
  frame.innerHTML = CASES.map(([tag, attributes]) => `<${tag} ${attributes}></${tag}>`).join('')
  document.body.append(frame)
  return frame
}

const heights = (frame: HTMLElement) =>
  [...frame.children].map((element) => element.getBoundingClientRect().height)

describe('reserve.css', () => {
  after(() => setViewport({width: 800, height: 600}))

  it('gives way to the page: its own rules, hidden, fallback content, a card that follows a wheel', async () => {
    const style = document.createElement('style')
    style.textContent = `${await (await fetch(new URL('../components/reserve.css', import.meta.url))).text()}
      .hidden { display: none; }`
    document.head.append(style)
    const frame = document.createElement('main')
    frame.innerHTML = `
      <ijh-story-carousel class="hidden"></ijh-story-carousel>
      <ijh-strategy-wheel hidden></ijh-strategy-wheel>
      <ijh-support-finder><a href="/stod">Hitta stöd</a></ijh-support-finder>
      <ijh-focus-area-card for="hjul"></ijh-focus-area-card>
      <ijh-focus-area-card></ijh-focus-area-card>`
    document.body.append(frame)
    try {
      const [classHidden, hidden, fallback, following, card] = heights(frame)
      expect(classHidden, 'a page rule wins').to.equal(0)
      expect(hidden, 'the hidden attribute').to.equal(0)
      const link = frame.querySelector('a')!.getBoundingClientRect().height
      expect(fallback, 'fallback content keeps its own height').to.equal(link)
      expect(following, 'a card following a wheel, with no focus area').to.equal(0)
      expect(card, 'a card').to.be.greaterThan(600)
    } finally {
      frame.remove()
      style.remove()
    }
  })

  it('keeps the space of a full card with the same formula as its skeleton, at every width', async () => {
    // Its terms differ most below 320 px, where the other elements' reservations are not fitted.
    const reserve = await (
      await fetch(new URL('../components/reserve.css', import.meta.url))
    ).text()
    const {focusAreaCardStyles} =
      await import('../components/focus-area-card/focus-area-card.styles')
    const formulas = (text: string) =>
      [...text.matchAll(/--ijh-focus-area-card-min-height,\s*(max\([^;]*?\))\s*\)\s*;/g)].map(
        (match) => match[1].replace(/\s+/g, ' '),
      )
    const own = formulas(focusAreaCardStyles.cssText)
    expect(own).to.have.length(1)
    expect(own[0]).to.contain('cqi')
    expect(formulas(reserve)).to.deep.equal(own)
  })

  it('reserves each element’s skeleton height before it is defined, from 320 to 1280 px', async () => {
    const style = document.createElement('style')
    style.textContent = await (
      await fetch(new URL('../components/reserve.css', import.meta.url))
    ).text()
    document.head.append(style)
    const reserved: number[][] = []
    for (const width of WIDTHS) {
      await setViewport({width, height: 800})
      const frame = page()
      reserved.push(heights(frame))
      frame.remove()
    }
    await Promise.all([
      import('../components/focus-area-card/focus-area-card'),
      import('../components/strategy-wheel/strategy-wheel'),
      import('../components/support-finder/support-finder'),
      import('../components/story-carousel/story-carousel'),
    ])
    const skeletons: number[][] = []
    for (const width of WIDTHS) {
      await setViewport({width, height: 800})
      const frame = page()
      const elements = [...frame.children]
      await until(
        () => elements.every((el) => el.shadowRoot?.querySelector('[aria-busy="true"]')),
        'the skeletons',
      )
      skeletons.push(heights(frame))
      frame.remove()
    }
    // Within 2 px (rounding, and the finder's half pixel), for each case at each width.
    const off = CASES.flatMap(([tag, attributes], i) =>
      WIDTHS.map((width, w) => ({
        case: `${tag} ${attributes} at ${width} px`,
        reserved: reserved[w][i],
        skeleton: skeletons[w][i],
      })),
    ).filter((row) => Math.abs(row.reserved - row.skeleton) > 2)
    expect(off, JSON.stringify(off)).to.deep.equal([])
  })
})
