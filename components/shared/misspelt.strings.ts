import {msg} from '@lit/localize/init/install.js'
import {str} from '@lit/localize/internal/str-tag.js'
import type {Lang} from '../data/source'
import {defineMessages, translate, type MessageValues} from '../i18n/translate'

/** The message about a misspelt attribute (misspelt.ts). Swedish is the source language. */
const catalog = defineMessages(
  {en: () => import('../i18n/generated/misspelt/en')},
  {
    misspelt: (v) =>
      msg(str`Elementet har inget attribut ${v.name}, så det används inte. Menade du ${v.meant}?`, {
        id: 'misspelt.misspelt',
      }),
  },
)

/** The message about a misspelt attribute, in `lang`. */
export function misspeltText(lang: Lang, values: MessageValues): string {
  return translate(catalog, lang, 'misspelt', values)
}
