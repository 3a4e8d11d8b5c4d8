import {defineType} from 'sanity'
import {localeField, slugField} from '../fields'
import {NOT_SHOWN} from '../constants'

/** An action (insats) named by the strategy; focus areas list their actions in order. */
export const action = defineType({
  name: 'action',
  title: 'Insats',
  description: 'En insats som strategin pekar ut, till exempel ”Mentorprogram inom innovation”.',
  type: 'document',
  fields: [
    localeField({name: 'title', title: 'Insats', required: true}),
    slugField(),
    localeField({
      name: 'description',
      title: 'Beskrivning',
      description: NOT_SHOWN,
      type: 'localeText',
    }),
  ],
  preview: {select: {title: 'title.sv', subtitle: 'description.sv'}},
})
