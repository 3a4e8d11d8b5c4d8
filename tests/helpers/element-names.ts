/**
 * Short names for elements in test messages. Imports nothing: readable-failures.ts, which the
 * runner loads before every test file, uses it and must not load anything else first.
 */

/** A short description of an element for messages: `button.chip[part=chip]`. */
export function describe(element: Element): string {
  const classes = [...element.classList].map((name) => `.${name}`).join('')
  const part = element.getAttribute('part')
  return `${element.localName}${classes}${part ? `[part=${part}]` : ''}`
}

/** `button.chip[part=chip]#search "Stödtyp"` (its name or text), or `null`. */
export function nameOf(element: Element | null | undefined): string {
  if (!element) return String(element)
  const text = (element.getAttribute('aria-label') ?? element.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 40)
  return `${describe(element)}${element.id ? `#${element.id}` : ''} "${text}"`
}
