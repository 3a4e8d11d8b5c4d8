import {defineArrayMember, defineField, defineType} from 'sanity'
import {localeField, referenceList, slugField} from '../fields'
import {WHEEL_LABEL} from '../constants'
import {focusAreaInStrategy, listedInStrategy} from '../validation'

/** A focus area (insatsområde): themes with bullets, and its actions (insatser) in order. */
export const focusArea = defineType({
  name: 'focusArea',
  title: 'Insatsområde',
  description:
    'Ett av strategins insatsområden, med teman, insatser och kopplingar till mål och värdeord.',
  type: 'document',
  fields: [
    localeField({
      name: 'title',
      title: 'Insatsområde',
      required: true,
      longerThan: [40, WHEEL_LABEL],
    }),
    slugField(),
    localeField({
      name: 'summary',
      title: 'Kort sammanfattning',
      description:
        'En rad som visas i det kompakta kortet, i strategihjulets textversion och i hjulets beskrivning för skärmläsare.',
      required: true,
      longerThan: [
        140,
        'Det kompakta kortet visar hela sammanfattningen, så kortet blir högre än de andra.',
      ],
    }),
    defineField({
      name: 'themes',
      title: 'Teman',
      type: 'array',
      of: [defineArrayMember({type: 'theme'})],
      validation: (rule) => rule.required().min(1).error('Lägg till minst ett tema.'),
    }),
    referenceList({
      name: 'actions',
      title: 'Insatser',
      description: 'Insatserna inom området, i den ordning de visas.',
      to: ['action'],
    }),
    referenceList({
      name: 'guidingGoals',
      title: 'Bidrar till de vägledande målen',
      to: ['guidingGoal'],
      warn: listedInStrategy('guidingGoals', 'målen'),
    }),
    referenceList({
      name: 'values',
      title: 'Kopplade värdeord',
      to: ['value'],
      warn: listedInStrategy('values', 'värdeorden'),
    }),
  ],
  validation: (rule) => rule.custom(focusAreaInStrategy).warning(),
  preview: {select: {title: 'title.sv', subtitle: 'summary.sv'}},
})
