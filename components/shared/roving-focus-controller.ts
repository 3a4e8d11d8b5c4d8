import type {ReactiveController, ReactiveControllerHost} from 'lit'

/** An element that can take focus (HTML or SVG). */
export type FocusableItem = HTMLElement | SVGElement

export interface RovingFocusOptions {
  /** The items in order, looked up after every render (they may change with the content). */
  items: () => readonly FocusableItem[]
  /**
   * Which arrow keys move: `horizontal` (Left/Right, mirrored in right-to-left text),
   * `vertical` (Up/Down) or `both` (Right and Down move forward). Default `both`.
   */
  orientation?: 'horizontal' | 'vertical' | 'both'
  /** Whether moving past the last item goes to the first and back. Default true. */
  wrap?: boolean
}

/**
 * One Tab stop for a group of items (a "roving tabindex"): the active item has `tabindex="0"`,
 * every other `-1`; the arrow keys move focus between them, Home and End to the first and the
 * last. Clicking or otherwise focusing an item makes it the active one.
 *
 * The controller owns the items' `tabindex`: templates must not bind it. Items may live in the
 * host's shadow root or be slotted into it.
 */
export class RovingFocusController implements ReactiveController {
  private active = 0
  private root?: EventTarget

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this)
  }

  /** The index of the item that is the group's Tab stop. */
  get activeIndex(): number {
    return this.active
  }

  hostConnected(): void {
    // Listens on the shadow root: a host never hears of focus moving inside its own shadow tree.
    this.root = this.host.shadowRoot ?? this.host
    this.root.addEventListener('keydown', this.onKeydown as EventListener)
    this.root.addEventListener('focusin', this.onFocusin as EventListener)
  }

  hostDisconnected(): void {
    this.root?.removeEventListener('keydown', this.onKeydown as EventListener)
    this.root?.removeEventListener('focusin', this.onFocusin as EventListener)
    this.root = undefined
  }

  hostUpdated(): void {
    this.sync()
  }

  /** Makes the item at `index` the Tab stop without moving focus (e.g. the selected item). */
  setActive(index: number): void {
    this.active = index
    this.sync()
  }

  /** Moves focus to the item at `index` and makes it the Tab stop. */
  focus(index: number): void {
    const items = this.options.items()
    if (!items.length) return
    this.setActive(index)
    items[this.active]?.focus()
  }

  /** Gives every item its tabindex; keeps the active index within the items. */
  private sync(): void {
    const items = this.options.items()
    // No items (yet): keep the active index for when they come.
    if (!items.length) return
    this.active = Math.min(Math.max(this.active, 0), items.length - 1)
    items.forEach((item, index) => {
      const value = index === this.active ? '0' : '-1'
      if (item.getAttribute('tabindex') !== value) item.setAttribute('tabindex', value)
    })
  }

  /** The index of the item an event came from (through shadow roots), or -1. */
  private indexOf(event: Event): number {
    const items = this.options.items()
    for (const target of event.composedPath()) {
      const index = items.indexOf(target as FocusableItem)
      if (index >= 0) return index
      if (target === this.root) break
    }
    return -1
  }

  private readonly onFocusin = (event: FocusEvent) => {
    const index = this.indexOf(event)
    if (index >= 0 && index !== this.active) this.setActive(index)
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
    const index = this.indexOf(event)
    if (index < 0) return
    const count = this.options.items().length
    const orientation = this.options.orientation ?? 'both'
    const rtl = getComputedStyle(this.host).direction === 'rtl'
    const horizontal = orientation !== 'vertical'
    const vertical = orientation !== 'horizontal'
    let next: number
    switch (event.key) {
      case 'ArrowRight':
        if (!horizontal) return
        next = rtl ? index - 1 : index + 1
        break
      case 'ArrowLeft':
        if (!horizontal) return
        next = rtl ? index + 1 : index - 1
        break
      case 'ArrowDown':
        if (!vertical) return
        next = index + 1
        break
      case 'ArrowUp':
        if (!vertical) return
        next = index - 1
        break
      case 'Home':
        next = 0
        break
      case 'End':
        next = count - 1
        break
      default:
        return
    }
    event.preventDefault()
    if (this.options.wrap ?? true) next = (next + count) % count
    else next = Math.min(Math.max(next, 0), count - 1)
    this.focus(next)
  }
}
