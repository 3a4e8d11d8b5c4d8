import {msg} from '@lit/localize/init/install.js'
import {str} from '@lit/localize/internal/str-tag.js'
import type {Lang} from '../data/source'
import {defineMessages, translate, type MessageValues} from '../i18n/translate'

/** The strategy wheel's UI strings. Swedish is the source language. */
const catalog = defineMessages(
  {en: () => import('../i18n/generated/wheel/en')},
  {
    figureName: (v) => msg(str`Strategihjul: ${v.brand}`, {id: 'figureName'}),
    figureNameNoBrand: () => msg('Strategihjul', {id: 'figureNameNoBrand'}),
    description: () =>
      msg(
        'Hjulet visar strategin inifrån och ut: visionen i mitten, runt den insatsområdena, sedan värdeorden och ytterst de vägledande målen. Välj ett insatsområde för att se vilka mål och värdeord det hör till.',
        {id: 'description'},
      ),
    keyboardHint: () =>
      msg(
        'Piltangenterna flyttar mellan insatsområdena, Home och End till det första och det sista. Enter eller mellanslag väljer.',
        {id: 'keyboardHint'},
      ),
    keyboardHintLinks: () =>
      msg(
        'Piltangenterna flyttar mellan insatsområdena, Home och End till det första och det sista. Enter öppnar.',
        {id: 'keyboardHintLinks'},
      ),
    showText: () => msg('Visa som text', {id: 'showText'}),
    showWheel: () => msg('Visa som hjul', {id: 'showWheel'}),
    vision: () => msg('Vision', {id: 'vision'}),
    visionYear: (v) => msg(str`Vision ${v.year}`, {id: 'visionYear'}),
    focusAreas: () => msg('Insatsområden', {id: 'focusAreas'}),
    values: () => msg('Värdeord', {id: 'values'}),
    guidingGoals: () => msg('Vägledande mål', {id: 'guidingGoals'}),
    contributesTo: (v) => msg(str`Bidrar till: ${v.list}.`, {id: 'contributesTo'}),
    linkedValues: (v) => msg(str`Värdeord: ${v.list}.`, {id: 'linkedValues'}),
    selected: () => msg('Valt', {id: 'selected'}),
    none: () => msg('Inget ännu.', {id: 'none'}),
    strategyMissing: () => msg('Det finns ingen strategi att visa ännu.', {id: 'strategyMissing'}),
    selectedUnknown: (v) =>
      msg(
        str`Attributet selected: det finns inget insatsområde ”${v.slug}”. Ange till exempel selected="${v.example}".`,
        {id: 'selectedUnknown'},
      ),
  },
)

export type WheelMessageKey = keyof typeof catalog

/** One of the wheel's UI strings in `lang`, with its placeholders filled in. */
export function wheelText(lang: Lang, key: WheelMessageKey, values: MessageValues = {}): string {
  return translate(catalog, lang, key, values)
}

/**
 * A list of titles in running text, as `Intl.ListFormat` writes it (`long`, `conjunction`) in
 * Swedish and in British English, as the dates elsewhere are: "A, B och C" / "A, B and C". Written
 * out rather than taken from Intl, which loads the language's list patterns the first time it is
 * used: about 16 ms of the wheel's first render on a fast machine, for one word. A test holds
 * the two equal.
 */
export function joinList(lang: Lang, items: readonly string[]): string {
  const last = items.length - 1
  if (last < 1) return items.join('')
  return `${items.slice(0, last).join(', ')}${lang === 'en' ? ' and ' : ' och '}${items[last]}`
}
