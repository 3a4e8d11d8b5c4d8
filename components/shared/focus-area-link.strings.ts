import {msg} from '@lit/localize/init/install.js'
import {str} from '@lit/localize/internal/str-tag.js'
import type {Lang} from '../data/source'
import {defineMessages, translate, type MessageValues} from '../i18n/translate'

/**
 * Strings of elements that follow another element's selected focus area (`for`). The example
 * markup is a placeholder: lit-localize escapes `<` in translations (lit/lit#5012).
 */
const catalog = defineMessages(
  {en: () => import('../i18n/generated/link/en')},
  {
    chooseInWheel: () =>
      msg('Här visas mer om det insatsområde du väljer i strategihjulet.', {id: 'chooseInWheel'}),
    exampleId: () => msg('strategihjul', {id: 'exampleId'}),
    forNotFound: (v) =>
      msg(
        str`Attributet for: det finns inget strategihjul med id ”${v.id}” på sidan. Ge hjulet ett id och ange det, till exempel ${v.wheel} och for="${v.example}".`,
        {id: 'forNotFound'},
      ),
  },
)

export type LinkMessageKey = Exclude<keyof typeof catalog, 'exampleId'>

/** A string for an element that follows the wheel, in `lang`, with its placeholders filled in. */
export function linkText(lang: Lang, key: LinkMessageKey, values: MessageValues = {}): string {
  const example = translate(catalog, lang, 'exampleId')
  const wheel = `<ijh-strategy-wheel id="${example}">`
  return translate(catalog, lang, key, {example, wheel, ...values})
}
