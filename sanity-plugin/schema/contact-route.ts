import {defineField, defineType} from 'sanity'
import {localeField, urlField} from '../fields'

/** How to get in touch about an offer: a label, and a web address or an actor (or both). */
export const contactRoute = defineType({
  name: 'contactRoute',
  title: 'Kontaktväg',
  description:
    'Hur man tar kontakt: en text och en webbadress och/eller en aktör. Skriv aldrig in personuppgifter som inte får publiceras.',
  type: 'object',
  fields: [
    localeField({
      name: 'label',
      title: 'Text',
      description: 'T.ex. ”Kontakta Almi Mitt via almi.se”.',
      required: true,
    }),
    urlField({name: 'url', title: 'Adress', description: 'https://, mailto: eller tel:'}),
    defineField({
      name: 'actor',
      title: 'Aktör',
      description: 'Aktören som svarar på frågor om erbjudandet.',
      type: 'reference',
      to: [{type: 'actor'}],
    }),
  ],
  preview: {select: {title: 'label.sv', subtitle: 'url'}},
})
