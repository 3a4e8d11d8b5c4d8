/**
 * Every GROQ query the components use, one per need, written once with `defineQuery` so that
 * Sanity TypeGen types their results (`sanity.types.ts`). Each takes the language as `$lang`
 * ('sv' or 'en') and falls back to Swedish where the English text is missing. The language is
 * chosen with `select()` rather than `field[$lang]` so that TypeGen can type the result. References are
 * resolved in the query, so each component needs exactly one request.
 *
 * Each query lives in its own module (`queries/`). This module gathers them for the Sanity client
 * (`createSanitySource`, which elements load lazily), the generator and the tests; elements fetch
 * by name and carry no GROQ.
 */
import type {QueryName} from './source'
import {FOCUS_AREA_QUERY} from './queries/focus-area'
import {STRATEGY_QUERY} from './queries/strategy'
import {SUCCESS_STORIES_QUERY} from './queries/success-stories'
import {SUPPORT_FINDER_QUERY} from './queries/support-finder'

export {FOCUS_AREA_QUERY, STRATEGY_QUERY, SUCCESS_STORIES_QUERY, SUPPORT_FINDER_QUERY}

/** The GROQ text of each named query. */
export const QUERIES: {readonly [N in QueryName]: string} = {
  strategy: STRATEGY_QUERY,
  focusArea: FOCUS_AREA_QUERY,
  supportFinder: SUPPORT_FINDER_QUERY,
  successStories: SUCCESS_STORIES_QUERY,
}
