/** Pure helpers for the support finder's attributes and result cards. */
import type {Lang} from '../data/source'
import {translate} from '../i18n/translate'
import {parseChoice} from '../shared/attributes'
import {FACET_KEYS, type FacetKey} from './facets'
import {localToday} from './offer-status'
import type {OfferStatus} from './search'
import {finderStrings, type FinderMessage} from './support-finder.strings'
import {FACET_PARAMS} from './url-state'

export type FinderMode = 'browse' | 'guided'

/** `guided` or `browse`; anything else is `undefined` (the element then says so). */
export const parseMode = (value: string | null | undefined): FinderMode | undefined =>
  parseChoice(value, ['browse', 'guided'])

/** The facet an attribute or parameter name means: `target-group` → `targetGroup`. */
export function facetFromName(name: string): FacetKey | undefined {
  const clean = name.trim().toLowerCase()
  return FACET_KEYS.find((key) => FACET_PARAMS[key] === clean || key.toLowerCase() === clean)
}

/**
 * The facets `hide-facets` hides: the names it lists (`hide-facets="provider municipality"`), or,
 * when it is present but empty (or `true`), every facet a preset fixes. Unknown names are
 * returned separately so that the element can name them.
 */
export function parseHideFacets(
  value: string | null | undefined,
  fixed: readonly FacetKey[],
): {hidden: Set<FacetKey>; unknown: string[]} {
  if (value == null) return {hidden: new Set(), unknown: []}
  // An array set by a script reads as its items (see url-state's `items`).
  const names = `${value}`.split(/[\s,]+/).filter(Boolean)
  if (!names.length || (names.length === 1 && names[0].toLowerCase() === 'true')) {
    return {hidden: new Set(fixed), unknown: []}
  }
  const hidden = new Set<FacetKey>()
  const unknown: string[] = []
  for (const name of names) {
    const key = facetFromName(name)
    if (key) hidden.add(key)
    else unknown.push(name)
  }
  return {hidden, unknown}
}

/**
 * The months' names. They are written out rather than taken from `Intl.DateTimeFormat`, which
 * loads the language's calendar data the first time it is used: 10–40 ms on the finder's first
 * render on a fast machine, for two words. A test holds them equal to Intl's long dates.
 */
const MONTHS: Record<Lang, string[]> = {
  sv: 'januari februari mars april maj juni juli augusti september oktober november december'.split(
    ' ',
  ),
  en: 'January February March April May June July August September October November December'.split(
    ' ',
  ),
}

/**
 * A `YYYY-MM-DD` date in the reader's language as Intl writes a long date (`sv-SE`, `en-GB`), e.g.
 * `31 mars 2027`; anything else gives none.
 */
export function formatDate(value: string | null | undefined, lang: Lang): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value?.trim() ?? '')
  if (!match) return undefined
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  // A day the calendar has: Date moves 2027-02-30 on to March, and 2027-13-01 to the next year.
  const date = new Date(Date.UTC(2000, month - 1, day))
  date.setUTCFullYear(year)
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return `${day} ${MONTHS[lang][month - 1]} ${year}`
}

/**
 * An offer's status as shown on its card: the kind, and a sentence with its dates. An offer closed
 * before its closing date (`today` or later) is only "Stängd": not "Stängde" on a day to come.
 */
export function describeStatus(
  status: OfferStatus | null,
  opensAt: string | null | undefined,
  closesAt: string | null | undefined,
  lang: Lang,
  today = localToday(),
): {kind: OfferStatus; text: string} | undefined {
  const t = (key: FinderMessage, date?: string) =>
    translate(finderStrings, lang, key, date ? {date} : {})
  const opens = formatDate(opensAt, lang)
  const closes = formatDate(closesAt, lang)
  switch (status) {
    case 'open':
      return {
        kind: status,
        text: closes
          ? t('statusOpenUntil', closes)
          : opensAt
            ? t('statusOpen')
            : t('statusOpenOngoing'),
      }
    case 'upcoming':
      return {kind: status, text: opens ? t('statusUpcomingFrom', opens) : t('statusUpcoming')}
    case 'closed':
      return {
        kind: status,
        text:
          closes && closesAt!.trim() < today ? t('statusClosedSince', closes) : t('statusClosed'),
      }
    default:
      return undefined
  }
}
