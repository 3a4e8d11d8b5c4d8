import {defineField, defineType} from 'sanity'
import {localeField, referenceList, slugField, urlField} from '../fields'
import {NOT_SHOWN} from '../constants'

/** The kinds of actor in the innovation support system. */
export const ACTOR_KINDS = [
  {value: 'regional-body', title: 'Regional aktör'},
  {value: 'university', title: 'Universitet'},
  {value: 'business-support', title: 'Företagsfrämjare'},
  {value: 'science-park', title: 'Science park'},
  {value: 'municipal-business-office', title: 'Kommunalt näringslivskontor'},
  {value: 'healthcare', title: 'Hälso- och sjukvård'},
  {value: 'research-centre', title: 'Forskningsmiljö'},
  {value: 'youth-entrepreneurship', title: 'Ungt företagande'},
  {value: 'trade-organisation', title: 'Företags- och branschorganisation'},
  {value: 'funding', title: 'Finansiering'},
  {value: 'partner-region', title: 'Partnerregion'},
] as const

/** An actor of the innovation support system: an organisation, network or funding source. */
export const actor = defineType({
  name: 'actor',
  title: 'Aktör',
  description: 'En aktör i innovationsstödsystemet, till exempel Almi eller Mittuniversitetet.',
  type: 'document',
  fields: [
    localeField({name: 'name', title: 'Namn', required: true}),
    slugField('name.sv'),
    defineField({
      name: 'kind',
      title: 'Typ av aktör',
      description: NOT_SHOWN,
      type: 'string',
      options: {list: ACTOR_KINDS.map(({value, title}) => ({value, title}))},
      validation: (rule) => rule.required().error('Välj typ av aktör.'),
    }),
    localeField({
      name: 'description',
      title: 'Beskrivning',
      description: NOT_SHOWN,
      type: 'localeText',
      required: true,
    }),
    referenceList({
      name: 'municipalities',
      title: 'Verkar i kommunerna',
      description: NOT_SHOWN,
      to: ['municipality'],
    }),
    urlField({
      name: 'website',
      title: 'Webbplats',
      description: 'Fyll bara i en adress du vet stämmer. https://',
    }),
  ],
  preview: {
    select: {title: 'name.sv', kind: 'kind'},
    // The kind's Swedish title, not its stored value (business-support).
    prepare: ({title, kind}: {title?: string; kind?: string}) => ({
      title,
      subtitle: ACTOR_KINDS.find((known) => known.value === kind)?.title ?? kind,
    }),
  },
})
