import {defineField, defineType} from 'sanity'
import {noHiddenCharacters, swedishBeforeEnglish, type LocaleValue} from '../validation'

/** A plain text of one or more paragraphs (separated by a blank line), in Swedish and English. */
export const localeText = defineType({
  name: 'localeText',
  title: 'Stycken på svenska och engelska',
  description:
    'Skriv styckena med en tom rad emellan. Svenska är obligatoriskt. Saknas engelska visas den svenska texten.',
  type: 'object',
  fields: [
    defineField({name: 'sv', title: 'Svenska', type: 'text', rows: 4}),
    defineField({name: 'en', title: 'English', type: 'text', rows: 4}),
  ],
  validation: (rule) => [
    rule.custom<LocaleValue>(swedishBeforeEnglish).error(),
    rule.custom<LocaleValue>(noHiddenCharacters).warning(),
  ],
  preview: {
    select: {sv: 'sv', en: 'en'},
    prepare: ({sv, en}: {sv?: string; en?: string}) => ({title: sv || en || '(tom)'}),
  },
})
