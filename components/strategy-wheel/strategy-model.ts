/**
 * The strategy as the wheel shows it: the `strategy` query's result made safe to draw (every list
 * an array, every text a string, nothing null), and the links between focus areas, goals and
 * values. Pure functions, so that malformed content gives a smaller wheel, never an exception.
 */
import type {QueryResultMap} from '../data/source'
import {focusAreaAnchor} from '../focus-area-card/card-options'
import {list, record, trimmed as text, uniqueKey as keyFor} from '../shared/content'
import {slugFrom} from '../shared/attributes'

export interface WheelFocusArea {
  /** A key unique in the wheel (the slug, else the document id, else the position). */
  key: string
  /** The slug; empty when the content has none (the area is then shown but not selectable). */
  slug: string
  title: string
  summary: string
  /** The slugs of the guiding goals and values it is linked to, in the content's order. */
  goals: string[]
  values: string[]
}

export interface WheelValue {
  key: string
  slug: string
  title: string
  statement: string
}

export interface WheelGoal {
  key: string
  slug: string
  title: string
  subGoals: {key: string; title: string; bullets: string[]}[]
}

export interface WheelStrategy {
  brand: string
  /** The target year as text, e.g. "2025"; empty when missing. */
  year: string
  vision: string
  valuesIntro: string
  focusAreasIntro: string
  areas: WheelFocusArea[]
  values: WheelValue[]
  goals: WheelGoal[]
}

type Raw = NonNullable<QueryResultMap['strategy']>

/** The slugs in a list, without blanks and duplicates. */
function slugs(value: unknown): string[] {
  return [...new Set(list(value).map(text).filter(Boolean))]
}

/**
 * The strategy made safe to draw. Items without a title are left out (they have nothing to
 * show); everything else is kept, whatever else is missing or of the wrong type.
 */
export function normaliseStrategy(raw: Raw | null | undefined | unknown): WheelStrategy | null {
  const value = record(raw)
  if (!value) return null
  const areaKeys = new Set<string>()
  const valueKeys = new Set<string>()
  const goalKeys = new Set<string>()
  const year =
    typeof value.targetYear === 'number' ? String(value.targetYear) : text(value.targetYear)
  return {
    brand: text(value.brand),
    year,
    vision: text(value.vision),
    valuesIntro: text(value.valuesIntro),
    focusAreasIntro: text(value.focusAreasIntro),
    areas: list(value.focusAreas).flatMap((item, i) => {
      const area = record(item)
      const title = text(area?.title)
      if (!area || !title) return []
      const slug = text(area.slug)
      return [
        {
          key: keyFor(areaKeys, slug, text(area._id), `area-${i + 1}`),
          slug,
          title,
          summary: text(area.summary),
          goals: slugs(area.guidingGoals),
          values: slugs(area.values),
        },
      ]
    }),
    values: list(value.values).flatMap((item, i) => {
      const entry = record(item)
      const title = text(entry?.title)
      if (!entry || !title) return []
      const slug = text(entry.slug)
      return [
        {
          key: keyFor(valueKeys, slug, text(entry._id), `value-${i + 1}`),
          slug,
          title,
          statement: text(entry.statement),
        },
      ]
    }),
    goals: list(value.guidingGoals).flatMap((item, i) => {
      const goal = record(item)
      const title = text(goal?.title)
      if (!goal || !title) return []
      const slug = text(goal.slug)
      const subKeys = new Set<string>()
      return [
        {
          key: keyFor(goalKeys, slug, text(goal._id), `goal-${i + 1}`),
          slug,
          title,
          subGoals: list(goal.subGoals).flatMap((sub, j) => {
            const subGoal = record(sub)
            const subTitle = text(subGoal?.title)
            const bullets = list(subGoal?.bullets)
              .map((bullet) => text(record(bullet)?.text))
              .filter(Boolean)
            if (!subGoal || (!subTitle && !bullets.length)) return []
            return [
              {key: keyFor(subKeys, text(subGoal._key), `sub-${j + 1}`), title: subTitle, bullets},
            ]
          }),
        },
      ]
    }),
  }
}

/** What a focus area is linked to: the keys of its goals and values that the wheel shows. */
export interface Links {
  goals: Set<string>
  values: Set<string>
}

/** The goals and values (by key) linked to the focus area `slug`; empty for an unknown one. */
export function linksOf(strategy: WheelStrategy, slug: string | undefined): Links {
  const links: Links = {goals: new Set(), values: new Set()}
  const area = slug ? strategy.areas.find((candidate) => candidate.slug === slug) : undefined
  if (!area) return links
  for (const goal of strategy.goals)
    if (goal.slug && area.goals.includes(goal.slug)) links.goals.add(goal.key)
  for (const value of strategy.values) {
    if (value.slug && area.values.includes(value.slug)) links.values.add(value.key)
  }
  return links
}

/** The titles of a focus area's goals and values, in the wheel's order. */
export function linkedTitles(
  strategy: WheelStrategy,
  area: WheelFocusArea,
): {goals: string[]; values: string[]} {
  const links = linksOf(strategy, area.slug)
  return {
    goals: strategy.goals.filter((goal) => links.goals.has(goal.key)).map((goal) => goal.title),
    values: strategy.values
      .filter((value) => links.values.has(value.key))
      .map((value) => value.title),
  }
}

/**
 * The focus area with `slug` (as written in an attribute: case, accents and spaces do not count,
 * see `slugFrom`), if the strategy has one that can be selected.
 */
export function findArea(
  strategy: WheelStrategy | null | undefined,
  slug: string | null | undefined,
): WheelFocusArea | undefined {
  const wanted = slugFrom(slug)
  if (!strategy || !wanted) return undefined
  return strategy.areas.find((area) => area.slug && area.slug === wanted)
}

/** A slug as the content model makes them: lowercase ASCII letters, digits and hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The prefix of a focus area's anchor, e.g. `#ijh-focus-area-kunskap-och-kompetens`. */
const FRAGMENT_PREFIX = '#ijh-focus-area-'

/**
 * The focus area a URL fragment names (`#ijh-focus-area-<slug>`, the focus-area card's anchor),
 * or `undefined` for any other fragment.
 */
export function slugFromFragment(hash: string | null | undefined): string | undefined {
  if (!hash?.startsWith(FRAGMENT_PREFIX)) return undefined
  let slug: string
  try {
    slug = decodeURIComponent(hash.slice(FRAGMENT_PREFIX.length))
  } catch {
    return undefined
  }
  return SLUG.test(slug) ? slug : undefined
}

/** The URL fragment for a focus area: the card's anchor (`focusAreaAnchor`), with a `#`. */
export function fragmentFor(slug: string): string {
  return `#${focusAreaAnchor(slug)}`
}

/** Whether `value` looks like a slug (so that it is worth asking a source about). */
export function isSlug(value: string | null | undefined): value is string {
  return !!value && SLUG.test(value)
}
