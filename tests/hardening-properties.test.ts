/**
 * Property-based tests (fast-check): every element, fed arbitrary and malformed query results
 * through a test source (`helpers/arbitraries.ts`), with arbitrary attributes, never throws, shows
 * its content or its empty or error state, prints no `undefined` or `[object Object]`, keeps its
 * ids unique and its references whole, names every heading, button and link, and stays inside a
 * 320 px column.
 *
 * One element per test is reused: each run sets its attributes and swaps the source it reads
 * (through `@lit/context`), so that a run costs a render, not a page. The seed is fixed, so a
 * failure is the same on every machine; fast-check prints the seed, path and shrunk
 * counterexample to replay it.
 */
import {ContextProvider} from '@lit/context'
import {expect, fixture, html} from '@open-wc/testing'
import fc from 'fast-check'
import '../components/config/config'
import '../components/focus-area-card/focus-area-card'
import '../components/story-carousel/story-carousel'
import '../components/strategy-wheel/strategy-wheel'
import '../components/support-finder/support-finder'
import {parseLayout} from '../components/story-carousel/select-stories'
import {dataSourceContext} from '../components/data/context'
import {DataSourceError, type DataErrorKind} from '../components/data/source'
import {
  attribute,
  failure,
  focusAreaResult,
  strategyResult,
  successStoriesResult,
  supportFinderResult,
  text,
} from './helpers/arbitraries'
import {
  deepText,
  horizontalOverflow,
  idProblems,
  printedNonText,
  unnamed,
} from './helpers/dom-checks'
import {frame, rendered, TestSource} from './helpers/test-source'

/** Runs per element; the figure docs/quality.md reports. */
export const RUNS = 200
const SEED = 20250219

fc.configureGlobal({seed: SEED, numRuns: RUNS})

/**
 * Runs a property and fails with its error, where it failed and a readable (shortened)
 * counterexample; returns the number of runs.
 */
async function check<Ts extends [unknown, ...unknown[]]>(
  property: fc.IAsyncPropertyWithHooks<Ts>,
  parameters: fc.Parameters<Ts> = {},
): Promise<number> {
  const details = await fc.check(property, parameters)
  if (details.failed) {
    const example = fc.stringify(details.counterexample)
    throw new Error(
      `${String((details.errorInstance as Error | undefined)?.message ?? details.errorInstance)}\n` +
        `after ${details.numRuns} runs (seed ${details.seed}, path "${details.counterexamplePath}", shrunk ${details.numShrinks} times)\n` +
        `counterexample: ${example.length > 3000 ? `${example.slice(0, 3000)}…` : example}`,
    )
  }
  return details.numRuns
}

interface Updatable extends HTMLElement {
  updateComplete: Promise<unknown>
}

/** An element's query controller, read to wait for its run (a private field, for tests only). */
function taskOf(element: Element): Promise<unknown> {
  const query = (element as unknown as {query?: {taskComplete: Promise<unknown>}}).query
  return query ? query.taskComplete.catch(() => undefined) : Promise.resolve()
}

/**
 * Waits until the element has run its query and rendered the answer. No animation frame is
 * needed for the layout checks: reading a box lays the page out at once.
 */
async function settle(element: Updatable): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await element.updateComplete
    await taskOf(element)
  }
  await element.updateComplete
}

/** Uncaught errors and unhandled rejections, recorded while a test runs. */
function recordUncaught(): {errors: string[]; stop: () => void} {
  const errors: string[] = []
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`)
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(`unhandled rejection: ${String(event.reason)}`)
  window.addEventListener('error', onError)
  window.addEventListener('unhandledrejection', onRejection)
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError)
      window.removeEventListener('unhandledrejection', onRejection)
    },
  }
}

/** A 320 px column providing a source; its one element is reused between runs. */
async function column<E extends Updatable>(tag: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`)
  const provider = new ContextProvider(wrapper, {
    context: dataSourceContext,
    initialValue: new TestSource(() => null),
  })
  const element = document.createElement(tag) as E
  wrapper.append(element)
  await settle(element)
  // Once, for the resize observers of a newly connected element (the wheel's label size).
  await frame()
  await settle(element)
  return {wrapper, provider, element}
}

type Failure = {kind: string; message: string} | {thrown: unknown}

function sourceFor(answer: unknown, fail: Failure | null): TestSource {
  return new TestSource(() => {
    if (!fail) return answer
    if ('kind' in fail) throw new DataSourceError(fail.kind as DataErrorKind, fail.message)
    throw fail.thrown
  })
}

function setAttributes(element: Element, attributes: Record<string, string | null>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null) element.removeAttribute(name)
    else element.setAttribute(name, value)
  }
}

/** What every element must do with any answer. */
function checkAlways(element: HTMLElement, uncaught: string[]): void {
  expect(uncaught.join('; '), 'uncaught errors').to.equal('')
  expect(rendered(element), 'something rendered').to.equal(true)
  expect(deepText(element).trim(), 'some text shown').not.to.equal('')
  expect(element.getBoundingClientRect().height, 'the host has height').to.be.greaterThan(0)
  expect(printedNonText(element).join('; '), 'printed a missing or non-text value').to.equal('')
  expect(idProblems(element).join('; '), 'ids and references').to.equal('')
  expect(unnamed(element).join('; '), 'headings, buttons and links have names').to.equal('')
  expect(horizontalOverflow(element).join('; '), 'nothing sticks out of 320 px').to.equal('')
}

const shows = (element: Element, selector: string) => !!element.shadowRoot?.querySelector(selector)

/** Shown when a run failed: its error (or, with older content, the stale notice). */
function showsFailure(element: Element): boolean {
  return shows(element, '[part~="error"]') || shows(element, '[part~="stale-notice"]')
}

/** A usable text: a string with something in it. */
const usable = (value: unknown) => typeof value === 'string' && !!value.trim()

/** What an element shows of a text: a string trimmed, a number's digits, else nothing. */
const shownText = (value: unknown) =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : ''

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

describe('hardening: arbitrary and malformed query results (fast-check)', function () {
  // Hundreds of renders per test: well above the suite's 10 s default, well below a minute.
  this.timeout(120_000)

  let uncaught: ReturnType<typeof recordUncaught>
  beforeEach(() => {
    uncaught = recordUncaught()
  })
  afterEach(() => uncaught.stop())

  /**
   * What every run does first: sets the attributes, gives the element a source with the answer
   * (or the failure), waits for it to settle and checks what must always hold.
   */
  async function render(
    element: Updatable,
    provider: ContextProvider<typeof dataSourceContext>,
    answer: unknown,
    fail: Failure | null,
    attributes: Record<string, string | null>,
  ): Promise<void> {
    setAttributes(element, attributes)
    provider.setValue(sourceFor(answer, fail))
    await settle(element)
    checkAlways(element, uncaught.errors)
  }

  it(`ijh-focus-area-card: ${RUNS} runs`, async () => {
    const {provider, element} = await column<Updatable>('ijh-focus-area-card')
    await check(
      fc.asyncProperty(
        focusAreaResult,
        fc.option(failure, {freq: 8}),
        fc.record({
          'focus-area': fc.oneof(
            {weight: 8, arbitrary: fc.constantFrom('kunskap-och-kompetens', 'a')},
            {weight: 1, arbitrary: attribute()},
          ),
          variant: attribute('full', 'compact'),
          'heading-level': attribute('1', '3', '6', '0', '7', '-1', '2.5'),
          'href-template': attribute('/innovation/{slug}', 'javascript:{slug}', '{slug}'),
        }),
        async (answer, fail, attributes) => {
          await render(element, provider, answer, fail, attributes)
          const slug = attributes['focus-area']?.trim()
          if (!slug) {
            expect(shows(element, '[part~="error"]'), 'names the missing attribute').to.equal(true)
          } else if (fail) {
            expect(showsFailure(element), 'shows the failure').to.equal(true)
          } else if (shownText(record(answer)?.title) || shownText(record(answer)?.slug)) {
            // A focus area without a title is titled by its slug, so that its content is not lost.
            const title = element.shadowRoot?.querySelector('[part~="title"]')
            expect(title?.textContent?.trim()).to.equal(
              shownText(record(answer)?.title) || shownText(record(answer)?.slug),
            )
          } else {
            expect(shows(element, '[part~="error"]'), 'says the focus area is missing').to.equal(
              true,
            )
          }
        },
      ),
    )
  })

  it(`ijh-strategy-wheel: ${RUNS} runs`, async () => {
    const {provider, element} = await column<Updatable>('ijh-strategy-wheel')
    element.setAttribute('no-fragment', '')
    await check(
      fc.asyncProperty(
        strategyResult,
        fc.option(failure, {freq: 8}),
        fc.record({
          selected: attribute('a', 'kunskap-och-kompetens', 'finns-inte'),
          view: attribute('wheel', 'text'),
          'heading-level': attribute('1', '4', '9'),
          'href-template': attribute('/innovation/{slug}', 'javascript:{slug}'),
        }),
        async (answer, fail, attributes) => {
          await render(element, provider, answer, fail, attributes)
          if (fail) {
            expect(showsFailure(element), 'shows the failure').to.equal(true)
            return
          }
          const strategy = record(answer)
          if (!strategy) {
            expect(shows(element, '[part~="error"]'), 'says there is no strategy').to.equal(true)
            return
          }
          const areas = (Array.isArray(strategy.focusAreas) ? strategy.focusAreas : []).filter(
            (area) => {
              return !!shownText(record(area)?.title)
            },
          )
          const root = element.shadowRoot as ShadowRoot
          if (attributes.view?.trim().toLowerCase() === 'text') {
            expect(root.querySelectorAll('.area-list > li').length, 'focus areas listed').to.equal(
              areas.length,
            )
          } else {
            expect(root.querySelectorAll('svg [part~="area"]').length, 'segments').to.equal(
              areas.length,
            )
          }
        },
      ),
    )
  })

  it(`ijh-support-finder: ${RUNS} runs`, async () => {
    const {provider, element} = await column<Updatable>('ijh-support-finder')
    // As for print: every card's panel built (hidden), not only the open ones, so that the checks
    // reach what a card shows when it opens.
    window.dispatchEvent(new Event('beforeprint'))
    try {
      await check(
        fc.asyncProperty(
          supportFinderResult,
          fc.option(failure, {freq: 8}),
          fc.record({
            mode: attribute('browse', 'guided'),
            need: attribute('finansiering', 'a,b', 'finns-inte'),
            municipality: attribute('ostersund', 'a'),
            provider: attribute('almi-mitt'),
            'hide-facets': attribute('', 'provider municipality', 'nope'),
            'heading-level': attribute('2', '5', '6'),
            label: attribute('Almis stöd', '  ', '<img src=x onerror=alert(1)>'),
            'url-key': attribute('almi', ' ', 'å ä'),
          }),
          async (answer, fail, attributes) => {
            await render(element, provider, answer, fail, attributes)
            if (fail) {
              expect(showsFailure(element), 'shows the failure').to.equal(true)
              return
            }
            const root = element.shadowRoot as ShadowRoot
            const count = root.querySelector('[part~="result-count"]')
            if (!count) {
              // Guided mode asks its first question before any result.
              expect(shows(element, '[part~="guided"]'), 'results or a question').to.equal(true)
              return
            }
            const cards = root.querySelectorAll('[part~="card"]').length
            const said = Number(/\d+/.exec(count.textContent ?? '')?.[0] ?? 0)
            expect(cards, 'cards shown for the count').to.equal(Math.min(said, 30))
            if (!said) expect(shows(element, '[part~="suggestions"]'), 'a way on').to.equal(true)
          },
        ),
      )
    } finally {
      window.dispatchEvent(new Event('afterprint'))
    }
  })

  it(`ijh-story-carousel: ${RUNS} runs`, async () => {
    const {provider, element} = await column<Updatable>('ijh-story-carousel')
    await check(
      fc.asyncProperty(
        successStoriesResult,
        fc.option(failure, {freq: 8}),
        fc.record({
          'focus-area': attribute('kunskap-och-kompetens', 'a'),
          municipality: attribute('ostersund', 'b'),
          limit: attribute('1', '3', '0', 'x'),
          layout: attribute('carousel', 'list'),
          'href-template': attribute('/berattelser/{slug}', 'javascript:{slug}'),
          'heading-level': attribute('2', '3', '8'),
          label: attribute(),
        }),
        async (answer, fail, attributes) => {
          await render(element, provider, answer, fail, attributes)
          if (fail) {
            expect(showsFailure(element), 'shows the failure').to.equal(true)
            return
          }
          const stories = (Array.isArray(answer) ? answer : []).filter((story) =>
            usable(record(story)?.title),
          )
          const root = element.shadowRoot as ShadowRoot
          const shown = root.querySelectorAll('[part~="story"]').length
          if (!stories.length) {
            expect(shows(element, '[part~="error"]'), 'says there are no stories').to.equal(true)
          } else {
            expect(shown > 0 || shows(element, '[part~="error"]'), 'stories or why not').to.equal(
              true,
            )
            expect(shown).to.be.at.most(stories.length)
          }
          if (shown > 0 && parseLayout(attributes.layout) !== 'list') {
            expect(root.querySelector('[part~="slides"]'), 'a carousel of slides').to.exist
            expect(
              [...root.querySelectorAll<HTMLElement>('[part~="slide"]')].filter(
                (slide) => !slide.inert,
              ),
              'exactly one slide shown',
            ).to.have.length(1)
          }
        },
      ),
    )
  })

  it('ijh-config: arbitrary configurations give content or a clear error, never an exception', async () => {
    const origin = window.location.origin
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`)
    const config = document.createElement('ijh-config')
    const card = document.createElement('ijh-focus-area-card') as unknown as Updatable
    card.setAttribute('focus-area', 'kunskap-och-kompetens')
    wrapper.append(config, card)
    const warn = console.warn
    console.warn = () => {}
    try {
      await check(
        fc.asyncProperty(
          fc.record({
            'project-id': fc.oneof(fc.constantFrom('ijh00000', 'local'), attribute()),
            dataset: attribute('production', 'nope', 'x/../y'),
            'api-version': attribute('2025-02-19', 'v1', 'latest'),
            'api-host': fc.oneof(
              fc.constantFrom(origin, `${origin}/__fault/500`, `${origin}/__fault/truncated`),
              attribute('javascript:alert(1)', 'not a url', 'http://127.0.0.1:9'),
            ),
          }),
          async (attributes) => {
            setAttributes(config, attributes)
            await (config as unknown as Updatable).updateComplete
            await settle(card)
            expect(uncaught.errors.join('; '), 'uncaught errors').to.equal('')
            const root = card.shadowRoot as ShadowRoot
            expect(
              !!root.querySelector('[part~="title"]') ||
                !!root.querySelector('[part~="error"]') ||
                !!root.querySelector('[part~="stale-notice"]'),
              'content or a clear error',
            ).to.equal(true)
            expect(printedNonText(card).join('; ')).to.equal('')
            expect(horizontalOverflow(card).join('; '), 'nothing sticks out of 320 px').to.equal('')
          },
        ),
        {numRuns: 60},
      )
    } finally {
      console.warn = warn
    }
  })

  it('the arbitraries make what they promise: missing, null, wrong types, huge lists, awkward text', () => {
    // A property test is only as good as its generator: sample it and look.
    const samples = fc.sample(supportFinderResult, {numRuns: 300, seed: SEED})
    const offers = samples.flatMap((sample) =>
      Array.isArray(record(sample)?.offers) ? (record(sample)?.offers as unknown[]) : [],
    )
    expect(samples.some((sample) => sample === null)).to.equal(true)
    expect(samples.some((sample) => Array.isArray(record(sample)?.offers) === false)).to.equal(true)
    expect(offers.some((offer) => offer === null)).to.equal(true)
    expect(offers.some((offer) => record(offer) && !('title' in (offer as object)))).to.equal(true)
    expect(offers.some((offer) => typeof record(offer)?.title === 'number')).to.equal(true)
    expect(
      samples.some((sample) => ((record(sample)?.offers as unknown[]) ?? []).length >= 40),
    ).to.equal(true)
    const texts = fc.sample(text, {numRuns: 500, seed: SEED})
    expect(texts.some((value) => value.length >= 80 && !value.includes(' '))).to.equal(true)
    expect(texts.some((value) => /[\u0590-\u06ff]/.test(value))).to.equal(true)
    expect(texts.some((value) => /\p{Extended_Pictographic}/u.test(value))).to.equal(true)
    const ids = offers.map((offer) => record(offer)?._id).filter(Boolean)
    expect(new Set(ids).size).to.be.lessThan(ids.length)
  })
})
