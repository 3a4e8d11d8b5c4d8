import type {Lang} from '../data/source'
import {defineCatalog, translate} from './translate'

/**
 * The UI strings every element shares (loading, errors), and the focus-area card's. Other
 * elements keep theirs beside them (`<element>.strings.ts`), made with `defineCatalog`.
 */
const common = defineCatalog({
  sv: {
    loading: 'Laddar innehåll …',
    errorTitle: 'Innehållet kunde inte hämtas just nu.',
    errorOffline: 'Det verkar inte finnas någon internetanslutning.',
    errorTimeout: 'Servern svarade inte i tid.',
    errorHttp: 'Servern svarade med ett fel.',
    errorMalformed: 'Svaret från servern gick inte att läsa.',
    errorConfig: 'Elementet är felaktigt inställt: {detail}',
    errorRetryAfter: 'Servern ber oss vänta {seconds} sekunder innan vi frågar igen.',
    retry: 'Försök igen',
    staleNotice: 'Visar senast hämtade innehåll. Det gick inte att uppdatera.',
    missingAttribute: 'Ange attributet {name}, till exempel {example}.',
    focusAreaNotFound: 'Det finns inget insatsområde med adressen ”{slug}”.',
    focusAreaLabel: 'Insatsområde',
    themes: 'Teman',
    actions: 'Insatser',
    guidingGoals: 'Bidrar till de vägledande målen',
    values: 'Värdeord',
    readMore: 'Läs mer om {title}',
    showTheme: 'Visa',
    hideTheme: 'Dölj',
  },
  en: {
    loading: 'Loading content …',
    errorTitle: 'The content could not be loaded right now.',
    errorOffline: 'There seems to be no internet connection.',
    errorTimeout: 'The server did not answer in time.',
    errorHttp: 'The server answered with an error.',
    errorMalformed: 'The server’s answer could not be read.',
    errorConfig: 'The element is set up wrongly: {detail}',
    errorRetryAfter: 'The server asks us to wait {seconds} seconds before asking again.',
    retry: 'Try again',
    staleNotice: 'Showing the content last loaded. It could not be updated.',
    missingAttribute: 'Set the attribute {name}, for example {example}.',
    focusAreaNotFound: 'There is no focus area with the address “{slug}”.',
    focusAreaLabel: 'Focus area',
    themes: 'Themes',
    actions: 'Actions',
    guidingGoals: 'Contributes to the guiding goals',
    values: 'Values',
    readMore: 'Read more about {title}',
    showTheme: 'Show',
    hideTheme: 'Hide',
  },
})

export type MessageKey = keyof typeof common.sv

/** A shared UI string in the given language, with `{name}` placeholders filled in. */
export function t(
  lang: Lang,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  return translate(common, lang, key, values)
}
