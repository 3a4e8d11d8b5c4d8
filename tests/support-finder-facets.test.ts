import {expect} from '@open-wc/testing'
import fc from 'fast-check'
import {bundledSource} from '../components/data/bundled-source'
import './helpers/bundled-content'
import {
  EMPTY_FILTERS,
  evaluate,
  facetOptions,
  hasFilters,
  mergeFilters,
  normalizeOffers,
  optionCount,
  sanitizeFilters,
  suggestRemovals,
  toggleOption,
  FACET_KEYS,
  type FacetKey,
  type Filters,
  type FinderOffer,
} from '../components/support-finder/facets'

function offer(
  id: string,
  facets: Partial<FinderOffer['facets']> = {},
  status: FinderOffer['status'] = 'open',
): FinderOffer {
  return {
    id,
    slug: id,
    title: id,
    status,
    facets: {...EMPTY_FILTERS, ...facets},
    raw: {} as FinderOffer['raw'],
  }
}

const OFFERS = [
  offer('a', {need: ['finansiering'], municipality: ['krokom'], sector: ['it']}),
  offer('b', {need: ['finansiering', 'radgivning'], municipality: ['are'], sector: []}),
  offer('c', {need: ['radgivning'], municipality: ['krokom'], sector: ['gastronomi']}),
  offer('d', {need: ['kompetens'], municipality: ['are'], sector: ['it']}),
]

const ids = (offers: readonly FinderOffer[], results: number[]) => results.map((i) => offers[i].id)

describe('support finder facets', () => {
  it('filters with OR inside a facet and AND across facets', () => {
    const filters: Filters = {...EMPTY_FILTERS, need: ['finansiering', 'radgivning']}
    expect(ids(OFFERS, evaluate(OFFERS, filters, null).results)).to.deep.equal(['a', 'b', 'c'])
    const both = {...filters, municipality: ['krokom']}
    expect(ids(OFFERS, evaluate(OFFERS, both, null).results)).to.deep.equal(['a', 'c'])
    expect(evaluate(OFFERS, EMPTY_FILTERS, null).results).to.have.length(4)
  })

  it('treats an offer with no sectors as open to every sector', () => {
    const it = evaluate(OFFERS, {...EMPTY_FILTERS, sector: ['it']}, null)
    expect(ids(OFFERS, it.results)).to.deep.equal(['a', 'b', 'd'])
    const culture = evaluate(OFFERS, {...EMPTY_FILTERS, sector: ['kultur']}, null)
    expect(ids(OFFERS, culture.results)).to.deep.equal(['b'])
    // b counts towards every sector option, even one no offer names.
    expect(optionCount(it, 'sector', 'it')).to.equal(3)
    expect(optionCount(it, 'sector', 'gastronomi')).to.equal(2)
    expect(optionCount(it, 'sector', 'kultur')).to.equal(1)
  })

  it('counts each option with the other facets and the search applied', () => {
    const filters: Filters = {...EMPTY_FILTERS, need: ['finansiering'], municipality: ['krokom']}
    const result = evaluate(OFFERS, filters, null)
    expect(ids(OFFERS, result.results)).to.deep.equal(['a'])
    // need options, with municipality=krokom applied (a, c)
    expect(optionCount(result, 'need', 'finansiering')).to.equal(1)
    expect(optionCount(result, 'need', 'radgivning')).to.equal(1)
    expect(optionCount(result, 'need', 'kompetens')).to.equal(0)
    // municipality options, with need=finansiering applied (a, b)
    expect(optionCount(result, 'municipality', 'krokom')).to.equal(1)
    expect(optionCount(result, 'municipality', 'are')).to.equal(1)
    // other facets: the results only
    expect(optionCount(result, 'sector', 'it')).to.equal(1)
    expect(optionCount(result, 'sector', 'gastronomi')).to.equal(0)

    // The search narrows the counts of every facet: only b and d match it.
    const searched = evaluate(OFFERS, EMPTY_FILTERS, new Set([1, 3]))
    expect(ids(OFFERS, searched.results)).to.deep.equal(['b', 'd'])
    expect(optionCount(searched, 'need', 'finansiering')).to.equal(1)
    expect(optionCount(searched, 'municipality', 'krokom')).to.equal(0)
    expect(searched.withoutQuery).to.equal(4)
  })

  it('suggests which filter to remove when nothing matches, and how many results that gives', () => {
    const filters: Filters = {...EMPTY_FILTERS, need: ['kompetens'], municipality: ['krokom']}
    const result = evaluate(OFFERS, filters, new Set([0, 2, 3]))
    expect(result.results).to.deep.equal([])
    // Without the need: a and c (Krokom, found); without the municipality: d (kompetens, found).
    expect(suggestRemovals(result, filters, true)).to.deep.equal([
      {remove: 'need', count: 2},
      {remove: 'municipality', count: 1},
    ])
    // Removing the search does not help (d is still not in Krokom), so it is not suggested.
    expect(result.withoutQuery).to.equal(0)
    // A fixed (preset) facet is never suggested.
    expect(suggestRemovals(result, filters, true, (key) => key !== 'municipality')).to.deep.equal([
      {remove: 'need', count: 2},
    ])
    const queryOnly = evaluate(OFFERS, EMPTY_FILTERS, new Set())
    expect(suggestRemovals(queryOnly, EMPTY_FILTERS, true)).to.deep.equal([
      {remove: 'query', count: 4},
    ])
  })

  it('normalizes malformed offers without losing the good ones', () => {
    const offers = normalizeOffers([
      null,
      'x',
      {_id: 'ok', slug: 'ok', title: ' Title ', status: 'open', needs: ['a', null, 'a', 3]},
      {_id: 'ok'},
      {slug: 'no-title', status: 'weird', provider: {slug: 'p', name: 'P'}, sectors: null},
      {title: 'no id'},
    ])
    expect(offers.map((o) => [o.id, o.title, o.status])).to.deep.equal([
      ['ok', 'Title', 'open'],
      ['no-title', 'no-title', null],
    ])
    expect(offers[0].facets.need).to.deep.equal(['a'])
    expect(offers[1].facets.provider).to.deep.equal(['p'])
    expect(offers[1].facets.sector).to.deep.equal([])
    expect(normalizeOffers(null)).to.deep.equal([])
  })

  it('normalizes offers on a day, with the status the dates give', () => {
    const raw = [{_id: 'a', status: 'open', closesAt: '2027-02-28'}]
    expect(normalizeOffers(raw, '2027-02-28')[0]!.status).to.equal('open')
    expect(normalizeOffers(raw, '2027-03-01')[0]!.status).to.equal('closed')
  })

  it('reads the facet options from the query result, providers sorted by name', async () => {
    const data = await bundledSource.fetch('supportFinder', {lang: 'sv'})
    const options = facetOptions(data, 'sv')
    expect(options.need.map((o) => o.slug).slice(0, 2)).to.deep.equal([
      'finansiering',
      'radgivning',
    ])
    expect(options.municipality.map((o) => o.label)).to.include('Östersund')
    const providers = options.provider.map((o) => o.label)
    expect(providers).to.deep.equal([...providers].sort(new Intl.Collator('sv').compare))
    expect(providers).to.include('Almi Mitt Företagspartner')
    expect(facetOptions(null, 'sv').need).to.deep.equal([])
    expect(normalizeOffers(data?.offers)).to.have.length(29)
  })

  it('sanitizes, merges, toggles and tests filters', () => {
    const known = facetOptions(
      {needs: [{slug: 'a', title: 'A'}, {slug: 'b'}], municipalities: [{slug: 'k', name: 'K'}]},
      'sv',
    )
    expect(known.need[1].label).to.equal('b')
    const clean = sanitizeFilters({need: ['a', 'zz', 'a'], municipality: ['k']}, known)
    expect(clean.need).to.deep.equal(['a'])
    expect(clean.municipality).to.deep.equal(['k'])
    expect(clean.stage).to.deep.equal([])
    const merged = mergeFilters(clean, {municipality: ['x'], need: []})
    expect(merged.municipality).to.deep.equal(['x'])
    expect(merged.need).to.deep.equal(['a'])
    expect(toggleOption(clean, 'need', 'b', true).need).to.deep.equal(['a', 'b'])
    expect(toggleOption(clean, 'need', 'a', false).need).to.deep.equal([])
    expect(hasFilters(EMPTY_FILTERS)).to.equal(false)
    expect(hasFilters(clean)).to.equal(true)
  })

  it('agrees with the definition for any offers, filters and search (property)', () => {
    // The definition, written plainly: an offer passes a facet when the facet has no selection,
    // when it names a selected option, or (sectors) when it lists none; it passes the search when
    // the search found it.
    const passes = (o: FinderOffer, filters: Filters, key: FacetKey) =>
      !filters[key].length ||
      (key === 'sector' && !o.facets.sector.length) ||
      o.facets[key].some((value) => filters[key].includes(value))
    const found = (index: number, matches: ReadonlySet<number> | null) =>
      !matches || matches.has(index)
    const values = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), {maxLength: 3})
    const facets = fc.record(
      Object.fromEntries(FACET_KEYS.map((key) => [key, values])) as Record<FacetKey, typeof values>,
    )
    fc.assert(
      fc.property(
        fc.array(facets, {maxLength: 40}),
        facets,
        fc.option(fc.uniqueArray(fc.nat(45), {maxLength: 30}), {nil: null}),
        (offerFacets, filters, found_) => {
          const offers = offerFacets.map((f, i) => offer(`o${i}`, f))
          const matches = found_ && new Set(found_)
          const result = evaluate(offers, filters, matches)
          const indices = offers.map((_, i) => i)
          const passesAll = (i: number, but?: FacetKey | 'query') =>
            (but === 'query' || found(i, matches)) &&
            FACET_KEYS.every((key) => key === but || passes(offers[i], filters, key))
          expect(result.results).to.deep.equal(indices.filter((i) => passesAll(i)))
          expect(result.withoutQuery).to.equal(indices.filter((i) => passesAll(i, 'query')).length)
          for (const key of FACET_KEYS) {
            const others = indices.filter((i) => passesAll(i, key))
            expect(result.withoutFacet[key], key).to.equal(others.length)
            for (const slug of ['a', 'b', 'c', 'd']) {
              const count = others.filter(
                (i) =>
                  offers[i].facets[key].includes(slug) ||
                  (key === 'sector' && !offers[i].facets.sector.length),
              ).length
              expect(optionCount(result, key, slug), `${key}=${slug}`).to.equal(count)
            }
          }
        },
      ),
      {numRuns: 300},
    )
  })

  it('reads a list of offers again when it grew or shrank since the last evaluation', () => {
    const offers = OFFERS.slice(0, 2)
    const filters: Filters = {...EMPTY_FILTERS, need: ['radgivning']}
    expect(ids(offers, evaluate(offers, filters, null).results)).to.deep.equal(['b'])
    offers.push(OFFERS[2])
    const grown = evaluate(offers, filters, null)
    expect(ids(offers, grown.results)).to.deep.equal(['b', 'c'])
    expect(optionCount(grown, 'municipality', 'krokom')).to.equal(1)
    offers.shift()
    const shrunk = evaluate(offers, filters, null)
    expect(ids(offers, shrunk.results)).to.deep.equal(['b', 'c'])
    expect(optionCount(shrunk, 'need', 'finansiering')).to.equal(1)
  })

  it('handles 10,000 offers in one pass (results and counts agree with a naive count)', () => {
    const many: FinderOffer[] = Array.from({length: 10_000}, (_, i) =>
      offer(`o${i}`, {
        need: [`n${i % 7}`],
        municipality: [`m${i % 8}`, `m${(i + 3) % 8}`],
        sector: i % 5 ? [`s${i % 9}`] : [],
      }),
    )
    const filters: Filters = {...EMPTY_FILTERS, need: ['n1', 'n2'], sector: ['s3']}
    const result = evaluate(many, filters, null)
    const naive = many.filter(
      (o) =>
        (o.facets.need.includes('n1') || o.facets.need.includes('n2')) &&
        (!o.facets.sector.length || o.facets.sector.includes('s3')),
    )
    expect(result.results).to.have.length(naive.length)
    const withN4 = many.filter(
      (o) =>
        o.facets.need.includes('n4') && (!o.facets.sector.length || o.facets.sector.includes('s3')),
    )
    expect(optionCount(result, 'need', 'n4')).to.equal(withN4.length)
  })
})
