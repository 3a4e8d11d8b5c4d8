import {html, nothing, type PropertyValues, type TemplateResult} from 'lit'
import {property, query, state} from 'lit/decorators.js'
import {keyed} from 'lit/directives/keyed.js'
import {live} from 'lit/directives/live.js'
import {bundleContent} from '../data/bundled-source'
import {supportFinder} from '../data/generated/supportFinder.js'
import {QueryController} from '../data/query-controller'
import type {Lang} from '../data/source'
import {parseHeadingLevel, type WrongValue} from '../shared/attributes'
import {loadingText} from '../i18n/strings'
import {isLanguageLoaded, translate} from '../i18n/translate'
import {encodeText, list, record, text, trimmed, uniqueKey} from '../shared/content'
import {inSwedish, langOf, paragraphs, swedishTexts} from '../shared/fallback'
import {heading} from '../shared/heading'
import {IjhElement} from '../shared/ijh-element'
import {sharedStyles} from '../shared/shared.styles'
import {
  renderAttributeProblems,
  renderError,
  renderProblem,
  renderStaleNotice,
} from '../shared/states'
import {
  EMPTY_FILTERS,
  FACET_KEYS,
  evaluate,
  facetOptions,
  hasFilters,
  mergeFilters,
  normalizeOffers,
  optionCount,
  sanitizeFilters,
  suggestRemovals,
  toggleOption,
  type Evaluation,
  type FacetKey,
  type FacetOption,
  type Filters,
  type FinderData,
  type FinderOffer,
  type Suggestion,
} from './facets'
import {describeStatus, parseHideFacets, parseMode} from './format'
import {safeHref} from '../shared/safe-href'
import {
  baseOrder,
  buildSearchIndex,
  fold,
  rankResults,
  type BaseOrder,
  type SearchIndex,
} from './search'
import {supportFinderStyles} from './support-finder.styles'
import {finderStrings, type FinderMessage} from './support-finder.strings'
import {
  FACET_PARAMS,
  cleanQuery,
  parseSlugList,
  parseUrlState,
  splitList,
  sameUrlState,
  urlPrefix,
  writeUrlState,
} from './url-state'
import {defineElement} from '../shared/define'

export type {FacetKey, Filters} from './facets'
export type {FinderMode} from './format'

/** How many result cards are shown at first, and how many more each “Visa fler” shows. */
export const PAGE_SIZE = 30

/** How long the live region waits for the reader to stop changing things before it speaks. */
export const ANNOUNCE_DELAY = 700

/** The finders on the page, to tell when two keep their state under the same URL parameters. */
const connectedFinders = new Set<IjhSupportFinder>()
const warnedPrefixes = new Set<string>()

function warnOnSharedUrlState(): void {
  const seen = new Set<string>()
  for (const finder of connectedFinders) {
    const prefix = urlPrefix(finder.urlKey)
    if (seen.has(prefix) && !warnedPrefixes.has(prefix)) {
      warnedPrefixes.add(prefix)
      console.warn(
        `ijh-support-finder: two finders on this page keep their filters in the same URL parameters (${prefix}…), so a shared link or a reload gives both the same filters. Give each its own url-key, e.g. url-key="almi".`,
      )
    }
    seen.add(prefix)
  }
}

/** The questions of guided mode, in order, and the facet each answers. */
const GUIDED_QUESTIONS: readonly {facet: FacetKey; question: FinderMessage}[] = [
  {facet: 'need', question: 'guidedNeed'},
  {facet: 'municipality', question: 'guidedMunicipality'},
  {facet: 'stage', question: 'guidedStage'},
]

/** The facets of guided mode's questions, unanswered (written out: deriving it costs bytes). */
const UNANSWERED = {need: [], municipality: [], stage: []}

/** An example value for each preset attribute, for the message about a wrong one. */
const PRESET_EXAMPLES: Record<FacetKey, string> = {
  need: 'need="finansiering"',
  stage: 'stage="nystartat"',
  targetGroup: 'target-group="foretag"',
  sector: 'sector="it"',
  municipality: 'municipality="krokom"',
  provider: 'provider="almi-mitt"',
}

/** What the finder reports to the host page after each change the reader makes. */
export interface SupportFinderChangeDetail {
  /** Every facet's selection, presets included. */
  filters: Filters
  /** The search text. */
  query: string
  /** The number of results. */
  count: number
}

/** Fired when the reader changes a filter or the search (never on load or a programmatic change). */
export class IjhSupportFinderChangeEvent extends Event {
  static readonly eventName = 'ijh-support-finder-change'

  constructor(readonly detail: SupportFinderChangeDetail) {
    super(IjhSupportFinderChangeEvent.eventName, {bubbles: true, composed: true})
  }
}

interface Model {
  data: FinderData
  lang: Lang
  offers: FinderOffer[]
  options: Record<FacetKey, FacetOption[]>
  labels: Record<FacetKey, Map<string, string>>
  index: SearchIndex
  /** The offers' order with no query (`baseOrder`). */
  order: BaseOrder
  /** The texts given in Swedish for want of English, marked `lang="sv"` (WCAG 3.1.2). */
  swedish: ReadonlySet<string>
}

/**
 * A question guided mode asks, with the answers it offers and the reader's answers among them
 * (`kept`: several, chosen in the filter panel or the address, are shown as one answer).
 */
interface GuidedQuestion {
  facet: FacetKey
  question: FinderMessage
  answers: FacetOption[]
  kept: string[]
}

interface Outcome {
  filters: Filters
  evaluation: Evaluation
  results: FinderOffer[]
}

/**
 * @summary A finder over the region's innovation support offers: facets with counts, free-text
 * search, shareable URL state, result cards that expand in place, a guided mode with up to three
 * plain questions, and partner presets. It always shows a human way in: the regional entry point
 * and the chosen municipality's business office.
 *
 * Facet semantics: options within a facet are alternatives, facets narrow each other. An offer
 * that lists no sectors is open to every sector, so it matches any sector filter.
 *
 * State lives in the page URL in parameters prefixed `ijh-sf-` (e.g.
 * `?ijh-sf-need=finansiering,radgivning&ijh-sf-q=mentor`); filters push a history entry, typing
 * replaces it, and the back button restores the previous search.
 *
 * @fires {IjhSupportFinderChangeEvent} ijh-support-finder-change - The reader changed a filter or
 * the search; `detail` holds `{filters, query, count}`. Not fired on load, on the back button or
 * on a programmatic change.
 *
 * @csspart header - The heading, introduction and search.
 * @csspart title - The finder's heading (at `heading-level`).
 * @csspart search - The search field.
 * @csspart skip-to-results - The button past the filters to the results, shown while it has focus (wide screens).
 * @csspart filters-toggle - The button that shows the filters on narrow screens.
 * @csspart filters - The filter panel.
 * @csspart facet - One facet's fieldset.
 * @csspart chips - The list of selected filters.
 * @csspart chip - One selected filter's remove button.
 * @csspart clear-all - The "Rensa alla" button.
 * @csspart share-button - The "Dela sökning" button.
 * @csspart result-count - The heading with the number of results.
 * @csspart results - The list of result cards.
 * @csspart show-more - The button that shows the next result cards.
 * @csspart card - One result card.
 * @csspart card-title - A card's title.
 * @csspart status - A card's status (open, upcoming, closed).
 * @csspart card-toggle - The button that expands a card.
 * @csspart suggestions - The zero-result suggestions.
 * @csspart help - The human way in: the regional entry point and the municipality's office.
 * @csspart help-heading - The help box's heading.
 * @csspart guided - The guided mode's question.
 * @csspart question - The guided mode's question heading.
 * @csspart answers-heading - The heading above the guided mode's answers, with the results.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The message shown when content cannot be loaded or an attribute is wrong.
 * @csspart retry-button - The error message's retry button.
 * @csspart stale-notice - The note shown above content that could not be refreshed.
 *
 * @cssproperty [--ijh-support-finder-accent=var(--ijh-color-accent, #005a7a)] - Buttons, links, selected chips and the cards' edge.
 * @cssproperty [--ijh-support-finder-accent-contrast=var(--ijh-color-accent-contrast, #ffffff)] - Text on the accent.
 * @cssproperty [--ijh-support-finder-background=var(--ijh-color-surface, #ffffff)] - The finder's background.
 * @cssproperty [--ijh-support-finder-panel-background=var(--ijh-color-surface-alt, #f3f5f7)] - The filter panel, the help box and the guided answers.
 * @cssproperty [--ijh-support-finder-card-background=var(--ijh-color-surface, #ffffff)] - Result cards, fields, outlined buttons and the no-results suggestions.
 * @cssproperty [--ijh-support-finder-border-color=var(--ijh-color-border, #8a969f)] - Borders.
 * @cssproperty [--ijh-support-finder-heading-color=var(--ijh-color-text, #1d2327)] - Headings.
 * @cssproperty [--ijh-support-finder-font-family=var(--ijh-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif)] - The finder's font.
 * @cssproperty [--ijh-support-finder-filters-width=17rem] - The filter column on wide screens.
 * @cssproperty [--ijh-support-finder-max-width=72rem] - The finder's greatest width.
 * @cssproperty [--ijh-support-finder-min-height=40rem] - Space kept while loading.
 * @cssproperty [--ijh-support-finder-open-color=#1e6b34] - The status of an open offer (set it for dark themes).
 * @cssproperty [--ijh-support-finder-upcoming-color=#7a4b00] - The status of an offer that opens later (set it for dark themes).
 *
 * @tag ijh-support-finder
 */
export class IjhSupportFinder extends IjhElement {
  static override styles = [sharedStyles, supportFinderStyles]

  /** `browse` (default): facets and search; `guided`: up to three questions first, then the results. */
  @property({attribute: 'mode', reflect: true}) mode: 'browse' | 'guided' = 'browse'

  /** Fixes the support-type facet, e.g. `finansiering` (several: `finansiering,radgivning`). */
  @property({attribute: 'need', reflect: true}) need?: string

  /** Fixes the business-stage facet, e.g. `nystartat`. */
  @property({attribute: 'stage', reflect: true}) stage?: string

  /** Fixes the target-group facet, e.g. `foretag`. */
  @property({attribute: 'target-group', reflect: true}) targetGroup?: string

  /** Fixes the sector facet, e.g. `it`. */
  @property({attribute: 'sector', reflect: true}) sector?: string

  /** Fixes the municipality facet, e.g. `krokom`. */
  @property({attribute: 'municipality', reflect: true}) municipality?: string

  /** Fixes the provider facet, e.g. `almi-mitt`. */
  @property({attribute: 'provider', reflect: true}) provider?: string

  /**
   * Facets not to show: their names (`provider municipality target-group`), or empty to hide
   * every facet a preset fixes.
   */
  @property({attribute: 'hide-facets', reflect: true}) hideFacets?: string

  /** The level of the finder's heading (1–6); results and cards use the levels below it, down to 6. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 2

  /**
   * A name for this finder's state in the page's address, for a page with more than one finder:
   * `url-key="almi"` keeps it in `?ijh-sf-almi-need=…` rather than `?ijh-sf-need=…`.
   */
  @property({attribute: 'url-key', reflect: true}) urlKey?: string

  /**
   * The finder's heading, e.g. a partner's `Almis stöd för ditt företag`; by default "Hitta stöd
   * för din idé eller verksamhet" ("Find support for your idea or business"). It names the
   * finder's search too, so that two finders on a page can be told apart.
   */
  @property({attribute: 'label'}) label?: string

  @query('#results-heading') private resultsHeading?: HTMLElement
  @query('#guided-question') private guidedHeading?: HTMLElement

  /** The reader's own selections (presets are kept apart). */
  @state() private userFilters: Filters = EMPTY_FILTERS
  @state() private searchText = ''
  /** Ids of the expanded cards. */
  @state() private expanded: ReadonlySet<string> = new Set()
  /** Whether the filter disclosure is open (narrow screens). */
  @state() private filtersOpen = false
  /** Guided mode: the question shown (0–2), or 3 for the results. */
  @state() private guidedStep = 0
  /** The live region's text. */
  @state() private announcement = ''
  /** The share button's outcome. */
  @state() private shared: 'idle' | 'copied' | 'fallback' = 'idle'

  /**
   * Guided mode: the several answers (chosen in the filter panel, the address or by a script) the
   * question shown has held since the reader came to it or the filters were last set from outside.
   * They stay one choice among the answers while the question is shown, also when the reader tries
   * another: were they to go, the list would shift under the reader's focus. Kept by the render
   * that shows them; cleared by what sets the filters from outside and by a question change.
   */
  private several?: {facet: FacetKey; kept: readonly string[]}

  /** How many times the link was copied: each time is said, also the same words again. */
  @state() private copies = 0
  /** How many result cards are shown. */
  @state() private shown = PAGE_SIZE
  /** The page is being printed: every card's panel is built, as print shows them all. */
  @state() private printing = false

  private readonly query = new QueryController(this, {
    name: 'supportFinder',
    source: () => this.resolveDataSource(),
    params: () => ({lang: this.contentLang}),
    // The facets and the search index are built as the content arrives, and the first render
    // waits for the next task: two shorter tasks rather than one long one, so that a click or a
    // key on the page is not kept waiting (Total Blocking Time, INP).
    prepare: (data) => {
      this.getModel(data)
      return new Promise((resolve) => setTimeout(resolve))
    },
  })

  private model?: Model
  private outcomeCache?: {key: unknown[]; outcome: Outcome}
  private announceTimer?: ReturnType<typeof setTimeout>
  private pendingEvent = false
  /** The URL prefix the state was last read under. */
  private readPrefix?: string
  /**
   * The address's query as this finder last read it, wrote it or left it (disconnected). The same
   * query after Back is a fragment's history entry: guided answers not yet in the address stay.
   */
  private address?: string

  override connectedCallback(): void {
    super.connectedCallback()
    connectedFinders.add(this)
    window.addEventListener('popstate', this.onPopState)
    window.addEventListener('beforeprint', this.onPrint)
    window.addEventListener('afterprint', this.onPrint)
    // Back after the address changed while it was away (a framework keeping it across routes):
    // as after Back. A plain move keeps what the reader chose.
    if (this.readPrefix !== undefined) this.onPopState()
    // Moved while an announcement (and a typing change's event) waited: they come after all.
    if (this.announceTimer !== undefined) this.scheduleAnnouncement()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    connectedFinders.delete(this)
    window.removeEventListener('popstate', this.onPopState)
    window.removeEventListener('beforeprint', this.onPrint)
    window.removeEventListener('afterprint', this.onPrint)
    this.address = location.search
    // Kept, not forgotten: connected again (moved), the element announces it then.
    clearTimeout(this.announceTimer)
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode') && changed.get('mode') !== undefined) {
      this.guidedStep = 0
      this.several = undefined
    }
    // The state in the address is read at the first update, once a url-key set before the element
    // was defined is in place, not at each connection: a move keeps what the reader chose. A
    // url-key given later (by a script, by React) names this finder's state in the address: read
    // it under that name. Only then can two finders be said to share one.
    if (urlPrefix(this.urlKey) !== this.readPrefix) {
      this.readUrl()
      // A state in the address is a result to show: guided mode starts at the results.
      const found = hasFilters(this.userFilters) || !!this.searchText
      if (found || this.hasUpdated) this.guidedStep = found ? GUIDED_QUESTIONS.length : 0
    }
    if (!this.hasUpdated || changed.has('urlKey')) warnOnSharedUrlState()
  }

  /** Before printing, and after: renders before the page is laid out for print. */
  private readonly onPrint = (event: Event) => {
    this.printing = event.type === 'beforeprint'
  }

  private readonly onPopState = () => {
    if (location.search === this.address) return
    const before = {filters: this.userFilters, query: this.searchText}
    this.readUrl()
    // Another finder's state, or the page's own parameters: nothing changed here, so nothing to
    // say or reset.
    if (sameUrlState(before, {filters: this.userFilters, query: this.searchText})) return
    this.shared = 'idle'
    this.shown = PAGE_SIZE
    // A typing change not yet reported is not reported as the navigated-to state.
    this.pendingEvent = false
    this.scheduleAnnouncement()
  }

  private readUrl(): void {
    this.readPrefix = urlPrefix(this.urlKey)
    const parsed = parseUrlState(window.location.search, this.readPrefix)
    this.userFilters = parsed.filters
    this.searchText = parsed.query
    this.several = undefined
    this.address = location.search
  }

  private writeUrl(push: boolean): void {
    const model = this.model
    const filters = model ? sanitizeFilters(this.userFilters, model.options) : this.userFilters
    const fixed = this.fixedFilters()
    const own = {...filters} as Record<FacetKey, readonly string[]>
    for (const key of FACET_KEYS) if (fixed[key]?.length) own[key] = []
    const search = writeUrlState(
      window.location.search,
      {filters: own, query: this.searchText},
      urlPrefix(this.urlKey),
    )
    if (search !== location.search) {
      const url = `${location.pathname}${search}${location.hash}`
      if (push) history.pushState(history.state, '', url)
      else history.replaceState(history.state, '', url)
    }
    this.address = location.search
  }

  /** Records a change the reader made: URL, live region and event. */
  private changed({push, debounceEvent = false}: {push: boolean; debounceEvent?: boolean}): void {
    this.writeUrl(push)
    this.shared = 'idle'
    this.shown = PAGE_SIZE
    if (debounceEvent) this.pendingEvent = true
    else this.emitChange()
    this.scheduleAnnouncement()
  }

  /**
   * Announces the result count (or that nothing matches) once the reader has paused, and fires a
   * typing change's event then.
   */
  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer)
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined
      const outcome = this.outcome()
      if (!outcome) return
      if (this.pendingEvent) this.emitChange()
      const text = this.countText(outcome.results.length, true)
      // The same words again would not be read out: a no-break space makes them new.
      this.announcement = this.announcement === text ? `${text}\u00a0` : text
    }, ANNOUNCE_DELAY)
  }

  private emitChange(): void {
    this.pendingEvent = false
    const outcome = this.outcome()
    if (!outcome) return
    const event = new IjhSupportFinderChangeEvent({
      filters: outcome.filters,
      query: cleanQuery(this.searchText),
      count: outcome.results.length,
    })
    this.dispatchEvent(event)
  }

  private afterRender(focus: () => HTMLElement | null | undefined): void {
    void this.updateComplete.then(() => focus()?.focus())
  }

  private onToggleOption(key: FacetKey, slug: string, event: Event): void {
    const on = (event.target as HTMLInputElement).checked
    this.userFilters = toggleOption(this.userFilters, key, slug, on)
    this.changed({push: true})
  }

  private onSearchInput(event: Event): void {
    this.searchText = (event.target as HTMLInputElement).value
    this.changed({push: false, debounceEvent: true})
  }

  private onSearchSubmit(event: Event): void {
    event.preventDefault()
    this.afterRender(() => this.resultsHeading)
  }

  private removeFilter(key: FacetKey | 'query', slug: string | undefined, chip: HTMLElement): void {
    // Focus moves to the next chip, else the previous one, else the results heading.
    const chips = [...(this.renderRoot.querySelectorAll<HTMLElement>('[part~="chip"]') ?? [])]
    const position = chips.indexOf(chip)
    if (key === 'query') this.searchText = ''
    else if (slug) this.userFilters = toggleOption(this.userFilters, key, slug, false)
    else this.userFilters = {...this.userFilters, [key]: []}
    this.changed({push: true})
    this.afterRender(() => {
      const left = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="chip"]')]
      return left[Math.min(position, left.length - 1)] ?? this.resultsHeading
    })
  }

  private clearAll(): void {
    this.userFilters = EMPTY_FILTERS
    this.searchText = ''
    this.changed({push: true})
    this.afterRender(() => this.resultsHeading)
  }

  private applySuggestion(suggestion: Suggestion): void {
    if (suggestion.remove === 'query') this.searchText = ''
    else this.userFilters = {...this.userFilters, [suggestion.remove]: []}
    this.changed({push: true})
    this.afterRender(() => this.resultsHeading)
  }

  private toggleCard(id: string, focusToggle: boolean): void {
    const next = new Set(this.expanded)
    const opening = !next.has(id)
    if (opening) next.add(id)
    else next.delete(id)
    this.expanded = next
    void this.updateComplete.then(() => {
      const toggle = this.renderRoot.querySelector<HTMLElement>(
        `[part~="card-toggle"][data-id="${CSS.escape(id)}"]`,
      )
      if (focusToggle) toggle?.focus()
      const panel = this.renderRoot.querySelector(`#${CSS.escape(panelId(id))}`)
      if (opening && toggle && panel) {
        // As much of the panel as the window holds, but never the button out of view (it has
        // focus): a panel taller than the window, with its button, is scrolled to the button.
        // The window is less the page's scroll-padding-top, a sticky header's (docs/embedding.md):
        // computed in px, but a percentage (of the window's height) stays one; calc() reads as 0.
        const height = panel.getBoundingClientRect().bottom - toggle.getBoundingClientRect().top
        const padding = getComputedStyle(document.documentElement).scrollPaddingTop
        const header = (parseFloat(padding) || 0) * (padding.endsWith('%') ? innerHeight / 100 : 1)
        const start = height > innerHeight - header
        ;(start ? toggle : panel).scrollIntoView?.({
          block: start ? 'start' : 'nearest',
          behavior: this.motion.reduced ? 'auto' : 'smooth',
        })
      }
    })
  }

  /** Wide screens: past the filters (dozens of checkboxes) to the results, from the keyboard. */
  private skipToResults(): void {
    this.resultsHeading?.focus()
  }

  /** Narrow screens: closes the filter disclosure and goes to the results. */
  private closeFilters(): void {
    this.filtersOpen = false
    this.afterRender(() => this.resultsHeading)
  }

  private showMore(): void {
    const first = this.shown
    this.shown += PAGE_SIZE
    // Focus moves to the first newly shown card's title, so reading goes on from there.
    this.afterRender(
      () => this.renderRoot.querySelectorAll<HTMLElement>('[part~="card-title"]')[first],
    )
  }

  private async share(): Promise<void> {
    const url = window.location.href
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard')
      await navigator.clipboard.writeText(url)
      this.shared = 'copied'
      this.copies++
    } catch {
      this.shared = 'fallback'
      await this.updateComplete
      const field = this.renderRoot.querySelector<HTMLInputElement>('#share-link')
      field?.focus()
      field?.select()
    }
  }

  private guidedAnswer(facet: FacetKey, slugs: readonly string[]): void {
    this.userFilters = {...this.userFilters, [facet]: slugs}
  }

  /** Goes to a question, or past the last one (`GUIDED_QUESTIONS.length`) to the results. */
  private guidedGo(step: number): void {
    this.guidedStep = step
    this.several = undefined
    if (step < GUIDED_QUESTIONS.length) {
      this.afterRender(() => this.guidedHeading)
      return
    }
    // To the results, what the questions showed is what the reader's filters hold: answers
    // dropped (shown as "Vet inte") are cleared, with those to a question left out. Until then
    // they are kept: going back to the earlier answer brings them back.
    if (this.model) {
      const filters: Record<FacetKey, readonly string[]> = {...this.userFilters, ...UNANSWERED}
      for (const {facet, kept} of this.guidedQuestions(this.model, this.filters)) {
        filters[facet] = kept
      }
      this.userFilters = filters
    }
    this.changed({push: true})
    this.afterRender(() => this.resultsHeading)
  }

  /** Loads the content again, e.g. after a failure. */
  retry(): void {
    this.query.retry()
  }

  /** The reader's filters and search, with presets applied (after the content has loaded). */
  get filters(): Filters {
    return this.outcome()?.filters ?? mergeFilters(this.userFilters, this.fixedFilters())
  }

  /** Sets the reader's filters and search from a script: no event, no history entry. */
  // The type is written out for the manifest and the docs, which do not infer it.
  setSearch(filters: Partial<Filters>, query: string = ''): void {
    this.userFilters = {...EMPTY_FILTERS, ...filters}
    this.searchText = cleanQuery(query)
    this.several = undefined
    this.shown = PAGE_SIZE
    // The reader's typing, not yet reported, is replaced: its event must not carry this state.
    this.pendingEvent = false
    this.writeUrl(false)
  }

  /** The preset for a facet: each facet's preset property is named as the facet. */
  private presetAttribute(key: FacetKey): string | undefined {
    return this[key]
  }

  /**
   * The facets the presets fix, with their known values only (once loaded). A preset none of
   * whose values is known (misspelt, no slug at all such as `Åre`, or a provider with no offers
   * now) keeps its facet fixed to what was written, which matches nothing: a partner's finder
   * never opens up to every provider's offers. The reader is told which value (`attributeProblems`).
   */
  private fixedFilters(): Partial<Record<FacetKey, string[]>> {
    const fixed: Partial<Record<FacetKey, string[]>> = {}
    for (const key of FACET_KEYS) {
      const written = this.presetAttribute(key)
      let slugs = parseSlugList(written)
      if (this.model) {
        const known = new Set(this.model.options[key].map((option) => option.slug))
        const usable = slugs.filter((slug) => known.has(slug))
        slugs = usable.length ? usable : splitList(written).map(fold)
      }
      if (slugs.length) fixed[key] = slugs
    }
    return fixed
  }

  /**
   * Guided mode's questions, each with the answers that lead to offers: counted with the presets,
   * the search, the reader's other filters (chosen in the results, or in the address) and the
   * answers before it, never the answers after it (going back, every answer that fits the earlier
   * ones is offered). An answer given that leads to no offers any more is not among `kept` (nor
   * counted for the questions after it). A question with no such answer (presets matching no
   * offer) is left out, and the progress counts what is left.
   */
  private guidedQuestions(model: Model, answered: Filters): GuidedQuestion[] {
    const fixed = this.fixedFilters()
    const scores = model.index.search(this.searchText)
    // The questions' facets (GUIDED_QUESTIONS) unanswered, the presets in their place.
    let filters = mergeFilters({...answered, ...UNANSWERED}, fixed)
    const questions: GuidedQuestion[] = []
    for (const question of GUIDED_QUESTIONS) {
      const {facet} = question
      if (fixed[facet]) continue
      const evaluation = evaluate(model.offers, filters, scores)
      const answers = model.options[facet].filter(
        (option) => optionCount(evaluation, facet, option.slug) > 0,
      )
      // An answer that leads to no offers now (an answer before it was changed) is not kept:
      // shown as skipped, and dropped from the reader's filters on the way to the results.
      const kept = answered[facet].filter((slug) => answers.some((a) => a.slug === slug))
      if (answers.length) questions.push({...question, answers, kept})
      filters = {...filters, [facet]: kept}
    }
    return questions
  }

  private getModel(data: FinderData): Model {
    const lang = this.contentLang
    if (this.model?.data === data && this.model.lang === lang) return this.model
    const offers = normalizeOffers(data?.offers)
    const options = facetOptions(data, lang)
    const labels = Object.fromEntries(
      FACET_KEYS.map((key) => [key, new Map(options[key].map((o) => [o.slug, o.label]))]),
    ) as Record<FacetKey, Map<string, string>>
    const label = (key: FacetKey, slugs: readonly string[]) =>
      slugs.map((slug) => labels[key].get(slug) ?? '').join(' ')
    const index = buildSearchIndex(
      offers.map((offer) => [
        {text: offer.title, weight: 4},
        {text: trimmed(record(offer.raw.provider)?.name), weight: 2},
        {text: trimmed(offer.raw.summary), weight: 1},
        ...FACET_KEYS.filter((key) => key !== 'provider').map((key) => ({
          text: label(key, offer.facets[key]),
          weight: 1,
        })),
      ]),
    )
    this.model = {
      data,
      lang,
      offers,
      options,
      labels,
      index,
      order: baseOrder(offers, lang),
      swedish: swedishTexts(data),
    }
    this.outcomeCache = undefined
    return this.model
  }

  /** The current results, counts and effective filters; `undefined` before content loads. */
  private outcome(): Outcome | undefined {
    const view = this.query.view
    if (view.state !== 'ready') return undefined
    const model = this.getModel(view.value)
    const fixedKey = JSON.stringify(this.fixedFilters())
    const key = [model, this.userFilters, this.searchText, fixedKey]
    if (this.outcomeCache?.key.every((part, i) => part === key[i])) return this.outcomeCache.outcome
    const filters = mergeFilters(
      sanitizeFilters(this.userFilters, model.options),
      this.fixedFilters(),
    )
    const scores = model.index.search(this.searchText)
    const evaluation = evaluate(model.offers, filters, scores)
    const results = rankResults(evaluation.results, scores, model.order).map(
      (index) => model.offers[index]!,
    )
    const outcome = {filters, evaluation, results}
    this.outcomeCache = {key, outcome}
    return outcome
  }

  private s(key: FinderMessage, values: Record<string, string | number> = {}): string {
    return translate(finderStrings, this.contentLang, key, values)
  }

  private countText(count: number, sentence = false): string {
    if (sentence && count === 0) return this.s('noResults')
    return count === 1 ? this.s('resultsOne') : this.s('resultsMany', {count})
  }

  /** Messages about attributes that could not be read, naming the attribute and an example. */
  private attributeProblems(model: Model | undefined): TemplateResult[] {
    const wrong: WrongValue[] = []
    const unmatched: string[] = []
    if (!parseMode(this.mode)) wrong.push(['mode', this.mode, 'mode="guided"'])
    for (const name of parseHideFacets(this.hideFacets, []).unknown) {
      wrong.push(['hide-facets', name, 'hide-facets="provider municipality"'])
    }
    if (model) {
      for (const key of FACET_KEYS) {
        const known = new Set(model.options[key].map((option) => option.slug))
        // Every item the finder cannot use, also one that is no slug at all (`Åre`). A provider
        // is known by its offers, so one may be right and have none at the moment; the other
        // facets' values are the content's own, so one that is not there is wrong.
        for (const item of splitList(this.presetAttribute(key))) {
          if (known.has(fold(item))) continue
          if (key !== 'provider') wrong.push([FACET_PARAMS[key], item, PRESET_EXAMPLES[key]])
          else {
            unmatched.push(
              this.s('presetUnmatched', {
                name: FACET_PARAMS[key],
                value: item,
                example: PRESET_EXAMPLES[key],
              }),
            )
          }
        }
      }
    }
    return [
      ...renderAttributeProblems(this, this.contentLang, wrong),
      ...unmatched.map(renderProblem),
    ]
  }

  private renderSkeleton(level: number): TemplateResult {
    return html`<div
      class="finder loading ${this.motion.reduced ? 'reduce-motion' : ''}"
      part="skeleton"
      aria-busy="true"
    >
      <span class="visually-hidden" role="status">${loadingText(this.contentLang)}</span>
      ${heading(
        level,
        {className: 'title', part: 'title'},
        // Never a Swedish heading on an English finder while its strings are on their way; the
        // space keeps the heading's height.
        this.label?.trim() ||
          (isLanguageLoaded(this.contentLang, finderStrings) ? this.s('heading') : '\u00a0'),
      )}
      <span class="skeleton bar"></span>
      <div class="layout">
        <div class="skeleton panel"></div>
        <div>
          <span class="skeleton card"></span><span class="skeleton card"></span
          ><span class="skeleton card"></span>
        </div>
      </div>
    </div>`
  }

  private renderLiveRegion(): TemplateResult {
    return html`<p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      ${this.announcement}
    </p>`
  }

  private renderSearch(): TemplateResult {
    // A search landmark named by its label, apart from the site's own search (and unnamed ones),
    // and by the finder's own heading when it has one, apart from another finder's.
    return html`<form
      class="search"
      role="search"
      aria-labelledby=${this.label?.trim() ? 'search-label finder-title' : 'search-label'}
      @submit=${this.onSearchSubmit}
    >
      <label id="search-label" for="search">${this.s('searchLabel')}</label>
      <p class="hint" id="search-hint">${this.s('searchHint')}</p>
      <input
        id="search"
        part="search"
        type="search"
        autocomplete="off"
        maxlength="200"
        aria-describedby="search-hint"
        .value=${live(this.searchText)}
        @input=${this.onSearchInput}
      />
    </form>`
  }

  private renderFacet(
    model: Model,
    outcome: Outcome,
    key: FacetKey,
    fixed: readonly string[] | undefined,
  ): TemplateResult {
    const selected = new Set(outcome.filters[key])
    const options = fixed
      ? model.options[key].filter((option) => fixed.includes(option.slug))
      : model.options[key]
    if (!options.length) return html``
    return html`<fieldset class="facet" part="facet" data-facet=${key}>
      <legend>${this.s(`facet_${key}`)}</legend>
      <ul>
        ${options.map((option) => {
          const count = optionCount(outcome.evaluation, key, option.slug)
          const id = `option-${key}-${idPart(option.slug)}`
          return html`<li class=${count === 0 && !selected.has(option.slug) ? 'zero' : ''}>
            <input
              type="checkbox"
              id=${id}
              .checked=${live(selected.has(option.slug))}
              ?disabled=${!!fixed}
              @change=${(event: Event) => this.onToggleOption(key, option.slug, event)}
            />
            <label for=${id}
              >${inSwedish(model.swedish, option.label)}<span class="count" aria-hidden="true">
                (${count})</span
              ><span class="visually-hidden"
                >,
                ${
                  count === 1
                    ? this.s('optionCountOne')
                    : count
                      ? this.s('optionCount', {count})
                      : this.s('optionNone')
                }</span
              ></label
            >
          </li>`
        })}
      </ul>
    </fieldset>`
  }

  private renderFilters(model: Model, outcome: Outcome, hidden: Set<FacetKey>): TemplateResult {
    const fixed = this.fixedFilters()
    const shown = FACET_KEYS.filter((key) => !hidden.has(key))
    const selectedCount = FACET_KEYS.reduce(
      (sum, key) => sum + (fixed[key] ? 0 : outcome.filters[key].length),
      0,
    )
    // Nothing to skip when every facet is hidden.
    return html`<div class="filters-area">
      ${
        shown.length
          ? html`<button
              class="skip"
              part="skip-to-results"
              type="button"
              @click=${this.skipToResults}
            >
              ${this.s('skipToResults', {count: this.countText(outcome.results.length)})}
            </button>`
          : nothing
      }
      <button
        class="filters-toggle"
        part="filters-toggle"
        type="button"
        aria-expanded=${this.filtersOpen}
        aria-controls="filters"
        @click=${() => (this.filtersOpen = !this.filtersOpen)}
      >
        ${
          selectedCount === 1
            ? this.s('filtersToggleActiveOne')
            : selectedCount
              ? this.s('filtersToggleActive', {count: selectedCount})
              : this.s('filtersToggle')
        }
        <span class="chevron" aria-hidden="true"></span>
      </button>
      <div
        id="filters"
        class="filters ${this.filtersOpen ? 'open' : ''}"
        part="filters"
        role="group"
        aria-label=${this.s('filters')}
      >
        ${shown.map((key) => this.renderFacet(model, outcome, key, fixed[key]))}
        <button class="filters-done primary" type="button" @click=${this.closeFilters}>
          ${this.s('showResults', {count: this.countText(outcome.results.length)})}
        </button>
      </div>
    </div>`
  }

  private chipLabel(model: Model, key: FacetKey, slug: string): string {
    return `${this.s(`chip_${key}`)}: ${model.labels[key].get(slug) ?? slug}`
  }

  private renderChips(model: Model, outcome: Outcome): TemplateResult {
    const fixed = this.fixedFilters()
    const chips: {key: FacetKey | 'query'; slug?: string; label: string}[] = []
    for (const key of FACET_KEYS) {
      if (fixed[key]) continue
      for (const slug of outcome.filters[key]) {
        chips.push({key, slug, label: this.chipLabel(model, key, slug)})
      }
    }
    const query = cleanQuery(this.searchText)
    if (query) chips.push({key: 'query', label: this.s('chip_query', {query})})
    if (!chips.length) return html``
    return html`<div class="chips-bar">
      <ul class="chips" part="chips" aria-label=${this.s('activeFilters')}>
        ${chips.map(
          (chip) =>
            html`<li>
              <button
                class="chip"
                part="chip"
                type="button"
                aria-label=${this.s('removeFilter', {label: chip.label})}
                @click=${(event: Event) =>
                  this.removeFilter(chip.key, chip.slug, event.currentTarget as HTMLElement)}
              >
                <span>${chip.label}</span><span class="x" aria-hidden="true">×</span>
              </button>
            </li>`,
        )}
      </ul>
      <button class="clear-all" part="clear-all" type="button" @click=${this.clearAll}>
        ${this.s('clearAll')}
      </button>
    </div>`
  }

  private renderShare(): TemplateResult {
    return html`<div class="share">
      <button
        class="share-button"
        part="share-button"
        type="button"
        @click=${() => void this.share()}
      >
        ${this.s('share')}
      </button>
      <span class="share-status" role="status"
        >${
          // The same words again would not be read out: every other time, a no-break space
          // makes them new.
          this.shared === 'copied'
            ? `${this.s('copied')}${this.copies % 2 ? '' : '\u00a0'}`
            : nothing
        }</span
      >
      ${
        this.shared === 'fallback'
          ? html`<p class="share-fallback">
              <label for="share-link">${this.s('copyFallback')}</label>
              <input id="share-link" type="text" readonly .value=${window.location.href} />
            </p>`
          : nothing
      }
    </div>`
  }

  private renderSuggestions(model: Model, outcome: Outcome): TemplateResult {
    const fixed = this.fixedFilters()
    const suggestions = suggestRemovals(
      outcome.evaluation,
      outcome.filters,
      !!cleanQuery(this.searchText),
      (key) => !fixed[key],
    )
    // Clearing every filter the reader can clear still leaves the presets.
    const total = evaluate(model.offers, mergeFilters(EMPTY_FILTERS, fixed), null).results.length
    const anyUser = FACET_KEYS.some((key) => !fixed[key] && outcome.filters[key].length)
    return html`<div class="suggestions" part="suggestions">
      <p class="no-results">
        <strong>${this.s(total ? 'noResults' : 'noOffers')}</strong>
      </p>
      ${
        suggestions.length
          ? html`<p>${this.s('suggestIntro')}</p>
              <ul>
                ${suggestions.map((suggestion) => {
                  const label =
                    suggestion.remove === 'query'
                      ? this.s('chip_query', {query: cleanQuery(this.searchText)})
                      : `${this.s(`chip_${suggestion.remove}`)}: ${outcome.filters[
                          suggestion.remove
                        ]
                          .map(
                            (slug) => model.labels[suggestion.remove as FacetKey].get(slug) ?? slug,
                          )
                          .join(', ')}`
                  return html`<li>
                    <button
                      class="suggestion"
                      type="button"
                      data-remove=${suggestion.remove}
                      @click=${() => this.applySuggestion(suggestion)}
                    >
                      ${this.s('suggestRemove', {label, count: suggestion.count})}
                    </button>
                  </li>`
                })}
              </ul>`
          : anyUser || cleanQuery(this.searchText)
            ? html`<button class="suggestion" type="button" @click=${this.clearAll}>
                ${this.s('suggestClear', {count: total})}
              </button>`
            : nothing
      }
    </div>`
  }

  private renderHelp(model: Model, outcome: Outcome, level: number): TemplateResult {
    const data = record(model.data)
    const entryPoint = record(data?.entryPoint)
    const entry = {name: trimmed(entryPoint?.name), website: entryPoint?.website}
    const chosen = outcome.filters.municipality
    const found =
      chosen.length === 1
        ? list(data?.municipalities)
            .map(record)
            .find((item) => item?.slug === chosen[0])
        : undefined
    const municipality = {
      businessOffice: trimmed(found?.businessOffice),
      website: found?.website,
    }
    const entryHref = safeHref(entry.website)
    const officeHref = safeHref(municipality.website)
    // A box in the finder, not a landmark of the page: several finders would repeat it.
    return html`<div class="help" part="help">
      ${heading(level, {className: 'help-heading', id: 'help-heading', part: 'help-heading'}, this.s('helpHeading'))}
      ${
        entry.name
          ? html`<p class="entry">${this.s('helpEntry', {name: entry.name})}</p>
              ${
                entryHref
                  ? html`<p><a href=${entryHref}>${this.s('website', {name: entry.name})}</a></p>`
                  : nothing
              }`
          : nothing
      }
      ${
        municipality.businessOffice
          ? html`<p class="office">
                ${this.s('helpOffice', {office: municipality.businessOffice})}
              </p>
              ${
                officeHref
                  ? html`<p>
                      <a href=${officeHref}
                        >${this.s('website', {name: municipality.businessOffice})}</a
                      >
                    </p>`
                  : nothing
              }`
          : nothing
      }
    </div>`
  }

  private renderTags(model: Model, offer: FinderOffer): TemplateResult {
    const rows: {key: FacetKey; values: string[]}[] = []
    for (const key of ['need', 'stage', 'targetGroup', 'sector', 'municipality'] as const) {
      const slugs = offer.facets[key]
      let values = slugs.map((slug) => model.labels[key].get(slug) ?? slug)
      if (key === 'sector' && !slugs.length) values = [this.s('everySector')]
      if (
        key === 'municipality' &&
        model.options.municipality.length > 1 &&
        model.options.municipality.every((option) => slugs.includes(option.slug))
      ) {
        values = [this.s('everyMunicipality')]
      }
      if (values.length) rows.push({key, values})
    }
    return html`<dl class="tags">
      ${rows.map(
        (row) =>
          html`<div>
            <dt>${this.s(`chip_${row.key}`)}</dt>
            <dd>${listed(model.swedish, row.values)}</dd>
          </div>`,
      )}
    </dl>`
  }

  private renderCard(model: Model, offer: FinderOffer, level: number): TemplateResult {
    const raw = offer.raw
    const lang = this.contentLang
    const sv = model.swedish
    const status = describeStatus(offer.status, text(raw.opensAt), text(raw.closesAt), lang)
    const open = this.expanded.has(offer.id)
    const provider = record(raw.provider)
    const providerName = trimmed(provider?.name)
    const contact = record(raw.contact)
    const actor = record(contact?.actor)
    const contactName = trimmed(contact?.label) || trimmed(actor?.name) || providerName
    const contactHref = safeHref(contact?.url) ?? safeHref(actor?.website)
    const panel = panelId(offer.id)
    const facts: [FinderMessage, string][] = [
      ['eligibility', trimmed(raw.eligibility)],
      ['covers', trimmed(raw.covers)],
      ['amount', trimmed(raw.amount)],
    ]
    return html`<li>
      <article class="card" part="card" data-slug=${offer.slug}>
        ${heading(level, {className: 'card-title', id: `title-${panel}`, part: 'card-title', focusable: true}, inSwedish(sv, offer.title))}
        ${
          providerName
            ? html`<p class="provider">${this.s('provider')}: ${inSwedish(sv, providerName)}</p>`
            : nothing
        }
        ${
          status
            ? html`<p class="status ${status.kind}" part="status" data-status=${status.kind}>
                ${status.text}
              </p>`
            : nothing
        }
        <dl class="facts">
          ${facts.map(([key, value]) =>
            value
              ? html`<div>
                  <dt>${this.s(key)}</dt>
                  <dd>${paragraphs(sv, value)}</dd>
                </div>`
              : nothing,
          )}
          ${
            contactName || contactHref
              ? html`<div>
                  <dt>${this.s('contact')}</dt>
                  <dd>
                    ${
                      contactHref
                        ? html`<a href=${contactHref}
                            >${inSwedish(sv, contactName) || contactHref}</a
                          >`
                        : inSwedish(sv, contactName)
                    }
                  </dd>
                </div>`
              : nothing
          }
        </dl>
        <button
          class="card-toggle"
          part="card-toggle"
          type="button"
          data-id=${offer.id}
          aria-expanded=${open}
          aria-controls=${panel}
          aria-describedby="title-${panel}"
          @click=${() => this.toggleCard(offer.id, false)}
        >
          ${this.s('showMore')}<span class="chevron" aria-hidden="true"></span>
        </button>
        <div class="panel" id=${panel} ?hidden=${!open}>
          ${open || this.printing ? this.renderPanel(model, offer, panel) : nothing}
        </div>
      </article>
    </li>`
  }

  /**
   * The rest of an offer, shown when its card is open or the page is printed. Built only then: it
   * is most of a card, and thirty closed cards need not build it on the finder's first render.
   */
  private renderPanel(model: Model, offer: FinderOffer, panel: string): TemplateResult {
    const raw = offer.raw
    const sv = model.swedish
    const provider = record(raw.provider)
    const providerName = trimmed(provider?.name)
    const providerHref = safeHref(provider?.website)
    const actions = list(raw.actions)
      .map((action) => trimmed(record(action)?.title))
      .filter(Boolean)
    const summary = trimmed(raw.summary)
    const howToApply = trimmed(raw.howToApply)
    return html`${
        summary
          ? html`<p class="label">${this.s('summary')}</p>
              ${paragraphs(sv, summary)}`
          : nothing
      }
      ${
        howToApply
          ? html`<p class="label">${this.s('howToApply')}</p>
              ${paragraphs(sv, howToApply)}`
          : nothing
      }
      <p class="label">${this.s('facetsOfOffer')}</p>
      ${this.renderTags(model, offer)}
      ${
        actions.length
          ? html`<p class="label">${this.s('strategyActions')}</p>
              <ul class="actions">
                ${actions.map((action) => html`<li lang=${langOf(sv, action)}>${action}</li>`)}
              </ul>`
          : nothing
      }
      ${
        providerHref && providerName
          ? html`<p>
              <a href=${providerHref}>${this.s('website', {name: providerName})}</a>
            </p>`
          : nothing
      }
      ${raw.isExample === true ? html`<p class="example">${this.s('example')}</p>` : nothing}
      <button
        class="show-less"
        type="button"
        aria-describedby="title-${panel}"
        @click=${() => this.toggleCard(offer.id, true)}
      >
        ${this.s('showLess')}
      </button>`
  }

  private renderResults(model: Model, outcome: Outcome, level: number): TemplateResult {
    const count = outcome.results.length
    return html`<div class="results-area">
      ${this.renderChips(model, outcome)}
      <div class="results-bar">
        ${heading(
          level + 1,
          {className: 'result-count', id: 'results-heading', part: 'result-count', focusable: true},
          this.s('resultsHeading', {count: this.countText(count)}),
        )}
        ${this.renderShare()}
      </div>
      ${
        count
          ? html`<ul class="results" part="results">
                ${outcome.results
                  .slice(0, this.shown)
                  .map((offer) => this.renderCard(model, offer, level + 2))}
              </ul>
              ${
                count > this.shown
                  ? html`<button
                      class="show-more"
                      part="show-more"
                      type="button"
                      @click=${this.showMore}
                    >
                      ${this.s('showMoreResults', {
                        count: Math.min(PAGE_SIZE, count - this.shown),
                        left: count - this.shown,
                      })}
                    </button>`
                  : nothing
              }`
          : this.renderSuggestions(model, outcome)
      }
      ${this.renderHelp(model, outcome, level + 1)}
    </div>`
  }

  private renderGuidedAnswers(
    model: Model,
    outcome: Outcome,
    questions: GuidedQuestion[],
    level: number,
  ): TemplateResult {
    if (!questions.length) return html``
    return html`<section class="answers" aria-labelledby="answers-heading">
      ${heading(
        level,
        {className: 'answers-heading', id: 'answers-heading', part: 'answers-heading'},
        this.s('guidedAnswers'),
      )}
      <dl>
        ${questions.map((question, step) => {
          const labels = outcome.filters[question.facet].map(
            (slug) => model.labels[question.facet].get(slug) ?? slug,
          )
          return html`<div>
            <dt>${this.s(question.question)}</dt>
            <dd>
              <span
                >${labels.length ? listed(model.swedish, labels) : this.s('guidedNoAnswer')}</span
              >
              <button
                class="link-button"
                type="button"
                data-step=${step}
                aria-label=${`${this.s('guidedChange')}: ${this.s(question.question)}`}
                @click=${() => this.guidedGo(step)}
              >
                ${this.s('guidedChange')}
              </button>
            </dd>
          </div>`
        })}
      </dl>
    </section>`
  }

  private renderGuidedQuestion(
    model: Model,
    questions: GuidedQuestion[],
    level: number,
  ): TemplateResult {
    const step = Math.min(this.guidedStep, questions.length - 1)
    // Only the answers that lead to offers: one that leads to none (an offer a partner does not
    // have) would end in "no results".
    const {facet, question, answers, kept} = questions[step]!
    const last = step === questions.length - 1
    const name = `guided-${facet}`
    // The several as they were for this question (those still among its answers), or the
    // reader's if now several: only the reader's own answer here sets one, or the same again.
    const several = kept[1]
      ? kept
      : this.several?.facet === facet
        ? this.several.kept.filter((slug) => answers.some((a) => a.slug === slug))
        : []
    this.several = {facet, kept: several}
    // The skip choice is `<name>-skip`; an option whose slug is `skip` gets another id. The radio
    // is named by the answer alone and described by its explanation (`:l`, `:d`: encoded slugs
    // have no colon), though both are in its label, so that both take a click.
    const ids = new Set(['skip'])
    const choice = (slugs: readonly string[], label: unknown, description?: string) => {
      const key = slugs.join()
      const id = `${name}-${key ? uniqueKey(ids, idPart(key)) : 'skip'}`
      return html`<li>
        <input
          type="radio"
          name=${name}
          id=${id}
          aria-labelledby="${id}:l"
          aria-describedby=${description ? `${id}:d` : nothing}
          .checked=${live(same(kept, slugs))}
          @change=${() => this.guidedAnswer(facet, slugs)}
        />
        <label for=${id}>
          <span class="choice-label" id="${id}:l" lang=${langOf(model.swedish, label)}
            >${label}</span
          >
          ${
            description
              ? html`<span
                  class="choice-description"
                  id="${id}:d"
                  lang=${langOf(model.swedish, description)}
                  >${description}</span
                >`
              : nothing
          }
        </label>
      </li>`
    }
    return html`<form
      class="guided"
      part="guided"
      @submit=${(event: Event) => {
        event.preventDefault()
        this.guidedGo(last ? GUIDED_QUESTIONS.length : step + 1)
      }}
    >
      <fieldset>
        <legend>
          ${
            // The progress in the heading (GOV.UK's caption), so that a screen reader says it
            // with each question, where focus lands, and with the group of answers.
            heading(
              level,
              {className: 'question', id: 'guided-question', part: 'question', focusable: true},
              html`<span class="progress"
                  >${this.s('guidedProgress', {step: step + 1, total: questions.length})}</span
                >
                ${this.s(question)}`,
            )
          }
        </legend>
        <ul class="choices">
          ${
            // Each question's own inputs: a checked radio reused for the next question would
            // join that question's group checked, and uncheck the answer given there.
            keyed(
              facet,
              // Several answers chosen in the filter panel (or the address) are one choice, first
              // (`several`): the one checked is always what the results will hold.
              html`${
                several[1]
                  ? choice(
                      several,
                      listed(
                        model.swedish,
                        several.map((slug) => model.labels[facet].get(slug) ?? slug),
                      ),
                    )
                  : nothing
              }${answers.map((option) =>
                choice([option.slug], option.label, option.description),
              )}${choice([], this.s('guidedSkip'))}`,
            )
          }
        </ul>
      </fieldset>
      <div class="guided-actions">
        ${
          step > 0
            ? html`<button class="secondary" type="button" @click=${() => this.guidedGo(step - 1)}>
                ${this.s('guidedBack')}
              </button>`
            : nothing
        }
        <button class="primary" type="submit">
          ${last ? this.s('guidedShow') : this.s('guidedNext')}
        </button>
      </div>
    </form>`
  }

  override render() {
    const lang = this.contentLang
    const level = parseHeadingLevel(this.headingLevel)
    const view = this.query.view
    if (view.state === 'idle' || view.state === 'loading') {
      return html`${this.attributeProblems(undefined)}${this.renderSkeleton(level)}`
    }
    if (view.state === 'error') {
      return html`${this.attributeProblems(undefined)}${renderError(lang, view.error, () =>
        this.retry(),
      )}`
    }
    const model = this.getModel(view.value)
    const outcome = this.outcome() as Outcome
    const fixed = this.fixedFilters()
    const hidden = parseHideFacets(this.hideFacets, Object.keys(fixed) as FacetKey[]).hidden
    const guided = parseMode(this.mode) === 'guided'
    const questions = guided ? this.guidedQuestions(model, outcome.filters) : []
    const asking = this.guidedStep < GUIDED_QUESTIONS.length && questions.length > 0
    return html`${this.attributeProblems(model)}${view.stale ? renderStaleNotice(lang) : nothing}
      <div class="finder ${this.motion.reduced ? 'reduce-motion' : ''}">
        <div class="header" part="header">
          ${heading(
            level,
            {className: 'title', part: 'title', id: 'finder-title'},
            this.label?.trim() || this.s('heading'),
          )}
          ${
            asking
              ? nothing
              : html`<p class="intro">${this.s('intro')}</p>
                  ${this.renderSearch()}`
          }
        </div>
        ${this.renderLiveRegion()}
        ${
          asking
            ? this.renderGuidedQuestion(model, questions, level + 1)
            : html`${guided ? this.renderGuidedAnswers(model, outcome, questions, level + 1) : nothing}
                <div class="layout">
                  ${this.renderFilters(model, outcome, hidden)}
                  ${this.renderResults(model, outcome, level)}
                </div>`
        }
      </div>`
  }
}

/** Texts joined by commas, each marked `lang="sv"` when it is one of the Swedish `texts`. */
const listed = (texts: ReadonlySet<string>, values: readonly string[]) =>
  values.map((value, i) => [i ? ', ' : '', inSwedish(texts, value)])

/** Whether two lists of slugs are the same, in the same order. */
const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((slug, i) => slug === b[i])

/**
 * A slug or id as part of an element id: content may hold spaces, which an id (and a list of ids
 * in `aria-controls`) cannot. Encoded, so that two different values never give the same id.
 */
function idPart(value: string): string {
  return encodeText(value)
}

/** The id of an offer's expanding panel. */
function panelId(offerId: string): string {
  return `panel-${idPart(offerId)}`
}

// The default content, shown when no Sanity project is configured: this element's query only.
bundleContent('supportFinder', supportFinder)
defineElement('ijh-support-finder', IjhSupportFinder)

declare global {
  interface HTMLElementTagNameMap {
    'ijh-support-finder': IjhSupportFinder
  }
  interface GlobalEventHandlersEventMap {
    'ijh-support-finder-change': IjhSupportFinderChangeEvent
  }
}
