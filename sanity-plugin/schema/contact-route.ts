import {
  defineField,
  defineType,
  getPublishedId,
  type CustomValidatorResult,
  type ValidationContext,
} from 'sanity'
import {safeHref} from '../../components/shared/safe-href'
import {API_VERSION} from '../constants'
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

/** The warning of `contactLinked`. */
export const CONTACT_UNLINKED =
  'Kontakten visas utan länk: den publicerade aktören har ingen webbplats som går att länka. Fyll i en adress här, eller fyll i aktörens webbplats och publicera aktören igen.'

/**
 * A contact the finder would show without a link: no address it links, and an actor with no
 * website it links (as the sites read it: the published actor). A warning, since the actor's name
 * alone still says whom to ask; the reader must then find the way there.
 */
export async function contactLinked(
  contact: {url?: string; actor?: {_ref?: string}} | undefined,
  context: ValidationContext,
): Promise<CustomValidatorResult> {
  const ref = contact?.actor?._ref
  if (!ref || safeHref(contact.url)) return true
  const website = await context
    .getClient({apiVersion: API_VERSION})
    .fetch<unknown>('*[_id == $id][0].website', {id: getPublishedId(ref)})
  return safeHref(website) ? true : CONTACT_UNLINKED
}

/** How to get in touch about an offer: a label, and a web address or an actor (or both). */
export const contactRoute = defineType({
  name: 'contactRoute',
  title: 'Kontaktväg',
  description:
    'Hur man tar kontakt: en text, och en webbadress, en aktör eller båda. Skriv aldrig in personuppgifter som inte får publiceras.',
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
  validation: (rule) => [
    rule.custom(contactReachable).error(),
    rule.custom(contactLinked).warning(),
  ],
  preview: {select: {title: 'label.sv', subtitle: 'url'}},
})
