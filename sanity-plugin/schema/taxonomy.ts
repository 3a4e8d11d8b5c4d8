import {defineField, defineType} from 'sanity'
import {localeField, slugField} from '../fields'

interface TaxonomyOptions {
  name: string
  title: string
  description: string
  /** Where the sites show a value's Förklaring (after "En rad som hjälper besökaren att välja."). */
  explanationShown: string
}

/** A facet taxonomy (needs, stages, target groups, sectors) kept as documents editors extend. */
export function defineTaxonomy({name, title, description, explanationShown}: TaxonomyOptions) {
  return defineType({
    name,
    title,
    description,
    type: 'document',
    fields: [
      localeField({name: 'title', title: 'Namn', required: true}),
      slugField(),
      localeField({
        name: 'description',
        title: 'Förklaring',
        description: explanationShown,
      }),
      defineField({
        name: 'sortOrder',
        title: 'Ordning',
        description: 'Lägre tal visas först.',
        type: 'number',
        // Apart, so that an empty field gets one message; `integer` and `min` also give the
        // Studio's number keypad on phones.
        validation: (rule) => [
          rule.required().error('Ange ett heltal, 0 eller större.'),
          rule.integer().min(0).error('Ange ett heltal, 0 eller större.'),
        ],
      }),
    ],
    orderings: [
      {title: 'Ordning', name: 'sortOrder', by: [{field: 'sortOrder', direction: 'asc'}]},
    ],
    preview: {select: {title: 'title.sv', subtitle: 'description.sv'}},
  })
}
