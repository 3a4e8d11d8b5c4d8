/**
 * Checks over what an element rendered, walking its shadow root and every shadow root inside it.
 * Each returns a list of problems (empty: all is well), so that a failing test says what and where.
 */
import {NOT_TEXT_WORDS} from './arbitraries'
import {describe} from './element-names'

/** Every element in `root`, its shadow roots' elements included, in document order. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = []
  for (const element of root.querySelectorAll('*')) {
    found.push(element)
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot))
  }
  return found
}

/** Every shadow root under (and including) the host's. */
export function deepShadowRoots(host: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = []
  const visit = (element: Element) => {
    if (element.shadowRoot) {
      roots.push(element.shadowRoot)
      element.shadowRoot.querySelectorAll('*').forEach(visit)
    }
  }
  visit(host)
  return roots
}

/** The rendered text of a shadow tree (text nodes, `<slot>` fallback included). */
export function deepText(host: Element): string {
  return deepShadowRoots(host)
    .map((root) => root.textContent ?? '')
    .join(' ')
}

/** Text or attribute values in which a missing or non-text value was printed. */
export function printedNonText(host: Element): string[] {
  const problems: string[] = []
  for (const root of deepShadowRoots(host)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const match = NOT_TEXT_WORDS.exec(node.nodeValue ?? '')
      if (match) problems.push(`text "${match[0]}" in ${describe(node.parentElement as Element)}`)
    }
    for (const element of root.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        const match = NOT_TEXT_WORDS.exec(attribute.value)
        if (match) problems.push(`${attribute.name}="${match[0]}…" on ${describe(element)}`)
      }
    }
  }
  return problems
}

const IDREF_ATTRIBUTES = ['aria-controls', 'aria-labelledby', 'aria-describedby', 'for']

/** Ids that repeat, and references (`aria-controls`, `for`, `href="#…"`) to no element. */
export function idProblems(host: Element): string[] {
  const problems: string[] = []
  for (const root of deepShadowRoots(host)) {
    const seen = new Map<string, number>()
    for (const element of root.querySelectorAll('[id]')) {
      seen.set(element.id, (seen.get(element.id) ?? 0) + 1)
    }
    for (const [id, count] of seen) if (count > 1) problems.push(`id "${id}" used ${count} times`)
    for (const element of root.querySelectorAll('*')) {
      for (const name of IDREF_ATTRIBUTES) {
        const value = element.getAttribute(name)
        if (value === null) continue
        if (element.localName === 'label' && name === 'for' && !value) continue
        const ids = value.split(/\s+/).filter(Boolean)
        if (!ids.length) problems.push(`empty ${name} on ${describe(element)}`)
        for (const id of ids) {
          if (!seen.has(id)) problems.push(`${name}="${id}" on ${describe(element)} names nothing`)
        }
      }
    }
  }
  return problems
}

/** Headings with no text, and buttons and links with no name. */
export function unnamed(host: Element): string[] {
  const problems: string[] = []
  for (const root of deepShadowRoots(host)) {
    for (const element of root.querySelectorAll('h1, h2, h3, h4, h5, h6, button, a[href]')) {
      const name =
        element.getAttribute('aria-label')?.trim() ||
        element.textContent?.trim() ||
        element.querySelector('title')?.textContent?.trim()
      if (!name) problems.push(`${describe(element)} has no text or name`)
    }
  }
  return problems
}

/** Whether the element is inside something that clips it (overflow, or `clip` as visually hidden). */
function clippedBy(element: Element, host: Element, cache: Map<Element, boolean>): boolean {
  const chain: Element[] = []
  let result = false
  for (
    let node: Node | null = element.parentNode;
    node && node !== host;
    node = node instanceof ShadowRoot ? node.host : node.parentNode
  ) {
    if (!(node instanceof Element)) continue
    const known = cache.get(node)
    if (known !== undefined) {
      result = known
      break
    }
    chain.push(node)
    const style = getComputedStyle(node)
    if (style.overflowX !== 'visible' || style.clip !== 'auto' || style.display === 'none') {
      result = true
      break
    }
  }
  for (const node of chain) cache.set(node, result)
  return result
}

/**
 * What sticks out of the host sideways: element boxes and lines of text beyond its left or right
 * edge (1 px of rounding allowed), except inside a box that clips or scrolls its content (that box
 * itself is checked).
 */
export function horizontalOverflow(host: HTMLElement): string[] {
  const box = host.getBoundingClientRect()
  const problems: string[] = []
  const cache = new Map<Element, boolean>()
  const outside = (rect: DOMRect) =>
    rect.width > 0 && (rect.left < box.left - 1 || rect.right > box.right + 1)
  for (const root of deepShadowRoots(host)) {
    for (const element of root.querySelectorAll('*')) {
      if (element.closest('svg') && element.localName !== 'svg') continue
      if (clippedBy(element, host, cache)) continue
      const rect = element.getBoundingClientRect()
      if (outside(rect)) {
        problems.push(
          `${describe(element)} spans ${Math.round(rect.left - box.left)}…${Math.round(rect.right - box.left)} px of ${Math.round(box.width)}`,
        )
        if (problems.length > 5) return problems
      }
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const range = document.createRange()
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || !node.nodeValue?.trim() || parent.closest('svg, style')) continue
      if (clippedBy(node as unknown as Element, host, cache)) continue
      range.selectNodeContents(node)
      const rect = [...range.getClientRects()].find(outside)
      if (rect) {
        problems.push(
          `text "${node.nodeValue.trim().slice(0, 30)}…" in ${describe(parent)} reaches ${Math.round(rect.right - box.left)} px of ${Math.round(box.width)}`,
        )
        if (problems.length > 5) return problems
      }
    }
  }
  return problems
}

/** URL-bearing attributes; `srcset` holds several. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'background',
  'ping',
])

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * URL attributes whose address is not http(s), mailto or tel once resolved against the page
 * (a relative or fragment link resolves to the page's own http address), `style` attributes that
 * load anything but an http(s) or base64 image address, and `on*` attributes.
 */
export function unsafeAttributes(host: Element): string[] {
  const problems: string[] = []
  for (const element of deepElements(host.shadowRoot ?? host)) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase()
      if (name.startsWith('on')) {
        problems.push(`${name} on ${describe(element)}`)
        continue
      }
      if (name === 'style') {
        for (const [, address] of attribute.value.matchAll(/url\(\s*["']?([^"')]*)/gi)) {
          if (!/^(https?:|data:image\/(jpeg|png|webp|gif);base64,)/i.test(address)) {
            problems.push(`style url(${address.slice(0, 40)}) on ${describe(element)}`)
          }
        }
        continue
      }
      if (!URL_ATTRIBUTES.has(name)) continue
      const addresses =
        name === 'srcset'
          ? attribute.value
              .split(/,\s+/)
              .map((candidate) => candidate.trim().split(/\s+/)[0])
              .filter(Boolean)
          : [attribute.value]
      for (const address of addresses) {
        let scheme: string
        try {
          scheme = new URL(address, document.baseURI).protocol
        } catch {
          problems.push(`${name}="${address.slice(0, 40)}" on ${describe(element)} is no URL`)
          continue
        }
        if (!SAFE_SCHEMES.has(scheme)) {
          problems.push(`${name}="${address.slice(0, 40)}" (${scheme}) on ${describe(element)}`)
        }
      }
    }
  }
  return problems
}

/**
 * The content texts (one of `texts`, a text node of its own) shown in the element and the shadow
 * roots inside it, each with the language it is marked in: the `lang` of its nearest element that
 * has one, across shadow roots.
 */
export function markedTexts(host: Element, texts: ReadonlySet<string>): [string, string][] {
  const found: [string, string][] = []
  for (const root of [host, ...deepShadowRoots(host)]) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? ''
      if (!texts.has(text)) continue
      let element: Element | null = node.parentElement
      while (element && !element.hasAttribute('lang')) {
        element = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null)
      }
      found.push([text, element?.getAttribute('lang') ?? ''])
    }
  }
  return found
}
