import {defineField, defineType} from 'sanity'
import {localeField, referenceList} from '../fields'

/** The strategy itself: one document (a singleton) holding its identity, prose and structure. */
export const strategy = defineType({
  name: 'strategy',
  title: 'Strategin',
  description:
    'Själva strategin: vision, ambition, bakgrund, begrepp, SWOT och ordningen på värdeord, mål och insatsområden. Det finns bara ett sådant dokument.',
  type: 'document',
  groups: [
    {name: 'identity', title: 'Vision och ambition', default: true},
    {name: 'context', title: 'Bakgrund'},
    {name: 'analysis', title: 'Begrepp och SWOT'},
    {name: 'structure', title: 'Värdeord, mål och insatsområden'},
  ],
  fields: [
    localeField({name: 'brand', title: 'Namn', required: true, group: 'identity'}),
    defineField({
      name: 'targetYear',
      title: 'Målår',
      description: 'Året strategin siktar mot; visas i hjulets mitt.',
      type: 'number',
      group: 'identity',
      validation: (rule) =>
        rule.required().integer().min(2000).max(2100).error('Ange ett årtal, t.ex. 2025.'),
    }),
    localeField({name: 'vision', title: 'Vision', required: true, group: 'identity'}),
    localeField({
      name: 'ambition',
      title: 'Ambition',
      type: 'localeText',
      required: true,
      group: 'identity',
    }),
    localeField({
      name: 'purpose',
      title: 'Syfte',
      description: 'Vad strategin hjälper regionen med.',
      group: 'identity',
    }),
    localeField({
      name: 'participation',
      title: 'Så togs strategin fram',
      type: 'localeText',
      group: 'identity',
    }),
    defineField({
      name: 'owner',
      title: 'Ägare',
      description: 'Aktören som äger och leder genomförandet av strategin.',
      type: 'reference',
      to: [{type: 'actor'}],
      group: 'identity',
      validation: (rule) => rule.required().error('Välj vem som äger strategin.'),
    }),
    referenceList({
      name: 'partners',
      title: 'Framtagen tillsammans med',
      to: ['actor'],
      group: 'identity',
    }),
    defineField({
      name: 'whyStrategy',
      title: 'Därför en strategi för innovation',
      type: 'proseSection',
      group: 'context',
    }),
    defineField({name: 'challenges', title: 'Utmaningar', type: 'proseSection', group: 'context'}),
    defineField({
      name: 'opportunities',
      title: 'Möjligheter',
      type: 'proseSection',
      group: 'context',
    }),
    defineField({name: 'process', title: 'Processen', type: 'proseSection', group: 'context'}),
    localeField({name: 'definitionsHeading', title: 'Rubrik för begreppen', group: 'analysis'}),
    defineField({
      name: 'definitions',
      title: 'Begrepp',
      type: 'array',
      of: [{type: 'definition'}],
      group: 'analysis',
    }),
    defineField({name: 'swot', title: 'Förenklad SWOT-analys', type: 'swot', group: 'analysis'}),
    localeField({name: 'valuesIntro', title: 'Inledning till värdeorden', group: 'structure'}),
    referenceList({
      name: 'values',
      title: 'Värdeord',
      description: 'I den ordning de visas.',
      to: ['value'],
      min: 1,
      group: 'structure',
    }),
    referenceList({
      name: 'guidingGoals',
      title: 'Vägledande mål',
      description: 'I den ordning de visas.',
      to: ['guidingGoal'],
      min: 1,
      group: 'structure',
    }),
    localeField({
      name: 'focusAreasIntro',
      title: 'Inledning till insatsområdena',
      type: 'localeText',
      group: 'structure',
    }),
    referenceList({
      name: 'focusAreas',
      title: 'Insatsområden',
      description: 'I den ordning de visas.',
      to: ['focusArea'],
      min: 1,
      group: 'structure',
    }),
  ],
  preview: {
    select: {title: 'brand.sv', subtitle: 'vision.sv'},
  },
})
