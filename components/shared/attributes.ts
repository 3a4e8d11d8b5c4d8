/**
 * Pure helpers for the attributes every element reads the same way. A value an element cannot
 * use gives its default, and the element says so on the page (`renderAttributeProblems` in states.ts),
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
 * A slug as an editor may write it, made as the Studio makes slugs from Swedish titles: in lower
 * case, with å, ä, ö and other accents folded, and every run of other characters a hyphen
 * (`Kreativa mötesplatser` gives `kreativa-motesplatser`); `undefined` when blank.
 */
export function slugFrom(value: string | null | undefined): string | undefined {
  const written = value?.trim().toLowerCase()
  if (!written) return undefined
  const slug = written
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  // Nothing left (`ſ`, `–`): the value as written, which the element then says it cannot find.
  return slug || written
}

/**
 * A boolean attribute as editors write it: present is on, as in HTML, except when its value says
 * off, in any case: `false`, `off`, `no`, `nej`, `av` or `0`, which HTML would read as on too.
 */
export const flag = (value: string | null): boolean =>
  value != null && !/^(false|off|no|nej|av|0)$/i.test(value)

/** A heading level 1–6 from an attribute; anything else gives the element's default. */
export function parseHeadingLevel(value: string | number | null | undefined, fallback = 2): number {
  const level = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10)
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback
}

/**
 * `heading-level` when it is not a whole number from 1 to 6, as the page wrote it: the attribute,
 * or the property when a script set it since. None is not wrong: an empty or removed attribute,
 * or a property set to `null` or `undefined` (a React prop left out), gives the default (an
 * empty attribute also when a script set the property since).
 */
export function wrongHeadingLevel(
  host: Element & {headingLevel?: number | null},
): WrongValue | false {
  const written = host.getAttribute('heading-level')
  const level = host.headingLevel
  if (level == null || written?.trim() === '') return false
  // The attribute while the property holds what was read from it (Lit's Number converter).
  const value = written !== null && Object.is(Number(written), level) ? written : level
  return !parseHeadingLevel(level, 0) && ['heading-level', value, 'heading-level="3"']
}

/** The edit distance of two short strings (Levenshtein). */
function distance(a: string, b: string): number {
  let row = Array.from({length: b.length + 1}, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    row = next
  }
  return row[b.length]
}

/**
 * The attribute of `known` that `name` most likely misspells (`municipalty` → `municipality`,
 * `hide_facets` → `hide-facets`): one edit away for a short name, two for a longer one. None for
 * a known attribute, or one the page or a framework adds (`data-…`, `aria-…`, `:class`).
 */
export function meantAttribute(name: string, known: readonly string[]): string | undefined {
  // A global attribute (`style`, `class`, `tabindex`) is never this close to one of ours: the
  // tests hold that.
  if (known.includes(name) || /^(?:data|aria)-|[^a-z_-]/.test(name)) return undefined
  const most = name.length < 6 ? 1 : 2
  let best: string | undefined
  let bestDistance = most + 1
  for (const candidate of known) {
    const d = distance(name, candidate)
    if (d < bestDistance) [best, bestDistance] = [candidate, d]
  }
  return best
}
