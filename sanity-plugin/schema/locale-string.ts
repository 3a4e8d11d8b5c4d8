import {defineField, defineType} from 'sanity'
import {noHiddenCharacters, swedishBeforeEnglish, type LocaleValue} from '../validation'

/** A one-line text in Swedish (required where the field is required) and English (optional). */
export const localeString = defineType({
  name: 'localeString',
  title: 'Text på svenska och engelska',
  description: 'Svenska är obligatoriskt. Saknas engelska visas den svenska texten.',
  type: 'object',
  options: {columns: 1},
  fields: [
    defineField({name: 'sv', title: 'Svenska', type: 'string'}),
    defineField({name: 'en', title: 'English', type: 'string'}),
  ],
  validation: (rule) => [
    rule.custom<LocaleValue>(swedishBeforeEnglish).error(),
    rule.custom<LocaleValue>(noHiddenCharacters).warning(),
  ],
  preview: {
    select: {sv: 'sv', en: 'en'},
    prepare: ({sv, en}: {sv?: string; en?: string}) => ({title: sv || en || '(tom)', subtitle: en}),
  },
})
