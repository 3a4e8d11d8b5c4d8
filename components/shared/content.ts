/**
 * Reading query results defensively. A result is JSON from a dataset editors (and schema changes)
 * shape, so any field may be missing, `null` or of another type than the generated types say.
 * Elements read content through these helpers, so that such content gives less on the page, never
 * an exception or a printed `undefined` or `[object Object]`.
 */

/** A text: a string as it is, a number as its digits; anything else is no text (`''`). */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''
}

/** A text with its surrounding white space removed; `''` when there is none. */
export function trimmed(value: unknown): string {
  return text(value).trim()
}

/**
 * `encodeURIComponent` that never throws: a lone surrogate (half of an emoji, as a cut text or a
 * hostile slug may hold) becomes U+FFFD first, which it can encode.
 */
export function encodeText(value: string): string {
  return encodeURIComponent(value.replace(/\p{Cs}/gu, '\uFFFD'))
}

/**
 * The paragraphs of a plain text, separated by a blank line as editors write them, each trimmed,
 * none empty. The Sanity plugin reads paragraphs the same way (`oneParagraph`).
 */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
}

/** A list: an array as it is, anything else as no items. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

/** An object (not an array), else `undefined`. */
export function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

/**
 * A key for an item that no other item in `used` has: the first non-empty candidate (a slug, an
 * id), with `-2`, `-3` … added when it is taken. Content with duplicate keys thus still gives each
 * item its own.
 */
export function uniqueKey(used: Set<string>, ...candidates: string[]): string {
  const base = candidates.find(Boolean) ?? 'item'
  let key = base
  for (let i = 2; used.has(key); i++) key = `${base}-${i}`
  used.add(key)
  return key
}
