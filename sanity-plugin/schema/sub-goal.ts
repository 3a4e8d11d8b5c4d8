import {defineType} from 'sanity'
import {localeField, localeStringList} from '../fields'

/** A sub-goal of a guiding goal, with its bullets. */
export const subGoal = defineType({
  name: 'subGoal',
  title: 'Delmål',
  description: 'Ett delmål under ett vägledande mål, med sina punkter.',
  type: 'object',
  fields: [
    localeField({name: 'title', title: 'Delmål', required: true}),
    localeStringList({name: 'bullets', title: 'Punkter', min: 1}),
  ],
  preview: {
    select: {title: 'title.sv', bullets: 'bullets'},
    prepare: ({title, bullets}: {title?: string; bullets?: unknown[]}) => ({
      title,
      subtitle: bullets?.length === 1 ? '1 punkt' : `${bullets?.length ?? 0} punkter`,
    }),
  },
})
