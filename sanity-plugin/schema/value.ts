import {defineType} from 'sanity'
import {localeField, slugField} from '../fields'
import {WHEEL_LABEL} from '../constants'

/** One of the strategy's values (värdegrundsord), with its "2025" statement. */
export const value = defineType({
  name: 'value',
  title: 'Värdeord',
  description: 'Ett av strategins värdegrundsord, med sin beskrivning av läget 2025.',
  type: 'document',
  fields: [
    localeField({name: 'title', title: 'Värdeord', required: true, longerThan: [18, WHEEL_LABEL]}),
    slugField(),
    localeField({
      name: 'statement',
      title: 'Så är det 2025',
      description: 'T.ex. ”2025 är Jämtland/Härjedalen globalt känd som …”.',
      type: 'localeText',
      required: true,
    }),
  ],
  preview: {select: {title: 'title.sv', subtitle: 'statement.sv'}},
})
