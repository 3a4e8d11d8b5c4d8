import {html, nothing, svg, type PropertyValues, type TemplateResult} from 'lit'
import {property, state} from 'lit/decorators.js'
import {classMap} from 'lit/directives/class-map.js'
import {bundleContent} from '../data/bundled-source'
import {strategy} from '../data/generated/strategy.js'
import {QueryController} from '../data/query-controller'
import {expandHrefTemplate, wrongHrefTemplate} from '../focus-area-card/card-options'
import {loadingText} from '../i18n/strings'
import {announceSelection, type FocusAreaSelectionSource} from '../shared/focus-area-link'
import {inSwedish, langOf, paragraphs, swedishTexts} from '../shared/fallback'
import {heading} from '../shared/heading'
import {IjhElement} from '../shared/ijh-element'
import {RovingFocusController} from '../shared/roving-focus-controller'
import {sharedStyles} from '../shared/shared.styles'
import {flag, parseChoice, parseHeadingLevel, slugFrom} from '../shared/attributes'
import {
  renderAttributeProblems,
  renderError,
  renderProblem,
  renderStaleNotice,
} from '../shared/states'
import {
  drawWheel,
  legibleMinFontSize,
  sectorPath,
  type ArcLabel,
  type Measure,
  type Sector,
  type WheelDrawing,
} from './geometry'
import {
  findArea,
  fragmentFor,
  isSlug,
  linkedTitles,
  linksOf,
  normaliseStrategy,
  slugFromFragment,
  type WheelFocusArea,
  type WheelStrategy,
} from './strategy-model'
import {joinList, wheelText} from './strategy-wheel.strings'
import {strategyWheelStyles} from './strategy-wheel.styles'
import {defineElement} from '../shared/define'

/** What `ijh-focus-area-select` tells: the focus area the reader chose. */
export interface FocusAreaSelectDetail {
  slug: string
  title: string
}

/**
 * Fired when the reader selects a focus area in the wheel (click, Enter or Space, or its entry in
 * the text version); never on the first render or when `selected` is set by script. Cancelable:
 * with `href-template`, `preventDefault()` keeps the link from navigating (for single-page apps).
 */
export class IjhFocusAreaSelectEvent extends Event {
  static readonly eventName = 'ijh-focus-area-select'

  constructor(readonly detail: FocusAreaSelectDetail) {
    super(IjhFocusAreaSelectEvent.eventName, {bubbles: true, composed: true, cancelable: true})
  }
}

/** `wheel` (the figure) or `text` (the text version). */
export type WheelView = 'wheel' | 'text'

/** The SVG's coordinate system: the wheel is drawn in a 1000 × 1000 box. */
const SIZE = 1000
/** The gap between segments and rings, in the SVG's units. */
const GAP = 8

/** `wheel` (also when not given) or `text`; anything else `undefined` (the wheel then says so). */
const parseView = (value: string | null | undefined): WheelView | undefined =>
  parseChoice(value, ['wheel', 'text'])

/**
 * Measures text with the font the wheel is drawn in (a canvas), so that labels wrap where they
 * really end, with the letter and word spacing the labels inherit (a reader's own style sheet
 * may set them: WCAG 1.4.12); the estimate from `geometry.ts` where there is no canvas.
 */
function canvasMeasure(style: CSSStyleDeclaration): Measure | undefined {
  const context =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d')
  if (!context) return undefined
  context.font = `600 100px ${style.fontFamily || 'sans-serif'}`
  // Computed lengths in px, which are the labels' own units; `normal` is none.
  const letter = parseFloat(style.letterSpacing) || 0
  const word = parseFloat(style.wordSpacing) || 0
  const widths = new Map<string, number>()
  return (text, fontSize) => {
    let width = widths.get(text)
    if (width === undefined) {
      width = context.measureText(text).width
      widths.set(text, width)
    }
    // A little room for bolder highlighted labels and for rounding.
    return (
      ((width * 1.06) / 100) * fontSize +
      letter * [...text].length +
      word * (text.split(' ').length - 1)
    )
  }
}

/**
 * @summary The strategy at a glance: a wheel drawn from the content, from the centre outwards the
 * target year and the vision, the focus areas, the values and the guiding goals. Hovering or
 * focusing a focus area highlights the goals and values it is linked to; selecting it fires
 * `ijh-focus-area-select`, puts it in the URL fragment and shows it in any
 * `<ijh-focus-area-card for="…">` that names the wheel's id. A text version carries everything.
 *
 * @slot description - Replaces the default description of what the figure shows.
 *
 * @fires {IjhFocusAreaSelectEvent} ijh-focus-area-select - The reader selected a focus area; `detail` is `{slug, title}`. Bubbles, composed, cancelable: with `href-template`, `preventDefault()` keeps the link from navigating, for a single-page app that routes itself.
 *
 * @csspart description - The description above the wheel.
 * @csspart view-switch - The button that switches between the wheel and the text version.
 * @csspart wheel - The box the wheel is drawn in (square).
 * @csspart svg - The wheel's SVG.
 * @csspart centre - The centre: target year and vision.
 * @csspart area - A focus area's segment (`area-selected` as well when selected).
 * @csspart area-selected - The selected focus area's segment, which is an `area` too.
 * @csspart value - A value's segment.
 * @csspart goal - A guiding goal's segment.
 * @csspart text-alternative - The text version.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The message shown when content cannot be loaded or an attribute is wrong.
 * @csspart retry-button - The error message's retry button.
 * @csspart stale-notice - The note shown above content that could not be refreshed.
 *
 * @cssproperty [--ijh-strategy-wheel-max-size=40rem] - The wheel's greatest width.
 * @cssproperty [--ijh-strategy-wheel-core-color=var(--ijh-color-surface-alt, #f3f5f7)] - The centre's fill.
 * @cssproperty [--ijh-strategy-wheel-core-text=var(--ijh-color-text, #1d2327)] - The year and vision.
 * @cssproperty [--ijh-strategy-wheel-area-color=var(--ijh-color-accent, #005a7a)] - Focus areas' fill.
 * @cssproperty [--ijh-strategy-wheel-area-hover-color=color-mix(in srgb, var(--ijh-strategy-wheel-area-color) 82%, #000)] - A hovered or focused focus area's fill.
 * @cssproperty [--ijh-strategy-wheel-area-text=var(--ijh-color-accent-contrast, #ffffff)] - Focus areas' labels.
 * @cssproperty [--ijh-strategy-wheel-value-color=color-mix(in srgb, var(--ijh-color-accent) 12%, var(--ijh-color-surface))] - Values' fill.
 * @cssproperty [--ijh-strategy-wheel-value-text=var(--ijh-color-text, #1d2327)] - Values' labels.
 * @cssproperty [--ijh-strategy-wheel-value-edge-color=var(--ijh-color-accent, #005a7a)] - Values' outline.
 * @cssproperty [--ijh-strategy-wheel-goal-color=color-mix(in srgb, var(--ijh-color-accent) 62%, #000)] - Guiding goals' fill.
 * @cssproperty [--ijh-strategy-wheel-goal-text=var(--ijh-color-accent-contrast, #ffffff)] - Guiding goals' labels.
 * @cssproperty [--ijh-strategy-wheel-selected-color=var(--ijh-color-text, #1d2327)] - The selected focus area's fill.
 * @cssproperty [--ijh-strategy-wheel-selected-text=var(--ijh-color-surface, #ffffff)] - The selected focus area's label and frame.
 * @cssproperty [--ijh-strategy-wheel-highlight-color=#ffe07a] - Goals and values linked to the focus area in view.
 * @cssproperty [--ijh-strategy-wheel-highlight-text=var(--ijh-color-text, #1d2327)] - Their labels.
 * @cssproperty [--ijh-strategy-wheel-highlight-edge-color=var(--ijh-color-text, #1d2327)] - Their outline.
 * @cssproperty [--ijh-strategy-wheel-gap-color=var(--ijh-color-surface, #ffffff)] - The gaps between segments.
 * @cssproperty [--ijh-strategy-wheel-text-min-height=100rem] - Space kept while the text version loads (about half of it at full width).
 *
 * @tag ijh-strategy-wheel
 */
export class IjhStrategyWheel extends IjhElement implements FocusAreaSelectionSource {
  static override styles = [sharedStyles, strategyWheelStyles]

  /**
   * The selected focus area's slug, e.g. `kunskap-och-kompetens` (its Swedish title works too). A URL
   * fragment overrides it.
   */
  @property({attribute: 'selected', reflect: true}) selected?: string

  /**
   * Makes the focus areas links, with `{slug}` filled in, e.g. `/innovation/{slug}`: http(s) or
   * relative; any other (`javascript:…`) makes no links, and the wheel says so.
   */
  @property({attribute: 'href-template', reflect: true}) hrefTemplate?: string

  /** `wheel` (default) or `text`: which version shows first. The reader can switch. */
  @property({attribute: 'view', reflect: true}) view: 'wheel' | 'text' = 'wheel'

  /** The level of the text version's headings (1–6); the host page owns its heading outline. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 2

  /**
   * Leaves the URL fragment alone (for pages that route with it); `no-fragment="false"` (or `nej`,
   * `av`, `off`, `no`, `0`) is off.
   */
  @property({attribute: 'no-fragment', type: Boolean, converter: flag, reflect: true})
  noFragment = false

  /** The key of the focus area under the pointer. */
  @state() private hovered?: string

  /** The key of the focus area with keyboard focus, and whether its focus ring shows. */
  @state() private focused?: string
  @state() private focusVisible = false

  /** Bumped when web fonts finish loading, so that labels are measured again. */
  @state() private fontGeneration = 0

  /** The smallest label size that stays legible at the wheel's drawn width. */
  @state() private minFontSize = 0

  private readonly query = new QueryController(this, {
    name: 'strategy',
    source: () => this.resolveDataSource(),
    params: () => ({lang: this.contentLang}),
  })

  private readonly roving = new RovingFocusController(this, {
    items: () => [...(this.shadowRoot?.querySelectorAll<SVGElement>('.area.selectable') ?? [])],
    orientation: 'both',
  })

  /** Whether `selected` came from the URL fragment (checked once the content is there). */
  private fromFragment = false
  /** The selection the fragment replaced, kept if the fragment names no focus area of ours. */
  private beforeFragment?: string
  /** The URL fragment when the element was last disconnected. */
  private leftAt?: string

  private normalised?: {raw: unknown; value: WheelStrategy | null}
  private drawing?: {strategy: WheelStrategy; key: string; value: WheelDrawing}
  private announced?: string
  private resizeObserver?: ResizeObserver
  /** Cards follow the wheel by id: an id given or changed later is announced to them too. */
  private idObserver?: MutationObserver
  private tabStopFor?: {strategy: WheelStrategy; selected?: string}

  override connectedCallback(): void {
    super.connectedCallback()
    // The fragment is read when the element first connects, so that cards following it ask for
    // its focus area at once, not for their own first. After that, only when it changed while the
    // element was away (a framework keeping it across routes): a plain move keeps the selection.
    if (!this.hasUpdated || this.leftAt !== location.hash) this.readFragment()
    window.addEventListener('hashchange', this.onHashchange)
    document.fonts?.addEventListener('loadingdone', this.onFontsLoaded)
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver ??= new ResizeObserver(this.onResize)
      this.resizeObserver.observe(this)
    }
    this.idObserver ??= new MutationObserver(announceSelection)
    this.idObserver.observe(this, {attributeFilter: ['id']})
    announceSelection()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.leftAt = location.hash
    window.removeEventListener('hashchange', this.onHashchange)
    document.fonts?.removeEventListener('loadingdone', this.onFontsLoaded)
    this.resizeObserver?.disconnect()
    this.idObserver?.disconnect()
    announceSelection()
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    // What a page set before the element was defined (no-fragment, selected) is in place only
    // now: no-fragment takes back what the fragment selected, and otherwise the fragment, when it
    // names a focus area, wins over `selected`, as documented.
    if (!this.hasUpdated) {
      if (!this.noFragment) this.readFragment()
      else if (this.fromFragment && this.selectedSlug === slugFromFragment(location.hash)) {
        this.fromFragment = false
        this.selected = this.beforeFragment
      }
    }
    const strategy = this.strategy
    if (!strategy) return
    // A fragment naming no focus area of this strategy is someone else's: forget it, and keep
    // the selection it replaced (the page's `selected`, say).
    if (this.fromFragment) {
      this.fromFragment = false
      if (!findArea(strategy, this.selected)) this.selected = this.beforeFragment
    }
    // The Tab stop is the selected focus area, whenever the selection or the content changes.
    if (this.tabStopFor?.strategy !== strategy || this.tabStopFor.selected !== this.selected) {
      this.tabStopFor = {strategy, selected: this.selected}
      const index = strategy.areas
        .filter((area) => area.slug)
        .findIndex((area) => area.slug === this.selectedSlug)
      if (index >= 0) this.roving.setActive(index)
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    const current = this.selectedFocusArea ?? ''
    if (current !== this.announced) {
      this.announced = current
      announceSelection()
    }
  }

  private readonly onHashchange = () => {
    this.readFragment()
  }

  private readonly onFontsLoaded = () => {
    this.fontGeneration++
  }

  /**
   * A new size: a new smallest legible font size, perhaps; and, when a reader's style sheet (the
   * text-spacing bookmarklet) changed the spacing after the wheel was drawn, the description's
   * new height: the drawing is looked at again, and redrawn only if the font or spacing changed.
   * A change of spacing that changes no size (a one-line description in a slot) is seen at the
   * next render only.
   */
  private readonly onResize = () => {
    const wheel = this.shadowRoot?.querySelector('.wheel')
    const width = wheel?.getBoundingClientRect().width || this.getBoundingClientRect().width
    this.minFontSize = legibleMinFontSize(width, SIZE)
    this.requestUpdate()
  }

  /** `selected` as the content writes slugs (`slugFrom`), as the card reads its focus-area. */
  private get selectedSlug(): string | undefined {
    return slugFrom(this.selected)
  }

  /** Selects the focus area the URL fragment names, if it names one. */
  private readFragment(): void {
    if (this.noFragment || typeof location === 'undefined') return
    const slug = slugFromFragment(location.hash)
    if (!slug || slug === this.selectedSlug) return
    if (!this.fromFragment) this.beforeFragment = this.selected
    this.selected = slug
    this.fromFragment = !this.strategy || !findArea(this.strategy, slug)
  }

  /** Puts the selection in the URL fragment without scrolling or adding a history entry. */
  private writeFragment(slug: string): void {
    if (this.noFragment || typeof history === 'undefined') return
    const url = new URL(location.href)
    url.hash = fragmentFor(slug)
    history.replaceState(history.state, '', url)
  }

  /** The reader chose `area` (a click, Enter or Space): select it and tell the page. */
  private activate(area: WheelFocusArea, event: Event, isLink: boolean): void {
    if (!area.slug) return
    this.selected = area.slug
    this.fromFragment = false
    if (!isLink) this.writeFragment(area.slug)
    const select = new IjhFocusAreaSelectEvent({slug: area.slug, title: area.title})
    this.dispatchEvent(select)
    if (isLink && select.defaultPrevented) event.preventDefault()
  }

  private onAreaKeydown(area: WheelFocusArea, event: KeyboardEvent): void {
    // Focused by a click, then used from the keyboard: the ring shows from now on.
    this.focusVisible = true
    if (event.key === 'Enter') {
      event.preventDefault()
      this.activate(area, event, false)
    } else if (event.key === ' ') {
      // Space activates on release, as a button does; don't scroll the page.
      event.preventDefault()
    }
  }

  private onAreaKeyup(area: WheelFocusArea, event: KeyboardEvent): void {
    if (event.key === ' ') {
      event.preventDefault()
      this.activate(area, event, false)
    }
  }

  private onAreaFocus(area: WheelFocusArea, event: FocusEvent): void {
    this.focused = area.key
    this.focusVisible = (event.target as Element).matches(':focus-visible')
  }

  private onAreaBlur(area: WheelFocusArea): void {
    if (this.focused === area.key) this.focused = undefined
  }

  private readonly toggleView = () => {
    this.view = parseView(this.view) === 'text' ? 'wheel' : 'text'
    // The segments go away without a blur: forget which one had the pointer or focus.
    this.hovered = undefined
    this.focused = undefined
  }

  /** The content, made safe to draw; `null` while loading or when the source has no strategy. */
  private get strategy(): WheelStrategy | null {
    const view = this.query.view
    if (view.state !== 'ready') return null
    if (this.normalised?.raw !== view.value) {
      this.normalised = {raw: view.value, value: normaliseStrategy(view.value)}
    }
    return this.normalised.value
  }

  /** The content's texts given in Swedish for want of English, to mark `lang="sv"`. */
  private get swedish(): ReadonlySet<string> {
    const view = this.query.view
    return swedishTexts(view.state === 'ready' ? view.value : null)
  }

  /** The drawing for `strategy`, measured in the wheel's font and spacing; kept until these change. */
  private drawingFor(strategy: WheelStrategy): WheelDrawing {
    const style = getComputedStyle(this)
    const key = `${style.fontFamily}|${style.letterSpacing}|${style.wordSpacing}|${this.fontGeneration}|${this.minFontSize}`
    if (this.drawing?.strategy === strategy && this.drawing.key === key) return this.drawing.value
    const value = drawWheel(
      {
        year: strategy.year,
        vision: strategy.vision,
        areas: strategy.areas.map((area) => area.title),
        values: strategy.values.map((value) => value.title),
        goals: strategy.goals.map((goal) => goal.title),
      },
      {
        size: SIZE,
        gap: GAP,
        measure: canvasMeasure(style),
        minFontSize: this.minFontSize,
        swedish: (text) => this.contentLang === 'sv' || this.swedish.has(text),
      },
    )
    this.drawing = {strategy, key, value}
    return value
  }

  /**
   * The slug of the selected focus area, for elements that follow the wheel (`for`). While the
   * content loads, the selection as given (so that a shared link shows at once); then only a
   * focus area the strategy has.
   */
  get selectedFocusArea(): string | undefined {
    const slug = this.selectedSlug
    if (!isSlug(slug)) return undefined
    const strategy = this.strategy
    if (strategy) return findArea(strategy, slug)?.slug
    return this.query.view.state === 'error' ? undefined : slug
  }

  /** Loads the content again, e.g. after a failure. */
  retry(): void {
    this.query.retry()
  }

  private renderLoading(textView: boolean): TemplateResult {
    const status = html`<span class="visually-hidden" role="status"
      >${loadingText(this.contentLang)}</span
    >`
    if (textView) {
      return html`<div class="text-view loading" part="text-alternative skeleton" aria-busy="true">
        ${status}
        <span class="skeleton heading"></span>
        <span class="skeleton"></span>
        <span class="skeleton heading"></span>
        <span class="skeleton"></span>
        <span class="skeleton"></span>
      </div>`
    }
    return html`<div class="wheel" part="wheel skeleton" aria-busy="true">
      ${status}<span class="skeleton circle"></span>
    </div>`
  }

  private renderArcLabel(label: ArcLabel, id: string, text: string) {
    const lang = langOf(this.swedish, text)
    return label.lines.map(
      (line, i) =>
        svg`<path class="guide" id=${`${id}-${i}`} d=${line.path}></path>
          <text class="label" lang=${lang} font-size=${label.fontSize} dominant-baseline="central" aria-hidden="true"
            ><textPath href=${`#${id}-${i}`} startOffset="50%" text-anchor="middle">${line.text}</textPath></text
          >`,
    )
  }

  private renderArea(
    strategy: WheelStrategy,
    area: WheelFocusArea,
    segment: WheelDrawing['areas'][number],
    index: number,
    activeKey: string | undefined,
  ) {
    const lang = this.contentLang
    const selected = !!area.slug && area.slug === this.selectedSlug
    const classes = classMap({
      area: true,
      selectable: !!area.slug,
      selected,
      active: area.key === activeKey,
    })
    const {goals, values} = linkedTitles(strategy, area)
    const description = [
      // A summary without a full stop still ends its sentence before the next one.
      area.summary && /[.!?…]["”’)\]]*$/.test(area.summary)
        ? area.summary
        : area.summary && `${area.summary}.`,
      goals.length ? wheelText(lang, 'contributesTo', {list: joinList(lang, goals)}) : '',
      values.length ? wheelText(lang, 'linkedValues', {list: joinList(lang, values)}) : '',
    ]
      .filter(Boolean)
      .join(' ')
    const content = svg`<title lang=${langOf(this.swedish, area.title)}>${area.title}</title>
      ${description ? svg`<desc>${description}</desc>` : nothing}
      <path class="shape" d=${segment.path}></path>
      <path class="frame" d=${sectorPath(segment.sector, GAP + 14)}></path>
      ${this.renderArcLabel(segment.label, `area-${index}`, area.title)}`
    if (!area.slug) {
      return svg`<g class=${classes} part="area" role="graphics-symbol">${content}</g>`
    }
    const part = selected ? 'area area-selected' : 'area'
    const href = expandHrefTemplate(this.hrefTemplate, area.slug)
    if (href) {
      return svg`<a
        class=${classes}
        part=${part}
        href=${href}
        data-slug=${area.slug}
        aria-current=${selected ? 'true' : nothing}
        @click=${(event: MouseEvent) => this.activate(area, event, true)}
        @pointerenter=${() => (this.hovered = area.key)}
        @pointerleave=${() => this.hovered === area.key && (this.hovered = undefined)}
        @focus=${(event: FocusEvent) => this.onAreaFocus(area, event)}
        @blur=${() => this.onAreaBlur(area)}
      >${content}</a>`
    }
    return svg`<g
      class=${classes}
      part=${part}
      role="button"
      data-slug=${area.slug}
      aria-current=${selected ? 'true' : nothing}
      @click=${(event: MouseEvent) => this.activate(area, event, false)}
      @keydown=${(event: KeyboardEvent) => this.onAreaKeydown(area, event)}
      @keyup=${(event: KeyboardEvent) => this.onAreaKeyup(area, event)}
      @pointerenter=${() => (this.hovered = area.key)}
      @pointerleave=${() => this.hovered === area.key && (this.hovered = undefined)}
      @focus=${(event: FocusEvent) => this.onAreaFocus(area, event)}
      @blur=${() => this.onAreaBlur(area)}
    >${content}</g>`
  }

  private renderFocusRing(sector: Sector) {
    const d = sectorPath(sector, GAP - 3)
    return svg`<g class="focus-ring" aria-hidden="true">
      <path class="halo" d=${d}></path><path class="ring" d=${d}></path>
    </g>`
  }

  private renderWheel(strategy: WheelStrategy): TemplateResult {
    const lang = this.contentLang
    const drawing = this.drawingFor(strategy)
    const sv = this.swedish
    const {centre} = drawing.layout
    const selectedArea = findArea(strategy, this.selected)
    const activeKey = this.hovered ?? this.focused ?? selectedArea?.key
    const activeArea = strategy.areas.find((area) => area.key === activeKey)
    const links = linksOf(strategy, activeArea?.slug)
    const focusedIndex = strategy.areas.findIndex((area) => area.key === this.focused)
    const name = strategy.brand
      ? wheelText(lang, 'figureName', {brand: strategy.brand})
      : wheelText(lang, 'figureNameNoBrand')
    const visionName = [
      strategy.year
        ? wheelText(lang, 'visionYear', {year: strategy.year})
        : wheelText(lang, 'vision'),
      strategy.vision,
    ]
      .filter(Boolean)
      .join(': ')
    const hint = expandHrefTemplate(this.hrefTemplate, 'x')
      ? wheelText(lang, 'keyboardHintLinks')
      : wheelText(lang, 'keyboardHint')
    return html`<div class="wheel" part="wheel">
      <span id="keyboard-hint" hidden>${hint}</span>
      <svg
        part="svg"
        viewBox="0 0 ${SIZE} ${SIZE}"
        role="graphics-document"
        aria-labelledby="wheel-title"
        aria-describedby="description"
      >
        <title id="wheel-title">${name}</title>
        <circle
          class="backdrop"
          cx=${centre.x}
          cy=${centre.y}
          r=${SIZE / 2}
          aria-hidden="true"
        ></circle>
        <g class="core" part="centre" role="graphics-symbol" aria-label=${visionName}>
          <circle cx=${centre.x} cy=${centre.y} r=${drawing.coreRadius}></circle>
          ${
            drawing.centre.heading
              ? svg`<text class="year" x=${drawing.centre.heading.x} y=${drawing.centre.heading.y}
                  font-size=${drawing.centre.heading.fontSize} text-anchor="middle"
                  dominant-baseline="central" aria-hidden="true">${drawing.centre.heading.text}</text>`
              : nothing
          }
          ${drawing.centre.body.lines.map(
            (line) =>
              svg`<text class="vision" lang=${langOf(sv, strategy.vision)} x=${line.x} y=${line.y} font-size=${drawing.centre.body.fontSize}
                text-anchor="middle" dominant-baseline="central" aria-hidden="true">${line.text}</text>`,
          )}
        </g>
        ${
          strategy.areas.length
            ? svg`<g
                class="areas"
                role="toolbar"
                aria-label=${wheelText(lang, 'focusAreas')}
                aria-describedby="keyboard-hint"
              >
                ${strategy.areas.map((area, i) =>
                  this.renderArea(strategy, area, drawing.areas[i], i, activeKey),
                )}
              </g>`
            : nothing
        }
        ${
          strategy.values.length
            ? svg`<g class="values" role="group" aria-label=${wheelText(lang, 'values')}>
                ${strategy.values.map(
                  (value, i) =>
                    svg`<g class=${classMap({value: true, linked: links.values.has(value.key)})}
                      part="value" role="graphics-symbol">
                      <title lang=${langOf(sv, value.title)}>${value.title}</title>
                      <path class="shape" d=${drawing.values[i].path}></path>
                      ${this.renderArcLabel(drawing.values[i].label, `value-${i}`, value.title)}
                    </g>`,
                )}
              </g>`
            : nothing
        }
        ${
          strategy.goals.length
            ? svg`<g class="goals" role="group" aria-label=${wheelText(lang, 'guidingGoals')}>
                ${strategy.goals.map(
                  (goal, i) =>
                    svg`<g class=${classMap({goal: true, linked: links.goals.has(goal.key)})}
                      part="goal" role="graphics-symbol">
                      <title lang=${langOf(sv, goal.title)}>${goal.title}</title>
                      <path class="shape" d=${drawing.goals[i].path}></path>
                      ${this.renderArcLabel(drawing.goals[i].label, `goal-${i}`, goal.title)}
                    </g>`,
                )}
              </g>`
            : nothing
        }
        ${
          this.focusVisible && focusedIndex >= 0
            ? this.renderFocusRing(drawing.areas[focusedIndex].sector)
            : nothing
        }
      </svg>
    </div>`
  }

  private renderAreaControl(area: WheelFocusArea, selected: boolean): TemplateResult {
    const title = inSwedish(this.swedish, area.title)
    if (!area.slug) return html`<span class="area-title">${title}</span>`
    const href = expandHrefTemplate(this.hrefTemplate, area.slug)
    if (href) {
      return html`<a
        class="area-control"
        href=${href}
        aria-current=${selected ? 'true' : nothing}
        @click=${(event: MouseEvent) => this.activate(area, event, true)}
        >${title}</a
      >`
    }
    return html`<button
      class="area-control"
      type="button"
      aria-current=${selected ? 'true' : nothing}
      @click=${(event: MouseEvent) => this.activate(area, event, false)}
    >
      ${title}
    </button>`
  }

  private renderText(strategy: WheelStrategy): TemplateResult {
    const lang = this.contentLang
    const level = parseHeadingLevel(this.headingLevel)
    const none = html`<p>${wheelText(lang, 'none')}</p>`
    const sv = this.swedish
    return html`<div class="text-view" part="text-alternative">
      ${heading(
        level,
        {className: 'section-title'},
        strategy.year
          ? wheelText(lang, 'visionYear', {year: strategy.year})
          : wheelText(lang, 'vision'),
      )}
      ${strategy.vision ? html`<p class="vision" lang=${langOf(sv, strategy.vision)}>${strategy.vision}</p>` : none}
      ${heading(level, {className: 'section-title'}, wheelText(lang, 'focusAreas'))}
      ${paragraphs(sv, strategy.focusAreasIntro)}
      ${
        strategy.areas.length
          ? html`<ul class="area-list">
              ${strategy.areas.map((area) => {
                const selected = !!area.slug && area.slug === this.selectedSlug
                const {goals, values} = linkedTitles(strategy, area)
                return html`<li class=${classMap({'area-item': true, selected})}>
                  ${this.renderAreaControl(area, selected)}
                  ${
                    selected
                      ? html`<span class="badge" aria-hidden="true"
                          >${wheelText(lang, 'selected')}</span
                        >`
                      : nothing
                  }
                  ${area.summary ? html`<p lang=${langOf(sv, area.summary)}>${area.summary}</p>` : nothing}
                  ${
                    goals.length
                      ? html`<p>
                          ${wheelText(lang, 'contributesTo', {list: joinList(lang, goals)})}
                        </p>`
                      : nothing
                  }
                  ${
                    values.length
                      ? html`<p>
                          ${wheelText(lang, 'linkedValues', {list: joinList(lang, values)})}
                        </p>`
                      : nothing
                  }
                </li>`
              })}
            </ul>`
          : none
      }
      ${heading(level, {className: 'section-title'}, wheelText(lang, 'values'))}
      ${strategy.valuesIntro ? html`<p lang=${langOf(sv, strategy.valuesIntro)}>${strategy.valuesIntro}</p>` : nothing}
      ${
        strategy.values.length
          ? html`<ul class="value-list">
              ${strategy.values.map(
                (value) =>
                  html`<li>
                    <strong lang=${langOf(sv, value.title)}>${value.title}</strong
                    >${value.statement ? html`: ${inSwedish(sv, value.statement)}` : nothing}
                  </li>`,
              )}
            </ul>`
          : none
      }
      ${heading(level, {className: 'section-title'}, wheelText(lang, 'guidingGoals'))}
      ${
        strategy.goals.length
          ? html`<ul class="goal-list">
              ${strategy.goals.map(
                (goal) =>
                  html`<li>
                    <strong lang=${langOf(sv, goal.title)}>${goal.title}</strong>
                    ${
                      goal.subGoals.length
                        ? html`<ul>
                            ${goal.subGoals.map(
                              (sub) =>
                                html`<li>
                                  ${inSwedish(sv, sub.title)}
                                  ${
                                    sub.bullets.length
                                      ? html`<ul>
                                          ${sub.bullets.map((bullet) => html`<li lang=${langOf(sv, bullet)}>${bullet}</li>`)}
                                        </ul>`
                                      : nothing
                                  }
                                </li>`,
                            )}
                          </ul>`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`
          : none
      }
    </div>`
  }

  private renderBody(textView: boolean): TemplateResult | typeof nothing {
    const lang = this.contentLang
    const view = this.query.view
    switch (view.state) {
      case 'idle':
      case 'loading':
        return this.renderLoading(textView)
      case 'error':
        return renderError(lang, view.error, () => this.retry())
      case 'ready': {
        const strategy = this.strategy
        if (!strategy) return renderProblem(wheelText(lang, 'strategyMissing'))
        const selected = this.selected?.trim()
        const example = strategy.areas.find((area) => area.slug)?.slug ?? 'kunskap-och-kompetens'
        return html`${view.stale ? renderStaleNotice(lang) : nothing}
        ${
          selected && !findArea(strategy, selected)
            ? renderProblem(wheelText(lang, 'selectedUnknown', {slug: selected, example}))
            : nothing
        }
        ${textView ? this.renderText(strategy) : this.renderWheel(strategy)}`
      }
    }
  }

  override render() {
    const lang = this.contentLang
    const textView = parseView(this.view) === 'text'
    return html`${renderAttributeProblems(this, lang, [
        !parseView(this.view) && ['view', this.view, 'view="text"'],
        wrongHrefTemplate(this.hrefTemplate, '/innovation/{slug}'),
      ])}
      <div class=${classMap({root: true, 'reduce-motion': this.motion.reduced})}>
        <div class="description" part="description" id="description">
          <slot name="description">${wheelText(lang, 'description')}</slot>
        </div>
        ${
          this.query.view.state === 'error'
            ? nothing
            : html`<p class="controls">
                <button class="switch" part="view-switch" type="button" @click=${this.toggleView}>
                  ${wheelText(lang, textView ? 'showWheel' : 'showText')}
                </button>
              </p>`
        }
        ${this.renderBody(textView)}
      </div>`
  }
}

// The default content, shown when no Sanity project is configured: this element's query only.
bundleContent('strategy', strategy)
defineElement('ijh-strategy-wheel', IjhStrategyWheel)

declare global {
  interface HTMLElementTagNameMap {
    'ijh-strategy-wheel': IjhStrategyWheel
  }
  interface GlobalEventHandlersEventMap {
    'ijh-focus-area-select': IjhFocusAreaSelectEvent
  }
}
