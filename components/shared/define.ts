/**
 * The one way elements are defined, safe on any page:
 *
 * - where there is no custom element registry (Node without Lit's shim), nothing happens, so that
 *   importing an element never throws outside a browser;
 * - where the tag is already defined (a second copy or another version of these elements on the
 *   page, e.g. the CDN loader beside an npm bundle), the first definition is kept and the page
 *   gets one console warning, however many copies and tags follow.
 */

/** Shared by every copy on the page, so that all of them together warn once. */
const WARNED = Symbol.for('ijh-define-warned')

type Global = typeof globalThis & {[WARNED]?: boolean}

/** Defines `tag` as `element` unless it is already defined (then warns, once per page). */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const registry = (globalThis as Partial<typeof globalThis>).customElements
  if (!registry) return
  const defined = registry.get(tag)
  if (!defined) {
    registry.define(tag, element)
    return
  }
  const page = globalThis as Global
  if (defined === element || page[WARNED]) return
  page[WARNED] = true
  console.warn(
    `innovativa-jh: <${tag}> is already defined by another copy of the elements on the page; the first is kept. Load them once (no more duplicates are reported).`,
  )
}
