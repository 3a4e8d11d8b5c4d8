import {getPublishedId, type CustomValidatorResult, type Rule, type ValidationContext} from 'sanity'
import {splitParagraphs} from '../components/shared/content'
import {INVISIBLE, safeHref} from '../components/shared/safe-href'
import {localToday} from '../components/support-finder/offer-status'
import {API_VERSION, STRATEGY_ID} from './constants'

/** The value of a localized field: `localeString`, `localeText` or `localeBlockContent`. */
export type LocaleValue<T = unknown> = {
  _type?: string
  sv?: T
  en?: T
}

function isFilled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().length > 0
  if (Array.isArray(value)) return value.length > 0
  return false
}

/**
 * A custom validator for a required localized field: the Swedish text must be filled in.
 * English is optional; a missing English text falls back to Swedish (a blank one is an error, as
 * in `swedishBeforeEnglish`).
 */
export function requireSwedish(message = 'Fyll i den svenska texten. Den engelska är valfri.') {
  return (value: LocaleValue | undefined): CustomValidatorResult =>
    value && isFilled(value.sv) ? swedishBeforeEnglish(value) : message
}

/**
 * The rules of a required localized field, which replace its type's own: the Swedish text is
 * filled in (an error with `message`), and no character is hidden in it (a warning).
 */
export const requiredLocale = (message: string) => (rule: Rule) => [
  rule.custom<LocaleValue>(requireSwedish(message)).error(),
  rule.custom<LocaleValue>(noHiddenCharacters).warning(),
]

/**
 * A custom validator for any localized field: English without Swedish is an error, since Swedish
 * is the text every site falls back to; so is an English text that is there but blank.
 */
export function swedishBeforeEnglish(value: LocaleValue | undefined): CustomValidatorResult {
  if (value && isFilled(value.en) && !isFilled(value.sv)) {
    return 'Det finns en engelsk text men ingen svensk. Fyll i den svenska texten först.'
  }
  // Only spaces (which the Studio keeps) or an empty list: the sites would show nothing in
  // English, not the Swedish, since the queries fall back to Swedish only when English is absent.
  if (value && isFilled(value.sv) && value.en != null && !isFilled(value.en)) {
    return 'Den engelska texten ser tom ut men är inte det. Radera allt i fältet (då visas den svenska) eller skriv en text.'
  }
  return true
}

/**
 * A warning for a text the sites show as one paragraph (a story's summary and quote, a value's
 * statement), when the editor wrote several: the blank lines would not show, and the paragraphs
 * would run together.
 */
export function oneParagraph(value: LocaleValue | undefined): CustomValidatorResult {
  const several = (['sv', 'en'] as const).some((key) => {
    const text = value?.[key]
    return typeof text === 'string' && splitParagraphs(text).length > 1
  })
  return several
    ? 'Webbplatserna visar texten som ett enda stycke, så styckena flyter ihop där. Skriv texten som ett stycke, utan tomma rader.'
    : true
}

/**
 * Characters that pasted text brings along unseen (from PDF, Word or a web page) and that change
 * what the sites show: bidirectional controls, which turn the rest of a text around or hide part
 * of it (U+202E), zero-width characters and marks, control characters, and the replacement
 * character left by a broken encoding. A soft hyphen (U+00AD) is wanted and not among them.
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\ufffd]/
const HIDDEN_ALL = new RegExp(HIDDEN.source, 'g')

/** The texts of a localized field's language: a string, or the spans of Portable Text blocks. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (!Array.isArray(value)) return []
  return value.flatMap((block: {children?: {text?: unknown}[]}) =>
    Array.isArray(block?.children)
      ? block.children.map((span) => span?.text).filter((text) => typeof text === 'string')
      : [],
  )
}

/**
 * Where the hidden character `found` is in `text`, for a message: its code and the words before
 * it, without any other character `all` finds (`(U+200B) efter ”…”`, or `(U+200B) i början`). By
 * characters, not UTF-16 units, so that an emoji is never cut in half.
 */
function hiddenAt(text: string, found: RegExpExecArray, all: RegExp): string {
  const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
  const before = Array.from(text.slice(0, found.index).replace(all, '')).slice(-24).join('').trim()
  return `(U+${code})${before ? ` efter ”${before}”` : ' i början'}`
}

/**
 * A custom validator for any localized field, as a warning: a hidden or broken character in
 * either language, named by its code and the words before it, so that the editor can find it.
 */
export function noHiddenCharacters(value: LocaleValue | undefined): CustomValidatorResult {
  for (const [key, language] of [
    ['sv', 'svenska'],
    ['en', 'engelska'],
  ] as const) {
    for (const text of textsOf(value?.[key])) {
      const found = HIDDEN.exec(text)
      if (!found) continue
      return `Den ${language} texten har ett osynligt eller trasigt tecken ${hiddenAt(text, found, HIDDEN_ALL)}. Sådana tecken följer ofta med när man klistrar in från PDF eller Word, och kan vända, dölja eller förvränga texten på webbplatserna. Radera tecknet, eller skriv om orden där.`
    }
  }
  return true
}

/**
 * Turns a Swedish title into a slug: lowercase ASCII, å/ä → a, ö/ø → o, æ → ae, other accents
 * dropped, words joined by hyphens, at most 96 characters, never ending in a hyphen.
 */
export function slugify(input: string): string {
  return input
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/[öø]/g, 'o')
    .replace(/æ/g, 'ae')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 96)
    .replace(/-+$/, '')
}

/**
 * Whether no other document of the same type uses this slug. The document's own versions (its
 * published document, its draft, its versions in releases) do not count. Queries through the
 * validation context's client, so it works in the Studio and in `validateDocument`.
 */
async function slugIsFree(slug: string, context: ValidationContext): Promise<boolean> {
  const {document, getClient} = context
  if (!document) return true
  const id = getPublishedId(document._id)
  const holders = await getClient({apiVersion: API_VERSION}).fetch<string[]>(
    '*[_type == $type && slug.current == $slug]._id',
    {type: document._type, slug},
  )
  return holders.every((holder) => getPublishedId(holder) === id)
}

/**
 * Slug options used by every linkable type: made from the Swedish title. Uniqueness is checked by
 * {@link validSlug} as an error with a Swedish message, so the built-in check (an English warning)
 * is turned off here.
 */
export function slugOptions(source: string) {
  return {source, slugify, isUnique: () => true, maxLength: 96}
}

/**
 * A slug is filled in, uses only the characters `slugify` produces, at most 96 of them, and is
 * unique per type.
 */
export async function validSlug(
  value: {current?: string} | undefined,
  context: ValidationContext,
): Promise<CustomValidatorResult> {
  const current = value?.current
  if (!current)
    return 'Adressdelen (slug) krävs. Klicka på knappen bredvid fältet för att skapa den från titeln.'
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(current)) {
    return 'Adressdelen (slug) får bara innehålla små bokstäver a–z, siffror och bindestreck.'
  }
  // As long as the button makes them (`slugOptions`).
  if (current.length > 96) return 'Adressdelen (slug) får vara högst 96 tecken. Korta den.'
  if (!(await slugIsFree(current, context))) {
    return `Adressdelen ”${current}” används redan av ett annat dokument av samma typ. Välj en annan.`
  }
  return true
}

/** The rule for every URL field: only https, mailto and tel, with a message editors understand. */
export const URL_RULE_MESSAGE =
  'Använd en säker webbadress som börjar med https://, eller mailto: eller tel:. Adresser med http:// eller javascript: godtas inte.'

/**
 * An address the sites would not link, though it has an accepted scheme: the Studio's own rule
 * (`rule.uri`) passes `https:/almi.se`, `tel:063–14 00 00`, `mailto:` and addresses with spaces,
 * which the elements drop (`safeHref`, shared with them), so that they would vanish from the sites
 * without a word. Says what to mend; other addresses are left to `rule.uri`, which says
 * `URL_RULE_MESSAGE`. Together they accept only addresses the sites link.
 *
 * An invisible character pasted along (`INVISIBLE`) is named too: the sites leave it out of the
 * link, but the address should not keep it (other pages read it as it is).
 */
export function linkedBySites(value: unknown): CustomValidatorResult {
  if (typeof value !== 'string' || !value.trim()) return true
  const invisible = new RegExp(INVISIBLE.source, 'u').exec(value)
  if (invisible) {
    return `Adressen har ett osynligt tecken ${hiddenAt(value, invisible, INVISIBLE)}, som ofta följer med när man klistrar in från PDF eller Word. Radera tecknet, eller skriv adressen på nytt.`
  }
  if (safeHref(value)) return true
  const url = value.trim()
  if (/^https:(?!\/\/)/i.test(url))
    return 'Skriv två snedstreck efter https:, till exempel https://www.almi.se.'
  if (/^tel:/i.test(url)) {
    // No digit at all (`tel:+`, `tel:växeln`), or a character a number cannot have.
    return 'Skriv telefonnumret med siffror, och bara mellanslag, +, -, punkter eller parenteser mellan dem, till exempel tel:+46 63 14 00 00. Ett tankstreck (–) från ordbehandlaren fungerar inte.'
  }
  if (/^(https|mailto):\S*\s/i.test(url)) {
    return 'Adressen innehåller mellanslag, som inte fungerar i en länk. Ta bort dem (i en webbadress kan de skrivas %20).'
  }
  // `mailto:` alone, or with no address (`mailto:?subject=…`).
  if (/^mailto:/i.test(url))
    return 'Skriv en e-postadress efter mailto:, till exempel mailto:info@almi.se.'
  return true
}

/** The published ids of what the strategy lists in `field`, as the sites read it. */
async function strategyList(
  field: 'focusAreas' | 'guidingGoals' | 'values',
  context: ValidationContext,
): Promise<string[] | undefined> {
  const refs = await context
    .getClient({apiVersion: API_VERSION})
    .fetch<string[] | null>(`*[_id == $id][0].${field}[]._ref`, {id: STRATEGY_ID})
  return refs ?? undefined
}

/**
 * A focus area's links to guiding goals or values that the strategy does not list: a card shows
 * them, but the strategy wheel, which draws the strategy's lists, cannot. A warning, naming none
 * by title (the editor sees the list), so that an editor can add them to the strategy first.
 */
export function listedInStrategy(field: 'guidingGoals' | 'values', what: string) {
  return async (
    refs: {_ref?: string}[] | undefined,
    context: ValidationContext,
  ): Promise<CustomValidatorResult> => {
    if (!refs?.length) return true
    const listed = await strategyList(field, context)
    if (!listed) return true
    const missing = refs.filter((ref) => ref._ref && !listed.includes(getPublishedId(ref._ref)))
    if (!missing.length) return true
    const [count, them] = missing.length === 1 ? ['Ett', 'det'] : [String(missing.length), 'dem']
    return `${count} av de valda ${what} finns inte med i ”Strategin”, så strategihjulet visar inte kopplingen (insatsområdeskortet gör det). Lägg till ${them} i ”Strategin”, eller ta bort ${them} här.`
  }
}

/** A focus area the strategy does not list: cards show it, the strategy wheel does not. */
export async function focusAreaInStrategy(
  document: {_id?: string} | undefined,
  context: ValidationContext,
): Promise<CustomValidatorResult> {
  if (!document?._id) return true
  const listed = await strategyList('focusAreas', context)
  if (!listed || listed.includes(getPublishedId(document._id))) return true
  return 'Insatsområdet finns inte med bland insatsområdena i ”Strategin”, så strategihjulet visar det inte (insatsområdeskortet gör det). Lägg till det i ”Strategin”.'
}

/**
 * For a field that must be filled in and match `valid`, with one message whatever is wrong:
 * Sanity's chained rules (`required().regex(…)`) each say it again, twice for an empty field. Beside `rule.required().error(message)`, which says it when the field is empty and
 * makes the Studio mark the field as required, `rule.custom(otherwise(valid, message)).error()`.
 */
export const otherwise =
  <T>(valid: (value: T) => boolean, message: string) =>
  (value: T | null | undefined): CustomValidatorResult =>
    // Empty as `required` has it (an import or the API can leave null or ''): its message.
    value == null || value === '' || valid(value) ? true : message

/**
 * A date after today, the editor's today (not UTC's, which in Sweden is still yesterday for an hour
 * or two after midnight): the carousel shows the newest story first, so a story dated in the
 * future stays first until then. A warning, since a story may be written ahead of its day.
 */
export function notInFuture(date: string | undefined): CustomValidatorResult {
  return date && date > localToday()
    ? 'Datumet ligger i framtiden, så berättelsen visas först i karusellen fram till dess. Stämmer datumet?'
    : true
}
