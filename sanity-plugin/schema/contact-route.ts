import {defineField, defineType} from 'sanity'
import {localeField, urlField} from '../fields'

/**
 * A contact needs an address or an actor: the finder links it to the address, else to the actor's
 * website. (A field of this type that has its own validation must add this rule too.)
 */
export function contactReachable(contact: {url?: string; actor?: unknown} | undefined) {
  return !contact || contact.url || contact.actor
    ? true
    : 'Ange en adress eller välj en aktör, så att läsaren kan ta kontakt.'
}

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
  validation: (rule) => rule.custom(contactReachable).error(),
  preview: {select: {title: 'label.sv', subtitle: 'url'}},
})
