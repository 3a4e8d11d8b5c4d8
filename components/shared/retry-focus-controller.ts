import type {ReactiveController, ReactiveControllerHost} from 'lit'

/** Hosts whose reader pressed the retry button, until the retry has settled. */
const retrying = new WeakSet<Element>()

/**
 * Called by the retry button (`renderError`): the reader asked to load again from the button,
 * which the loading placeholder is about to replace.
 */
export function retriedFrom(button: Element): void {
  const host = (button.getRootNode() as ShadowRoot).host
  if (host) retrying.add(host)
}

const HEADING = 'h1, h2, h3, h4, h5, h6'
const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), [tabindex="0"]'

/**
 * Keeps the keyboard focus in the element across a retry (WCAG 2.4.3): the retry button goes away
 * with the message, so focus would fall back to the page. While the content loads, the placeholder
 * holds it; then the retry button again if loading failed once more, else the content's first
 * heading (focusable from script only) or, with none (the wheel), its first control.
 */
export class RetryFocusController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this)
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot
    if (!root || !retrying.has(this.host)) return
    // A reader who has moved on meanwhile keeps their place.
    const active = document.activeElement
    if (active && active !== document.body && active !== this.host) {
      retrying.delete(this.host)
      return
    }
    const busy = root.querySelector<HTMLElement>('[aria-busy="true"]')
    const target =
      busy ??
      root.querySelector<HTMLElement>('[part~="retry-button"]') ??
      root.querySelector<HTMLElement>(HEADING) ??
      root.querySelector<HTMLElement>(TABBABLE)
    if (!busy) retrying.delete(this.host)
    if (!target || root.activeElement === target) return
    if (target.matches(HEADING) || target === busy) target.tabIndex = -1
    target.focus({preventScroll: true})
  }

  hostDisconnected(): void {
    retrying.delete(this.host)
  }
}
