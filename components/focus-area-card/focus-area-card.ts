import {html, nothing, type PropertyValues, type TemplateResult} from 'lit'
import {property, state} from 'lit/decorators.js'
import {bundleContent} from '../data/bundled-source'
import {focusArea} from '../data/generated/focusArea.js'
import {QueryController} from '../data/query-controller'
import type {Lang} from '../data/source'
import {loadingText} from '../i18n/strings'
import {FocusAreaFollowController, type FocusAreaChoice} from '../shared/focus-area-link'
import {linkText} from '../shared/focus-area-link.strings'
import {inSwedish, langOf, swedishTexts} from '../shared/fallback'
import {heading} from '../shared/heading'
import {IjhElement} from '../shared/ijh-element'
import {sharedStyles} from '../shared/shared.styles'
import {parseHeadingLevel, slugFrom} from '../shared/attributes'
import {
  renderAttributeProblems,
  renderError,
  renderProblem,
  renderStaleNotice,
} from '../shared/states'
import {
  expandHrefTemplate,
  focusAreaAnchor,
  parseVariant,
  wrongHrefTemplate,
  type CardVariant,
} from './card-options'
import {normaliseFocusArea, type CardFocusArea, type CardTheme} from './card-model'
import {cardText} from './focus-area-card.strings'
import {focusAreaCardStyles} from './focus-area-card.styles'
import {defineElement} from '../shared/define'

export type {CardVariant} from './card-options'

/** The example a message about `focus-area` gives. */
const EXAMPLE = 'focus-area="kunskap-och-kompetens"'

/** The cards on the page: one that leaves hands its anchor on to another. */
const connectedCards = new Set<IjhFocusAreaCard>()

/**
 * For each choice in a wheel (its select event), the card that says it: with several cards
 * following one wheel, screen readers hear it once, from the first card they can hear.
 */
const speakers = new WeakMap<Event, IjhFocusAreaCard>()

/**
 * Whether screen readers can hear a region: it is rendered, and not `visibility: hidden`. Chrome
 * before 121 and Firefox before 122 know `visibilityProperty` as `checkVisibilityCSS`; Safari has
 * no `checkVisibility` before 17.4, and there its boxes and its visibility tell.
 */
const audible = (region: Element): boolean =>
  region.checkVisibility
    ? region.checkVisibility({visibilityProperty: true, checkVisibilityCSS: true})
    : !!region.getClientRects().length && getComputedStyle(region).visibility === 'visible'

/**
 * @summary One focus area (insatsområde) of the strategy: its themes and their bullets, its
 * actions (insatser), and the guiding goals and values it serves. With `for`, it shows the focus
 * area selected in the strategy wheel with that id, and follows it (no script needed).
 *
 * Unless the page gives it an id, it takes the anchor of the focus area it shows,
 * `id="ijh-focus-area-<slug>"`, so that a link to `#ijh-focus-area-<slug>` (which the wheel writes)
 * leads to it; a second card for the same focus area leaves that id to the first, and a compact
 * card whose own link leads to that anchor leaves it to the full card.
 *
 * @csspart card - The card's frame.
 * @csspart eyebrow - The "Insatsområde" label above the title.
 * @csspart title - The focus area's title (a heading at `heading-level`).
 * @csspart summary - The compact card's one-line summary.
 * @csspart theme - One theme: its heading and bullets.
 * @csspart theme-heading - A theme's heading, which holds its toggle.
 * @csspart theme-toggle - The button that shows or hides a theme's bullets.
 * @csspart theme-list - A theme's list of bullets.
 * @csspart actions - The list of actions.
 * @csspart tags - The lists of guiding goals and values.
 * @csspart section-title - The headings of the actions, guiding goals and values.
 * @csspart link - The compact card's link.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The message shown when content cannot be loaded or an attribute is wrong.
 * @csspart retry-button - The error message's retry button.
 * @csspart stale-notice - The note shown above content that could not be refreshed.
 * @csspart announcement - Following a wheel (`for`): the visually hidden status that tells screen
 * readers which focus area the card shows after the reader chose one in the wheel (with several
 * cards following one wheel, the first one shown to screen readers says it).
 *
 * @cssproperty [--ijh-focus-area-card-background=var(--ijh-color-surface, #ffffff)] - The card's background.
 * @cssproperty [--ijh-focus-area-card-border-color=var(--ijh-color-border, #8a969f)] - The card's border and dividers.
 * @cssproperty [--ijh-focus-area-card-accent=var(--ijh-color-accent, #005a7a)] - The top border, markers, link and retry button.
 * @cssproperty [--ijh-focus-area-card-heading-color=var(--ijh-color-text, #1d2327)] - Headings.
 * @cssproperty [--ijh-focus-area-card-padding=calc(var(--ijh-space, 1rem) * 1.25)] - Space inside the card.
 * @cssproperty [--ijh-focus-area-card-title-size=1.5rem] - The title's font size.
 * @cssproperty [--ijh-focus-area-card-max-width=60rem] - The card's greatest width.
 * @cssproperty [--ijh-focus-area-card-min-height=max(45rem, 346.8rem - 1516cqi, 160.7rem - 359.6cqi, 120.7rem - 205.1cqi, 81.4rem - 74.1cqi, 57rem - 23.4cqi)] - Space kept while the full card loads: about the shortest focus area at the width of the nearest ancestor with `container-type: inline-size`, else of the window (`cqi`); 45rem where `cqi` is unknown.
 * @cssproperty [--ijh-focus-area-card-compact-min-height=10rem] - Space kept while the compact card loads.
 *
 * @tag ijh-focus-area-card
 */
export class IjhFocusAreaCard extends IjhElement {
  static override styles = [sharedStyles, focusAreaCardStyles]

  /** The focus area's slug, e.g. `kunskap-och-kompetens` (its Swedish title, `Kunskap och kompetens`, works too). */
  @property({attribute: 'focus-area', reflect: true}) focusArea?: string

  /** `full` (themes, actions, goals and values) or `compact` (title, summary and, with `href-template`, a link). */
  @property({attribute: 'variant', reflect: true}) variant: 'full' | 'compact' = 'full'

  /** The level of the card's title (1–6); the host page owns its heading outline. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 2

  /**
   * A link for the compact card, with `{slug}` filled in, e.g. `/innovation/{slug}`: http(s) or
   * relative; any other (`javascript:…`) makes no link, and the card says so.
   */
  @property({attribute: 'href-template', reflect: true}) hrefTemplate?: string

  /**
   * The id of an `<ijh-strategy-wheel>` on the page: the card shows the focus area selected in
   * it, and `focus-area` until one is selected.
   */
  @property({attribute: 'for', reflect: true}) htmlFor?: string

  /** Keys of the themes the reader has collapsed. */
  @state() private collapsedThemes = new Set<string>()

  private readonly follow = new FocusAreaFollowController(this, () => this.htmlFor)

  private readonly query = new QueryController(this, {
    name: 'focusArea',
    source: () => this.resolveDataSource(),
    params: () => {
      const slug = this.shownSlug
      return slug ? {lang: this.contentLang, slug} : undefined
    },
  })

  /** The slug shown last, to know when the wheel followed (`for`) moved on. */
  private lastShown?: string

  /** The id this element gave itself as its anchor (never one the page set). */
  private ownAnchor?: string

  /**
   * The language in which to say which focus area the card shows, when the reader chose it in
   * the wheel: said once, so not again in another language when the page's language changes.
   */
  private announceIn?: Lang
  /** The reader's choice in the wheel that `announceIn` says. */
  private announced?: FocusAreaChoice

  /** The focus area shown: the one selected in the wheel named by `for`, else `focus-area`. */
  private get shownSlug(): string | undefined {
    return this.follow.slug ?? slugFrom(this.focusArea)
  }

  override connectedCallback(): void {
    super.connectedCallback()
    connectedCards.add(this)
    // Moved, or added back: another card may have taken its anchor meanwhile.
    if (this.hasUpdated) this.placeAnchor(this.lastShown)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    connectedCards.delete(this)
    // Its anchor is free: a card showing the same focus area takes it, so that links still lead.
    if (this.ownAnchor) this.handOn()
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const shown = this.shownSlug
    const choice = this.follow.takeChoice()
    if (shown !== this.lastShown) {
      this.lastShown = shown
      this.collapsedThemes = new Set()
      this.placeAnchor(shown)
      // Said when the reader chose it in the wheel: not on load, nor when a script or the
      // address changed the wheel's selection.
      this.announceIn = shown && shown === choice?.detail.slug ? this.contentLang : undefined
      this.announced = choice
    } else {
      // Whether its own link leads to the anchor may have changed.
      if (changed.has('hrefTemplate') || changed.has('variant')) this.placeAnchor(shown)
      // Said in one language only: not again when the page's language comes back to it.
      if (this.announceIn !== this.contentLang) this.announceIn = undefined
    }
  }

  /**
   * Gives the card the anchor of the focus area it shows (`ijh-focus-area-<slug>`), so that a link
   * to it leads here: never over an id the page set, nor one another element on the page has.
   */
  private placeAnchor(slug: string | undefined): void {
    // Not the anchor its own link leads to (a compact card linking to the full one): a link to
    // the card itself would go nowhere.
    const own = slug && focusAreaAnchor(slug)
    const anchor =
      own &&
      !(
        parseVariant(this.variant) === 'compact' &&
        expandHrefTemplate(this.hrefTemplate, slug) === `#${own}`
      )
        ? own
        : undefined
    // The anchor of the focus area shown, which the element did not give itself, came with a copy
    // of a card (cloneNode, a CMS preview that sets its HTML again): it is checked as its own.
    // Any other id is the page's (`ijh-focus-area-card-1` too), and stays.
    const id = this.id
    if (id && id !== this.ownAnchor && id !== own) return
    // Anchors hold only [a-z0-9-]. Another element with it, before or after this one, keeps it.
    const holders = anchor
      ? (this.getRootNode() as ParentNode).querySelectorAll(`[id="${anchor}"]`)
      : []
    const had = this.ownAnchor
    this.ownAnchor = [...holders].some((holder) => holder !== this) ? undefined : anchor
    if (this.ownAnchor) this.id = this.ownAnchor
    else this.removeAttribute('id')
    // Given up: a card showing the same focus area takes it, so that links still lead.
    if (had && had !== this.ownAnchor) this.handOn()
  }

  /** The other cards look at their anchors again: one showing a focus area whose anchor is free takes it. */
  private handOn(): void {
    for (const card of connectedCards) if (card !== this) card.placeAnchor(card.lastShown)
  }

  private toggleTheme(key: string): void {
    const next = new Set(this.collapsedThemes)
    if (next.has(key)) next.delete(key)
    else next.add(key)
    this.collapsedThemes = next
  }

  private normalised?: {raw: unknown; value: CardFocusArea | null}

  /** The answer made safe to render (kept until the answer changes). */
  private focusAreaOf(raw: unknown): CardFocusArea | null {
    let normalised = this.normalised
    if (!normalised || normalised.raw !== raw) {
      normalised = {raw, value: normaliseFocusArea(raw)}
      this.normalised = normalised
    }
    return normalised.value
  }

  /** Loads the content again, e.g. after a failure. */
  retry(): void {
    this.query.retry()
  }

  private renderSkeleton(variant: CardVariant): TemplateResult {
    return html`<div
      class="card loading ${variant} ${this.motion.reduced ? 'reduce-motion' : ''}"
      part="card skeleton"
      aria-busy="true"
    >
      <span class="visually-hidden" role="status">${loadingText(this.contentLang)}</span>
      <span class="skeleton short"></span>
      <span class="skeleton heading"></span>
      <span class="skeleton"></span>
      ${
        variant === 'full'
          ? html`<span class="skeleton"></span><span class="skeleton short"></span
              ><span class="skeleton"></span>`
          : nothing
      }
    </div>`
  }

  private renderCompact(
    area: CardFocusArea,
    level: number,
    sv: ReadonlySet<string>,
  ): TemplateResult {
    const href = expandHrefTemplate(this.hrefTemplate, area.slug)
    const title = area.title
    return html`<article class="card compact" part="card">
      <p class="eyebrow" part="eyebrow">${cardText(this.contentLang, 'focusAreaLabel')}</p>
      ${heading(level, {className: 'title', part: 'title'}, inSwedish(sv, title))}
      ${area.summary ? html`<p class="summary" part="summary" lang=${langOf(sv, area.summary)}>${area.summary}</p>` : nothing}
      ${
        href
          ? html`<a class="link" part="link" href=${href}
              >${cardText(this.contentLang, 'readMore', {title})}</a
            >`
          : nothing
      }
    </article>`
  }

  private renderFull(area: CardFocusArea, level: number, sv: ReadonlySet<string>): TemplateResult {
    const lang = this.contentLang
    const sub = level + 1
    const {themes, actions, guidingGoals: goals, values} = area
    return html`<article
      class="card full ${this.motion.reduced ? 'reduce-motion' : ''}"
      part="card"
    >
      <p class="eyebrow" part="eyebrow">${cardText(lang, 'focusAreaLabel')}</p>
      ${heading(level, {className: 'title', part: 'title'}, inSwedish(sv, area.title))}
      ${themes.map((theme, i) => this.renderTheme(theme, i, sub, sv))}
      ${
        actions.length
          ? html`${heading(sub, {className: 'section-title', part: 'section-title'}, cardText(lang, 'actions'))}
              <ul class="actions" part="actions">
                ${actions.map((action) => html`<li lang=${langOf(sv, action)}>${action}</li>`)}
              </ul>`
          : nothing
      }
      ${
        goals.length
          ? html`${heading(sub, {className: 'section-title', part: 'section-title'}, cardText(lang, 'guidingGoals'))}
              <ul class="tags" part="tags">
                ${goals.map((goal) => html`<li lang=${langOf(sv, goal)}>${goal}</li>`)}
              </ul>`
          : nothing
      }
      ${
        values.length
          ? html`${heading(sub, {className: 'section-title', part: 'section-title'}, cardText(lang, 'values'))}
              <ul class="tags" part="tags">
                ${values.map((value) => html`<li lang=${langOf(sv, value)}>${value}</li>`)}
              </ul>`
          : nothing
      }
    </article>`
  }

  private renderTheme(
    theme: CardTheme,
    index: number,
    level: number,
    sv: ReadonlySet<string>,
  ): TemplateResult {
    const list = html`<ul class="theme-list" part="theme-list">
      ${theme.bullets.map((bullet) => html`<li lang=${langOf(sv, bullet)}>${bullet}</li>`)}
    </ul>`
    if (!theme.heading) return html`<div class="theme" part="theme">${list}</div>`
    const key = theme.key
    const expanded = !this.collapsedThemes.has(key)
    // By position: a key from the content may hold spaces, which an id reference cannot.
    const panelId = `theme-panel-${index}`
    return html`<section class="theme" part="theme">
      ${heading(
        level,
        {className: 'theme-heading', part: 'theme-heading'},
        html`<button
          class="theme-toggle"
          part="theme-toggle"
          type="button"
          aria-expanded=${expanded}
          aria-controls=${panelId}
          @click=${() => this.toggleTheme(key)}
        >
          <span lang=${langOf(sv, theme.heading)}>${theme.heading}</span
          ><span class="chevron" aria-hidden="true"></span>
        </button>`,
      )}
      <div class="theme-panel" id=${panelId} ?hidden=${!expanded}>${list}</div>
    </section>`
  }

  private renderView() {
    const lang = this.contentLang
    const variant = parseVariant(this.variant) ?? 'full'
    const level = parseHeadingLevel(this.headingLevel)
    const slug = this.shownSlug
    const follow = this.follow.state
    // Said also when the card falls back to its own focus-area, which would hide a misspelt for.
    const forNotFound =
      follow.kind === 'missing' && renderProblem(linkText(lang, 'forNotFound', {id: follow.id}))
    if (!slug) {
      if (forNotFound) return forNotFound
      if (follow.kind === 'following') {
        return html`<div class="card" part="card">
          <p class="summary" part="summary">${linkText(lang, 'chooseInWheel')}</p>
        </div>`
      }
      return renderProblem(
        cardText(lang, 'missingAttribute', {name: 'focus-area', example: EXAMPLE}),
      )
    }
    const view = this.query.view
    switch (view.state) {
      case 'idle':
      case 'loading':
        return this.renderSkeleton(variant)
      case 'error':
        return renderError(lang, view.error, () => this.retry())
      case 'ready': {
        const area = this.focusAreaOf(view.value)
        const sv = swedishTexts(view.value)
        if (!area) {
          return renderProblem(cardText(lang, 'focusAreaNotFound', {slug, example: EXAMPLE}))
        }
        return html`${forNotFound || nothing}${view.stale ? renderStaleNotice(lang) : nothing}${
          variant === 'compact'
            ? this.renderCompact(area, level, sv)
            : this.renderFull(area, level, sv)
        }`
      }
    }
  }

  /** What the status region says: the focus area the reader chose in the wheel, once shown. */
  private renderAnnouncement(): string {
    const view = this.query.view
    const lang = this.contentLang
    // Set with `announceIn`, so there whenever `area` is.
    const choice = this.announced!
    const area = this.announceIn === lang && view.state === 'ready' && this.focusAreaOf(view.value)
    // Another card following the wheel said this choice: once is enough.
    if (!area || (speakers.get(choice) ?? this) !== this) return ''
    // Decided as the card says it, after the page's own listeners (which may show this card):
    // the first whose status region screen readers can hear claims the choice. One they cannot
    // (not shown, or inert or aria-hidden) says it to no one, and leaves the choice to another.
    // (Inert or aria-hidden in the card's own tree; not what a modal dialog blocks: a page that
    // opens one moves focus into it.)
    const region = this.renderRoot.querySelector<HTMLElement>('[part~=announcement]')
    if (!this.closest('[inert],[aria-hidden=true]') && region && audible(region)) {
      speakers.set(choice, this)
    }
    return cardText(lang, 'nowShowing', {title: area.title})
  }

  override render() {
    // Following a wheel, the card changes where the reader is not: the status region, there from
    // the start so that screen readers say what comes into it, tells them what it shows now.
    return html`${renderAttributeProblems(this, this.contentLang, [
      !parseVariant(this.variant) && ['variant', this.variant, 'variant="compact"'],
      wrongHrefTemplate(this.hrefTemplate, '/innovation/{slug}'),
    ])}${this.renderView()}${
      this.htmlFor
        ? html`<p class="visually-hidden" part="announcement" role="status">
            ${this.renderAnnouncement()}
          </p>`
        : nothing
    }`
  }
}

// The default content, shown when no Sanity project is configured: this element's query only.
bundleContent('focusArea', focusArea)
defineElement('ijh-focus-area-card', IjhFocusAreaCard)

declare global {
  interface HTMLElementTagNameMap {
    'ijh-focus-area-card': IjhFocusAreaCard
  }
}
