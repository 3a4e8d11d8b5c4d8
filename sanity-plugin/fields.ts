import {
  defineArrayMember,
  defineField,
  type CustomValidator,
  type CustomValidatorResult,
} from 'sanity'
import {URL_SCHEMES} from './constants'
import {
  URL_RULE_MESSAGE,
  linkedBySites,
  oneParagraph,
  requiredLocale,
  slugOptions,
  validSlug,
  type LocaleValue,
} from './validation'

type LocaleType = 'localeString' | 'localeText' | 'localeBlockContent'

interface LocaleFieldOptions {
  name: string
  title: string
  description?: string
  type?: LocaleType
  required?: boolean
  group?: string
  fieldset?: string
  /**
   * A warning, not an error, when a text is longer: `[characters, what then happens]`. Only for a
   * required field (an optional one keeps its type's own rules).
   */
  longerThan?: [number, string]
  /**
   * The sites show the text as one paragraph: a warning when it has several (`oneParagraph`).
   * Only for a required `localeText`.
   */
  oneParagraph?: boolean
}

/**
 * A warning about a localized text longer than `max` characters in either language, saying what
 * then happens on the sites and how long the text is in each language that is too long.
 */
export function longerThan(max: number, effect: string) {
  return (value: LocaleValue<unknown> | undefined): CustomValidatorResult => {
    const long = (['sv', 'en'] as const)
      .map(
        (lang) =>
          [lang, typeof value?.[lang] === 'string' ? value[lang].trim().length : 0] as const,
      )
      .filter(([, length]) => length > max)
      .map(([lang, length]) => `${length} tecken på ${lang === 'sv' ? 'svenska' : 'engelska'}`)
    return long.length
      ? `Texten är lång (${long.join(', ')}). ${effect} Skriv högst ${max} tecken.`
      : true
  }
}

/** A localized field; when required, its Swedish text must be filled in. */
export function localeField({
  name,
  title,
  description,
  type = 'localeString',
  required = false,
  group,
  fieldset,
  longerThan: long,
  oneParagraph: single,
}: LocaleFieldOptions) {
  const field = {name, title, description, type, group, fieldset}
  // An optional field has no `validation` at all (not even `undefined`), so that its type's own
  // rule (English needs Swedish: `swedishBeforeEnglish`) applies.
  if (!required) return defineField(field)
  const rules = requiredLocale(`Fyll i ”${title}” på svenska.`)
  return defineField({
    ...field,
    validation: (rule) => [
      ...rules(rule),
      ...(long ? [rule.custom<LocaleValue>(longerThan(...long)).warning()] : []),
      ...(single ? [rule.custom<LocaleValue>(oneParagraph).warning()] : []),
    ],
  })
}

/** An ordered list of one-line localized texts, such as bullets. */
export function localeStringList({
  name,
  title,
  description,
  min = 0,
}: {
  name: string
  title: string
  description?: string
  min?: number
}) {
  return defineField({
    name,
    title,
    description,
    type: 'array',
    of: [
      defineArrayMember({
        type: 'localeString',
        // A blank row counts as none on the sites, which leave it out.
        validation: requiredLocale('Fyll i raden på svenska, eller ta bort den.'),
      }),
    ],
    validation: (rule) =>
      rule
        .custom<unknown[]>((items) => {
          if ((items?.length ?? 0) < min) {
            return `Lägg till minst ${min === 1 ? 'en rad' : `${min} rader`} i ”${title}”.`
          }
          return true
        })
        .error(),
  })
}

/** The slug of a linkable document, made from the Swedish title and unique per type. */
export function slugField(source = 'title.sv', group?: string) {
  return defineField({
    name: 'slug',
    title: 'Adressdel (slug)',
    description:
      'Används i länkar och i elementens attribut, till exempel focus-area="kunskap-och-kompetens". Ändra den inte när sidor redan länkar hit.',
    type: 'slug',
    group,
    options: slugOptions(source),
    validation: (rule) => rule.custom(validSlug).error(),
  })
}

/** A web address field that accepts only https, mailto and tel. */
export function urlField({
  name,
  title,
  description,
  required = false,
}: {
  name: string
  title: string
  description?: string
  required?: boolean
}) {
  return defineField({
    name,
    title,
    description,
    type: 'url',
    validation: (rule) => {
      const uri = [
        rule.uri({scheme: [...URL_SCHEMES]}).error(URL_RULE_MESSAGE),
        rule.custom(linkedBySites).error(),
      ]
      return required ? [rule.required().error(`Fyll i ”${title}”.`), ...uri] : uri
    },
  })
}

/** An ordered list of references to documents of the given types. */
export function referenceList({
  name,
  title,
  description,
  to,
  min = 0,
  group,
  warn,
}: {
  name: string
  title: string
  description?: string
  to: string[]
  min?: number
  group?: string
  /** A check of the list that warns, without stopping publishing. */
  warn?: CustomValidator<{_ref?: string}[] | undefined>
}) {
  return defineField({
    name,
    title,
    description,
    type: 'array',
    group,
    of: [defineArrayMember({type: 'reference', to: to.map((type) => ({type}))})],
    validation: (rule) => {
      const unique = rule.unique().error(`Samma dokument finns två gånger i ”${title}”.`)
      // `min` alone passes a list the editor never touched (undefined); `required` catches it.
      const atLeast = rule
        .required()
        .min(min)
        // "alternativ", which takes "ett" as every title would not (en stödtyp, ett skede).
        .error(`Välj minst ${min === 1 ? 'ett' : min} alternativ i ”${title}”.`)
      const rules = min > 0 ? [unique, atLeast] : [unique]
      return warn ? [...rules, rule.custom(warn).warning()] : rules
    },
  })
}

/**
 * The "Påhittat" flag that marks made-up content in the default dataset. In a type with field
 * groups, give it the default group, or editors see it only under "All fields".
 */
export function exampleField(group?: string) {
  return defineField({
    name: 'isExample',
    group,
    title: 'Påhittat',
    description:
      'Markerat: ett påhittat exempel som följer med standardinnehållet, inte ett verkligt erbjudande eller en verklig berättelse. Webbplatserna märker det ”Påhittat exempel” eller ”Påhittad berättelse”. Avmarkera när innehållet är verkligt.',
    type: 'boolean',
    initialValue: false,
  })
}
