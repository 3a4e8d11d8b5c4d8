import {defineArrayMember, defineField, defineType} from 'sanity'
import {localeField, slugField} from '../fields'
import {WHEEL_LABEL} from '../constants'

/** A guiding goal (vägledande mål) with its sub-goals. */
export const guidingGoal = defineType({
  name: 'guidingGoal',
  title: 'Vägledande mål',
  description: 'Ett av strategins vägledande mål, med delmål och punkter.',
  type: 'document',
  fields: [
    localeField({name: 'title', title: 'Mål', required: true, longerThan: [64, WHEEL_LABEL]}),
    slugField(),
    defineField({
      name: 'subGoals',
      title: 'Delmål',
      type: 'array',
      of: [defineArrayMember({type: 'subGoal'})],
      validation: (rule) => rule.required().min(1).error('Lägg till minst ett delmål.'),
    }),
  ],
  preview: {
    select: {title: 'title.sv', subGoals: 'subGoals'},
    prepare: ({title, subGoals}: {title?: string; subGoals?: unknown[]}) => ({
      title,
      subtitle: `${subGoals?.length ?? 0} delmål`,
    }),
  },
})
