import {msg} from '@lit/localize/init/install.js'
import {str} from '@lit/localize/internal/str-tag.js'
import type {Lang} from '../data/source'
import {defineMessages, translate, type MessageValues} from '../i18n/translate'

/** The focus-area card's UI strings. Swedish is the source language. */
const catalog = defineMessages(
  {en: () => import('../i18n/generated/card/en')},
  {
    missingAttribute: (v) =>
      msg(str`Ange attributet ${v.name}, till exempel ${v.example}.`, {
        id: 'missingAttribute',
      }),
    focusAreaNotFound: (v) =>
      msg(
        str`Det finns inget insatsområde med adressen ”${v.slug}”. Ange en adress som finns, till exempel ${v.example}.`,
        {id: 'focusAreaNotFound'},
      ),
    focusAreaLabel: () => msg('Insatsområde', {id: 'focusAreaLabel'}),
    actions: () => msg('Insatser', {id: 'actions'}),
    guidingGoals: () => msg('Bidrar till de vägledande målen', {id: 'guidingGoals'}),
    values: () => msg('Värdeord', {id: 'values'}),
    readMore: (v) => msg(str`Läs mer om ${v.title}`, {id: 'readMore'}),
    nowShowing: (v) => msg(str`Kortet visar nu insatsområdet ${v.title}.`, {id: 'nowShowing'}),
  },
)

export type CardMessage = keyof typeof catalog

/** A focus-area card string in the given language, with its placeholders filled in. */
export function cardText(lang: Lang, key: CardMessage, values: MessageValues = {}): string {
  return translate(catalog, lang, key, values)
}
