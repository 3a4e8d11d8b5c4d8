/** Constants shared by the Sanity plugin, the queries and the components. */

/** The languages every localized field holds. Swedish is required, English optional. */
export const LANGUAGES = [
  {id: 'sv', title: 'Svenska', required: true},
  {id: 'en', title: 'English', required: false},
] as const

export type LanguageId = (typeof LANGUAGES)[number]['id']

/** The id of the strategy singleton. */
export const STRATEGY_ID = 'strategy'

/** Schemes accepted in every URL field. */
export const URL_SCHEMES = ['https', 'mailto', 'tel'] as const

/** The Sanity API version this package is written and tested against. */
export const API_VERSION = '2025-02-19'

/**
 * Said in the description of every field the embedded elements do not show, so that editors know
 * where their text appears (tests/node/sanity-schema.test.ts holds the list).
 */
export const NOT_SHOWN =
  'Visas inte av elementen på webbplatserna (hjulet, korten, stödguiden, berättelserna); fältet finns för regionens egna sidor.'

/** Said in the description of every `localeText` field the sites show as one paragraph. */
export const ONE_PARAGRAPH =
  'Skriv texten som ett stycke, utan tomma rader: webbplatserna visar den som ett stycke.'

/**
 * What a name longer than its warning's limit does in the strategy wheel (the focus areas, values,
 * guiding goals and vision it draws): said in the Studio's warning.
 */
export const WHEEL_LABEL =
  'Strategihjulet kan då behöva förminska texten för att den ska få plats (i ringarna för insatsområden, värdeord och mål gäller det alla namn i ringen), och kortar av det som ändå inte ryms med ”…”.'
