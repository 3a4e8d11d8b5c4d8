/**
 * Identity assertions for elements. `expect(a).to.equal(b)` with elements works while it passes,
 * but its failure message inspects both elements, which can stall the test runner until it gives
 * up on the whole file with no message at all. These compare with `===` and name the elements.
 */
import {expect} from '@open-wc/testing'
import {describe} from './dom-checks'

/** `button.chip[part=chip]#search "Stödtyp"` (its name or text), or `null`. */
export function nameOf(element: Element | null | undefined): string {
  if (!element) return String(element)
  const text = (element.getAttribute('aria-label') ?? element.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 40)
  return `${describe(element)}${element.id ? `#${element.id}` : ''} "${text}"`
}

/** Asserts that `actual` is the element `expected` (or both are null). */
export function expectSame(
  actual: Element | null | undefined,
  expected: Element | null | undefined,
  message = 'the same element',
): void {
  if (actual === expected) return
  expect.fail(`${message}: expected ${nameOf(expected)}, got ${nameOf(actual)}`)
}

/** Asserts that two lists hold the same elements in the same order. */
export function expectSameElements(
  actual: readonly Element[],
  expected: readonly Element[],
  message = 'the same elements',
): void {
  if (actual.length === expected.length && actual.every((el, i) => el === expected[i])) return
  expect.fail(
    `${message}:\n  expected ${expected.map(nameOf).join(', ') || '(none)'}\n  got      ${actual.map(nameOf).join(', ') || '(none)'}`,
  )
}
