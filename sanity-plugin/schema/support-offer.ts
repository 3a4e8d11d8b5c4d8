import {defineField, defineType} from 'sanity'
import {localToday, statusOn} from '../../components/support-finder/offer-status'
import type {OfferStatus} from '../../components/support-finder/search'
import {contactLinked, contactReachable} from './contact-route'
import {exampleField, localeField, referenceList, slugField} from '../fields'
import {NOT_SHOWN} from '../constants'

export const OFFER_STATUSES = [
  {value: 'open', title: 'Öppen'},
  {value: 'upcoming', title: 'Öppnar snart'},
  {value: 'closed', title: 'Stängd'},
] as const

interface OfferDates {
  status?: string
  opensAt?: string
  closesAt?: string
}

/** A support offer: what it is, who provides it, who can apply, and how. */
export const supportOffer = defineType({
  name: 'supportOffer',
  title: 'Stöd',
  description:
    'Ett erbjudande i stödguiden (finansiering, rådgivning, nätverk och annat), med vem som kan söka och hur.',
  type: 'document',
  groups: [
    {name: 'content', title: 'Innehåll', default: true},
    {name: 'facets', title: 'Filter'},
    {name: 'status', title: 'Status och datum'},
    {name: 'strategy', title: 'Koppling till strategin'},
  ],
  fields: [
    localeField({name: 'title', title: 'Rubrik', required: true, group: 'content'}),
    slugField(undefined, 'content'),
    exampleField('content'),
    localeField({
      name: 'summary',
      title: 'Sammanfattning',
      type: 'localeText',
      required: true,
      group: 'content',
    }),
    defineField({
      name: 'provider',
      title: 'Erbjuds av',
      type: 'reference',
      to: [{type: 'actor'}],
      group: 'content',
      validation: (rule) => rule.required().error('Välj vilken aktör som erbjuder stödet.'),
    }),
    localeField({
      name: 'eligibility',
      title: 'Vem kan söka?',
      type: 'localeText',
      required: true,
      group: 'content',
    }),
    localeField({
      name: 'covers',
      title: 'Vad ingår?',
      type: 'localeText',
      required: true,
      group: 'content',
    }),
    localeField({
      name: 'amount',
      title: 'Belopp eller kostnad',
      description: 'Om det är känt, till exempel ”Upp till 50 000 kr” eller ”Kostnadsfritt”.',
      group: 'content',
    }),
    localeField({
      name: 'howToApply',
      title: 'Så går du vidare',
      type: 'localeText',
      required: true,
      group: 'content',
    }),
    defineField({
      name: 'contact',
      title: 'Kontakt',
      type: 'contactRoute',
      group: 'content',
      validation: (rule) => [
        rule.required().error('Ange hur man tar kontakt.'),
        rule.custom(contactReachable).error(),
        rule.custom(contactLinked).warning(),
      ],
    }),
    referenceList({name: 'needs', title: 'Stödtyp', to: ['need'], min: 1, group: 'facets'}),
    referenceList({name: 'stages', title: 'Skede', to: ['businessStage'], min: 1, group: 'facets'}),
    referenceList({
      name: 'targetGroups',
      title: 'Målgrupp',
      to: ['targetGroup'],
      min: 1,
      group: 'facets',
    }),
    referenceList({
      name: 'sectors',
      title: 'Bransch',
      description: 'Lämna tomt om erbjudandet gäller alla branscher.',
      to: ['sector'],
      group: 'facets',
    }),
    referenceList({
      name: 'municipalities',
      title: 'Kommuner',
      description: 'Välj alla kommuner där erbjudandet gäller.',
      to: ['municipality'],
      min: 1,
      group: 'facets',
    }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      group: 'status',
      options: {list: OFFER_STATUSES.map(({value, title}) => ({value, title})), layout: 'radio'},
      initialValue: 'open',
      validation: (rule) => [
        rule.required().error('Välj om erbjudandet är öppet, öppnar snart eller är stängt.'),
        // The sites judge the status by the dates as well (statusOn): say when they overtake it.
        rule
          .custom<string>((status, context) => {
            const doc = context.document as OfferDates | undefined
            const today = localToday()
            const shown = statusOn(
              (status ?? null) as OfferStatus | null,
              doc?.opensAt,
              doc?.closesAt,
              today,
            )
            // Closed early (the money ran out, say): the sites say "Stängd", with no date.
            if (status === 'closed' && String(doc?.closesAt ?? '') > today) {
              return 'Erbjudandet är stängt fast stängningsdatumet inte har kommit, så webbplatserna visar bara ”Stängd”. Stämmer det? Välj annars ”Öppen” eller ”Öppnar snart”.'
            }
            if (!status || shown === status) return true
            if (shown === 'closed') {
              return 'Stängningsdatumet har passerat, så webbplatserna visar erbjudandet som stängt. Ändra datumet om det fortfarande går att söka.'
            }
            return shown === 'upcoming'
              ? 'Öppningsdatumet har inte kommit, så webbplatserna visar att erbjudandet öppnar snart. Välj ”Öppnar snart”, eller ändra datumet.'
              : 'Öppningsdatumet har kommit, så webbplatserna visar erbjudandet som öppet. Välj ”Öppen”, eller ändra datumet.'
          })
          .warning(),
      ],
    }),
    defineField({
      name: 'opensAt',
      title: 'Öppnar',
      type: 'date',
      group: 'status',
      validation: (rule) =>
        rule
          .custom<string>((opensAt, context) => {
            const doc = context.document as OfferDates | undefined
            if (doc?.status === 'upcoming' && !opensAt) {
              return 'Ange när erbjudandet öppnar, eftersom statusen är ”Öppnar snart”.'
            }
            return true
          })
          .error(),
    }),
    defineField({
      name: 'closesAt',
      title: 'Stänger',
      description: 'Lämna tomt om det inte finns något sista datum.',
      type: 'date',
      group: 'status',
      validation: (rule) =>
        rule
          .custom<string>((closesAt, context) => {
            const doc = context.document as OfferDates | undefined
            if (closesAt && doc?.opensAt && closesAt < doc.opensAt) {
              return 'Stängningsdatumet ligger före öppningsdatumet. Ändra något av datumen.'
            }
            return true
          })
          .error(),
    }),
    referenceList({name: 'actions', title: 'Insatser', to: ['action'], group: 'strategy'}),
    referenceList({
      name: 'focusAreas',
      title: 'Insatsområden',
      description: NOT_SHOWN,
      to: ['focusArea'],
      group: 'strategy',
    }),
  ],
  preview: {
    select: {
      title: 'title.sv',
      provider: 'provider.name.sv',
      status: 'status',
      isExample: 'isExample',
    },
    prepare: ({
      title,
      provider,
      status,
      isExample,
    }: {
      title?: string
      provider?: string
      status?: string
      isExample?: boolean
    }) => ({
      title,
      subtitle: [
        isExample ? 'Påhittat' : undefined,
        provider,
        OFFER_STATUSES.find((s) => s.value === status)?.title,
      ]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
