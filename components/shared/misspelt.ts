import type {ReactiveElement, TemplateResult} from 'lit'
import type {Lang} from '../data/source'
import {misspeltText} from './misspelt.strings'
import {renderProblem} from './states'

/** The edit distance of two short strings (Levenshtein). */
function distance(a: string, b: string): number {
  let row = Array.from({length: b.length + 1}, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    row = next
  }
  return row[b.length]
}

/**
 * The attribute of `known` that `name` most likely misspells (`municipalty` → `municipality`,
 * `hide_facets` → `hide-facets`): one edit away for a short name, two for a longer one. None for
 * a known attribute, or one the page or a framework adds (`data-…`, `aria-…`, `:class`).
 */
export function meantAttribute(name: string, known: readonly string[]): string | undefined {
  // A global attribute (`style`, `class`, `tabindex`) is never this close to one of ours: the
  // tests hold that.
  if (known.includes(name) || /^(?:data|aria)-|[^a-z_-]/.test(name)) return undefined
  const most = name.length < 6 ? 1 : 2
  let best: string | undefined
  let bestDistance = most + 1
  for (const candidate of known) {
    const d = distance(name, candidate)
    if (d < bestDistance) [best, bestDistance] = [candidate, d]
  }
  return best
}

/**
 * Messages about the element's attributes that look like misspellings of its own, which it would
 * otherwise ignore without a word (a finder with `municipalty="krokom"` shows every offer).
 */
export function renderMisspelt(host: ReactiveElement, lang: Lang): TemplateResult[] {
  const known = (host.constructor as typeof ReactiveElement).observedAttributes
  return host.getAttributeNames().flatMap((name) => {
    const meant = meantAttribute(name, known)
    return meant ? [renderProblem(misspeltText(lang, {name, meant}))] : []
  })
}
