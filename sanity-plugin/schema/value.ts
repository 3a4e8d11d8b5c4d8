import {defineType} from 'sanity'
import {localeField, slugField} from '../fields'
import {ONE_PARAGRAPH, WHEEL_LABEL} from '../constants'

/** One of the strategy's values (värdegrundsord), with its statement of the target year. */
export const value = defineType({
  name: 'value',
  title: 'Värdeord',
  description:
    'Ett av strategins värdeord, med sin beskrivning av läget det år strategin siktar mot.',
  type: 'document',
  fields: [
    localeField({name: 'title', title: 'Värdeord', required: true, longerThan: [18, WHEEL_LABEL]}),
    slugField(),
    localeField({
      name: 'statement',
      title: 'Läget under målåret',
      description: `Läget det år strategin siktar mot (fältet ”Målår” i ”Strategin”), till exempel ”2025 är Jämtland/Härjedalen globalt känd som …”. ${ONE_PARAGRAPH} Visas i strategihjulets textversion.`,
      type: 'localeText',
      required: true,
      oneParagraph: true,
    }),
  ],
  preview: {select: {title: 'title.sv', subtitle: 'statement.sv'}},
})
