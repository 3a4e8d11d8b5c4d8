/**
 * The support finder's state in the page's URL, in namespaced parameters that never collide with
 * the host page's own: `?ijh-sf-need=finansiering,radgivning&ijh-sf-municipality=krokom&ijh-sf-q=…`.
 * Parsing is tolerant: unknown parameters are kept for the host, malformed values are dropped.
 */
import {encodeText} from '../shared/content'
import {EMPTY_FILTERS, FACET_KEYS, type FacetKey, type Filters} from './facets'
import {fold} from './search'

/** The prefix of every parameter the finder owns. */
export const URL_PREFIX = 'ijh-sf-'

/**
 * The prefix of a finder's parameters: `ijh-sf-`, or with a `url-key` (`almi`) `ijh-sf-almi-`, so
 * that several finders on one page keep their state apart. The key keeps only lowercase letters,
 * digits and hyphens.
 */
export function urlPrefix(key: string | null | undefined): string {
  const clean = (key ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/^-+|-+$/g, '')
  return clean ? `${URL_PREFIX}${clean}-` : URL_PREFIX
}

/** Each facet's parameter name (after the prefix). */
export const FACET_PARAMS: Record<FacetKey, string> = {
  need: 'need',
  stage: 'stage',
  targetGroup: 'target-group',
  sector: 'sector',
  municipality: 'municipality',
  provider: 'provider',
}

const QUERY_PARAM = 'q'

/** The most options one facet takes from a URL or an attribute. */
export const MAX_VALUES = 50
/** The longest search text taken from a URL. */
export const MAX_QUERY = 200

/** What the URL holds. */
export interface UrlState {
  filters: Filters
  query: string
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/

/**
 * The items of a comma- or space-separated list, as written in a URL or an attribute. A script
 * (or an untyped React prop) may set an array, which reads as its items.
 */
const items = (value: string | null | undefined) => `${value ?? ''}`.split(/[\s,]+/).filter(Boolean)

/** The items of a list (`items`) without duplicates, at most `MAX_VALUES`. */
export function splitList(value: string | null | undefined): string[] {
  return [...new Set(items(value))].slice(0, MAX_VALUES)
}

/**
 * The slugs of a list, in lower case, without duplicates, at most `MAX_VALUES`; anything that is
 * not a slug is dropped first, so that it takes no place.
 */
export function parseSlugList(value: string | null | undefined): string[] {
  const slugs = items(value)
    .map(fold)
    .filter((part) => SLUG.test(part))
  return [...new Set(slugs)].slice(0, MAX_VALUES)
}

/**
 * A search text from a URL: control characters removed, spaces collapsed, at most 200 characters,
 * and no half of an emoji (which the cut, or a hostile link, can leave).
 */
export function cleanQuery(value: string | null | undefined): string {
  if (!value) return ''
  return value
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY)
    .replace(/\p{Cs}/gu, '')
}

function searchParams(search: string | URLSearchParams): URLSearchParams {
  if (search instanceof URLSearchParams) return search
  try {
    return new URLSearchParams(search)
  } catch {
    return new URLSearchParams()
  }
}

/** Reads the finder's state from a URL's search part (`?…`), ignoring everything else. */
export function parseUrlState(search: string | URLSearchParams, prefix = URL_PREFIX): UrlState {
  const params = searchParams(search)
  const filters = {...EMPTY_FILTERS} as Record<FacetKey, readonly string[]>
  for (const key of FACET_KEYS) {
    // A parameter given twice (`?ijh-sf-need=a&ijh-sf-need=b`) counts as one list.
    filters[key] = parseSlugList(params.getAll(prefix + FACET_PARAMS[key]).join(','))
  }
  return {filters, query: cleanQuery(params.get(prefix + QUERY_PARAM))}
}

/**
 * A URL search part (`?…`, or `''` when empty) with the finder's parameters replaced by `state`
 * and every other parameter kept as it was. Lists are written comma-separated, facets in a fixed
 * order, so that the same state always gives the same URL.
 */
export function writeUrlState(
  search: string | URLSearchParams,
  state: UrlState,
  prefix = URL_PREFIX,
): string {
  const params = new URLSearchParams(searchParams(search))
  // Only its own names: another finder's (`ijh-sf-almi-need`) may share the prefix's start.
  for (const name of [...Object.values(FACET_PARAMS), QUERY_PARAM]) params.delete(prefix + name)
  const ours: string[] = []
  for (const key of FACET_KEYS) {
    const slugs = parseSlugList(state.filters[key].join(','))
    if (slugs.length) ours.push(`${prefix}${FACET_PARAMS[key]}=${slugs.join(',')}`)
  }
  const query = cleanQuery(state.query)
  if (query) ours.push(`${prefix}${QUERY_PARAM}=${encodeText(query)}`)
  const all = [params.toString(), ...ours].filter(Boolean).join('&')
  return all ? `?${all}` : ''
}

/** Whether two states are the same (the same URL). */
export function sameUrlState(a: UrlState, b: UrlState): boolean {
  return writeUrlState('', a) === writeUrlState('', b)
}
