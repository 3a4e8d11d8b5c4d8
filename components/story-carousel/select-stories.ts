/**
 * Pure helpers for the story carousel's attributes: which stories to show, and how. The query
 * returns every story, so that every carousel on a page shares one request; each carousel picks
 * its own here.
 */
import type {QueryResultMap} from '../data/source'
import {parseChoice, slugFrom} from '../shared/attributes'
import {list, record} from '../shared/content'

export type Story = NonNullable<QueryResultMap['successStories']>[number]

export type StoryLayout = 'carousel' | 'list'

/**
 * The `limit` attribute as a whole number ≥ 1, or `undefined` for none: every story. A value
 * that is not such a number (`abc`, `0`, `-2`, `2.5`) gives every story too, the sensible default.
 */
export function parseLimit(value: string | number | null | undefined): number | undefined {
  const limit = Number(String(value ?? '').trim() || NaN)
  return Number.isInteger(limit) && limit >= 1 ? limit : undefined
}

/** The `layout` attribute: `carousel` (also when not given) or `list`; anything else `undefined`. */
export const parseLayout = (value: string | null | undefined): StoryLayout | undefined =>
  parseChoice(value, ['carousel', 'list'])

export interface StoryFilter {
  focusArea?: string | null
  municipality?: string | null
  limit?: string | number | null
}

export type Selection =
  | {ok: true; stories: Story[]}
  /** Nothing matched: which attribute, and a value of it that would match something. */
  | {ok: false; attribute: 'focus-area' | 'municipality' | null; value: string; example?: string}

/** Only well-formed stories: objects with a title. */
export function usableStories(value: unknown): Story[] {
  return Array.isArray(value)
    ? value.filter(
        (story): story is Story => typeof story?.title === 'string' && !!story.title.trim(),
      )
    : []
}

const focusSlugs = (story: Story): unknown[] =>
  list(story.focusAreas).map((area) => record(area)?.slug)

const RULES = [
  ['focus-area', 'focusArea', focusSlugs],
  ['municipality', 'municipality', (story: Story) => [story.municipality?.slug]],
] as const

/**
 * The stories that match the focus area and the municipality (both, when both are given),
 * newest first as the query gives them, at most `limit`. When nothing matches, says which
 * attribute is to blame and a value that would match.
 */
export function selectStories(all: unknown, filter: StoryFilter = {}): Selection {
  let stories = usableStories(all)
  if (!stories.length) return {ok: false, attribute: null, value: ''}
  for (const [attribute, key, slugs] of RULES) {
    const written = filter[key]
    // As the Studio makes slugs: `Östersund` finds `ostersund`.
    const slug = slugFrom(written)
    if (!slug) continue
    const kept = stories.filter((story) => slugs(story).includes(slug))
    if (!kept.length) {
      const example = stories.flatMap(slugs).find((other) => typeof other === 'string') as string
      // The value as the editor wrote it.
      return {ok: false, attribute, value: written!.trim(), example}
    }
    stories = kept
  }
  const limit = parseLimit(filter.limit)
  return {ok: true, stories: limit ? stories.slice(0, limit) : stories}
}
