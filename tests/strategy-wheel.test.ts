import {expect, fixture, html} from '@open-wc/testing'
import {emulateMedia, resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands'
import '../components/focus-area-card/focus-area-card'
import type {IjhFocusAreaCard} from '../components/focus-area-card/focus-area-card'
import '../components/strategy-wheel/strategy-wheel'
import {
  IjhFocusAreaSelectEvent,
  type IjhStrategyWheel,
} from '../components/strategy-wheel/strategy-wheel'
import {joinList} from '../components/strategy-wheel/strategy-wheel.strings'
import {bundledSource} from '../components/data/bundled-source'
import {DataSourceError, type QueryResultMap} from '../components/data/source'
import {OFFLINE, SERVER_ERROR, TestSource, fixtureWithSource, until} from './helpers/test-source'
import {expectSame} from './helpers/expect-same'

type Strategy = NonNullable<QueryResultMap['strategy']>

const AREAS = [
  'positiv-samhallsutveckling',
  'oppenhet-och-dynamik',
  'kunskap-och-kompetens',
  'kreativa-motesplatser',
  'handlingskraftigt-innovationsstod',
]

function shadow(el: Element): ShadowRoot {
  const root = el.shadowRoot
  if (!root) throw new Error('no shadow root')
  return root
}

async function loaded(el: IjhStrategyWheel): Promise<void> {
  await until(() => !shadow(el).querySelector('[aria-busy="true"]'), 'the wheel to load')
  await el.updateComplete
}

async function wheel(
  template = html`<ijh-strategy-wheel></ijh-strategy-wheel>`,
  source = new TestSource(),
): Promise<IjhStrategyWheel> {
  const found = await fixtureWithSource<Element>(source, template)
  const el = (
    found.localName === 'ijh-strategy-wheel' ? found : found.querySelector('ijh-strategy-wheel')
  ) as IjhStrategyWheel
  await loaded(el)
  return el
}

function segments(el: Element, part: 'area' | 'value' | 'goal'): SVGElement[] {
  return [...shadow(el).querySelectorAll<SVGElement>(`svg [part~="${part}"]`)]
}

function labels(el: Element, part: 'area' | 'value' | 'goal'): (string | null)[] {
  // Each segment's name is its <title> (which is also its tooltip).
  return segments(el, part).map(
    (segment) => segment.querySelector(':scope > title')?.textContent ?? null,
  )
}

/** The labels drawn longer than the arc they follow, each with how far beyond it: none, if all fit. */
function beyondTheirArcs(el: Element, labels: SVGTextElement[]): string[] {
  return labels
    .map((text) => {
      const arc = shadow(el).getElementById(
        text.querySelector('textPath')?.getAttribute('href')?.slice(1) ?? '',
      ) as unknown as SVGPathElement
      return {
        text: text.textContent?.trim(),
        over: text.getComputedTextLength() - arc.getTotalLength(),
      }
    })
    .filter(({over}) => over > 0)
    .map(({text, over}) => `${text}: ${over.toFixed(1)} beyond its arc`)
}

function focusedArea(el: Element): string | undefined {
  return shadow(el).activeElement?.getAttribute('data-slug') ?? undefined
}

/** A strategy of any size, whose focus areas link to the goals and values given by index. */
function strategy(
  counts: {areas: number; values: number; goals: number},
  links: Record<number, {goals?: number[]; values?: number[]}> = {},
): Strategy {
  return {
    brand: 'Teststrategin',
    targetYear: 2030,
    vision: 'En vision för en annan region',
    valuesIntro: 'Värdeorden',
    focusAreasIntro: 'Insatsområdena',
    inSwedish: [],
    values: Array.from({length: counts.values}, (_, i) => ({
      _id: `value-v${i}`,
      slug: `v${i}`,
      title: `Värde ${i}`,
      statement: `Om värde ${i}`,
      inSwedish: [],
    })),
    guidingGoals: Array.from({length: counts.goals}, (_, i) => ({
      _id: `goal-g${i}`,
      slug: `g${i}`,
      title: `Mål nummer ${i} med en längre titel`,
      inSwedish: [],
      subGoals: [
        {
          _key: `s${i}`,
          title: `Delmål ${i}`,
          inSwedish: [],
          bullets: [{_key: `b${i}`, text: `Punkt ${i}`, inSwedish: []}],
        },
      ],
    })),
    focusAreas: Array.from({length: counts.areas}, (_, i) => ({
      _id: `focusArea-a${i}`,
      slug: `a${i}`,
      title: `Insatsområde ${i}`,
      summary: `Sammanfattning ${i}`,
      inSwedish: [],
      guidingGoals: (links[i]?.goals ?? []).map((goal) => `g${goal}`),
      values: (links[i]?.values ?? []).map((value) => `v${value}`),
    })),
  }
}

function sourceOf(value: unknown): TestSource {
  return new TestSource(() => value)
}

/** A point inside a segment: the middle of its label's first line, in viewport pixels. */
function pointIn(segment: SVGElement): [number, number] {
  const text = segment.querySelector('text') as SVGTextElement
  const middle = Math.floor(text.getNumberOfChars() / 2)
  const position = text.getStartPositionOfChar(middle)
  const svg = segment.ownerSVGElement as SVGSVGElement
  const point = new DOMPoint(position.x, position.y).matrixTransform(
    svg.getScreenCTM() as DOMMatrix,
  )
  return [Math.round(point.x), Math.round(point.y)]
}

/** Every character of every label of a ring lies inside its own segment's shape. */
function expectLabelsInside(el: Element, part: 'area' | 'value' | 'goal'): void {
  for (const segment of segments(el, part)) {
    const shape = segment.querySelector<SVGPathElement>('.shape') as SVGPathElement
    for (const text of segment.querySelectorAll<SVGTextElement>('text.label')) {
      for (let i = 0; i < text.getNumberOfChars(); i++) {
        for (const position of [text.getStartPositionOfChar(i), text.getEndPositionOfChar(i)]) {
          expect(
            shape.isPointInFill(new DOMPoint(position.x, position.y)),
            `${segment.querySelector('title')?.textContent}: “${text.textContent}” char ${i}`,
          ).to.equal(true)
        }
      }
    }
  }
}

/** [r, g, b] in 0–255 of any CSS colour the browser computes (rgb, color(srgb …), oklab …). */
function rgb(value: string): [number, number, number] {
  if (!value || value === 'none') throw new Error(`not a colour: ${value}`)
  const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D
  context.fillStyle = value
  context.fillRect(0, 0, 1, 1)
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data
  return [r, g, b]
}

function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = rgb(colour).map((channel) => {
      const c = channel / 255
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}

function clearFragment(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`)
}

describe('ijh-strategy-wheel', () => {
  afterEach(async () => {
    clearFragment()
    document.documentElement.removeAttribute('data-ijh-reduced-motion')
    await resetMouse()
  })

  it('is accessible', async () => {
    const el = await wheel()
    await expect(el).to.be.accessible()
  })

  it('is accessible selected, as links, in the text version, loading and in error', async () => {
    await expect(
      await wheel(
        html`<ijh-strategy-wheel
          selected="kunskap-och-kompetens"
          href-template="/innovation/{slug}"
        ></ijh-strategy-wheel>`,
      ),
    ).to.be.accessible()
    await expect(
      await wheel(html`<ijh-strategy-wheel view="text" selected=${AREAS[1]}></ijh-strategy-wheel>`),
    ).to.be.accessible()
    const held = new TestSource()
    held.hold = true
    const loading = await fixtureWithSource<IjhStrategyWheel>(
      held,
      html`<ijh-strategy-wheel></ijh-strategy-wheel>`,
    )
    await expect(loading).to.be.accessible()
    const failing = await wheel(
      undefined,
      new TestSource(() => Promise.reject(new DataSourceError('http', 'down', {status: 500}))),
    )
    await expect(failing).to.be.accessible()
  })

  it('describes the figure first, and names its SVG as a graphics document', async () => {
    const el = await wheel()
    const root = shadow(el)
    const first = root.querySelector('.root')?.firstElementChild
    expect(first?.getAttribute('part')).to.equal('description')
    expect(first?.textContent?.trim()).to.match(/^Hjulet visar strategin inifrån och ut/)
    const svg = root.querySelector('svg') as SVGSVGElement
    expect(svg.getAttribute('role')).to.equal('graphics-document')
    const title = root.getElementById(svg.getAttribute('aria-labelledby') ?? '')
    expect(title?.textContent).to.equal('Strategihjul: Innovativa Jämtland/Härjedalen 2025')
    expect(root.getElementById(svg.getAttribute('aria-describedby') ?? '')).to.equal(first)
    const group = root.querySelector('[role="toolbar"]')
    expect(group?.getAttribute('aria-label')).to.equal('Insatsområden')
    // Heard as focus enters the focus areas: the keys that work there, not how to reach them.
    expect(
      root.getElementById(group?.getAttribute('aria-describedby') ?? '')?.textContent,
    ).to.equal(
      'Piltangenterna flyttar mellan insatsområdena, Home och End till det första och det sista. Enter eller mellanslag väljer.',
    )
    // A page can put its own words in the description slot.
    const own = await wheel(
      html`<ijh-strategy-wheel><span slot="description">Vår egen text.</span></ijh-strategy-wheel>`,
    )
    const slot = shadow(own).querySelector<HTMLSlotElement>('#description slot')
    expect(slot?.assignedElements().map((element) => element.textContent)).to.deep.equal([
      'Vår egen text.',
    ])
  })

  it('draws the whole bundled strategy: year and vision, five focus areas, five values, three goals', async () => {
    const el = await wheel()
    const centre = shadow(el).querySelector('[part~="centre"]')
    expect(centre?.getAttribute('aria-label')).to.equal(
      'Vision 2025: En innovationsdriven samhällsutveckling i världsklass',
    )
    expect(centre?.querySelector('.year')?.textContent).to.equal('2025')
    expect(labels(el, 'area')).to.deep.equal([
      'Positiv samhällsutveckling',
      'Öppenhet och dynamik',
      'Kunskap och kompetens',
      'Kreativa mötesplatser',
      'Handlingskraftigt innovationsstöd',
    ])
    expect(labels(el, 'value')).to.deep.equal([
      'Attraktivitet',
      'Hållbarhet',
      'Öppenhet',
      'Dynamik',
      'Mångfald',
    ])
    expect(labels(el, 'goal')).to.deep.equal([
      'Smart specialisering utifrån våra villkor',
      'Stärkt omvärldsbild av vad som gör oss unika',
      'Effektiv användning av gemensamma resurser',
    ])
    expectLabelsInside(el, 'area')
    expectLabelsInside(el, 'value')
    expectLabelsInside(el, 'goal')
  })

  it('names each segment by its <title> (also its tooltip) and describes a focus area by its links', async () => {
    // Chrome's accessibility tree (checked by hand with puppeteer): button "Kunskap och
    // kompetens", description "Attrahera … Bidrar till: …"; graphics-symbol "Attraktivitet".
    // An aria-label beside the <title> would make browsers read the title again as a description.
    const el = await wheel()
    for (const part of ['area', 'value', 'goal'] as const) {
      for (const segment of segments(el, part)) {
        expect(segment.firstElementChild?.localName, part).to.equal('title')
        expect(segment.hasAttribute('aria-label'), part).to.equal(false)
      }
    }
    const area = segments(el, 'area')[2]
    expect(area.querySelector(':scope > title')?.textContent).to.equal('Kunskap och kompetens')
    const desc = area.querySelector(':scope > desc')?.textContent ?? ''
    expect(desc).to.contain('Attrahera kompetens och kreativa individer')
    expect(desc, 'the summary ends its sentence').to.match(/[.!?…] Bidrar till: /)
    // A summary ending in a quotation or a bracket already ends its sentence: no extra stop.
    const quoted = strategy({areas: 2, values: 1, goals: 1}, {0: {goals: [0]}, 1: {goals: [0]}})
    quoted.focusAreas![0].summary = 'Som det heter: ”Tillsammans.”'
    quoted.focusAreas![1].summary = 'Utan punkt'
    const other = await wheel(undefined, sourceOf(quoted))
    const descs = segments(other, 'area').map((s) => s.querySelector(':scope > desc')?.textContent)
    expect(descs[0]).to.match(/^Som det heter: ”Tillsammans\.” Bidrar till: /)
    expect(descs[1]).to.match(/^Utan punkt\. Bidrar till: /)
    expect(desc).to.contain(
      'Bidrar till: Smart specialisering utifrån våra villkor, Stärkt omvärldsbild av vad som gör oss unika och Effektiv användning av gemensamma resurser.',
    )
    // The label drawn in the segment is hidden from the tree: the title says it in full.
    for (const text of area.querySelectorAll('text')) {
      expect(text.getAttribute('aria-hidden')).to.equal('true')
    }
  })

  it('shows English for lang="en", and follows a change of lang', async () => {
    const el = await wheel(html`<ijh-strategy-wheel lang="en"></ijh-strategy-wheel>`)
    expect(labels(el, 'area')[2]).to.equal('Knowledge and skills')
    expect(shadow(el).querySelector('[part~="view-switch"]')?.textContent?.trim()).to.equal(
      'Show as text',
    )
    expect(shadow(el).querySelector('svg title')?.textContent).to.match(/^Strategy wheel: /)
    el.lang = 'sv'
    await until(() => labels(el, 'area')[2] === 'Kunskap och kompetens', 'Swedish')
  })

  for (const counts of [
    {areas: 3, values: 3, goals: 2},
    {areas: 8, values: 7, goals: 5},
    {areas: 6, values: 4, goals: 4},
  ]) {
    it(`adapts to ${counts.areas} focus areas, ${counts.values} values and ${counts.goals} goals`, async () => {
      const el = await wheel(undefined, sourceOf(strategy(counts)))
      expect(segments(el, 'area')).to.have.length(counts.areas)
      expect(segments(el, 'value')).to.have.length(counts.values)
      expect(segments(el, 'goal')).to.have.length(counts.goals)
      expect(labels(el, 'area').at(-1)).to.equal(`Insatsområde ${counts.areas - 1}`)
      expectLabelsInside(el, 'area')
      expectLabelsInside(el, 'value')
      expectLabelsInside(el, 'goal')
    })
  }

  it('highlights the goals and values a focus area links to, on hover and on focus', async () => {
    const el = await wheel(
      html`<ijh-strategy-wheel style="--ijh-strategy-wheel-max-size: 420px"></ijh-strategy-wheel>`,
      sourceOf(
        strategy(
          {areas: 4, values: 4, goals: 3},
          {0: {goals: [1], values: [0, 2]}, 1: {goals: [0, 2]}},
        ),
      ),
    )
    const linked = (part: 'value' | 'goal') =>
      segments(el, part).map((segment) => segment.classList.contains('linked'))
    expect(linked('goal')).to.deep.equal([false, false, false])
    await sendMouse({type: 'move', position: pointIn(segments(el, 'area')[0])})
    await until(() => linked('goal')[1], 'the hover highlight')
    expect(linked('goal')).to.deep.equal([false, true, false])
    expect(linked('value')).to.deep.equal([true, false, true, false])
    // Not by colour alone: a linked segment gets a thick outline and a bold label.
    const goal = segments(el, 'goal')[1]
    expect(getComputedStyle(goal.querySelector('.shape') as Element).strokeWidth).to.equal('3px')
    expect(getComputedStyle(goal.querySelector('.label') as Element).fontWeight).to.equal('800')
    expect(
      getComputedStyle(segments(el, 'goal')[0].querySelector('.shape') as Element).strokeWidth,
    ).not.to.equal('3px')
    await sendMouse({type: 'move', position: [0, 0]})
    await until(() => !linked('goal')[1], 'the highlight to go')
    segments(el, 'area')[1].focus()
    await until(() => linked('goal')[0], 'the focus highlight')
    expect(linked('goal')).to.deep.equal([true, false, true])
    expect(linked('value')).to.deep.equal([false, false, false, false])
  })

  it('keeps the selected focus area’s links highlighted, and shows the selection by more than colour', async () => {
    const el = await wheel(
      html`<ijh-strategy-wheel selected="a2"></ijh-strategy-wheel>`,
      sourceOf(strategy({areas: 3, values: 3, goals: 2}, {2: {values: [1]}})),
    )
    const area = segments(el, 'area')[2]
    expect(area.getAttribute('aria-current')).to.equal('true')
    expect(area.getAttribute('part')).to.equal('area area-selected')
    expect(segments(el, 'area')[0].hasAttribute('aria-current')).to.equal(false)
    expect(getComputedStyle(area.querySelector('.frame') as Element).stroke).not.to.equal('none')
    expect(segments(el, 'value')[1].classList.contains('linked')).to.equal(true)
  })

  it('reads selected written as the title, with å, ä and ö', async () => {
    const el = await wheel(
      html`<ijh-strategy-wheel selected="Kreativa mötesplatser" no-fragment></ijh-strategy-wheel>`,
    )
    expect(el.selectedFocusArea).to.equal('kreativa-motesplatser')
    expect(shadow(el).querySelector('[part~="error"]')?.textContent).to.equal(undefined)
    expect(shadow(el).querySelectorAll('[aria-current="true"]')).to.have.length(1)
  })

  it('reads selected as the card reads focus-area: spaces and case do not count', async () => {
    const el = await wheel(
      html`<ijh-strategy-wheel selected=" A2 "></ijh-strategy-wheel>`,
      sourceOf(strategy({areas: 3, values: 3, goals: 2})),
    )
    expect(segments(el, 'area').map((area) => area.getAttribute('aria-current'))).to.deep.equal([
      null,
      null,
      'true',
    ])
    expect(shadow(el).querySelector('[part~="error"]')?.textContent).to.equal(undefined)
    expect(el.selectedFocusArea).to.equal('a2')
    el.view = 'text'
    await el.updateComplete
    expect(
      [...shadow(el).querySelectorAll('.area-item')].map((item) =>
        item.classList.contains('selected'),
      ),
    ).to.deep.equal([false, false, true])
  })

  it('is one Tab stop; arrows, Home and End move between the focus areas', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`)
    const el = await wheel()
    before.focus()
    await sendKeys({press: 'Tab'})
    expect(shadow(el).activeElement?.getAttribute('part')).to.equal('view-switch')
    await sendKeys({press: 'Tab'})
    expect(focusedArea(el)).to.equal(AREAS[0])
    await sendKeys({press: 'ArrowRight'})
    expect(focusedArea(el)).to.equal(AREAS[1])
    await sendKeys({press: 'ArrowDown'})
    expect(focusedArea(el)).to.equal(AREAS[2])
    await sendKeys({press: 'ArrowLeft'})
    expect(focusedArea(el)).to.equal(AREAS[1])
    await sendKeys({press: 'ArrowUp'})
    await sendKeys({press: 'ArrowUp'})
    expect(focusedArea(el)).to.equal(AREAS[4])
    await sendKeys({press: 'ArrowRight'})
    expect(focusedArea(el)).to.equal(AREAS[0])
    await sendKeys({press: 'End'})
    expect(focusedArea(el)).to.equal(AREAS[4])
    await sendKeys({press: 'Home'})
    expect(focusedArea(el)).to.equal(AREAS[0])
    const tabbable = segments(el, 'area').filter((area) => area.getAttribute('tabindex') === '0')
    expect(tabbable).to.have.length(1)
    await sendKeys({press: 'Tab'})
    expectSame(shadow(el).activeElement, null)
  })

  it('shows the focus ring when a focus area clicked with the mouse is then used from the keyboard', async () => {
    const el = await wheel()
    await sendMouse({type: 'click', position: pointIn(segments(el, 'area')[2])})
    try {
      await until(() => shadow(el).activeElement === segments(el, 'area')[2], 'focus by click')
      await el.updateComplete
      expect(shadow(el).querySelector('.focus-ring'), 'no ring for a click').to.equal(null)
      await sendKeys({press: 'Enter'})
      await el.updateComplete
      expect(shadow(el).querySelector('.focus-ring'), 'the ring for the keyboard').to.exist
    } finally {
      await resetMouse()
    }
  })

  it('shows every focus area’s name whole on a narrow wheel, long words broken with a hyphen', async () => {
    const squeezed = (text: string) => text.replace(/[\s\u00ad-]/g, '')
    for (const lang of ['sv', 'en']) {
      for (const width of [224, 264, 319]) {
        const el = await wheel(
          html`<ijh-strategy-wheel
            lang=${lang}
            style="display: block; width: ${width}px"
          ></ijh-strategy-wheel>`,
        )
        await until(() => el.getBoundingClientRect().width === width, 'the width')
        await new Promise((resolve) => requestAnimationFrame(resolve))
        await el.updateComplete
        const names = labels(el, 'area')
        const shown = segments(el, 'area').map((segment) =>
          [...segment.querySelectorAll('text')].map((text) => text.textContent ?? '').join(' '),
        )
        shown.forEach((text, i) => {
          const where = `${lang} at ${width} px: ${text}`
          expect(text, where).to.not.contain('…')
          expect(squeezed(text), where).to.equal(squeezed(names[i] ?? ''))
        })
        // These widths do need broken words, or the test would show nothing.
        if (width === 319 && lang === 'sv') {
          expect(
            shown.some((text) => /-\s/.test(text)),
            'a broken word',
          ).to.equal(true)
        }
      }
    }
  })

  for (const when of ['before', 'after']) {
    it(`fits every label on its arc with the text spacing of WCAG 1.4.12 set on the page ${when} it is drawn`, async () => {
      // As a reader's style sheet (before) or the WCAG text-spacing bookmarklet (after) sets it: on
      // every element of the page, the wheel included; its labels inherit it.
      const spacing = document.createElement('style')
      spacing.textContent =
        '* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important; }'
      if (when === 'before') document.head.append(spacing)
      try {
        for (const width of [1280, 320]) {
          const el = await wheel(
            html`<ijh-strategy-wheel
              style="display: block; width: ${width}px"
            ></ijh-strategy-wheel>`,
          )
          await new Promise((resolve) => requestAnimationFrame(resolve))
          if (when === 'after') {
            document.head.append(spacing)
            // The spacing changes the description's height, and the wheel sees its own size change.
            await new Promise((resolve) => requestAnimationFrame(resolve))
            await new Promise((resolve) => requestAnimationFrame(resolve))
            await el.updateComplete
          }
          const labels = [...shadow(el).querySelectorAll<SVGTextElement>('text.label')]
          expect(labels.length).to.be.greaterThan(10)
          expect(getComputedStyle(labels[0]).letterSpacing, 'inherited').to.not.equal('normal')
          expect(beyondTheirArcs(el, labels), `${width} px`).to.deep.equal([])
          if (when === 'after') spacing.remove()
        }
      } finally {
        spacing.remove()
      }
    })
  }

  it('fits every label on its arc on a page that writes in capitals or small capitals', async () => {
    // A banner or hero whose text the page sets in capitals: the labels would inherit it.
    for (const style of ['text-transform: uppercase', 'font-variant: small-caps']) {
      const el = await wheel(
        html`<div style=${style}>
          <ijh-strategy-wheel style="display: block; width: 1280px"></ijh-strategy-wheel>
        </div>`,
      )
      const labels = [...shadow(el).querySelectorAll<SVGTextElement>('text.label')]
      expect(labels.length).to.be.greaterThan(10)
      expect(beyondTheirArcs(el, labels), style).to.deep.equal([])
    }
  })

  it('shows a focus ring on the focused focus area', async () => {
    const el = await wheel()
    segments(el, 'area')[0].focus()
    await sendKeys({press: 'ArrowRight'})
    await until(() => !!shadow(el).querySelector('.focus-ring'), 'the focus ring')
    const ring = shadow(el).querySelector('.focus-ring .ring') as SVGPathElement
    const style = getComputedStyle(ring)
    expect(style.strokeWidth).to.equal('3px')
    expect(
      contrast(
        style.stroke,
        getComputedStyle(shadow(el).querySelector('.backdrop') as Element).fill,
      ),
    ).to.be.at.least(3)
    // The ring follows the area's outline.
    const shape = segments(el, 'area')[1].querySelector('.shape') as SVGPathElement
    const box = shape.getBBox()
    const ringBox = ring.getBBox()
    expect(Math.abs(ringBox.x - box.x)).to.be.lessThan(4)
  })

  it('selects with Enter and Space, and fires one ijh-focus-area-select each time', async () => {
    const el = await wheel()
    const events: IjhFocusAreaSelectEvent[] = []
    const record = (event: IjhFocusAreaSelectEvent) => events.push(event)
    document.addEventListener('ijh-focus-area-select', record)
    try {
      segments(el, 'area')[0].focus()
      await sendKeys({press: 'ArrowRight'})
      await sendKeys({press: 'Enter'})
      expect(el.selected).to.equal(AREAS[1])
      await sendKeys({press: 'ArrowRight'})
      await sendKeys({press: 'Space'})
      expect(el.selected).to.equal(AREAS[2])
      expect(events.map((event) => event.detail)).to.deep.equal([
        {slug: AREAS[1], title: 'Öppenhet och dynamik'},
        {slug: AREAS[2], title: 'Kunskap och kompetens'},
      ])
    } finally {
      document.removeEventListener('ijh-focus-area-select', record)
    }
    await el.updateComplete
    expect(segments(el, 'area')[2].getAttribute('aria-current')).to.equal('true')
  })

  it('fires a typed, bubbling, composed event on click, and none on first render or when set by script', async () => {
    const events: Event[] = []
    const listener = (event: Event) => events.push(event)
    document.addEventListener('ijh-focus-area-select', listener)
    try {
      const el = await wheel(html`<ijh-strategy-wheel selected=${AREAS[3]}></ijh-strategy-wheel>`)
      expect(events, 'first render').to.have.length(0)
      el.selected = AREAS[0]
      await el.updateComplete
      expect(events, 'set by script').to.have.length(0)
      segments(el, 'area')[4].dispatchEvent(new MouseEvent('click', {bubbles: true}))
      expect(events).to.have.length(1)
      const [event] = events
      expect(event).to.be.instanceOf(IjhFocusAreaSelectEvent)
      expect(event.type).to.equal('ijh-focus-area-select')
      expect(event.bubbles).to.equal(true)
      expect(event.composed).to.equal(true)
      expect(event.target).to.equal(el)
      expect((event as IjhFocusAreaSelectEvent).detail).to.deep.equal({
        slug: AREAS[4],
        title: 'Handlingskraftigt innovationsstöd',
      })
      expect(el.selected).to.equal(AREAS[4])
    } finally {
      document.removeEventListener('ijh-focus-area-select', listener)
    }
  })

  it('crosses shadow roots: a page that wraps the wheel in its own component hears the event', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`)
    const root = host.attachShadow({mode: 'open'})
    const heard: string[] = []
    host.addEventListener('ijh-focus-area-select', (event) => heard.push(event.detail.slug))
    const el = document.createElement('ijh-strategy-wheel')
    root.append(el)
    await until(() => segments(el, 'area').length === 5, 'the wheel')
    segments(el, 'area')[1].dispatchEvent(new MouseEvent('click', {bubbles: true}))
    expect(heard).to.deep.equal([AREAS[1]])
  })

  it('makes the focus areas links with href-template, and lets a listener keep a link from navigating', async () => {
    const el = await wheel(
      html`<ijh-strategy-wheel href-template="/innovation/{slug}"></ijh-strategy-wheel>`,
    )
    const links = segments(el, 'area')
    expect(links.map((link) => link.localName)).to.deep.equal(['a', 'a', 'a', 'a', 'a'])
    expect(links[2].getAttribute('href')).to.equal('/innovation/kunskap-och-kompetens')
    let prevented: boolean | undefined
    const stopNavigation = (event: Event) => {
      prevented = event.defaultPrevented
      event.preventDefault()
    }
    document.addEventListener('click', stopNavigation)
    const cancel = (event: Event) => event.preventDefault()
    try {
      links[2].dispatchEvent(
        new MouseEvent('click', {bubbles: true, composed: true, cancelable: true}),
      )
      expect(prevented, 'navigates by default').to.equal(false)
      expect(el.selected).to.equal(AREAS[2])
      expect(location.hash, 'links leave the fragment to the link').to.equal('')
      document.addEventListener('ijh-focus-area-select', cancel)
      links[3].dispatchEvent(
        new MouseEvent('click', {bubbles: true, composed: true, cancelable: true}),
      )
      expect(prevented, 'kept from navigating').to.equal(true)
    } finally {
      document.removeEventListener('click', stopNavigation)
      document.removeEventListener('ijh-focus-area-select', cancel)
    }
  })

  it('makes no link from a javascript: href-template, nor from a hostile one', async () => {
    for (const template of [
      'javascript:alert(1)//{slug}',
      ' JavaScript:alert(1)',
      'data:text/html,x',
    ]) {
      const el = await wheel(
        html`<ijh-strategy-wheel href-template=${template}></ijh-strategy-wheel>`,
      )
      expect(shadow(el).querySelector('a'), template).to.equal(null)
      expect(segments(el, 'area').map((area) => area.getAttribute('role'))).to.deep.equal(
        Array(5).fill('button'),
      )
      el.view = 'text'
      await el.updateComplete
      expect(shadow(el).querySelector('a'), `${template} (text)`).to.equal(null)
    }
  })

  it('puts the selection in the URL fragment, without scrolling or a new history entry', async () => {
    // Below, what the fragment names (a following card carries that id): a jump would scroll.
    const spacer = await fixture<HTMLDivElement>(
      html`<div style="height: 3000px; position: relative">
        <div id="ijh-focus-area-kreativa-motesplatser" style="position: absolute; top: 2500px">
          target
        </div>
      </div>`,
    )
    const el = await wheel()
    window.scrollTo(0, 200)
    const scrolled = window.scrollY
    const entries = history.length
    segments(el, 'area')[3].dispatchEvent(new MouseEvent('click', {bubbles: true}))
    expect(location.hash).to.equal('#ijh-focus-area-kreativa-motesplatser')
    expect(history.length).to.equal(entries)
    expect(window.scrollY).to.equal(scrolled)
    window.scrollTo(0, 0)
    spacer.remove()
  })

  it('selects the focus area a page is opened with (#ijh-focus-area-…), without an event', async () => {
    history.replaceState(null, '', '#ijh-focus-area-kreativa-motesplatser')
    const events: Event[] = []
    const listener = (event: Event) => events.push(event)
    document.addEventListener('ijh-focus-area-select', listener)
    try {
      const el = await wheel()
      expect(el.selected).to.equal('kreativa-motesplatser')
      expect(segments(el, 'area')[3].getAttribute('aria-current')).to.equal('true')
      expect(segments(el, 'area')[3].getAttribute('tabindex'), 'the Tab stop').to.equal('0')
      expect(events).to.have.length(0)
      // A link on the page to another focus area's anchor selects it too.
      location.hash = '#ijh-focus-area-oppenhet-och-dynamik'
      await until(() => el.selected === 'oppenhet-och-dynamik', 'the hashchange')
      expect(events).to.have.length(0)
    } finally {
      document.removeEventListener('ijh-focus-area-select', listener)
    }
  })

  it('keeps a selection set by a script when moved in the page, and follows a fragment changed while away', async () => {
    history.replaceState(null, '', '#ijh-focus-area-kreativa-motesplatser')
    const el = await wheel()
    expect(el.selected).to.equal('kreativa-motesplatser')
    el.selected = 'positiv-samhallsutveckling'
    await el.updateComplete
    const elsewhere = document.createElement('section')
    el.parentElement?.after(elsewhere)
    try {
      elsewhere.append(el)
      await el.updateComplete
      expect(el.selected).to.equal('positiv-samhallsutveckling')
      // Away while the fragment changed (a framework keeping it across routes): it follows that.
      el.remove()
      history.replaceState(null, '', '#ijh-focus-area-oppenhet-och-dynamik')
      elsewhere.append(el)
      await el.updateComplete
      expect(el.selected).to.equal('oppenhet-och-dynamik')
    } finally {
      elsewhere.remove()
    }
  })

  it('ignores other fragments, unknown focus areas and, with no-fragment, the fragment altogether', async () => {
    history.replaceState(null, '', '#main')
    const plain = await wheel(html`<ijh-strategy-wheel selected=${AREAS[0]}></ijh-strategy-wheel>`)
    expect(plain.selected).to.equal(AREAS[0])
    history.replaceState(null, '', '#ijh-focus-area-finns-inte')
    const unknown = await wheel()
    expect(unknown.selected).to.equal(undefined)
    expect(
      shadow(unknown).querySelector('[part~="error"]'),
      'no message for a stale link',
    ).to.equal(null)
    const kept = await wheel(html`<ijh-strategy-wheel selected=${AREAS[1]}></ijh-strategy-wheel>`)
    expect(kept.selected, 'the page’s selection stays').to.equal(AREAS[1])
    history.replaceState(null, '', '#ijh-focus-area-kreativa-motesplatser')
    const off = await wheel(html`<ijh-strategy-wheel no-fragment></ijh-strategy-wheel>`)
    expect(off.selected).to.equal(undefined)
    segments(off, 'area')[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))
    expect(location.hash).to.equal('#ijh-focus-area-kreativa-motesplatser')
    // no-fragment="false", as an editor may write it, leaves the fragment on.
    const on = await wheel(html`<ijh-strategy-wheel no-fragment="false"></ijh-strategy-wheel>`)
    expect(on.noFragment).to.equal(false)
    expect(on.selected).to.equal('kreativa-motesplatser')
    const nej = await wheel(html`<ijh-strategy-wheel no-fragment="nej"></ijh-strategy-wheel>`)
    expect(nej.noFragment, 'no-fragment="nej"').to.equal(false)
    expect(nej.selected).to.equal('kreativa-motesplatser')
  })

  it('switches to a text version that carries every item, and back', async () => {
    const el = await wheel()
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part~="view-switch"]')
    expect(toggle?.textContent?.trim()).to.equal('Visa som text')
    toggle?.click()
    await el.updateComplete
    expect(el.view).to.equal('text')
    expect(toggle?.textContent?.trim()).to.equal('Visa som hjul')
    expect(shadow(el).querySelector('svg')).to.equal(null)
    const text = shadow(el).querySelector('[part~="text-alternative"]') as HTMLElement
    const content = text.textContent?.replace(/\s+/g, ' ') ?? ''
    const data = (await bundledSource.fetch('strategy', {lang: 'sv'})) as Strategy
    const items = [
      data.vision,
      ...(data.focusAreas ?? []).flatMap((area) => [area.title, area.summary]),
      ...(data.values ?? []).flatMap((value) => [value.title, value.statement]),
      ...(data.guidingGoals ?? []).flatMap((goal) => [
        goal.title,
        ...(goal.subGoals ?? []).flatMap((sub) => [
          sub.title,
          ...(sub.bullets ?? []).map((bullet) => bullet.text),
        ]),
      ]),
    ]
    expect(items.length).to.be.greaterThan(40)
    for (const item of items) expect(content, item ?? '').to.contain(item?.replace(/\s+/g, ' '))
    // Structured: a heading and a list per part, the goals' sub-goals and bullets nested.
    expect([...text.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal([
      'Vision 2025',
      'Insatsområden',
      'Värdeord',
      'Vägledande mål',
    ])
    expect(text.querySelectorAll('.area-list > li')).to.have.length(5)
    expect(text.querySelectorAll('.value-list > li')).to.have.length(5)
    expect(text.querySelectorAll('.goal-list > li')).to.have.length(3)
    expect(text.querySelectorAll('.goal-list > li > ul > li > ul > li').length).to.be.greaterThan(
      10,
    )
    // Back with the keyboard: the switch keeps the focus (compared as a boolean: chai's
    // inspection of an element in a failure message can hang the runner).
    toggle?.focus()
    await sendKeys({press: 'Enter'})
    await el.updateComplete
    expect(shadow(el).querySelector('svg')).to.exist
    expect(shadow(el).activeElement === toggle, 'focus stays on the switch').to.equal(true)
  })

  it('shows the focus areas’ introduction in the paragraphs the editor wrote, in Swedish on an English page when it has no English', async () => {
    const data = strategy({areas: 5, values: 5, goals: 3})
    data.focusAreasIntro = 'Första stycket.\n\n  Andra stycket,\nmed en radbrytning.\n\n'
    data.inSwedish = ['focusAreasIntro']
    const el = await wheel(
      html`<ijh-strategy-wheel view="text" lang="en"></ijh-strategy-wheel>`,
      sourceOf(data),
    )
    const intro = [...shadow(el).querySelectorAll('[part~="text-alternative"] p')].filter((p) =>
      p.textContent?.includes('stycket'),
    )
    expect(intro.map((p) => [p.textContent, p.getAttribute('lang')])).to.deep.equal([
      ['Första stycket.', 'sv'],
      ['Andra stycket,\nmed en radbrytning.', 'sv'],
    ])
  })

  it('selects from the text version too, marks the selection with more than colour, and starts there with view="text"', async () => {
    const el = await wheel(
      html`<ijh-strategy-wheel view="text" heading-level="3"></ijh-strategy-wheel>`,
      sourceOf(strategy({areas: 3, values: 3, goals: 2}, {1: {goals: [1], values: [2]}})),
    )
    expect(shadow(el).querySelectorAll('h3')).to.have.length(4)
    const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('.area-control')]
    expect(buttons.map((button) => button.textContent?.trim())).to.deep.equal([
      'Insatsområde 0',
      'Insatsområde 1',
      'Insatsområde 2',
    ])
    const item = buttons[1].closest('li') as HTMLElement
    expect(item.textContent).to.contain('Bidrar till: Mål nummer 1 med en längre titel.')
    expect(item.textContent).to.contain('Värdeord: Värde 2.')
    const events: string[] = []
    el.addEventListener('ijh-focus-area-select', (event) => events.push(event.detail.slug))
    buttons[1].focus()
    await sendKeys({press: 'Enter'})
    await el.updateComplete
    expect(events).to.deep.equal(['a1'])
    expect(buttons[1].getAttribute('aria-current')).to.equal('true')
    expect(item.querySelector('.badge')?.textContent).to.equal('Valt')
  })

  it('keeps the wheel’s space while loading (a round skeleton), then shows the wheel', async () => {
    const source = new TestSource()
    source.hold = true
    const el = await fixtureWithSource<IjhStrategyWheel>(
      source,
      html`<ijh-strategy-wheel></ijh-strategy-wheel>`,
    )
    const skeleton = shadow(el).querySelector('[part~="skeleton"]') as HTMLElement
    expect(skeleton.getAttribute('aria-busy')).to.equal('true')
    expect(shadow(el).querySelector('[role="status"]')?.textContent).to.equal('Laddar innehåll …')
    const loadingBox = skeleton.getBoundingClientRect()
    const loadingHeight = el.getBoundingClientRect().height
    expect(loadingBox.height).to.be.greaterThan(200)
    expect(Math.abs(loadingBox.width - loadingBox.height)).to.be.lessThan(1)
    expect(getComputedStyle(skeleton.querySelector('.skeleton') as Element).borderRadius).to.equal(
      '50%',
    )
    source.release()
    await loaded(el)
    const box = (shadow(el).querySelector('[part~="wheel"]') as HTMLElement).getBoundingClientRect()
    expect(box.width).to.equal(loadingBox.width)
    expect(box.height).to.equal(loadingBox.height)
    expect(el.getBoundingClientRect().height).to.equal(loadingHeight)
  })

  it('shows a short message with a retry button when loading fails, and recovers on retry', async () => {
    const source = new TestSource()
    source.failWith = OFFLINE
    const el = await wheel(undefined, source)
    const error = shadow(el).querySelector('[part~="error"]')
    expect(error?.getAttribute('role')).to.equal('status')
    expect(error?.textContent).to.contain('Innehållet kunde inte hämtas just nu.')
    source.failWith = undefined
    shadow(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')?.click()
    await until(() => segments(el, 'area').length === 5, 'the retried content')
  })

  it('keeps showing the last good wheel when a later load fails', async () => {
    const source = new TestSource()
    const el = await wheel(undefined, source)
    source.failWith = SERVER_ERROR
    el.lang = 'en'
    await until(() => !!shadow(el).querySelector('[part~="stale-notice"]'), 'the stale notice')
    expect(labels(el, 'area')[0]).to.equal('Positiv samhällsutveckling')
  })

  it('says when the source has no strategy, and which attribute is wrong', async () => {
    const missing = await wheel(undefined, sourceOf(null))
    expect(shadow(missing).querySelector('[part~="error"]')?.textContent).to.contain(
      'Det finns ingen strategi att visa ännu.',
    )
    const unknown = await wheel(
      html`<ijh-strategy-wheel selected="finns-inte"></ijh-strategy-wheel>`,
    )
    const message = shadow(unknown).querySelector('[part~="error"]')?.textContent ?? ''
    expect(message).to.contain('selected')
    expect(message).to.contain('”finns-inte”')
    expect(message).to.contain('selected="positiv-samhallsutveckling"')
    expect(segments(unknown, 'area')).to.have.length(5)
    const config = await wheel(
      html`<ijh-strategy-wheel project-id="Not valid!"></ijh-strategy-wheel>`,
    )
    expect(shadow(config).querySelector('[part~="error"]')?.textContent).to.contain('project-id')
  })

  it('draws what it can of malformed content, and empty rings not at all', async () => {
    const el = await wheel(
      undefined,
      sourceOf({
        brand: null,
        targetYear: null,
        vision: 12,
        values: null,
        guidingGoals: [null, {slug: 'g', title: 'Ett mål', subGoals: 'fel'}],
        focusAreas: [
          {slug: null, title: 'Utan adress', guidingGoals: null, values: 'fel'},
          {slug: 'ok', title: 'Med adress', guidingGoals: ['g', null], values: null},
          {slug: 'no-title', title: null},
        ],
      }),
    )
    expect(labels(el, 'area')).to.deep.equal(['Utan adress', 'Med adress'])
    expect(segments(el, 'value')).to.have.length(0)
    expect(labels(el, 'goal')).to.deep.equal(['Ett mål'])
    expect(shadow(el).querySelector('svg title')?.textContent).to.equal('Strategihjul')
    // The area without a slug is shown but cannot be selected.
    expect(segments(el, 'area')[0].getAttribute('role')).to.equal('graphics-symbol')
    expect(segments(el, 'area')[0].hasAttribute('tabindex')).to.equal(false)
    expect(segments(el, 'area')[1].getAttribute('tabindex')).to.equal('0')
    await expect(el).to.be.accessible()
  })

  it('renders hostile content as text', async () => {
    const hostile = '<img src=x onerror="window.__wheelXss=1">'
    const data = strategy({areas: 3, values: 3, goals: 2})
    data.vision = hostile
    data.focusAreas![0].title = hostile
    data.values![0].title = hostile
    data.guidingGoals![0].title = hostile
    const el = await wheel(undefined, sourceOf(data))
    expect(shadow(el).querySelector('img')).to.equal(null)
    expect(labels(el, 'area')[0]).to.equal(hostile)
    el.view = 'text'
    await el.updateComplete
    expect(shadow(el).querySelector('img')).to.equal(null)
    expect(shadow(el).querySelector('.area-control')?.textContent?.trim()).to.equal(hostile)
    expect((window as {__wheelXss?: number}).__wheelXss).to.equal(undefined)
  })

  it('meets contrast: 4.5:1 for every label, 3:1 for segment edges', async () => {
    const el = await wheel(
      html`<ijh-strategy-wheel selected="a0"></ijh-strategy-wheel>`,
      sourceOf(strategy({areas: 4, values: 4, goals: 3}, {0: {goals: [0], values: [0]}})),
    )
    const gap = getComputedStyle(shadow(el).querySelector('.backdrop') as Element).fill
    const style = (element: Element | null) => getComputedStyle(element as Element)
    const check = (segment: SVGElement, what: string, edge: 'fill' | 'stroke') => {
      const shape = style(segment.querySelector('.shape'))
      const label = style(segment.querySelector('.label'))
      expect(contrast(label.fill, shape.fill), `${what}: label`).to.be.at.least(4.5)
      expect(contrast(shape[edge], gap), `${what}: edge`).to.be.at.least(3)
    }
    check(segments(el, 'area')[0], 'selected area', 'fill')
    check(segments(el, 'area')[1], 'area', 'fill')
    check(segments(el, 'value')[0], 'linked value', 'stroke')
    check(segments(el, 'value')[1], 'value', 'stroke')
    check(segments(el, 'goal')[0], 'linked goal', 'stroke')
    check(segments(el, 'goal')[1], 'goal', 'fill')
    const core = shadow(el).querySelector('[part~="centre"]') as Element
    expect(
      contrast(style(core.querySelector('text')).fill, style(core.querySelector('circle')).fill),
    ).to.be.at.least(4.5)
    // A hovered area keeps its label readable.
    await sendMouse({type: 'move', position: pointIn(segments(el, 'area')[1])})
    await until(() => segments(el, 'area')[1].matches(':hover'), 'hover')
    const hovered = segments(el, 'area')[1]
    expect(
      contrast(
        style(hovered.querySelector('.label')).fill,
        style(hovered.querySelector('.shape')).fill,
      ),
    ).to.be.at.least(4.5)
  })

  it('respects reduced motion: the page’s request and the reader’s setting', async () => {
    const el = await wheel()
    const shape = () => getComputedStyle(shadow(el).querySelector('.area .shape') as Element)
    await emulateMedia({reducedMotion: 'no-preference'})
    expect(shape().transitionDuration).to.contain('0.15s')
    document.documentElement.setAttribute('data-ijh-reduced-motion', '')
    await until(() => !!shadow(el).querySelector('.root.reduce-motion'), 'reduce-motion')
    expect(shape().transitionDuration).to.equal('0s')
    document.documentElement.removeAttribute('data-ijh-reduced-motion')
    await emulateMedia({reducedMotion: 'reduce'})
    try {
      await until(() => shape().transitionDuration === '0s', 'the reader’s setting')
    } finally {
      await emulateMedia({reducedMotion: 'no-preference'})
    }
  })

  it('draws fills, edges, text, the selection and the focus ring in system colours under forced colours', async () => {
    // The test browser cannot emulate forced colours: read the element's own forced-colours rules.
    const el = await wheel()
    const rules = shadow(el)
      .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter(
        (rule): rule is CSSMediaRule =>
          rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'),
      )
      .flatMap((rule) => [...rule.cssRules])
      .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule)
    const declared = (selector: string, property: string) =>
      rules
        .filter((rule) => rule.selectorText.split(',').some((part) => part.trim() === selector))
        .map((rule) => rule.style.getPropertyValue(property))
        .filter(Boolean)
    expect(declared('.area .shape', 'fill')).to.include('canvas')
    expect(declared('.area .shape', 'stroke')).to.include('canvastext')
    expect(declared('.value .shape', 'stroke')).to.include('canvastext')
    expect(declared('.goal .shape', 'stroke')).to.include('canvastext')
    expect(declared('.label', 'fill')).to.include('canvastext')
    expect(declared('.area.selected .shape', 'fill')).to.include('highlight')
    expect(declared('.area.selected .label', 'fill')).to.include('highlighttext')
    expect(declared('.linked .shape', 'stroke-width')).to.include('3px')
    // The focus ring is not the selection's outline (CanvasText) again: a Highlight band in
    // CanvasText lines.
    expect(declared('.focus-ring .ring', 'stroke')).to.include('highlight')
    expect(declared('.focus-ring .halo', 'stroke')).to.include('canvastext')
    expect(declared('.area.selected .shape', 'stroke')).to.include('canvastext')
    expect(declared('.skeleton.circle', 'border')).to.have.length(1)
  })

  it('keeps every label readable on its shape under its forced-colours rules, selected, linked and hovered too', async () => {
    // The test browser cannot emulate forced colours, and browsers do not force SVG fills: apply
    // the element's forced-colours rules as the media query would, after every other rule, and
    // compare the colours they compute to.
    const el = await wheel(html`<ijh-strategy-wheel selected=${AREAS[0]}></ijh-strategy-wheel>`)
    const root = shadow(el)
    const forced = new CSSStyleSheet()
    forced.replaceSync(
      root.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules])
        .filter(
          (rule): rule is CSSMediaRule =>
            rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'),
        )
        .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText))
        .join('\n'),
    )
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, forced]
    // Another area under the pointer (hovered, so active), and the selected one hovered as CSS sees it.
    segments(el, 'area')[2].dispatchEvent(new PointerEvent('pointerenter'))
    await el.updateComplete
    // The colours change with a transition: read where they end.
    root.getAnimations().forEach((animation) => animation.finish())
    const probe = document.createElement('span')
    root.append(probe)
    const system = (name: string) => {
      probe.style.color = name
      return getComputedStyle(probe).color
    }
    const [canvas, text, highlight, highlightText] = [
      'Canvas',
      'CanvasText',
      'Highlight',
      'HighlightText',
    ].map(system)
    probe.remove()
    const groups = [
      ...root.querySelectorAll('svg [part~="area"], svg [part~="value"], svg [part~="goal"]'),
    ]
    expect(groups.some((group) => group.classList.contains('selected'))).to.equal(true)
    expect(
      groups.some(
        (group) => group.classList.contains('active') && !group.classList.contains('selected'),
      ),
    ).to.equal(true)
    expect(groups.some((group) => group.classList.contains('linked'))).to.equal(true)
    for (const group of groups) {
      const shape = getComputedStyle(group.querySelector('.shape') as Element).fill
      const where = `${group.getAttribute('part')} ${group.getAttribute('class')}`
      expect([canvas, highlight], `${where}: shape`).to.include(shape)
      for (const label of group.querySelectorAll('text')) {
        const fill = getComputedStyle(label).fill
        expect(fill, `${where}: label`).to.equal(shape === highlight ? highlightText : text)
      }
    }
  })

  it('fits 280 px with no horizontal scroll, with larger labels, and stays at its greatest size at 1200 px', async () => {
    const page = await fixtureWithSource<HTMLElement>(
      new TestSource(),
      html`<div>
        <div style="width: 280px"><ijh-strategy-wheel lang="en"></ijh-strategy-wheel></div>
        <div style="width: 1200px"><ijh-strategy-wheel lang="en"></ijh-strategy-wheel></div>
      </div>`,
    )
    const [narrow, wide] = [...page.querySelectorAll('ijh-strategy-wheel')]
    await loaded(narrow)
    await loaded(wide)
    const fontOf = (el: Element) =>
      Number(shadow(el).querySelector('[part~="goal"] text')?.getAttribute('font-size'))
    await until(() => fontOf(narrow) > fontOf(wide), 'larger labels on the narrow wheel')
    expect(narrow.scrollWidth).to.be.at.most(280)
    expect(shadow(narrow).querySelector('svg')?.getBoundingClientRect().width).to.be.at.most(280)
    expectLabelsInside(narrow, 'goal')
    expect(shadow(wide).querySelector('svg')?.getBoundingClientRect().width).to.equal(640)
    narrow.view = 'text'
    await narrow.updateComplete
    const text = shadow(narrow).querySelector('[part~="text-alternative"]') as HTMLElement
    expect(text.scrollWidth).to.be.at.most(280)
    expect(narrow.scrollWidth).to.be.at.most(280)
  })
})

describe('ijh-strategy-wheel with a card that follows it', () => {
  // No source through context and no <ijh-config> in this file, as on a page without
  // configuration: nothing but the card's own link makes it render again when it comes back.
  afterEach(() => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`)
  })

  it('the card shows what was selected while it was away from the page', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <ijh-strategy-wheel id="wheel"></ijh-strategy-wheel>
        <ijh-focus-area-card for="wheel"></ijh-focus-area-card>
      </div>`,
    )
    const wheel = root.querySelector('ijh-strategy-wheel') as IjhStrategyWheel
    const card = root.querySelector('ijh-focus-area-card') as IjhFocusAreaCard
    const area = (index: number) => shadow(wheel).querySelectorAll('svg [part~="area"]')[index]
    const title = () => shadow(card).querySelector('[part~="title"]')?.textContent
    await until(() => !!area(3), 'the wheel')
    area(3).dispatchEvent(new MouseEvent('click', {bubbles: true}))
    await until(() => title() === 'Kreativa mötesplatser', 'the selected focus area')
    card.remove()
    area(1).dispatchEvent(new MouseEvent('click', {bubbles: true}))
    await wheel.updateComplete
    root.append(card)
    await until(() => title() === 'Öppenhet och dynamik', 'the selection made meanwhile')
    expect(card.id, 'the anchor of the focus area it shows').to.equal(
      'ijh-focus-area-oppenhet-och-dynamik',
    )
  })
})

describe('joinList (the goals and values an area is linked to, in running text)', () => {
  it('writes a list as Intl.ListFormat does, in Swedish and British English, for none to four items', () => {
    const items = ['Vision', 'Ökad export', 'Öppenhet', 'Mod']
    for (const [lang, locale] of [
      ['sv', 'sv'],
      ['en', 'en-GB'],
    ] as const) {
      const intl = new Intl.ListFormat(locale, {style: 'long', type: 'conjunction'})
      for (let count = 0; count <= items.length; count++) {
        const list = items.slice(0, count)
        expect(joinList(lang, list), `${lang} ${count}`).to.equal(intl.format(list))
      }
    }
  })
})
