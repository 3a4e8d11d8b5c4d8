import type {ReactiveController, ReactiveControllerHost} from 'lit'
import {isLanguageLoaded, loadLanguage, onStringsLoaded} from '../i18n/translate'
import type {Lang} from './source'

/** Maps a BCP 47 tag to a content language: English for `en*`, Swedish for everything else. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const value = tag?.trim().toLowerCase()
  if (!value) return undefined
  return value === 'en' || value.startsWith('en-') ? 'en' : 'sv'
}

/**
 * The nearest non-empty `lang` at or above an element (across shadow roots); `''` for none. By
 * node type, not `instanceof`, so that it also holds in another window's document (an iframe's).
 */
export function inheritedLangTag(element: Element): string {
  let node: Node | null | undefined = element
  while (node) {
    const tag = node.nodeType === 1 ? (node as Element).getAttribute('lang')?.trim() : ''
    if (tag) return tag
    // A shadow root's way up is its host; a document's (or a detached fragment's), none.
    node = node.parentNode ?? (node as Partial<ShadowRoot>).host
  }
  return ''
}

/**
 * The language of an element: its own `lang`, else the nearest ancestor's (across shadow roots),
 * else the document's, else Swedish.
 */
export function resolveLang(element: Element): Lang {
  return toLang(inheritedLangTag(element)) ?? 'sv'
}

type LangHost = ReactiveControllerHost & HTMLElement

const hosts = new Set<LangController>()
let observer: MutationObserver | undefined
/** The document and the shadow roots the observer watches. */
let watched = new WeakSet<Node>()
let stopListening: (() => void) | undefined

const LANG_CHANGES: MutationObserverInit = {
  attributes: true,
  attributeFilter: ['lang'],
  subtree: true,
}

/**
 * Watches `lang` in the document and in every shadow root `element` sits in (a page's own
 * components may wrap ours), since an element's language is looked up across them.
 */
function observe(element: Element) {
  // Every element in English re-renders when English UI strings arrive, whoever asked for them.
  stopListening ??= onStringsLoaded(() => hosts.forEach((controller) => controller.stringsLoaded()))
  if (typeof MutationObserver === 'undefined') return
  // One observer for the page: a `lang` changed anywhere re-resolves every element's language.
  observer ??= new MutationObserver(() => hosts.forEach((controller) => controller.refresh()))
  let root: Node = element.getRootNode()
  while (root instanceof ShadowRoot && !watched.has(root)) {
    watched.add(root)
    observer.observe(root, LANG_CHANGES)
    root = root.host.getRootNode()
  }
  if (!watched.has(document)) {
    watched.add(document)
    observer.observe(document.documentElement, LANG_CHANGES)
  }
}

/**
 * Keeps `lang` current for an element, re-rendering it when its resolved language changes, and
 * again when that language's UI strings, loaded lazily, arrive.
 *
 * Elements speak Swedish or English only. On a page (or in a section) in another language, or in
 * none, the element's rendered content (`content()`, inside its shadow root) says which it speaks
 * with a `lang`, so that a screen reader does not read its Swedish as, say, South Sami (WCAG
 * 3.1.2). The element itself is left alone: the page's `lang` on it, and on what the page slots
 * into it, stays the page's.
 */
export class LangController implements ReactiveController {
  lang: Lang = 'sv'

  constructor(
    private readonly host: LangHost,
    private readonly content: () => Element | undefined = () => undefined,
  ) {
    host.addController(this)
  }

  hostConnected(): void {
    hosts.add(this)
    observe(this.host)
    // Connected again elsewhere (moved into an English section, say): render in its language.
    this.refresh()
    this.loadStrings()
  }

  hostDisconnected(): void {
    hosts.delete(this)
    if (hosts.size === 0) {
      observer?.disconnect()
      observer = undefined
      watched = new WeakSet()
      stopListening?.()
      stopListening = undefined
    }
  }

  refresh(): void {
    const lang = this.resolve()
    if (lang !== this.lang) {
      this.lang = lang
      this.host.requestUpdate()
      this.loadStrings()
    }
  }

  /** UI strings arrived: an element in English re-renders with them. */
  stringsLoaded(): void {
    if (this.lang !== 'sv') this.host.requestUpdate()
  }

  /** The host's language from its surroundings, marking its content when they speak another. */
  private resolve(): Lang {
    const tag = inheritedLangTag(this.host)
    const lang = toLang(tag) ?? 'sv'
    const content = this.content()
    if (/^(sv|en)(-|$)/i.test(tag)) content?.removeAttribute('lang')
    else content?.setAttribute('lang', lang)
    return lang
  }

  private loadStrings(): void {
    if (!isLanguageLoaded(this.lang)) void loadLanguage(this.lang)
  }
}
