/**
 * Pure helpers for the attributes every element reads the same way. A value an element cannot
 * use gives its default, and the element says so on the page (`renderWrongValues` in states.ts),
 * naming the attribute, the value and an example.
 */

/** An attribute value the element cannot use: the attribute, the value, and a good example. */
export type WrongValue = readonly [name: string, value: unknown, example: string]

/**
 * One of `choices`, read in any case with spaces trimmed: the first choice (the default) when not
 * given or empty, `undefined` when the value is none of them.
 */
export function parseChoice<T extends string>(
  value: string | null | undefined,
  choices: readonly [T, ...T[]],
): T | undefined {
  const choice = value?.trim().toLowerCase() || choices[0]
  return choices.find((known) => known === choice)
}

/**
 * A slug as an editor may write it: trimmed, in lower case, with å, ä, ö and other accents
 * folded and spaces as hyphens (`Kreativa mötesplatser` gives `kreativa-motesplatser`);
 * `undefined` when blank.
 */
export const slugFrom = (value: string | null | undefined): string | undefined =>
  value?.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, '-') ||
  undefined

/**
 * A boolean attribute as editors write it: present is on, as in HTML, except `="false"`, which
 * HTML would read as on too.
 */
export const flag = (value: string | null): boolean => value != null && value !== 'false'

/** A heading level 1–6 from an attribute; anything else gives the element's default. */
export function parseHeadingLevel(value: string | number | null | undefined, fallback = 2): number {
  const level = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10)
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback
}

/**
 * `heading-level` when it is not a whole number from 1 to 6, as the page wrote it. None is not
 * wrong: an empty or removed attribute, or a property set to `null` or `undefined` (a React prop
 * left out), gives the default.
 */
export function wrongHeadingLevel(
  host: Element & {headingLevel?: number | null},
): WrongValue | false {
  const written = host.getAttribute('heading-level')
  const level = host.headingLevel
  if (level == null || written?.trim() === '') return false
  return !parseHeadingLevel(level, 0) && ['heading-level', written ?? level, 'heading-level="3"']
}
