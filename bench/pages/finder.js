// The support finder at scale, measured in the browser: generated offers (seeded, shaped like the
// support-finder query's result), then the finder's own pure functions as the element calls them
// on every change, and the element itself. Bundled by bench/finder.mjs; run by playwright.
import {ContextProvider} from '@lit/context'
import {dataSourceContext} from '../../components/data/context'
import {results as bundled} from '../../components/data/generated/supportFinder.sv.js'
import {
  FACET_KEYS,
  EMPTY_FILTERS,
  evaluate,
  facetOptions,
  mergeFilters,
  normalizeOffers,
  optionCount,
  sanitizeFilters,
} from '../../components/support-finder/facets'
import {baseOrder, buildSearchIndex, rankResults} from '../../components/support-finder/search'
import '../../components/support-finder/support-finder'

/** The default dataset's answer, whose taxonomies, providers and words the generated offers use. */
const real = Object.values(bundled)[0]

/** A small, fast, seeded PRNG (mulberry32), so that every run generates the same offers. */
function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Generates `count` offers like the query's, from the default dataset's vocabulary. */
export function generateOffers(count, seed = 2025) {
  const random = prng(seed)
  const int = (min, max) => min + Math.floor(random() * (max - min + 1))
  const pick = (list) => list[Math.floor(random() * list.length)]
  const some = (list, min, max) => {
    const copy = [...list]
    const chosen = []
    for (let n = Math.min(int(min, max), copy.length); n > 0; n--) {
      chosen.push(copy.splice(Math.floor(random() * copy.length), 1)[0])
    }
    return chosen
  }
  const vocabulary = [
    ...new Set(
      real.offers.flatMap((offer) =>
        [offer.title, offer.summary, offer.eligibility, offer.covers].flatMap((text) =>
          (text ?? '').split(/[^\p{L}\p{N}-]+/u).filter((word) => word.length > 2),
        ),
      ),
    ),
  ]
  const sentence = (min, max) => {
    const text = Array.from({length: int(min, max)}, () => pick(vocabulary)).join(' ')
    return text.charAt(0).toUpperCase() + text.slice(1)
  }
  const slugs = (list) => list.map((item) => item.slug)
  const providers = [
    ...new Map(real.offers.map((offer) => [offer.provider.slug, offer.provider])).values(),
  ]
  for (let i = providers.length; i < 60; i++) {
    providers.push({
      _id: `actor-bench-${i}`,
      slug: `bench-provider-${i}`,
      name: `${sentence(1, 2)} ${i}`,
      website: `https://example.se/${i}`,
    })
  }
  const actions = real.offers.flatMap((offer) => offer.actions ?? [])
  const municipalities = slugs(real.municipalities)
  const statuses = ['open', 'open', 'open', 'open', 'upcoming', 'closed', null]
  return Array.from({length: count}, (_, i) => {
    const provider = pick(providers)
    return {
      _id: `supportOffer-bench-${i}`,
      slug: `bench-${i}`,
      title: sentence(3, 7),
      isExample: true,
      summary: `${sentence(15, 45)}.`,
      provider,
      eligibility: `${sentence(8, 20)}.`,
      covers: `${sentence(5, 15)}.`,
      amount: random() < 0.3 ? `Upp till ${int(1, 50) * 10000} kronor` : null,
      howToApply: `${sentence(10, 25)}.`,
      contact: {label: provider.name, url: provider.website, actor: null},
      needs: some(slugs(real.needs), 1, 3),
      stages: some(slugs(real.stages), 1, 4),
      targetGroups: some(slugs(real.targetGroups), 1, 3),
      sectors: random() < 0.4 ? [] : some(slugs(real.sectors), 1, 3),
      municipalities: random() < 0.5 ? municipalities : some(municipalities, 1, 3),
      focusAreas: [],
      actions: some(actions, 0, 2),
      status: pick(statuses),
      opensAt: null,
      closesAt: random() < 0.2 ? `2026-${String(int(1, 12)).padStart(2, '0')}-15` : null,
    }
  })
}

/** The changes a reader makes, in turn: facets, searches, both, and the unfiltered first view. */
const CHANGES = [
  {filters: {need: ['finansiering']}, query: ''},
  {filters: {need: ['finansiering', 'radgivning'], municipality: ['krokom']}, query: ''},
  {filters: {stage: ['nystartat'], targetGroup: ['foretag'], sector: ['it']}, query: ''},
  {filters: {}, query: 'innovation'},
  {filters: {need: ['radgivning']}, query: 'inno'},
  {filters: {}, query: 'stöd företag'},
  {filters: {municipality: ['ostersund'], provider: ['almi-mitt']}, query: ''},
  {filters: {}, query: ''},
  {filters: {stage: ['ide']}, query: 'test'},
  {
    filters: {need: ['kompetens'], stage: ['etablerat'], targetGroup: ['foretag'], sector: ['it']},
    query: 'utveckling',
  },
]

/** The search fields the element indexes (support-finder.ts, `getModel()`). */
function searchFields(offers, options) {
  const labels = Object.fromEntries(
    FACET_KEYS.map((key) => [key, new Map(options[key].map((o) => [o.slug, o.label]))]),
  )
  const label = (key, list) => list.map((slug) => labels[key].get(slug) ?? '').join(' ')
  return offers.map((offer) => [
    {text: offer.title, weight: 4},
    {text: offer.raw.provider?.name, weight: 2},
    {text: offer.raw.summary, weight: 1},
    ...FACET_KEYS.filter((key) => key !== 'provider').map((key) => ({
      text: label(key, offer.facets[key]),
      weight: 1,
    })),
  ])
}

const data = new Map()
function dataFor(count) {
  if (!data.has(count)) data.set(count, {...real, offers: generateOffers(count)})
  return data.get(count)
}

/**
 * The pure functions, timed step by step as the element runs them on each change: build (once),
 * then per change the filters, the search, filtering and counting (with every option's count, as
 * the facets show them) and ranking. The build includes the first evaluation, which numbers the
 * offers' facet values for the later ones.
 */
export function measureFunctions(count, runs, warmup) {
  const raw = dataFor(count)
  const builds = []
  let model
  for (let i = 0; i < 3; i++) {
    const start = performance.now()
    const offers = normalizeOffers(raw.offers)
    const options = facetOptions(raw, 'sv')
    const index = buildSearchIndex(searchFields(offers, options))
    const order = baseOrder(offers, 'sv')
    // The first evaluation numbers the offers' facet values, once per list: part of the build.
    evaluate(offers, EMPTY_FILTERS, null)
    builds.push(performance.now() - start)
    model = {offers, options, index, order}
  }
  const steps = {search: [], filterCount: [], rank: [], change: [], kind: []}
  /** What each change found: result and count totals, so that nothing is optimised away. */
  const found = []
  for (let run = -warmup; run < runs; run++) {
    const change = CHANGES[(run + warmup) % CHANGES.length]
    const t0 = performance.now()
    const filters = mergeFilters(
      sanitizeFilters({...EMPTY_FILTERS, ...change.filters}, model.options),
      {},
    )
    const t1 = performance.now()
    const scores = model.index.search(change.query)
    const t2 = performance.now()
    const evaluation = evaluate(model.offers, filters, scores)
    let counted = 0
    for (const key of FACET_KEYS) {
      for (const option of model.options[key]) counted += optionCount(evaluation, key, option.slug)
    }
    const t3 = performance.now()
    const ranked = rankResults(evaluation.results, scores, model.order).map(
      (index) => model.offers[index],
    )
    const t4 = performance.now()
    if (run < 0) continue
    steps.search.push(t2 - t1)
    steps.filterCount.push(t1 - t0 + (t3 - t2))
    steps.rank.push(t4 - t3)
    steps.change.push(t4 - t0)
    steps.kind.push((run + warmup) % CHANGES.length)
    found.push([ranked.length, counted])
  }
  return {builds, steps, found}
}

/**
 * The element itself with `count` offers: the first render (which builds the model), then a change
 * (`setSearch()`) until Lit has rendered and the browser has laid the result out.
 */
export async function measureElement(count, runs, warmup) {
  const raw = dataFor(count)
  const source = {key: `bench-${count}`, fetch: async () => raw}
  const wrapper = document.createElement('div')
  new ContextProvider(wrapper, {context: dataSourceContext, initialValue: source})
  document.body.replaceChildren(wrapper)
  const finder = document.createElement('ijh-support-finder')
  finder.setAttribute('heading-level', '2')
  const start = performance.now()
  wrapper.append(finder)
  while (!finder.shadowRoot?.querySelector('#results-heading')) {
    if (performance.now() - start > 60_000) throw new Error('the finder did not render in 60 s')
    await finder.updateComplete
    await new Promise((resolve) => setTimeout(resolve))
  }
  finder.shadowRoot.querySelector('.layout').getBoundingClientRect()
  const firstRender = performance.now() - start
  const changes = []
  for (let run = -warmup; run < runs; run++) {
    const change = CHANGES[(run + warmup) % CHANGES.length]
    const t0 = performance.now()
    finder.setSearch(change.filters, change.query)
    await finder.updateComplete
    finder.shadowRoot.querySelector('.layout').getBoundingClientRect()
    const elapsed = performance.now() - t0
    if (run >= 0) changes.push(elapsed)
  }
  wrapper.remove()
  history.replaceState(null, '', location.pathname)
  return {firstRender, changes}
}

window.bench = {
  measureFunctions,
  measureElement,
  changes: CHANGES,
  isolated: window.crossOriginIsolated,
}
