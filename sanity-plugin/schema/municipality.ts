import {defineField, defineType} from 'sanity'
import {localeField, slugField, urlField} from '../fields'
import {NOT_SHOWN} from '../constants'
import {otherwise} from '../validation'

/** A municipality of Jämtlands län; editors can add more without a code change. */
export const municipality = defineType({
  name: 'municipality',
  title: 'Kommun',
  description:
    'En kommun i länet. Används som filter och för att visa kommunens näringslivskontor.',
  type: 'document',
  fields: [
    localeField({name: 'name', title: 'Namn', required: true}),
    slugField('name.sv'),
    defineField({
      name: 'code',
      title: 'Kommunkod',
      description: `Fyra siffror, till exempel 2380 för Östersund. ${NOT_SHOWN}`,
      type: 'string',
      validation: (rule) => [
        rule.required().error('Kommunkoden är fyra siffror, till exempel 2380.'),
        rule
          .custom(
            otherwise(
              (code: string) => /^\d{4}$/.test(code),
              'Kommunkoden är fyra siffror, till exempel 2380.',
            ),
          )
          .error(),
      ],
    }),
    urlField({
      name: 'website',
      title: 'Näringslivskontorets webbplats',
      description:
        'Stödguiden länkar hit som näringslivskontorets webbplats (”Webbplats: Näringslivskontoret i …”): helst kommunens sida om näringsliv, annars kommunens startsida. https://',
    }),
    localeField({
      name: 'businessOffice',
      title: 'Näringslivskontor',
      description:
        'Hela namnet, så som det inleder en mening i stödguiden: ”Näringslivskontoret i Krokoms kommun kan hjälpa dig.”',
      required: true,
    }),
  ],
  orderings: [{title: 'Namn', name: 'name', by: [{field: 'name.sv', direction: 'asc'}]}],
  preview: {select: {title: 'name.sv', subtitle: 'code'}},
})
