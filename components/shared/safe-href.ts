/**
 * Characters that text pasted from a PDF, Word or a web page brings along unseen, and that break
 * an address they end up in: Unicode's format characters (Cf), such as the soft hyphen, zero-width
 * characters, direction marks and the byte order mark. The Sanity plugin asks editors to remove
 * them.
 *
 * The joiners (U+200C, U+200D) too: Word's "no-width" breaks insert them. An address whose path
 * holds an emoji sequence or Persian text, where they belong, loses them; the region's addresses
 * have neither.
 */
export const INVISIBLE = /\p{Cf}/gu

/**
 * Which links the elements make, shared with the Sanity plugin's address rule so that the Studio
 * accepts only addresses the sites link: `https://…`, `mailto:` with an address (`@`) and `tel:`
 * with a digit, with no spaces (a `tel:` number may have spaces, `+`, `-`, dots and brackets).
 * Anything else gives none. Invisible characters (`INVISIBLE`) are left out of the link, so that
 * an address published with one still leads where it says.
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  const trimmed = url.replace(INVISIBLE, '').trim()
  if (!/^(https:\/\/\S+|mailto:[^\s?@]+@\S+|tel:[+()\-.\s]*\d[+0-9()\-.\s]*)$/i.test(trimmed)) {
    return undefined
  }
  try {
    const parsed = new URL(trimmed)
    return ['https:', 'mailto:', 'tel:'].includes(parsed.protocol) ? trimmed : undefined
  } catch {
    return undefined
  }
}
