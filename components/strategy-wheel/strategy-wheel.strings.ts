import {msg} from '@lit/localize/init/install.js'
import {str} from '@lit/localize/internal/str-tag.js'
import type {Lang} from '../data/source'
import {defineMessages, translate, type MessageValues} from '../i18n/translate'

/** The strategy wheel's UI strings. Swedish is the source language. */
const catalog = defineMessages(
  {en: () => import('../i18n/generated/wheel/en')},
  {
    figureName: (v) => msg(str`Strategihjul: ${v.brand}`, {id: 'wheel.figureName'}),
    figureNameNoBrand: () => msg('Strategihjul', {id: 'wheel.figureNameNoBrand'}),
    description: () =>
      msg(
        'Hjulet visar strategin inifrån och ut: visionen i mitten, runt den insatsområdena, sedan värdeorden och ytterst de vägledande målen. Välj ett insatsområde för att se vilka mål och värdeord det hör till.',
        {id: 'wheel.description'},
      ),
    keyboardHint: () =>
      msg(
        'Tabb når insatsområdena. Piltangenterna flyttar mellan dem, Home och End till det första och det sista. Enter eller mellanslag väljer.',
        {id: 'wheel.keyboardHint'},
      ),
    keyboardHintLinks: () =>
      msg(
        'Tabb når insatsområdena. Piltangenterna flyttar mellan dem, Home och End till det första och det sista. Enter öppnar.',
        {id: 'wheel.keyboardHintLinks'},
      ),
    showText: () => msg('Visa som text', {id: 'wheel.showText'}),
    showWheel: () => msg('Visa som hjul', {id: 'wheel.showWheel'}),
    vision: () => msg('Vision', {id: 'wheel.vision'}),
    visionYear: (v) => msg(str`Vision ${v.year}`, {id: 'wheel.visionYear'}),
    focusAreas: () => msg('Insatsområden', {id: 'wheel.focusAreas'}),
    values: () => msg('Värdeord', {id: 'wheel.values'}),
    guidingGoals: () => msg('Vägledande mål', {id: 'wheel.guidingGoals'}),
    contributesTo: (v) => msg(str`Bidrar till: ${v.list}.`, {id: 'wheel.contributesTo'}),
    linkedValues: (v) => msg(str`Värdeord: ${v.list}.`, {id: 'wheel.linkedValues'}),
    selected: () => msg('Valt', {id: 'wheel.selected'}),
    none: () => msg('Inga ännu.', {id: 'wheel.none'}),
    strategyMissing: () => msg('Källan har ingen strategi ännu.', {id: 'wheel.strategyMissing'}),
    selectedUnknown: (v) =>
      msg(
        str`Attributet selected: det finns inget insatsområde ”${v.slug}”. Ange till exempel selected="${v.example}".`,
        {id: 'wheel.selectedUnknown'},
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
