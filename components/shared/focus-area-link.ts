import type {ReactiveController, ReactiveControllerHost} from 'lit'

/**
 * Linking elements on a page without script: an element that selects focus areas (the strategy
 * wheel) is a `FocusAreaSelectionSource`; another element (the focus-area card) follows it by id
 * with a `FocusAreaFollowController`, e.g. `<ijh-focus-area-card for="wheel">`.
 *
 * Sources call `announceSelection()` whenever their selection may have changed, and when they
 * connect or disconnect; followers then read the source again and re-render only if what they
 * follow changed. The channel is internal to the page's elements: it is not an event the page sees.
 * What the reader chose there, rather than a script or a link, followers learn from the source's
 * public `ijh-focus-area-select` event, which every version of the wheel fires.
 */

/** An element whose selected focus area other elements can follow. */
export interface FocusAreaSelectionSource extends HTMLElement {
  /** The slug of the selected focus area, if any. */
  readonly selectedFocusArea: string | undefined
}

/** One for the page, shared by every copy of the elements (a bundle and the CDN, say). */
const channel: EventTarget = ((globalThis as {[key: symbol]: EventTarget})[
  Symbol.for('ijh-focus-area-selection')
] ??= new EventTarget())
const CHANGE = 'change'

/** The tag of the element that selects focus areas. */
const WHEEL = 'ijh-strategy-wheel'

/** The event a source fires when the reader selects a focus area (never for a script's change). */
const SELECT = 'ijh-focus-area-select'

/** Tells every follower on the page to look at its source again. */
export function announceSelection(): void {
  channel.dispatchEvent(new Event(CHANGE))
}

function isSource(element: Element | null | undefined): element is FocusAreaSelectionSource {
  return !!element && 'selectedFocusArea' in element
}

/** What a follower sees. */
export type FollowState =
  /** No `for`: the element shows its own content. */
  | {kind: 'off'}
  /** `for` names no element that selects focus areas (a wheel not defined yet is followed). */
  | {kind: 'missing'; id: string}
  /** Following: the source's selected slug, if any. */
  | {kind: 'following'; slug: string | undefined}

/** The reader's choice of a focus area in a followed element: its select event. */
export type FocusAreaChoice = Event & {readonly detail: {readonly slug: string}}

/** Follows the selection of the element whose id `targetId()` gives, in the host's tree. */
export class FocusAreaFollowController implements ReactiveController {
  private last = ''

  /** The tree the host listens to for the reader's choices in it (its own, while connected). */
  private root?: Node

  /** The reader's last choice in the followed element (its select event), until the host takes it. */
  private choice?: FocusAreaChoice

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly targetId: () => string | null | undefined,
  ) {
    host.addController(this)
  }

  hostConnected(): void {
    channel.addEventListener(CHANGE, this.onChange)
    // The source is in the host's tree, where its event passes on the way up (a capture
    // listener, so that a page that stops it on the way does not hide it).
    this.root = this.host.getRootNode()
    this.root.addEventListener(SELECT, this.onSelect, true)
    // Connected again (moved, say): what it follows may have changed meanwhile.
    this.onChange()
  }

  hostDisconnected(): void {
    channel.removeEventListener(CHANGE, this.onChange)
    this.root?.removeEventListener(SELECT, this.onSelect, true)
    this.choice = undefined
  }

  /**
   * The reader's choice in the followed element since the last call, if any: the host tells it
   * apart from a selection a script, a link or the page's address made. Every follower of one
   * element gets the same event, so that they can tell that they heard the same choice.
   */
  takeChoice(): FocusAreaChoice | undefined {
    const choice = this.choice
    this.choice = undefined
    return choice
  }

  /** The followed element's state, read now. */
  get state(): FollowState {
    const id = this.targetId()?.trim()
    if (!id) return {kind: 'off'}
    const target = this.target(id)
    if (!isSource(target)) {
      // The page is still being parsed, and the wheel may come after the follower in it (a card
      // above its wheel, streamed HTML): wait for the rest of the page before saying it is not
      // there.
      if (!target && document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', this.onChange, {once: true})
        return {kind: 'following', slug: undefined}
      }
      // A wheel whose module has not loaded yet (the loader loads each tag's module apart): it
      // announces itself once it is defined and connected.
      if (target?.localName === WHEEL && !customElements.get(WHEEL)) {
        return {kind: 'following', slug: undefined}
      }
      return {kind: 'missing', id}
    }
    return {kind: 'following', slug: target.selectedFocusArea}
  }

  /** The slug to show: the source's selection, when following one that has a selection. */
  get slug(): string | undefined {
    const state = this.state
    return state.kind === 'following' ? state.slug : undefined
  }

  /** The element `for` names, in the host's tree, if there is one. */
  private target(id: string): HTMLElement | null {
    const root = this.host.getRootNode() as Document | ShadowRoot
    return typeof root.getElementById === 'function'
      ? root.getElementById(id)
      : document.getElementById(id)
  }

  private readonly onSelect = (event: Event) => {
    const id = this.targetId()?.trim()
    const slug = (event as Event & {detail?: {slug?: unknown}}).detail?.slug
    if (id && typeof slug === 'string' && event.target === this.target(id)) {
      this.choice = event as FocusAreaChoice
    }
  }

  private readonly onChange = () => {
    const next = JSON.stringify(this.state)
    if (next === this.last) return
    this.last = next
    this.host.requestUpdate()
  }
}
