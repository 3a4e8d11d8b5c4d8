import type {Lang} from '../data/source'
import {defineCatalog, translate} from '../i18n/translate'

/** Strings of elements that follow another element's selected focus area (`for`). */
const catalog = defineCatalog({
  sv: {
    chooseInWheel: 'Välj ett insatsområde i strategihjulet för att läsa mer om det här.',
    forNotFound:
      'Attributet for: det finns inget strategihjul med id ”{id}” på sidan. Ge hjulet ett id och ange det, till exempel <ijh-strategy-wheel id="strategihjul"> och for="strategihjul".',
  },
  en: {
    chooseInWheel: 'Choose a focus area in the strategy wheel to read more about it here.',
    forNotFound:
      'The attribute for: there is no strategy wheel with the id “{id}” on the page. Give the wheel an id and use it, for example <ijh-strategy-wheel id="strategy-wheel"> and for="strategy-wheel".',
  },
})

export type LinkMessageKey = keyof typeof catalog.sv

export function linkText(
  lang: Lang,
  key: LinkMessageKey,
  values: Record<string, string | number> = {},
): string {
  return translate(catalog, lang, key, values)
}
