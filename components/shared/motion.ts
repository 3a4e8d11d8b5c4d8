import type {ReactiveController, ReactiveControllerHost} from 'lit'

/** The attribute on `<html>` with which a page (or Storybook's toolbar) asks for reduced motion. */
export const REDUCED_MOTION_ATTRIBUTE = 'data-ijh-reduced-motion'

/** Whether motion should be reduced: the reader's setting, or the page's request. */
export function prefersReducedMotion(): boolean {
  if (typeof document === 'undefined') return true
  if (document.documentElement.hasAttribute(REDUCED_MOTION_ATTRIBUTE)) return true
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
}

/**
 * Tracks `prefersReducedMotion()` for an element and re-renders it when it changes. Elements put
 * `reduce-motion` on their root when `reduced` is true; the shared styles then stop animations.
 */
export class MotionController implements ReactiveController {
  reduced = prefersReducedMotion()
  private media?: MediaQueryList
  private observer?: MutationObserver
  private readonly update = () => {
    const reduced = prefersReducedMotion()
    if (reduced !== this.reduced) {
      this.reduced = reduced
      this.host.requestUpdate()
    }
  }

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this)
  }

  hostConnected(): void {
    // The preference may have changed while the element was disconnected.
    this.update()
    if (typeof matchMedia === 'function') {
      this.media = matchMedia('(prefers-reduced-motion: reduce)')
      this.media.addEventListener('change', this.update)
    }
    if (typeof MutationObserver !== 'undefined') {
      this.observer = new MutationObserver(this.update)
      this.observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: [REDUCED_MOTION_ATTRIBUTE],
      })
    }
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.update)
    this.observer?.disconnect()
  }
}
