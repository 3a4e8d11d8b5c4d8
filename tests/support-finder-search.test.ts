import {expect} from '@open-wc/testing'
import fc from 'fast-check'
import {
  baseOrder,
  buildSearchIndex,
  fold,
  rankResults,
  words,
  type Rankable,
} from '../components/support-finder/search'

describe('support finder search', () => {
  it('folds case and diacritics, including letters without a combining mark', () => {
    expect(fold('Östersund')).to.equal('ostersund')
    expect(fold('ÅRE Bräcke')).to.equal('are bracke')
    expect(fold('Trøndelag Æbleskiver Straße')).to.equal('trondelag aebleskiver strasse')
    expect(words('  Idé- och rådgivning, 0–2 år! ')).to.deep.equal([
      'ide',
      'och',
      'radgivning',
      '0',
      '2',
      'ar',
    ])
    expect(words(null)).to.deep.equal([])
  })

  it('splits and folds any text as folding it whole and then splitting it would', () => {
    // The reference: fold the whole text, then split it into runs of letters and digits.
    const reference = (text: string) =>
      fold(text)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
    const pieces = [
      'Åre',
      'A\u030Are',
      'ø',
      'İstanbul',
      'straße',
      ' ',
      '-',
      '\u0301',
      '0–2',
      'ﬁ',
      'é',
      '!',
    ]
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({unit: 'grapheme'})), {
          maxLength: 8,
        }),
        (parts) => {
          const text = parts.join('')
          expect(words(text), JSON.stringify(text)).to.deep.equal(reference(text))
        },
      ),
      {numRuns: 500},
    )
  })

  it('folds each distinct word once per cache', () => {
    const cache = new Map<string, string>()
    expect(words('Åre åre ÅRE Åre', cache)).to.deep.equal(['are', 'are', 'are', 'are'])
    expect([...cache.keys()].sort()).to.deep.equal(['ÅRE', 'Åre', 'åre'])
  })

  it('finds word prefixes whatever the case and diacritics: "ostersund" finds "Östersund"', () => {
    const index = buildSearchIndex([
      [{text: 'Innovationsfika i Östersund', weight: 3}],
      [{text: 'Test och demonstration', weight: 3}],
      [{text: 'Mötesplatser', weight: 3}],
    ])
    expect([...(index.search('ostersund') ?? new Map()).keys()]).to.deep.equal([0])
    expect([...(index.search('ÖSTER') ?? new Map()).keys()]).to.deep.equal([0])
    expect([...(index.search('motes') ?? new Map()).keys()]).to.deep.equal([2])
    expect([...(index.search('demo') ?? new Map()).keys()]).to.deep.equal([1])
    // Inside a word is not a prefix.
    expect(index.search('sund')?.size).to.equal(0)
  })

  it('needs every query word to match, and gives null for a query with no words', () => {
    const index = buildSearchIndex([
      [{text: 'Finansiering för idéer', weight: 1}],
      [{text: 'Finansiering för forskning', weight: 1}],
    ])
    expect([...(index.search('fin ide') ?? new Map()).keys()]).to.deep.equal([0])
    expect(index.search('fin zebra')?.size).to.equal(0)
    expect(index.search('')).to.equal(null)
    expect(index.search(' –,. ')).to.equal(null)
  })

  it('scores a title above a summary, and a whole word above a prefix', () => {
    const index = buildSearchIndex([
      [
        {text: 'Mentorprogram', weight: 1},
        {text: 'Om kapital', weight: 1},
      ],
      [{text: 'Kapital för tillväxt', weight: 3}],
      [{text: 'Kapitalet', weight: 3}],
    ])
    const scores = index.search('kapital') ?? new Map<number, number>()
    expect(scores.get(1)).to.be.greaterThan(scores.get(2) ?? 0)
    expect(scores.get(2)).to.be.greaterThan(scores.get(0) ?? 0)
  })

  it('scores every document as the plain definition does, for any documents and query', () => {
    // The definition, with no index: a document matches when every query word starts one of its
    // words; each query word adds the best weight of a field with such a word, times the bonus
    // for the whole word.
    const reference = (documents: {text: string; weight: number}[][], query: string) => {
      const terms = [...new Set(words(query))]
      if (!terms.length) return null
      const found = new Map<number, number>()
      documents.forEach((fields, document) => {
        let total = 0
        for (const term of terms) {
          let best = 0
          for (const field of fields) {
            for (const word of words(field.text)) {
              if (word.startsWith(term)) {
                best = Math.max(best, field.weight * (word === term ? 1.5 : 1))
              }
            }
          }
          if (!best) return
          total += best
        }
        found.set(document, total)
      })
      return found
    }
    const vocabulary = ['kapital', 'kapitalet', 'kap', 'Åre', 'are', 'areal', 'stöd', 'stod', 'st']
    const text = fc
      .array(fc.constantFrom(...vocabulary, ' ', ', ', '-'), {maxLength: 6})
      .map((parts) => parts.join(' '))
    const field = fc.record({text, weight: fc.constantFrom(1, 2, 4)})
    fc.assert(
      fc.property(
        fc.array(fc.array(field, {maxLength: 4}), {maxLength: 8}),
        fc.array(fc.constantFrom(...vocabulary, 'x'), {maxLength: 3}).map((q) => q.join(' ')),
        (documents, query) => {
          const scores = buildSearchIndex(documents).search(query)
          const expected = reference(documents, query)
          const sorted = (map: Map<number, number> | null) =>
            map && [...map].sort(([a], [b]) => a - b)
          expect(sorted(scores), JSON.stringify({documents, query})).to.deep.equal(sorted(expected))
        },
      ),
      {numRuns: 300},
    )
  })

  it('counts a word once per document, at the best weight of the fields it occurs in', () => {
    const index = buildSearchIndex([
      [
        {text: 'kapital, kapital', weight: 1},
        {text: 'Kapital', weight: 4},
        {text: 'kapitalet', weight: 2},
      ],
      [{text: 'Om kapital', weight: 1}],
      [],
      [{text: 'Kapitalet', weight: 3}],
    ])
    expect([...(index.search('kapital') ?? new Map())]).to.deep.equal([
      [0, 6],
      [1, 1.5],
      [3, 3],
    ])
    expect([...(index.search('kap') ?? new Map())]).to.deep.equal([
      [0, 4],
      [1, 1],
      [3, 3],
    ])
  })

  it('orders by relevance with a query, else open offers first and then by title', () => {
    const items: (Rankable & {score: number})[] = [
      {title: 'Ö-stöd', status: 'open', score: 1},
      {title: 'Bidrag', status: 'closed', score: 5},
      {title: 'Ärende', status: 'open', score: 1},
      {title: 'Anslag', status: 'upcoming', score: 1},
      {title: 'Cirkel', status: null, score: 1},
      {title: 'Alfa', status: 'open', score: 1},
    ]
    const order = baseOrder(items, 'sv')
    const all = [...items.keys()]
    const titles = (indices: number[]) => indices.map((index) => items[index]!.title)
    const scores = new Map(items.map((item, index) => [index, item.score]))
    expect(titles(rankResults(all, null, order))).to.deep.equal([
      'Alfa',
      'Ärende',
      'Ö-stöd',
      'Anslag',
      'Bidrag',
      'Cirkel',
    ])
    expect(titles(rankResults(all, scores, order))).to.deep.equal([
      'Bidrag',
      'Alfa',
      'Ärende',
      'Ö-stöd',
      'Anslag',
      'Cirkel',
    ])
    // A subset, in any order, comes back in the same relative order; the input is not changed.
    const some = [5, 1, 3]
    expect(titles(rankResults(some, null, order))).to.deep.equal(['Alfa', 'Anslag', 'Bidrag'])
    expect(titles(rankResults(some, scores, order))).to.deep.equal(['Bidrag', 'Alfa', 'Anslag'])
    expect(some).to.deep.equal([5, 1, 3])
  })

  it('ranks few and many results the same way: by sorting, or by walking the order once', () => {
    // 400 items with repeating titles and statuses; results on both sides of the switch at 25.
    const statuses = ['open', 'upcoming', 'closed', null] as const
    const items: Rankable[] = Array.from({length: 400}, (_, i) => ({
      title: `Stöd ${(i * 7919) % 97}`,
      status: statuses[i % 4]!,
    }))
    const order = baseOrder(items, 'sv')
    const position = (index: number) => order.position[index]!
    for (const size of [1, 2, 24, 25, 26, 100, 399, 400]) {
      const results = Array.from({length: size}, (_, i) => (i * 37) % 400)
      const ranked = rankResults(results, null, order)
      expect(ranked).to.have.members(results)
      for (let i = 1; i < ranked.length; i++) {
        expect(position(ranked[i - 1]!)).to.be.lessThan(position(ranked[i]!))
      }
    }
  })
})
