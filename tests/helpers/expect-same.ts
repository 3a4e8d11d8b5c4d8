/**
 * Identity assertions for elements. `expect(a).to.equal(b)` with elements works, and its failure
 * is reported (readable-failures.ts), but shows the elements' markup, which for a component is
 * long and often the same for two elements. These compare with `===` and name the elements.
 */
import {expect} from '@open-wc/testing'
import {nameOf} from './element-names'

export {nameOf}

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
