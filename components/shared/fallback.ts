/**
 * Swedish fallback on English pages (WCAG 3.1.2, Language of Parts). Where a text has no English
 * translation, the queries give its Swedish and list the field in the object's `inSwedish`. An
 * element in English marks such a text `lang="sv"`, so that a screen reader reads it with Swedish
 * pronunciation rather than English.
 *
 * Elements reshape results (models, facets, joined lists), so they look a text up by its value:
 * `swedishTexts(result)` gathers the fallback texts of a whole result once, and `inSwedish()` marks
 * a text found there. Two fields with the same text then share the mark, which is right for both.
 */
import {html, nothing, type TemplateResult} from 'lit'
import {list, splitParagraphs, trimmed} from './content'

const gathered = new WeakMap<object, Set<string>>()

/**
 * The texts of a query result that the query gave in Swedish for want of English: for each object
 * in it, the trimmed text of every field its `inSwedish` lists. Gathered once per result. Results
 * in Swedish, and malformed ones, have none.
 */
export function swedishTexts(result: unknown): ReadonlySet<string> {
  const texts = new Set<string>()
  if (!result || typeof result !== 'object') return texts
  const known = gathered.get(result)
  if (known) return known
  gathered.set(result, texts)
  const seen = new Set<unknown>()
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object' || seen.has(value)) return
    seen.add(value)
    const item = value as Record<string, unknown>
    for (const field of list(item.inSwedish)) {
      const text = typeof field === 'string' ? trimmed(item[field]) : ''
      if (text) texts.add(text)
    }
    // An array's items, an object's fields.
    Object.values(item).forEach(visit)
  }
  visit(result)
  return texts
}

/** A text as content: wrapped in `<span lang="sv">` when it is one of the Swedish `texts`. */
export function inSwedish(texts: ReadonlySet<string>, text: string): string | TemplateResult {
  return texts.has(text) ? html`<span lang="sv">${text}</span>` : text
}

/**
 * For a `lang` binding on an element holding only the text: `sv`, or no attribute (also for
 * content that is not one text, such as texts already marked one by one).
 */
export function langOf(texts: ReadonlySet<unknown>, text: unknown): 'sv' | typeof nothing {
  return texts.has(text) ? 'sv' : nothing
}

/**
 * Plain text with paragraphs separated by a blank line (as the Studio asks editors to write them)
 * as `<p>`s, text only, never HTML; marked `lang="sv"` when the text is one of the Swedish `texts`.
 */
export function paragraphs(texts: ReadonlySet<string>, text: string): TemplateResult[] {
  const lang = langOf(texts, text.trim())
  return splitParagraphs(text).map((paragraph) => html`<p lang=${lang}>${paragraph}</p>`)
}
