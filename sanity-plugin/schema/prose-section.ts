import {defineType} from 'sanity'
import {localeField} from '../fields'

/** A prose section of the strategy: a heading, an optional lead and body paragraphs. */
export const proseSection = defineType({
  name: 'proseSection',
  title: 'Textavsnitt',
  description: 'Ett avsnitt av strategin med rubrik, ingress och brödtext.',
  type: 'object',
  fields: [
    localeField({name: 'heading', title: 'Rubrik', required: true}),
    localeField({name: 'lead', title: 'Ingress', description: 'Valfri kort sammanfattning.'}),
    localeField({name: 'body', title: 'Brödtext', type: 'localeText', required: true}),
  ],
  preview: {select: {title: 'heading.sv', subtitle: 'lead.sv'}},
})
