/**
 * Loaded before every browser test file (web-test-runner.config.mjs, `testRunnerHtml`).
 *
 * A failed `expect(element).to.equal(null)` (or `.to.not.exist`, or a list of elements) keeps
 * the elements as the error's `actual` and `expected`, and the test runner, sending those out of
 * the browser, walks the whole DOM from them: the file then stalls until the runner gives up on
 * it, with no message at all. This chai plugin puts short descriptions in their place
 * (`nameOf`), so that such a failure is reported at once, with its message and a readable diff.
 */
// chai alone (the instance @open-wc/testing exports): this runs before each test file, and must
// not load the file's modules first (@open-wc/testing here, with Lit, broke 11 card tests).
import * as chai from '@esm-bundle/chai'
import {nameOf} from './element-names'

/** A DOM node, from this window or another (an iframe's), where `instanceof Node` fails. */
function isNode(value: object): value is Node {
  return (
    typeof (value as Node).nodeType === 'number' && typeof (value as Node).nodeName === 'string'
  )
}

/**
 * `value` with every DOM node in it named, and every event: in arrays, node lists, sets, maps and
 * plain objects, up to eight levels deep (deeper objects are cut: `…`), each object once (again:
 * `[circular]`). Other values are kept. `expect.fail(element)` does not pass through here: give
 * it a message instead.
 */
export function readable(value: unknown, depth = 8, seen = new WeakSet<object>()): unknown {
  if (value === null || typeof value !== 'object') return value
  if (isNode(value)) return value.nodeType === 1 ? nameOf(value as Element) : value.nodeName
  if (value instanceof Event) return `${value.constructor.name} ${value.type}`
  if (depth === 0) return '…'
  if (seen.has(value)) return '[circular]'
  seen.add(value)
  const inner = (item: unknown) => readable(item, depth - 1, seen)
  if (value instanceof Map)
    return new Map([...value].map(([key, item]) => [inner(key), inner(item)]))
  if (value instanceof Set) return new Set([...value].map(inner))
  if (Array.isArray(value) || value instanceof NodeList || value instanceof HTMLCollection) {
    return Array.from(value as ArrayLike<unknown>, inner)
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inner(item)]))
}

chai.use((lib) => {
  const prototype = lib.Assertion.prototype as {assert: (...args: unknown[]) => void}
  const assert = prototype.assert
  prototype.assert = function (this: unknown, ...args: unknown[]) {
    try {
      assert.apply(this, args)
    } catch (error) {
      if (error instanceof lib.AssertionError) {
        const failure = error as {actual?: unknown; expected?: unknown}
        failure.actual = readable(failure.actual)
        failure.expected = readable(failure.expected)
      }
      throw error
    }
  }
})
