import {defineType} from 'sanity'
import {localeField, localeStringList} from '../fields'

/** A theme within a focus area: an optional heading and its bullets. */
export const theme = defineType({
  name: 'theme',
  title: 'Tema',
  description:
    'Ett tema inom insatsområdet: en rubrik och dess punkter. Rubriken kan utelämnas om källan saknar den.',
  type: 'object',
  fields: [
    localeField({name: 'heading', title: 'Rubrik'}),
    localeStringList({name: 'bullets', title: 'Punkter', min: 1}),
  ],
  preview: {
    select: {title: 'heading.sv', bullets: 'bullets'},
    prepare: ({title, bullets}: {title?: string; bullets?: unknown[]}) => ({
      title: title || '(tema utan rubrik)',
      subtitle: bullets?.length === 1 ? '1 punkt' : `${bullets?.length ?? 0} punkter`,
    }),
  },
})
