import type {ReactiveController, ReactiveControllerHost} from 'lit'

/** The shortest time a slide is shown while rotating (WCAG 2.2.2 asks for control; this is ours). */
export const MIN_INTERVAL = 5000

const EVENTS = ['pointerenter', 'pointerleave']

export interface AutoplayOptions {
  /**
   * Whether rotation is offered at all: the page asked for it (`autoplay`), there is more than one
   * slide, and motion is not reduced. When false, nothing rotates and no rotation button is shown.
   */
  available: () => boolean
  /** Milliseconds between slides; anything below `MIN_INTERVAL` is raised to it. */
  interval: () => number
  /** Shows the next slide. */
  advance: () => void
}

/**
 * The rotation rules of the ARIA APG carousel pattern, for any element that shows slides:
 *
 * - rotation runs only while `available()` (opt-in, more than one slide, motion not reduced);
 * - it pauses while a mouse hovers over the host and resumes when the mouse leaves;
 * - it stops whenever keyboard focus (`:focus-visible`) moves to an element in the host, and never
 *   restarts by itself: only `toggle()` (the rotation button) starts it again;
 * - an explicit start ignores the focus and hover already inside (the button that was pressed, the
 *   mouse over it), but focus moving on stops it again, as in the APG: above all, focus that moves
 *   into a slide must not be hidden with it when the next slide is shown;
 * - `navigated()` (the reader chose a slide) stops it;
 * - slides change at most every `MIN_INTERVAL` ms, and not while the page is hidden (another tab,
 *   a minimised window), so that a reader comes back to the slide they left, which is then shown
 *   a full interval.
 *
 * `rotating` drives the rotation button's label and the slides' `aria-live` (off while rotating).
 */
export class AutoplayController implements ReactiveController {
  private on = true
  private hovered = false
  private timer?: ReturnType<typeof setTimeout>

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: AutoplayOptions,
  ) {
    host.addController(this)
  }

  /** Whether rotation is offered (and the rotation button shown). */
  get available(): boolean {
    return this.options.available()
  }

  /** Rotation is on: the button offers to stop it, and the slides are not a live region. */
  get rotating(): boolean {
    return this.on && this.available
  }

  hostConnected(): void {
    for (const type of EVENTS) this.host.addEventListener(type, this)
    // Heard where it happens: focus moving from one element to another inside the shadow root
    // never reaches the host, for the host would be both where it comes from and where it goes.
    ;(this.host.shadowRoot ?? this.host).addEventListener('focusin', this)
    document.addEventListener('visibilitychange', this)
    // Back on a page (removed and added again, as single-page apps do): rotate on, unpaused.
    this.hovered = false
    this.sync()
  }

  hostDisconnected(): void {
    for (const type of EVENTS) this.host.removeEventListener(type, this)
    ;(this.host.shadowRoot ?? this.host).removeEventListener('focusin', this)
    document.removeEventListener('visibilitychange', this)
    this.sync(true)
  }

  hostUpdated(): void {
    this.sync()
  }

  /** Hover, keyboard focus, and the page shown again (the controller listens to them itself). */
  handleEvent(event: Event): void {
    const {type} = event
    if (type === 'visibilitychange') {
      // The slide the reader comes back to gets a full interval.
      if (!document.hidden) this.sync(true)
    } else if (type === 'focusin') {
      const target = event.composedPath()[0] as Element
      if (this.rotating && target.matches?.(':focus-visible')) this.set(false)
    } else if ((event as PointerEvent).pointerType === 'mouse') {
      this.hovered = type === 'pointerenter'
      this.sync()
    }
  }

  /**
   * Runs the timer while slides should change (rotating, not hovered, connected) and stops it
   * otherwise; a running timer is left alone unless `restart`.
   */
  private sync(restart = false): void {
    const advancing = this.rotating && !this.hovered && this.host.isConnected
    if (restart || !advancing) {
      clearTimeout(this.timer)
      this.timer = undefined
    }
    if (advancing && !this.timer) {
      this.timer = setTimeout(
        () => {
          this.timer = undefined
          if (!document.hidden) this.options.advance()
          this.sync()
        },
        Math.max(MIN_INTERVAL, this.options.interval() || 0),
      )
    }
  }

  private set(on: boolean): void {
    this.on = on
    this.sync(true)
    this.host.requestUpdate()
  }

  /** The rotation button: stops rotation, or starts it now, whatever the focus and hover. */
  toggle(): void {
    this.hovered = false
    this.set(!this.rotating)
  }

  /** The reader chose a slide: stop. */
  navigated(): void {
    if (this.rotating) this.set(false)
  }
}
