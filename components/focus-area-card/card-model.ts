/**
 * The focus area as the card shows it: the `focusArea` query's result made safe to render (every
 * list an array, every text a string, each theme with a key of its own). Pure, so that malformed
 * content gives a smaller card, never an exception or a printed `[object Object]`.
 */
import type {QueryResultMap} from '../data/source'
import {list, record, trimmed, uniqueKey} from '../shared/content'

export interface CardTheme {
  /** Unique in the card (the content's `_key`, else the position), for the reader's collapsing. */
  key: string
  /** The heading; empty for a theme without one (its bullets are shown without a toggle). */
  heading: string
  bullets: string[]
}

export interface CardFocusArea {
  slug: string
  title: string
  summary: string
  themes: CardTheme[]
  actions: string[]
  guidingGoals: string[]
  values: string[]
}

type Raw = QueryResultMap['focusArea']

/** The titles of a list of linked documents, leaving out those without one. */
function titles(value: unknown): string[] {
  return list(value)
    .map((item) => trimmed(record(item)?.title))
    .filter(Boolean)
}

/**
 * The focus area made safe to render, or `null` when the result is no focus area (the card then
 * says that the focus area does not exist). One without a title (malformed content: the Studio
 * requires one) is titled by its slug, as the finder does, so that its content is not lost.
 * Themes with neither a heading nor a bullet are left out.
 */
export function normaliseFocusArea(raw: Raw | unknown): CardFocusArea | null {
  const area = record(raw)
  const title = trimmed(area?.title) || trimmed(area?.slug)
  if (!area || !title) return null
  const keys = new Set<string>()
  return {
    slug: trimmed(area.slug),
    title,
    summary: trimmed(area.summary),
    themes: list(area.themes).flatMap((item, i) => {
      const theme = record(item)
      const heading = trimmed(theme?.heading)
      const bullets = list(theme?.bullets)
        .map((bullet) => trimmed(record(bullet)?.text))
        .filter(Boolean)
      if (!theme || (!heading && !bullets.length)) return []
      return [{key: uniqueKey(keys, trimmed(theme._key), `theme-${i + 1}`), heading, bullets}]
    }),
    actions: titles(area.actions),
    guidingGoals: titles(area.guidingGoals),
    values: titles(area.values),
  }
}
