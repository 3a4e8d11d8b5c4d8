import type {CustomValidatorResult, ValidationContext} from 'sanity'
import {API_VERSION} from './constants'

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
 * English is optional; a missing English text falls back to Swedish.
 */
export function requireSwedish(message = 'Fyll i den svenska texten. Den engelska är valfri.') {
  return (value: LocaleValue | undefined): CustomValidatorResult =>
    value && isFilled(value.sv) ? true : message
}

/**
 * A custom validator for any localized field: English without Swedish is an error, since Swedish
 * is the text every site falls back to.
 */
export function swedishBeforeEnglish(value: LocaleValue | undefined): CustomValidatorResult {
  if (value && isFilled(value.en) && !isFilled(value.sv)) {
    return 'Det finns en engelsk text men ingen svensk. Fyll i den svenska texten först.'
  }
  return true
}

/**
 * Turns a Swedish title into a slug: lowercase ASCII, å/ä → a, ö → o, words joined by hyphens.
 */
export function slugify(input: string): string {
  return input
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
}

/**
 * Whether no other document of the same type (published or draft) uses this slug. Queries through
 * the validation context's client, so it works in the Studio and in `validateDocument`.
 */
async function slugIsFree(slug: string, context: ValidationContext): Promise<boolean> {
  const {document, getClient} = context
  if (!document) return true
  const id = document._id.replace(/^drafts\./, '')
  const count = await getClient({apiVersion: API_VERSION}).fetch<number>(
    'count(*[_type == $type && slug.current == $slug && !(_id in [$id, $draft])])',
    {type: document._type, slug, id, draft: `drafts.${id}`},
  )
  return count === 0
}

/**
 * Slug options used by every linkable type: made from the Swedish title. Uniqueness is checked by
 * {@link validSlug} as an error with a Swedish message, so the built-in check (an English warning)
 * is turned off here.
 */
export function slugOptions(source: string) {
  return {source, slugify, isUnique: () => true, maxLength: 96}
}

/** A slug is filled in, uses only the characters `slugify` produces, and is unique per type. */
export async function validSlug(
  value: {current?: string} | undefined,
  context: ValidationContext,
): Promise<CustomValidatorResult> {
  const current = value?.current
  if (!current)
    return 'Adressdelen (slug) krävs. Klicka på ”Generate” för att skapa den från titeln.'
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(current)) {
    return 'Adressdelen (slug) får bara innehålla små bokstäver a–z, siffror och bindestreck.'
  }
  if (!(await slugIsFree(current, context))) {
    return `Adressdelen ”${current}” används redan av ett annat dokument av samma typ. Välj en annan.`
  }
  return true
}

/** The rule for every URL field: only https, mailto and tel, with a message editors understand. */
export const URL_RULE_MESSAGE =
  'Använd en säker webbadress som börjar med https://, eller mailto: eller tel:. Adresser med http:// eller javascript: godtas inte.'
