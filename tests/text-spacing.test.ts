/**
 * WCAG 1.4.12 Text Spacing: every element, in its main states, at 320 and 1280 px, loses no content
 * when the reader sets line height 1.5, spacing after paragraphs 2em, letter spacing 0.12em and
 * word spacing 0.16em, all `!important`.
 *
 * A `*` rule in the page reaches the host but not the elements inside a shadow root, and the
 * elements set line heights of their own on headings; so the spacing is set as a constructed sheet
 * in the document and in every shadow root (`adoptedStyleSheets`), before the element renders (a
 * reader's style sheet) or after it has loaded (a bookmarklet). Then, in the shadow tree:
 *
 * - no text clipped by an ancestor whose `overflow` is not `visible` (each text node's range
 *   rects against the clipping boxes), except visually hidden text, which is meant to be clipped;
 * - no box or line of text beyond the element's left or right edge;
 * - no text over other text (range rects of two text nodes overlapping by more than 2 px);
 * - nothing line-clamped or cut with an ellipsis that hides text;
 * - every control's text inside the control.
 *
 * And the spacing did reach the shadow tree: every measured text's element (headings, which set
 * line heights of their own, among them) has the letter and word spacing and the line height, and
 * every paragraph the spacing after it, so that the test cannot pass by measuring text that was
 * never spaced.
 *
 * States: the card full, compact, and compact with its link; the wheel (its HTML: the description
 * and the switch; its labels on their arcs have their own test in strategy-wheel.test.ts) and its
 * text version; the finder browsing, with its filters shown and an offer expanded, and in guided
 * mode at its first question; the carousel, with its rotation button (paused), and as a list.
 */
import {ContextProvider} from '@lit/context'
import {expect, fixture, fixtureCleanup, html} from '@open-wc/testing'
import {setViewport} from '@web/test-runner-commands'
import {render, type TemplateResult} from 'lit'
import '../components/focus-area-card/focus-area-card'
import '../components/story-carousel/story-carousel'
import '../components/strategy-wheel/strategy-wheel'
import '../components/support-finder/support-finder'
import {dataSourceContext} from '../components/data/context'
import {deepShadowRoots, horizontalOverflow} from './helpers/dom-checks'
import {describe as describeElement} from './helpers/element-names'
import {frame, loaded, rendered, TestSource, until} from './helpers/test-source'

interface Updatable extends HTMLElement {
  updateComplete: Promise<unknown>
}

/** The spacing WCAG 1.4.12 asks content to survive, as the text-spacing bookmarklet sets it. */
const SPACING = `
  *, *::before, *::after {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p {
    margin-bottom: 2em !important;
  }
`

interface State {
  name: string
  template: TemplateResult
  /** What must be shown for the state to be the one meant. */
  shows?: string
  /** What the reader does to reach the state, once the element has loaded. */
  act?: (root: ShadowRoot) => void
  /** What must then be visible (not only there) for the state to be the one meant. */
  visible?: string
}

/** Clicks the first of `selector` that is shown, if any is. */
const click = (selector: string) => (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLElement>(selector)]
    .find((element) => element.checkVisibility())
    ?.click()

const STATES: State[] = [
  {
    name: 'card, full',
    template: html`<ijh-focus-area-card focus-area="kunskap-och-kompetens"></ijh-focus-area-card>`,
    shows: '[part~="theme-toggle"]',
  },
  {
    name: 'card, compact',
    template: html`<ijh-focus-area-card
      focus-area="kunskap-och-kompetens"
      variant="compact"
    ></ijh-focus-area-card>`,
    shows: '[part~="summary"]',
  },
  {
    name: 'card, compact with href-template',
    template: html`<ijh-focus-area-card
      focus-area="handlingskraftigt-innovationsstod"
      variant="compact"
      href-template="/innovation/{slug}"
    ></ijh-focus-area-card>`,
    shows: '[part~="link"]',
  },
  {
    name: 'wheel (its description and switch; the labels have their own test)',
    template: html`<ijh-strategy-wheel no-fragment></ijh-strategy-wheel>`,
    shows: '[part~="view-switch"]',
  },
  {
    name: 'wheel, text version',
    template: html`<ijh-strategy-wheel view="text" no-fragment></ijh-strategy-wheel>`,
    shows: 'h2, h3',
  },
  {
    name: 'finder, browse',
    template: html`<ijh-support-finder></ijh-support-finder>`,
    shows: '[part~="card"]',
  },
  {
    name: 'finder, browse, filters shown and an offer expanded',
    template: html`<ijh-support-finder></ijh-support-finder>`,
    act: (root) => {
      click('[part~="filters-toggle"]')(root)
      click('[part~="card-toggle"]')(root)
    },
    shows: '[part~="card"] [aria-expanded="true"]',
    // Behind "Visa filter" at 320 px, beside the results at 1280 px: shown either way.
    visible: '[part~="filters"]',
  },
  {
    name: 'finder, guided (a question shown)',
    template: html`<ijh-support-finder mode="guided"></ijh-support-finder>`,
    shows: '#guided-question',
  },
  {
    name: 'carousel',
    template: html`<ijh-story-carousel href-template="/goda-exempel/{slug}"></ijh-story-carousel>`,
    shows: '[role="tab"]',
  },
  {
    name: 'carousel, with its rotation button (autoplay, paused)',
    template: html`<ijh-story-carousel autoplay></ijh-story-carousel>`,
    // Paused, so that no slide changes while the test measures, however slow the machine.
    act: click('[part~="rotation-button"]'),
    shows: '[part~="rotation-button"]',
  },
  {
    name: 'carousel, list',
    template: html`<ijh-story-carousel
      layout="list"
      href-template="/goda-exempel/{slug}"
    ></ijh-story-carousel>`,
    shows: '[part~="title"], h3',
  },
]

let sheet: CSSStyleSheet

/** Takes the spacing off the document (each shadow root goes with its element). */
function unspace(): void {
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet)
}

/** Adds the spacing to the document and to every shadow root in `host` that lacks it. */
function space(host?: Element): void {
  if (!document.adoptedStyleSheets.includes(sheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  }
  for (const root of host ? deepShadowRoots(host) : []) {
    if (!root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
    }
  }
}

/** Lets resize observers and the re-renders they ask for settle. */
async function settle(el: Updatable): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await frame()
    await el.updateComplete
  }
}

/** The element in a column `width` px wide, in a window as wide, spaced before or after it loads. */
async function mount(state: State, width: number, when: string): Promise<Updatable> {
  await setViewport({width, height: 900})
  // Spaced after it renders means unspaced until then, also after a width spaced before.
  unspace()
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`)
  new ContextProvider(wrapper, {context: dataSourceContext, initialValue: new TestSource()})
  if (when === 'before') space()
  render(state.template, wrapper)
  const el = wrapper.querySelector<Updatable>('*') as Updatable
  // Connected and given its shadow root, but not rendered yet (Lit renders in a microtask).
  if (when === 'before') {
    expect(rendered(el), `${state.name}: spaced before it renders`).to.equal(false)
    space(el)
  }
  await loaded(el)
  state.act?.(el.shadowRoot as ShadowRoot)
  if (state.shows) {
    await until(() => !!el.shadowRoot?.querySelector(state.shows as string), state.shows)
  }
  if (state.visible) {
    await until(
      () => !!el.shadowRoot?.querySelector(state.visible as string)?.checkVisibility(),
      `${state.visible} visible`,
    )
  }
  await settle(el)
  // After it has loaded, as a bookmarklet; spaced before, this only reaches roots made since.
  space(el)
  await settle(el)
  return el
}

/** Whether the element is visually hidden: meant to be clipped to nothing. */
function visuallyHidden(element: Element): boolean {
  return (
    element.classList.contains('visually-hidden') ||
    getComputedStyle(element).clip === 'rect(0px, 0px, 0px, 0px)'
  )
}

/** The element's parent across shadow roots (a shadow root's host), up to `host`. */
function ancestors(node: Node, host: Element): Element[] {
  const found: Element[] = []
  for (let at: Node | null = node.parentNode; at;) {
    if (at instanceof ShadowRoot) at = at.host
    if (!(at instanceof Element)) break
    found.push(at)
    if (at === host) break
    at = at.assignedSlot ?? at.parentNode
  }
  return found
}

interface Text {
  node: Node
  parent: Element
  text: string
  rects: DOMRect[]
}

/** The text the reader sees in the element: visible text nodes, not visually hidden, with rects. */
function shownTexts(host: Element): Text[] {
  const texts: Text[] = []
  const range = document.createRange()
  for (const root of deepShadowRoots(host)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      const text = node.nodeValue?.replace(/\s+/g, ' ').trim() ?? ''
      if (!parent || !text || parent.closest('svg, style')) continue
      // A slot's fallback text is in the slot, which has no box of its own (display: contents).
      const around = ancestors(node, host)
      const boxed = around.find((at) => getComputedStyle(at).display !== 'contents')
      if (!boxed?.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue
      if (around.some(visuallyHidden)) continue
      range.selectNodeContents(node)
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0)
      if (rects.length) texts.push({node, parent, text, rects})
    }
  }
  return texts
}

interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** How far any of `rects` reaches outside `box`, in px, across the axes asked (0: inside). */
function reach(rects: DOMRect[], box: Box, x = true, y = true): number {
  return Math.max(
    ...rects.map((rect) =>
      Math.max(
        x ? box.left - rect.left : 0,
        x ? rect.right - box.right : 0,
        y ? box.top - rect.top : 0,
        y ? rect.bottom - box.bottom : 0,
      ),
    ),
  )
}

const quote = (text: string) => `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`

/** Text cut off by an ancestor (the host included) that clips what overflows it. */
function clipped(host: Element, texts: Text[]): string[] {
  const problems: string[] = []
  for (const {node, parent, text, rects} of texts) {
    for (const clipper of ancestors(node, host)) {
      const style = getComputedStyle(clipper)
      const clipsX = style.overflowX !== 'visible'
      const clipsY = style.overflowY !== 'visible'
      if (!clipsX && !clipsY) continue
      // The padding box: what overflow clips to.
      const border = clipper.getBoundingClientRect()
      const left = border.left + clipper.clientLeft
      const top = border.top + clipper.clientTop
      const box = {left, top, right: left + clipper.clientWidth, bottom: top + clipper.clientHeight}
      const beyond = reach(rects, box, clipsX, clipsY)
      if (beyond > 1) {
        problems.push(
          `text ${quote(text)} in ${describeElement(parent)} is cut ${Math.round(beyond)} px by ${describeElement(clipper)} (overflow ${style.overflowX} ${style.overflowY})`,
        )
        break
      }
    }
  }
  return problems
}

/** Text nodes whose rects overlap another's by more than 2 px each way. */
function overlapping(texts: Text[]): string[] {
  const problems: string[] = []
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const over = texts[i].rects.some((a) =>
        texts[j].rects.some(
          (b) =>
            Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 &&
            Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2,
        ),
      )
      if (over) {
        problems.push(
          `text ${quote(texts[i].text)} in ${describeElement(texts[i].parent)} overlaps ${quote(texts[j].text)} in ${describeElement(texts[j].parent)}`,
        )
      }
    }
  }
  return problems
}

/** Boxes that clamp their lines or end them with an ellipsis, and have text they do not show. */
function truncated(host: Element): string[] {
  const problems: string[] = []
  for (const root of deepShadowRoots(host)) {
    for (const element of root.querySelectorAll('*')) {
      const style = getComputedStyle(element)
      const clamp = style.getPropertyValue('-webkit-line-clamp')
      const clamps = (clamp && clamp !== 'none') || style.textOverflow !== 'clip'
      if (!clamps || !element.textContent?.trim()) continue
      if (
        element.scrollWidth > element.clientWidth + 1 ||
        element.scrollHeight > element.clientHeight + 1
      ) {
        problems.push(
          `${describeElement(element)} ${quote(element.textContent.trim())} is cut (line-clamp ${clamp || 'none'}, text-overflow ${style.textOverflow})`,
        )
      }
    }
  }
  return problems
}

const CONTROLS = 'a[href], button, [role="tab"], [role="button"], label, summary, select'

/** Controls whose text reaches outside the control's own box. */
function controlsCut(host: Element, texts: Text[]): string[] {
  const problems: string[] = []
  for (const root of deepShadowRoots(host)) {
    for (const control of root.querySelectorAll(CONTROLS)) {
      if (!control.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue
      if (visuallyHidden(control)) continue
      const box = control.getBoundingClientRect()
      for (const {node, text, rects} of texts) {
        if (!control.contains(node)) continue
        const beyond = reach(rects, box)
        if (beyond > 1) {
          problems.push(
            `${describeElement(control)}: its text ${quote(text)} reaches ${Math.round(beyond)} px outside it`,
          )
        }
      }
    }
  }
  return problems
}

/**
 * Where the spacing did not reach: each shown text's element (headings, which set line heights of
 * their own, among them) with other letter or word spacing or line height, and each paragraph
 * with another spacing after it.
 */
function notSpaced(host: Element, texts: Text[]): string[] {
  const problems: string[] = []
  const off = (value: string, size: number, times: number) =>
    Math.abs(parseFloat(value) - times * size) > 0.05 || Number.isNaN(parseFloat(value))
  for (const element of new Set(texts.map(({parent}) => parent))) {
    const style = getComputedStyle(element)
    const size = parseFloat(style.fontSize)
    if (
      off(style.letterSpacing, size, 0.12) ||
      off(style.wordSpacing, size, 0.16) ||
      off(style.lineHeight, size, 1.5)
    ) {
      problems.push(
        `${describeElement(element)}: letter-spacing ${style.letterSpacing}, word-spacing ${style.wordSpacing}, line-height ${style.lineHeight} at font-size ${style.fontSize}`,
      )
    }
  }
  for (const root of deepShadowRoots(host)) {
    for (const paragraph of root.querySelectorAll('p')) {
      const style = getComputedStyle(paragraph)
      if (off(style.marginBottom, parseFloat(style.fontSize), 2)) {
        problems.push(`${describeElement(paragraph)}: margin-bottom ${style.marginBottom}`)
      }
    }
  }
  return problems
}

describe('WCAG 1.4.12 text spacing: no element loses content', function () {
  this.timeout(30_000)

  before(() => {
    sheet = new CSSStyleSheet()
    sheet.replaceSync(SPACING)
  })
  afterEach(unspace)
  after(() => setViewport({width: 800, height: 600}))

  for (const when of ['before', 'after']) {
    for (const state of STATES) {
      it(`${state.name}: spaced ${when} it renders, at 320 and 1280 px`, async () => {
        for (const width of [320, 1280]) {
          const el = await mount(state, width, when)
          const where = `${el.localName} (${state.name}) at ${width} px, spaced ${when} it renders`
          const texts = shownTexts(el)
          expect(texts.length, `${where}: text to measure`).to.be.greaterThan(0)
          expect(notSpaced(el, texts), `${where}: the spacing reached`).to.deep.equal([])
          expect(truncated(el), `${where}: clamped or ellipsised`).to.deep.equal([])
          expect(clipped(el, texts), `${where}: text cut off`).to.deep.equal([])
          expect(horizontalOverflow(el), `${where}: beyond the element's sides`).to.deep.equal([])
          expect(overlapping(texts), `${where}: text over text`).to.deep.equal([])
          expect(controlsCut(el, texts), `${where}: controls' labels`).to.deep.equal([])
          fixtureCleanup()
        }
      })
    }
  }
})
