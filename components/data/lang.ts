import type {ReactiveController, ReactiveControllerHost} from 'lit'
import {isLanguageLoaded, loadLanguage} from '../i18n/translate'
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

function observe() {
  if (observer || typeof MutationObserver === 'undefined') return
  // One observer for the page: a `lang` changed anywhere re-resolves every element's language.
  observer = new MutationObserver(() => hosts.forEach((controller) => controller.refresh()))
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  })
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

  /** Whether the UI strings of the element's language are loaded. */
  get stringsLoaded(): boolean {
    return isLanguageLoaded(this.lang)
  }

  hostConnected(): void {
    hosts.add(this)
    observe()
    this.lang = resolveLang(this.host)
    this.loadStrings()
  }

  hostDisconnected(): void {
    hosts.delete(this)
    if (hosts.size === 0) {
      observer?.disconnect()
      observer = undefined
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

  private loadStrings(): void {
    if (isLanguageLoaded(this.lang)) return
    const lang = this.lang
    void loadLanguage(lang).then(() => {
      if (this.lang === lang) this.host.requestUpdate()
    })
  }
}
