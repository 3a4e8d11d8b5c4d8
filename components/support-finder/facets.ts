/**
 * The support finder's facets as pure functions: the offers in a shape that filters fast,
 * filtering, the count each option would give, and what to remove when nothing matches.
 *
 * Semantics: options within a facet are alternatives (OR), facets narrow each other (AND), and
 * the search narrows like one more facet. An offer with an empty `sectors` list is open to every
 * sector: it matches any sector filter and counts towards every sector option.
 *
 * Cost: `evaluate()` is one pass over the offers. It records, for each offer, which of the seven
 * dimensions (six facets and the search) it fails, and stops looking at the second; an offer
 * that fails none is a result, an offer that fails exactly one dimension counts towards that
 * dimension's options and towards the results one would get by removing that dimension. Nothing
 * is quadratic in the offers. The offers' facet values are numbered once per list, so that the
 * pass reads numbers from typed arrays rather than strings from sets and maps.
 */
import type {QueryResultMap} from '../data/source'
import {localToday, statusOn} from './offer-status'
import type {OfferStatus} from './search'

export type FinderData = QueryResultMap['supportFinder']
export type RawOffer = FinderData['offers'][number]

/** The facets, in the order they are shown. */
export const FACET_KEYS = [
  'need',
  'stage',
  'targetGroup',
  'sector',
  'municipality',
  'provider',
] as const

export type FacetKey = (typeof FACET_KEYS)[number]

/** The selected option slugs of each facet (an empty list: no filter). */
export type Filters = {readonly [K in FacetKey]: readonly string[]}

/** No filter at all. */
export const EMPTY_FILTERS: Filters = Object.freeze({
  need: [],
  stage: [],
  targetGroup: [],
  sector: [],
  municipality: [],
  provider: [],
})

/** Whether `key` names a facet. */
export function isFacetKey(key: string): key is FacetKey {
  return (FACET_KEYS as readonly string[]).includes(key)
}

/** An offer as the finder uses it: its facet values as plain slug lists, and the raw offer. */
export interface FinderOffer {
  id: string
  slug: string
  title: string
  status: OfferStatus | null
  facets: {readonly [K in FacetKey]: readonly string[]}
  raw: RawOffer
}

/** One option of a facet. */
export interface FacetOption {
  slug: string
  label: string
  description?: string
}

const STATUSES: readonly string[] = ['open', 'upcoming', 'closed']

function slugList(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return [...new Set(value.filter((item): item is string => typeof item === 'string' && !!item))]
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/**
 * The offers of a query result in the finder's shape. Tolerates malformed content: entries that
 * are not objects, or have no id, are left out; missing lists are empty; a missing title falls
 * back to the slug.
 */
export function normalizeOffers(raw: unknown, today = localToday()): FinderOffer[] {
  if (!Array.isArray(raw)) return []
  const offers: FinderOffer[] = []
  const seen = new Set<string>()
  for (const item of raw as unknown[]) {
    if (!item || typeof item !== 'object') continue
    const offer = item as RawOffer
    const id = text(offer._id) || text(offer.slug)
    if (!id || seen.has(id)) continue
    seen.add(id)
    const provider =
      offer.provider && typeof offer.provider === 'object' ? text(offer.provider.slug) : ''
    offers.push({
      id,
      slug: text(offer.slug) || id,
      title: text(offer.title).trim() || text(offer.slug) || id,
      status: statusOn(
        STATUSES.includes(offer.status as string) ? (offer.status as OfferStatus) : null,
        offer.opensAt,
        offer.closesAt,
        today,
      ),
      facets: {
        need: slugList(offer.needs),
        stage: slugList(offer.stages),
        targetGroup: slugList(offer.targetGroups),
        sector: slugList(offer.sectors),
        municipality: slugList(offer.municipalities),
        provider: provider ? [provider] : [],
      },
      raw: offer,
    })
  }
  return offers
}

type Taxonomy = readonly ({
  slug?: unknown
  title?: unknown
  name?: unknown
  description?: unknown
} | null)[]

function options(list: unknown): FacetOption[] {
  if (!Array.isArray(list)) return []
  const seen = new Set<string>()
  const result: FacetOption[] = []
  for (const item of list as Taxonomy) {
    if (!item || typeof item !== 'object') continue
    const slug = text(item.slug)
    if (!slug || seen.has(slug)) continue
    seen.add(slug)
    const label = text(item.title) || text(item.name) || slug
    const description = text(item.description)
    result.push(description ? {slug, label, description} : {slug, label})
  }
  return result
}

/**
 * The options of every facet: the taxonomies in the editors' order, and the providers of the
 * offers by name.
 */
export function facetOptions(data: unknown, lang: string): Record<FacetKey, FacetOption[]> {
  const source = (data && typeof data === 'object' ? data : {}) as Partial<
    Record<keyof FinderData, unknown>
  >
  const providers = new Map<string, FacetOption>()
  if (Array.isArray(source.offers)) {
    for (const offer of source.offers as unknown[]) {
      const provider = (offer as RawOffer | null)?.provider
      const slug = text(provider?.slug)
      if (slug && !providers.has(slug)) {
        providers.set(slug, {slug, label: text(provider?.name) || slug})
      }
    }
  }
  const collator = new Intl.Collator(lang, {sensitivity: 'base'})
  return {
    need: options(source.needs),
    stage: options(source.stages),
    targetGroup: options(source.targetGroups),
    sector: options(source.sectors),
    municipality: options(source.municipalities),
    provider: [...providers.values()].sort((a, b) => collator.compare(a.label, b.label)),
  }
}

/** Keeps only known options, without duplicates, in each facet. */
export function sanitizeFilters(
  filters: Partial<Record<FacetKey, readonly string[]>>,
  known: Record<FacetKey, readonly FacetOption[]>,
): Filters {
  const result = {} as Record<FacetKey, string[]>
  for (const key of FACET_KEYS) {
    const slugs = new Set(known[key].map((option) => option.slug))
    result[key] = [...new Set(filters[key] ?? [])].filter((slug) => slugs.has(slug))
  }
  return result
}

/** The user's filters with the fixed (preset) facets put in their place. */
export function mergeFilters(
  user: Filters,
  fixed: Partial<Record<FacetKey, readonly string[]>>,
): Filters {
  const result = {...user} as Record<FacetKey, readonly string[]>
  for (const key of FACET_KEYS) {
    const preset = fixed[key]
    if (preset && preset.length) result[key] = preset
  }
  return result
}

/** Whether any facet has a selection. */
export function hasFilters(filters: Filters): boolean {
  return FACET_KEYS.some((key) => filters[key].length > 0)
}

/** The filters with one option added or removed. */
export function toggleOption(filters: Filters, key: FacetKey, slug: string, on: boolean): Filters {
  const current = filters[key].filter((value) => value !== slug)
  return {...filters, [key]: on ? [...current, slug] : current}
}

/** What a set of filters and a search give. */
export interface Evaluation {
  /** The indices of the matching offers, in the offers' order. */
  results: number[]
  /**
   * For each facet, the number of offers that name each option among those that pass every other
   * facet and the search (read them with `optionCount()`).
   */
  counts: Record<FacetKey, Map<string, number>>
  /** The number of results one would have with that facet's filter removed. */
  withoutFacet: Record<FacetKey, number>
  /** The number of results one would have without the search. */
  withoutQuery: number
  /** Among the offers the sector counts cover, those open to every sector (no sectors listed). */
  everySector: number
}

const FACETS = FACET_KEYS.length
const SECTOR = FACET_KEYS.indexOf('sector')
const QUERY_BIT = 1 << FACETS

/** The offers' facet values as numbers, so that a change compares numbers, not strings. */
interface CodedOffers {
  /** For each facet, each option's number (in the order the offers first name them). */
  ids: Map<string, number>[]
  /** Where the numbers of offer `o`'s facet `f` start in `values`: at `o × 6 + f`; they end where the next start. */
  start: Uint32Array
  values: Uint32Array
}

/**
 * Made once for each list of offers and kept while the list lives; made again if the list's
 * length changed (a list is not meant to change: `normalizeOffers` gives a new one each time).
 */
const codedOffers = new WeakMap<readonly FinderOffer[], CodedOffers>()

function coded(offers: readonly FinderOffer[]): CodedOffers {
  let result = codedOffers.get(offers)
  if (result?.start.length !== offers.length * FACETS + 1) {
    const ids = FACET_KEYS.map(() => new Map<string, number>())
    const start = new Uint32Array(offers.length * FACETS + 1)
    const values: number[] = []
    offers.forEach((offer, index) => {
      FACET_KEYS.forEach((key, facet) => {
        start[index * FACETS + facet] = values.length
        const map = ids[facet]!
        for (const value of offer.facets[key]) {
          let id = map.get(value)
          if (id === undefined) map.set(value, (id = map.size))
          values.push(id)
        }
      })
    })
    start[offers.length * FACETS] = values.length
    result = {ids, start, values: Uint32Array.from(values)}
    codedOffers.set(offers, result)
  }
  return result
}

/**
 * Filters the offers and counts the options, in one pass. `matches` holds the indices of the
 * offers the search found, or is `null` when there is no search. The offers' facet values are
 * read once per list, as numbers: a list whose offers change in place is not seen to change
 * (one that grows or shrinks is read again).
 */
export function evaluate(
  offers: readonly FinderOffer[],
  filters: Filters,
  matches: ReadonlySet<number> | ReadonlyMap<number, unknown> | null,
): Evaluation {
  const {ids, start, values} = coded(offers)
  // For each facet with a selection, a flag for each option selected.
  const selected = FACET_KEYS.map((key, facet) => {
    if (!filters[key].length) return null
    const flags = new Uint8Array(ids[facet]!.size)
    for (const slug of filters[key]) {
      const id = ids[facet]!.get(slug)
      if (id !== undefined) flags[id] = 1
    }
    return flags
  })
  let found: Uint8Array | undefined
  if (matches) {
    found = new Uint8Array(offers.length)
    for (const index of matches.keys()) found[index] = 1
  }
  const tallies = ids.map((map) => new Uint32Array(map.size))
  const removedFacet = FACET_KEYS.map(() => 0)
  let removedQuery = 0
  // Offers open to every sector count towards every sector option; added once at the end.
  let everySector = 0
  const results: number[] = []

  const tally = (offer: number, facet: number) => {
    const from = start[offer * FACETS + facet]!
    const to = start[offer * FACETS + facet + 1]!
    if (facet === SECTOR && from === to) everySector++
    for (let at = from; at < to; at++) tallies[facet]![values[at]!]!++
  }

  for (let offer = 0; offer < offers.length; offer++) {
    let failed = found && !found[offer] ? QUERY_BIT : 0
    for (let facet = 0; facet < FACETS && !(failed & (failed - 1)); facet++) {
      const flags = selected[facet]
      if (!flags) continue
      let at = start[offer * FACETS + facet]!
      const to = start[offer * FACETS + facet + 1]!
      if (facet === SECTOR && at === to) continue
      while (at < to && !flags[values[at]!]) at++
      if (at === to) failed |= 1 << facet
    }
    if (failed === 0) {
      results.push(offer)
      for (let facet = 0; facet < FACETS; facet++) tally(offer, facet)
    } else if ((failed & (failed - 1)) === 0) {
      // Exactly one dimension failed.
      if (failed === QUERY_BIT) {
        removedQuery++
      } else {
        const facet = 31 - Math.clz32(failed)
        removedFacet[facet]!++
        tally(offer, facet)
      }
    }
  }

  return {
    results,
    counts: Object.fromEntries(
      FACET_KEYS.map((key, facet) => {
        const counted = new Map<string, number>()
        for (const [slug, id] of ids[facet]!) {
          if (tallies[facet]![id]) counted.set(slug, tallies[facet]![id]!)
        }
        return [key, counted]
      }),
    ) as Record<FacetKey, Map<string, number>>,
    withoutFacet: Object.fromEntries(
      FACET_KEYS.map((key, facet) => [key, results.length + removedFacet[facet]!]),
    ) as Record<FacetKey, number>,
    withoutQuery: results.length + removedQuery,
    everySector,
  }
}

/**
 * The number of offers an option would give with the other facets and the search applied. For a
 * sector this includes the offers open to every sector.
 */
export function optionCount(evaluation: Evaluation, key: FacetKey, slug: string): number {
  const count = evaluation.counts[key].get(slug) ?? 0
  return key === 'sector' ? count + evaluation.everySector : count
}

/** A way out of zero results: remove one filter (a facet's selection, or the search). */
export interface Suggestion {
  /** The facet to clear, or `query` for the search. */
  remove: FacetKey | 'query'
  /** The number of results that gives. */
  count: number
}

/**
 * Which single filter to remove, and how many results each removal gives, best first. Only
 * removals the reader can make (`removable`) and that give at least one result are listed.
 */
export function suggestRemovals(
  evaluation: Evaluation,
  filters: Filters,
  hasQuery: boolean,
  removable: (key: FacetKey) => boolean = () => true,
): Suggestion[] {
  const suggestions: Suggestion[] = []
  for (const key of FACET_KEYS) {
    if (!filters[key].length || !removable(key)) continue
    const count = evaluation.withoutFacet[key]
    if (count > evaluation.results.length) suggestions.push({remove: key, count})
  }
  if (hasQuery && evaluation.withoutQuery > evaluation.results.length) {
    suggestions.push({remove: 'query', count: evaluation.withoutQuery})
  }
  return suggestions.sort((a, b) => b.count - a.count)
}
