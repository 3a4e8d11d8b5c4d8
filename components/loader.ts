/**
 * The loader: one script tag for all the elements. It finds the `ijh-` elements on the page, now
 * and whenever more are added, and loads only their code, each element once:
 *
 * ```html
 * <script type="module" src="https://cdn.jsdelivr.net/npm/innovativa-jh@0.1.0/dist/cdn/loader.js"></script>
 * ```
 *
 * It looks in the document, not inside other elements' shadow roots; call `startLoader(root)` for
 * a shadow root of your own. A tag starting with `ijh-` that is not one of the elements (a typo,
 * say) gets one console warning, however often it is used, and is left alone. Importing it where there is no document (Node) does nothing.
 */

// Its types declare every tag, as the elements' own do (`HTMLElementTagNameMap`): a page that
// imports only the loader has `querySelector('ijh-support-finder')` typed. No code comes with it.
export type {} from './index'

type Importer = () => Promise<unknown>

/** The elements the loader knows, by tag, with the import of each one's module. */
export const ELEMENTS: Readonly<Record<string, Importer>> = {
  'ijh-config': () => import('./config/config'),
  'ijh-focus-area-card': () => import('./focus-area-card/focus-area-card'),
  'ijh-strategy-wheel': () => import('./strategy-wheel/strategy-wheel'),
  'ijh-support-finder': () => import('./support-finder/support-finder'),
  'ijh-story-carousel': () => import('./story-carousel/story-carousel'),
}

/**
 * What Chromium and Firefox say when a module could not be fetched, with its address. (Safari
 * names none; a bundler's own chunk loading says something else.)
 */
const FETCH_FAILED =
  /^(?:Failed to fetch dynamically imported module|error loading dynamically imported module): (https?:\/\/\S+)$/

/**
 * Imports a module again after it failed with `error`. Chromium keeps a failed module import for
 * the page, also one that failed for want of a network (whatwg/html#6768): asked for at the same
 * address, it fails again without a request. So when the browser's error names the module, and
 * the module is on the loader's own origin, it is asked for at a new address, `…?again=<n>`;
 * otherwise `importer` is called again (as a bundler's chunk loading wants). Only the module that
 * failed is asked for again: one it imports that failed stays failed until the page reloads.
 */
async function importAgain(importer: Importer, error: unknown, attempt: number): Promise<unknown> {
  const named = FETCH_FAILED.exec(error instanceof Error ? error.message : '')?.[1]
  if (!named || new URL(named).origin !== new URL(import.meta.url).origin) return importer()
  return import(
    /* webpackIgnore: true */ /* @vite-ignore */ `${named}${named.includes('?') ? '&' : '?'}again=${attempt}`
  )
}

export interface Loader {
  /** Settles when every element found so far has loaded (or failed to). */
  ready(): Promise<void>
  /** Stops watching for elements added later. */
  stop(): void
}

/**
 * Loads the elements used in `root` and in whatever is added to it later. `elements` maps each
 * known tag to the import of its module (tests pass their own).
 */
export function startLoader(
  root: Document | Element | DocumentFragment,
  elements: Readonly<Record<string, Importer>> = ELEMENTS,
): Loader {
  const pending = new Map<string, Promise<void>>()
  const loaded = new Set<string>()
  /** Each tag whose module failed: the last error, and how many times it failed. */
  const failed = new Map<string, {error: unknown; count: number}>()
  /** Counts every start and every failure, so that `ready()` sees any change while it waits. */
  let changes = 0
  /** The unknown tags already reported: each mistake once. */
  const warned = new Set<string>()
  const observer = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(scan)
  })

  const load = (tag: string) => {
    const importer = Object.hasOwn(elements, tag) ? elements[tag] : undefined
    if (!importer) {
      if (!warned.has(tag) && !customElements.get(tag)) {
        warned.add(tag)
        console.warn(
          `innovativa-jh: <${tag}> is not one of the elements (${Object.keys(elements).join(', ')}); it is left alone.`,
        )
      }
      return
    }
    if (pending.has(tag)) return
    const failure = failed.get(tag)
    const loading = (
      failure ? importAgain(importer, failure.error, failure.count) : importer()
    ).then(
      () => {
        failed.delete(tag)
        loaded.add(tag)
        // Stop watching once every element is defined; not before, so that a failed one is
        // tried again when another such element is added (or the browser is back online).
        if (Object.keys(elements).every((known) => loaded.has(known))) stop()
      },
      (error: unknown) => {
        // Forget it, so that the next such element added tries again.
        pending.delete(tag)
        failed.set(tag, {error, count: (failure?.count ?? 0) + 1})
        changes++
        console.error(`innovativa-jh: <${tag}> could not be loaded.`, error)
      },
    )
    pending.set(tag, loading)
    changes++
  }

  const scan = (node: Node) => {
    if (!(
      node instanceof Element ||
      node instanceof Document ||
      node instanceof DocumentFragment
    )) {
      return
    }
    if (node instanceof Element && node.localName.startsWith('ijh-')) load(node.localName)
    for (const element of node.querySelectorAll('*')) {
      if (element.localName.startsWith('ijh-')) load(element.localName)
    }
  }

  // Back online: the elements whose modules failed (the network was down) are tried again, each
  // at a new address where the browser keeps the failure (importAgain).
  const online = () => scan(root)
  const stop = () => {
    observer.disconnect()
    removeEventListener('online', online)
  }
  observer.observe(root, {childList: true, subtree: true})
  addEventListener('online', online)
  scan(root)

  return {
    async ready() {
      // Elements found while waiting are waited for too.
      let seen
      do {
        seen = changes
        await Promise.all(pending.values())
      } while (changes !== seen)
    },
    stop,
  }
}

/** The loader for the page: started when this module loads in a browser. */
export const pageLoader: Loader | undefined =
  typeof document === 'undefined' ? undefined : startLoader(document)
