import {msg} from '@lit/localize/init/install.js'
import {str} from '@lit/localize/internal/str-tag.js'
import type {Lang} from '../data/source'
import {defineMessages, translate, type MessageValues} from '../i18n/translate'

/** The story carousel's UI strings. Swedish is the source language. */
const catalog = defineMessages(
  {en: () => import('../i18n/generated/carousel/en')},
  {
    label: () => msg('Goda exempel', {id: 'label'}),
    carousel: () => msg('karusell', {id: 'carousel'}),
    slide: () => msg('bild', {id: 'slide'}),
    position: (v) => msg(str`${v.n} av ${v.count}`, {id: 'position'}),
    picker: () => msg('Välj berättelse', {id: 'picker'}),
    previous: () => msg('Föregående berättelse', {id: 'previous'}),
    next: () => msg('Nästa berättelse', {id: 'next'}),
    start: () => msg('Starta bildspelet', {id: 'start'}),
    stop: () => msg('Stoppa bildspelet', {id: 'stop'}),
    example: () => msg('Påhittad berättelse', {id: 'example'}),
    municipality: (v) => msg(str`${v.name} kommun`, {id: 'municipality'}),
    none: () => msg('Det finns inga berättelser att visa ännu.', {id: 'none'}),
    noMatch: (v) =>
      msg(
        str`Inga berättelser matchar ${v.attribute}="${v.value}". Prova till exempel ${v.attribute}="${v.example}".`,
        {id: 'noMatch'},
      ),
  },
)

export type CarouselMessage = keyof typeof catalog

/**
 * A municipality as a place: "Krokoms kommun", "Åre kommun" (English: "Krokom Municipality").
 * Swedish puts the name in the genitive as the official names do: an -s, but none after a vowel
 * (Åre, Bräcke, Ragunda) or after s, x or z. A name that already ends in "kommun" is kept.
 */
export function municipalityText(lang: Lang, name: string): string {
  if (/\bkommun$/i.test(name)) return name
  const genitive = lang === 'sv' && !/[aeiouyåäösxz]$/i.test(name) ? `${name}s` : name
  return carouselText(lang, 'municipality', {name: genitive})
}

/** A story carousel string in the given language, with its placeholders filled in. */
export function carouselText(lang: Lang, key: CarouselMessage, values: MessageValues = {}): string {
  return translate(catalog, lang, key, values)
}
