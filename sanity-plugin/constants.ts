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
