import {msg} from '@lit/localize/init/install.js'
import {str} from '@lit/localize/internal/str-tag.js'
import type {Lang} from '../data/source'
import {defineMessages, isLanguageLoaded, translate, type MessageValues} from './translate'

/**
 * The UI strings every element shares (loading, errors, a wrong or misspelt attribute). Each element keeps
 * its own beside it (`<element>.strings.ts`), made with `defineMessages`.
 */
const common = defineMessages(
  {en: () => import('./generated/common/en')},
  {
    loading: () => msg('Laddar innehåll …', {id: 'loading'}),
    errorTitle: () => msg('Innehållet kunde inte hämtas just nu.', {id: 'errorTitle'}),
    errorOffline: () =>
      msg('Det verkar inte finnas någon internetanslutning.', {id: 'errorOffline'}),
    errorUnreachable: () =>
      msg('Det gick inte att nå tjänsten som innehållet kommer från.', {
        id: 'errorUnreachable',
      }),
    errorTimeout: () => msg('Servern svarade inte i tid.', {id: 'errorTimeout'}),
    errorHttp: () => msg('Servern svarade med ett fel.', {id: 'errorHttp'}),
    errorMalformed: () => msg('Svaret från servern gick inte att läsa.', {id: 'errorMalformed'}),
    errorConfig: (v) => msg(str`Fel: ${v.detail}`, {id: 'errorConfig'}),
    errorConfigTitle: () => msg('Elementet är felaktigt inställt.', {id: 'errorConfigTitle'}),
    errorConfigMissing: (v) => msg(str`Attributet ${v.name} saknas.`, {id: 'errorConfigMissing'}),
    errorConfigValue: (v) =>
      msg(str`Attributet ${v.name} har ett värde som inte går att använda: ”${v.value}”.`, {
        id: 'errorConfigValue',
      }),
    errorRetryAfter: (v) =>
      msg(str`Vänta ${v.seconds} sekunder innan du försöker igen.`, {
        id: 'errorRetryAfter',
      }),
    retry: () => msg('Försök igen', {id: 'retry'}),
    staleNotice: () =>
      msg('Innehållet kunde inte uppdateras. Du ser det som hämtades senast.', {
        id: 'staleNotice',
      }),
    wrongAttribute: (v) =>
      msg(str`Attributet ${v.name} har ett okänt värde ”${v.value}”. Till exempel: ${v.example}.`, {
        id: 'wrongAttribute',
      }),
    misspelt: (v) =>
      msg(str`Elementet har inget attribut ${v.name} och bortser från det. Menade du ${v.meant}?`, {
        id: 'misspelt',
      }),
  },
)

export type MessageKey = keyof typeof common

/** A shared UI string in the given language, with its placeholders filled in. */
export function t(lang: Lang, key: MessageKey, values: MessageValues = {}): string {
  return translate(common, lang, key, values)
}

/**
 * The loading message, once the language's UI strings are loaded: an English element never
 * announces a Swedish message while its strings are on their way.
 */
export function loadingText(lang: Lang): string {
  return isLanguageLoaded(lang, common) ? t(lang, 'loading') : ''
}
