/** Pure helpers for the focus-area card's attributes. */
import {parseChoice, type WrongValue} from '../shared/attributes'
import {encodeText} from '../shared/content'

export type CardVariant = 'full' | 'compact'

/** `full` (also when not given) or `compact`; anything else `undefined` (the card then says so). */
export const parseVariant = (value: string | null | undefined): CardVariant | undefined =>
  parseChoice(value, ['full', 'compact'])

/** The stable anchor of a focus area, e.g. `ijh-focus-area-kunskap-och-kompetens`. */
export function focusAreaAnchor(slug: string): string {
  return `ijh-focus-area-${slug.replace(/[^a-z0-9-]/gi, '-')}`
}

/**
 * A link from a template such as `/innovation/{slug}`, with the slug URL-encoded (every `{slug}`,
 * written in any case, with spaces, or URL-encoded). Only relative
 * links and http(s) links are made; anything else (`javascript:`, `data:`) gives no link.
 *
 * The scheme is the one a browser would follow: the address is parsed as a link is (leading
 * control characters and spaces dropped, tabs and newlines removed anywhere), so that
 * `\u0000javascript:` or `java\tscript:` is not mistaken for a relative link.
 */
export function expandHrefTemplate(
  template: string | null | undefined,
  slug: string,
): string | undefined {
  if (!template?.trim() || !slug) return undefined
  // `{slug}` also as a link picker may write it: `%7Bslug%7D`, `{Slug}`, `{ slug }`.
  const href = template.trim().replace(/\{\s*slug\s*\}|%7Bslug%7D/gi, () => encodeText(slug))
  let protocol: string
  try {
    protocol = new URL(href, 'https://relative.invalid/').protocol
  } catch {
    return undefined
  }
  return protocol === 'http:' || protocol === 'https:' ? href : undefined
}

/**
 * `href-template` when it is given but makes no link (`javascript:…`, `mailto:…`, an address
 * that does not parse), so that the element says so rather than leaving its links out
 * unexplained; `example` is a good one for the element, e.g. `/innovation/{slug}`.
 */
export const wrongHrefTemplate = (
  template: string | null | undefined,
  example: string,
): WrongValue | false =>
  !!template?.trim() &&
  !expandHrefTemplate(template, 'x') && ['href-template', template, `href-template="${example}"`]
