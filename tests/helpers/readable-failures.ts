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

/** `button.chip[part=chip]#search "Stödtyp"` (its name or text), or `null`. */
export function nameOf(element: Element | null | undefined): string {
  if (!element) return String(element)
  const classes = [...element.classList].map((name) => `.${name}`).join('')
  const part = element.getAttribute('part')
  const text = (element.getAttribute('aria-label') ?? element.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 40)
  return `${element.localName}${classes}${part ? `[part=${part}]` : ''}${element.id ? `#${element.id}` : ''} "${text}"`
}

/** `value` with every DOM node in it (in lists and plain objects, three levels deep) named. */
export function readable(value: unknown, depth = 3): unknown {
  if (value instanceof Node) return value instanceof Element ? nameOf(value) : value.nodeName
  if (depth === 0 || value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((item) => readable(item, depth - 1))
  if (Object.getPrototypeOf(value) !== Object.prototype) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, readable(item, depth - 1)]),
  )
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
