import {defineField, defineType} from 'sanity'
import {exampleField, localeField, referenceList, slugField} from '../fields'
import {notInFuture, requiredLocale} from '../validation'
import {ONE_PARAGRAPH} from '../constants'

/** A success story ("lyft goda exempel"): a text, a quote and an image with alt text. */
export const successStory = defineType({
  name: 'successStory',
  title: 'Gott exempel',
  description: 'Ett gott exempel att lyfta fram, med bild, citat och koppling till insatsområden.',
  type: 'document',
  fields: [
    localeField({name: 'title', title: 'Rubrik', required: true}),
    slugField(),
    exampleField(),
    localeField({
      name: 'summary',
      title: 'Sammanfattning',
      description: `${ONE_PARAGRAPH} Visas i karusellen med goda exempel.`,
      type: 'localeText',
      required: true,
      oneParagraph: true,
    }),
    localeField({
      name: 'body',
      title: 'Berättelse',
      description:
        'Hela berättelsen, för webbplatsens egen sida om den, som karusellen kan länka till. Elementen visar sammanfattningen och citatet, inte den här texten.',
      type: 'localeBlockContent',
    }),
    localeField({
      name: 'quote',
      title: 'Citat',
      description: `${ONE_PARAGRAPH} Visas i karusellen med goda exempel.`,
      type: 'localeText',
      required: true,
      oneParagraph: true,
    }),
    localeField({
      name: 'quoteRole',
      title: 'Citerad persons roll',
      description:
        'Rollen, till exempel ”Grundare av företaget”. Skriv inte ut namn utan personens samtycke.',
      required: true,
    }),
    localeField({name: 'organisation', title: 'Organisation', required: true}),
    defineField({
      name: 'municipality',
      title: 'Kommun',
      type: 'reference',
      to: [{type: 'municipality'}],
      validation: (rule) => rule.required().error('Välj kommun.'),
    }),
    referenceList({name: 'focusAreas', title: 'Insatsområden', to: ['focusArea'], min: 1}),
    defineField({
      name: 'image',
      title: 'Bild',
      type: 'image',
      options: {hotspot: true},
      fields: [
        defineField({
          name: 'alt',
          title: 'Alternativtext',
          description:
            'Beskriv vad bilden visar för den som inte ser den (WCAG 1.1.1). Krävs på svenska. Den svenska texten visas också på engelska sidor när den engelska saknas.',
          type: 'localeString',
          validation: requiredLocale(
            'Bilden saknar alternativtext. Beskriv på svenska vad bilden visar.',
          ),
        }),
      ],
      // An image whose picture was removed keeps its alt text: it needs an asset too.
      validation: (rule) => rule.required().assetRequired().error('Välj en bild.'),
    }),
    defineField({
      name: 'date',
      title: 'Datum',
      type: 'date',
      validation: (rule) => [
        rule.required().error('Ange datum.'),
        rule.custom(notInFuture).warning(),
      ],
    }),
  ],
  orderings: [{title: 'Senaste först', name: 'dateDesc', by: [{field: 'date', direction: 'desc'}]}],
  preview: {
    select: {
      title: 'title.sv',
      organisation: 'organisation.sv',
      media: 'image',
      isExample: 'isExample',
    },
    prepare: ({
      title,
      organisation,
      media,
      isExample,
    }: {
      title?: string
      organisation?: string
      media?: unknown
      isExample?: boolean
    }) => ({
      title,
      subtitle: [isExample ? 'Påhittad' : undefined, organisation].filter(Boolean).join(' · '),
      media: media as never,
    }),
  },
})
