import type {Lang} from '../data/source'
import {defineCatalog, translate} from '../i18n/translate'

/** The story carousel's UI strings. Swedish is the source language. */
const catalog = defineCatalog({
  sv: {
    label: 'Goda exempel',
    carousel: 'karusell',
    slide: 'bild',
    position: '{n} av {count}',
    picker: 'Välj berättelse',
    previous: 'Föregående berättelse',
    next: 'Nästa berättelse',
    start: 'Starta bildspelet',
    stop: 'Stoppa bildspelet',
    example: 'Exempel',
    municipality: '{name} kommun',
    none: 'Det finns inga berättelser att visa ännu.',
    noMatch:
      'Inga berättelser matchar {attribute}="{value}". Prova till exempel {attribute}="{example}".',
  },
  en: {
    label: 'Success stories',
    carousel: 'carousel',
    slide: 'slide',
    position: '{n} of {count}',
    picker: 'Choose a story',
    previous: 'Previous story',
    next: 'Next story',
    start: 'Start slide rotation',
    stop: 'Stop slide rotation',
    example: 'Example',
    municipality: '{name} Municipality',
    none: 'There are no stories to show yet.',
    noMatch: 'No stories match {attribute}="{value}". Try, for example, {attribute}="{example}".',
  },
})

export type CarouselMessage = keyof typeof catalog.sv

/** A story carousel string in the given language, with `{name}` placeholders filled in. */
export function msg(
  lang: Lang,
  key: CarouselMessage,
  values: Record<string, string | number> = {},
): string {
  return translate(catalog, lang, key, values)
}
