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
 * The language of an element: its own `lang`, else the nearest ancestor's (across shadow roots),
 * else the document's, else Swedish.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = toLang(node.getAttribute('lang'))
      if (lang) return lang
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)
  }
  return 'sv'
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
 */
export class LangController implements ReactiveController {
  lang: Lang = 'sv'

  constructor(private readonly host: LangHost) {
    host.addController(this)
  }

  hostConnected(): void {
    hosts.add(this)
    observe(this.host)
    const lang = resolveLang(this.host)
    // Connected again elsewhere (moved into an English section, say): render in its language.
    if (lang !== this.lang) {
      this.lang = lang
      this.host.requestUpdate()
    }
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
    const lang = resolveLang(this.host)
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

  private loadStrings(): void {
    if (!isLanguageLoaded(this.lang)) void loadLanguage(this.lang)
  }
}
