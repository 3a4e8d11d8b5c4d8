/**
 * The support finder's free-text search: a small prefix index, case- and diacritic-insensitive.
 *
 * Why not MiniSearch: measured with esbuild (minified, gzip -9), MiniSearch 7.2 alone is about
 * 6.0 kB, several times the size of this whole module, and it would still need a custom
 * `processTerm` to fold diacritics. The finder needs only word-prefix matching with field weights
 * over a few thousand short texts, which a sorted token list and binary search give in well under
 * 1 kB.
 *
 * Cost: building is linear in the number of words (plus one sort of the distinct words); a query
 * costs one binary search per query word plus the postings of the words it is a prefix of. No
 * step compares every document with every other.
 */

/** Letters that Unicode normalization does not split into a base letter and a mark. */
const FOLDED: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
}

/** Lower case without diacritics: `Östersund` → `ostersund`, `Trøndelag` → `trondelag`. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (letter) => FOLDED[letter] ?? letter)
}

/**
 * The folded words of a text: runs of letters and digits (with their combining marks, which
 * folding drops). Each distinct word is folded once per `cache`: an index folds a vocabulary of
 * a few thousand words, not every one of hundreds of thousands of occurrences.
 */
export function words(
  text: string | null | undefined,
  cache: Map<string, string> = new Map(),
): string[] {
  if (!text) return []
  const found: string[] = []
  for (const word of text.split(/[^\p{L}\p{N}\p{M}]+/u)) {
    let folded = cache.get(word)
    if (folded === undefined) cache.set(word, (folded = fold(word)))
    if (folded) found.push(folded)
  }
  return found
}

/** One searchable text of a document and how much a match in it counts. */
export interface SearchField {
  text: string | null | undefined
  weight: number
}

/** A built index: `search()` gives each matching document's index and score. */
export interface SearchIndex {
  /**
   * The documents in which every word of `query` is the start of a word, with their scores
   * (higher is more relevant); `null` when the query has no words (no search: every document).
   */
  search(query: string): Map<number, number> | null
}

/** A whole-word match counts this much more than a prefix match. */
const EXACT_BONUS = 1.5

/** The first position in sorted `list` whose entry is ≥ `value`. */
function lowerBound(list: readonly string[], value: string): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (list[middle] < value) low = middle + 1
    else high = middle
  }
  return low
}

/** Builds a prefix index over documents, each given as its weighted fields. */
export function buildSearchIndex(documents: readonly (readonly SearchField[])[]): SearchIndex {
  // word → [document, weight of a field the word occurs in, document, weight, …]: flat arrays, not
  // a map per word, so that building allocates little. A document may occur more than once;
  // `search()` keeps its best score.
  const postings = new Map<string, number[]>()
  const folded = new Map<string, string>()
  documents.forEach((fields, document) => {
    for (const field of fields) {
      for (const word of words(field.text, folded)) {
        let posting = postings.get(word)
        if (!posting) postings.set(word, (posting = []))
        posting.push(document, field.weight)
      }
    }
  })
  const sorted = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

  return {
    search(query) {
      const terms = [...new Set(words(query))]
      if (!terms.length) return null
      let result: Map<number, number> | undefined
      for (const term of terms) {
        const scores = new Map<number, number>()
        for (let i = lowerBound(sorted, term); i < sorted.length; i++) {
          const word = sorted[i]
          if (!word.startsWith(term)) break
          const factor = word === term ? EXACT_BONUS : 1
          const posting = postings.get(word)!
          for (let at = 0; at < posting.length;) {
            const document = posting[at++]!
            const score = posting[at++]! * factor
            if ((scores.get(document) ?? 0) < score) scores.set(document, score)
          }
        }
        if (!result) {
          result = scores
        } else {
          const next = new Map<number, number>()
          // Intersect by walking the smaller map.
          const [small, large] = result.size <= scores.size ? [result, scores] : [scores, result]
          for (const [document, score] of small) {
            const other = large.get(document)
            if (other !== undefined) next.set(document, score + other)
          }
          result = next
        }
        if (!result.size) break
      }
      return result ?? new Map()
    },
  }
}

/** The status of an offer as far as ordering is concerned. */
export type OfferStatus = 'open' | 'upcoming' | 'closed'

const STATUS_ORDER: Record<OfferStatus, number> = {open: 0, upcoming: 1, closed: 2}

/** What ordering needs to know of a result. */
export interface Rankable {
  title: string
  status: OfferStatus | null
}

/** The order of offers with no query, by index into the list it was computed for. */
export interface BaseOrder {
  /** The items' indices, in order. */
  readonly sorted: Uint32Array
  /** Each item's position in that order, by the item's index. */
  readonly position: Uint32Array
}

/**
 * The order of offers when there is no query: open first (then upcoming, then closed, then those
 * without a status), then by title in the language's collation. Computed once per list and
 * language, so that a change of filters compares numbers, not titles.
 */
export function baseOrder(items: readonly Rankable[], lang: string): BaseOrder {
  const collator = new Intl.Collator(lang, {sensitivity: 'base', numeric: true})
  const status = (index: number) => {
    const value = items[index]!.status
    return value ? STATUS_ORDER[value] : 3
  }
  const sorted = Uint32Array.from(items.keys()).sort(
    (a, b) => status(a) - status(b) || collator.compare(items[a]!.title, items[b]!.title),
  )
  const position = new Uint32Array(items.length)
  sorted.forEach((index, at) => {
    position[index] = at
  })
  return {sorted, position}
}

/**
 * Orders results, given as indices into the list `order` was computed for: with scores (a query),
 * by relevance, then in `order`; without, in `order` alone. Returns a new array of indices.
 *
 * Without scores, many results are picked by walking the order once (O(n), no sort), a few are
 * sorted by position. With scores, the indices are sorted by numbers looked up in typed arrays,
 * so a change allocates little (the garbage collector's pauses are what a reader would feel).
 */
export function rankResults(
  results: readonly number[],
  scores: ReadonlyMap<number, number> | null,
  order: BaseOrder,
): number[] {
  const {sorted, position} = order
  if (!scores && results.length * 16 >= sorted.length) {
    const wanted = new Uint8Array(sorted.length)
    for (const index of results) wanted[index] = 1
    const ranked: number[] = []
    for (const index of sorted) if (wanted[index]) ranked.push(index)
    return ranked
  }
  const ranked = [...results]
  if (!scores) return ranked.sort((a, b) => position[a]! - position[b]!)
  const score = new Float64Array(sorted.length)
  for (const index of ranked) score[index] = scores.get(index) ?? 0
  return ranked.sort((a, b) => score[b]! - score[a]! || position[a]! - position[b]!)
}
