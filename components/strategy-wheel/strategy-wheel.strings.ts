import type {Lang} from '../data/source'
import {defineCatalog, translate} from '../i18n/translate'

/** The strategy wheel's UI strings. Swedish is the source language. */
const catalog = defineCatalog({
  sv: {
    figureName: 'Strategihjul: {brand}',
    figureNameNoBrand: 'Strategihjul',
    description:
      'Hjulet visar strategin inifrån och ut: visionen i mitten, runt den insatsområdena, sedan värdeorden och ytterst de vägledande målen. Välj ett insatsområde för att se vilka mål och värdeord det hör till.',
    keyboardHint:
      'Tabb når insatsområdena. Piltangenterna flyttar mellan dem, Home och End till det första och det sista. Enter eller mellanslag väljer.',
    keyboardHintLinks:
      'Tabb når insatsområdena. Piltangenterna flyttar mellan dem, Home och End till det första och det sista. Enter öppnar.',
    showText: 'Visa som text',
    showWheel: 'Visa som hjul',
    vision: 'Vision',
    visionYear: 'Vision {year}',
    focusAreas: 'Insatsområden',
    values: 'Värdeord',
    guidingGoals: 'Vägledande mål',
    contributesTo: 'Bidrar till: {list}.',
    linkedValues: 'Värdeord: {list}.',
    selected: 'Valt',
    none: 'Inga ännu.',
    strategyMissing: 'Källan har ingen strategi ännu.',
    selectedUnknown:
      'Attributet selected: det finns inget insatsområde ”{slug}”. Ange till exempel selected="{example}".',
  },
  en: {
    figureName: 'Strategy wheel: {brand}',
    figureNameNoBrand: 'Strategy wheel',
    description:
      'The wheel shows the strategy from the centre outwards: the vision in the middle, around it the focus areas, then the values and, outermost, the guiding goals. Choose a focus area to see which goals and values it belongs to.',
    keyboardHint:
      'Tab reaches the focus areas. The arrow keys move between them, Home and End to the first and the last. Enter or Space selects.',
    keyboardHintLinks:
      'Tab reaches the focus areas. The arrow keys move between them, Home and End to the first and the last. Enter opens.',
    showText: 'Show as text',
    showWheel: 'Show as wheel',
    vision: 'Vision',
    visionYear: 'Vision {year}',
    focusAreas: 'Focus areas',
    values: 'Values',
    guidingGoals: 'Guiding goals',
    contributesTo: 'Contributes to: {list}.',
    linkedValues: 'Values: {list}.',
    selected: 'Selected',
    none: 'None yet.',
    strategyMissing: 'The source has no strategy yet.',
    selectedUnknown:
      'The attribute selected: there is no focus area “{slug}”. Set for example selected="{example}".',
  },
})

export type WheelMessageKey = keyof typeof catalog.sv

/** One of the wheel's UI strings in `lang`, with `{name}` placeholders filled in. */
export function wheelText(
  lang: Lang,
  key: WheelMessageKey,
  values: Record<string, string | number> = {},
): string {
  return translate(catalog, lang, key, values)
}

/** A list of titles in running text: "A, B och C" / "A, B and C". */
export function joinList(lang: Lang, items: readonly string[]): string {
  if (typeof Intl !== 'undefined' && 'ListFormat' in Intl) {
    return new Intl.ListFormat(lang, {style: 'long', type: 'conjunction'}).format(items)
  }
  return items.join(', ')
}
