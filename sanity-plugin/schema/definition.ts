import {defineType} from 'sanity'
import {localeField} from '../fields'

/** A term the strategy defines ("Vad är det vi pratar om egentligen"). */
export const definition = defineType({
  name: 'definition',
  title: 'Begrepp',
  description: 'Ett begrepp som strategin förklarar, till exempel öppen innovation eller kluster.',
  type: 'object',
  fields: [
    localeField({name: 'term', title: 'Begrepp', required: true}),
    localeField({name: 'description', title: 'Förklaring', type: 'localeText', required: true}),
  ],
  preview: {select: {title: 'term.sv', subtitle: 'description.sv'}},
})
