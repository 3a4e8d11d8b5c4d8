import type {ReactiveController, ReactiveControllerHost} from 'lit'

/** Hosts whose reader pressed the retry button, until the retry has settled. */
const retrying = new WeakSet<Element>()

/**
 * Called by the retry button (`renderError`): the reader asked to load again from the button,
 * which the loading placeholder is about to replace.
 */
export function retriedFrom(button: Element): void {
  retrying.add((button.getRootNode() as ShadowRoot).host)
}

/**
 * Keeps the keyboard focus in the element across a retry (WCAG 2.4.3): the retry button goes away
 * with the message, so focus would fall back to the page. While the content loads, the placeholder
 * holds it; then the retry button again if loading failed once more, else the content's first
 * heading (focusable from script only) or, with none (the wheel), its first control. A reader who
 * has moved on meanwhile keeps their place.
 */
export class RetryFocusController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this)
  }

  hostUpdated(): void {
    const {host} = this
    const root = host.shadowRoot
    const active = document.activeElement
    if (!root || !retrying.has(host)) return
    // Focus is in the element (also when it sits in another component's shadow root, and while
    // the window has no system focus, when :focus-within matches nothing), or nowhere: it goes to
    // the placeholder while the content loads, and the retry has settled once there is none.
    // Focus elsewhere on the page stays there, and the retry is over for this controller.
    if ((active && active !== document.body && !root.activeElement) || !refocus(root)) {
      retrying.delete(host)
    }
  }

  hostDisconnected(): void {
    retrying.delete(this.host)
  }
}

/**
 * Gives the keyboard focus back to an element whose render removed what had it (WCAG 2.4.3): to
 * the loading placeholder, else the retry button, else the first heading not in a hidden slide
 * (focusable from script only) or, with none (the wheel), the first control. Returns the loading
 * placeholder if there is one.
 */
export function refocus(root: ShadowRoot): HTMLElement | null | undefined {
  const busy = root.querySelector<HTMLElement>('[aria-busy="true"]')
  const heading = root.querySelector<HTMLElement>(':is(h1,h2,h3,h4,h5,h6):not([inert] *)')
  const target =
    busy ??
    root.querySelector<HTMLElement>('[part~="retry-button"]') ??
    heading ??
    root.querySelector<HTMLElement>('a[href],button,[tabindex="0"]')
  if (!target) return
  if (target === busy || target === heading) target.tabIndex = -1
  target.focus({preventScroll: true})
  return busy
}
