import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {loaders} from '../../components/data/generated/index.js'
import {QUERIES, requestKey} from '../../components/data/source'
import {chunkName, paramSpace} from '../../scripts/generate-bundled'
import {loadDataset, query, type Doc} from './helpers/dataset'

const dataset = loadDataset()

describe('the bundled default', () => {
  it('holds, for every query and parameter, exactly what the query returns over the dataset', async () => {
    const space = paramSpace(dataset)
    assert.ok(space.length >= 16)
    for (const [name, params] of space) {
      const {results} = await loaders[chunkName(name, params)]()
      const expected = await query(dataset, QUERIES[name], params)
      assert.deepEqual(
        results[requestKey(name, params)],
        expected,
        `${name} ${JSON.stringify(params)}`,
      )
    }
    let count = 0
    for (const load of Object.values(loaders)) count += Object.keys((await load()).results).length
    assert.equal(count, space.length, 'no result the queries did not produce')
  })

  it('answers null where the query does: an unknown slug', async () => {
    assert.equal(await query(dataset, QUERIES.focusArea, {lang: 'sv', slug: 'finns-inte'}), null)
    const {results} = await loaders[chunkName('focusArea', {lang: 'sv'})]()
    assert.equal(requestKey('focusArea', {lang: 'sv', slug: 'finns-inte'}) in results, false)
  })
})

describe('the queries', () => {
  it('resolve every reference, so each component needs one request', async () => {
    for (const [name, params] of paramSpace(dataset)) {
      const text = JSON.stringify(await query(dataset, QUERIES[name], params))
      assert.doesNotMatch(text, /"_ref"/, `${name} leaves a reference unresolved`)
    }
  })

  it('fall back to Swedish where the English text is missing, never to blank', async () => {
    const docs: Doc[] = [
      {
        _id: 'focusArea-x',
        _type: 'focusArea',
        slug: {current: 'x'},
        title: {_type: 'localeString', sv: 'Bara svenska'},
        summary: {_type: 'localeString', sv: 'Sammanfattning', en: 'Summary'},
        themes: [
          {
            _key: 't',
            heading: {_type: 'localeString', sv: 'Tema'},
            bullets: [
              {_key: 'a', _type: 'localeString', sv: 'Punkt', en: 'Point'},
              {_key: 'b', _type: 'localeString', sv: 'Bara punkt'},
            ],
          },
        ],
      },
    ]
    const area = await query<{
      title: string
      summary: string
      themes: {heading: string; bullets: {text: string}[]}[]
    }>(docs, QUERIES.focusArea, {lang: 'en', slug: 'x'})
    assert.equal(area.title, 'Bara svenska')
    assert.equal(area.summary, 'Summary')
    assert.equal(area.themes[0].heading, 'Tema')
    assert.deepEqual(
      area.themes[0].bullets.map((bullet) => bullet.text),
      ['Point', 'Bara punkt'],
    )
  })

  it('give the support finder every offer with its provider resolved, in one query', async () => {
    const finder = await query<{
      offers: {provider: {name: string} | null}[]
      municipalities: unknown[]
    }>(dataset, QUERIES.supportFinder, {lang: 'sv'})
    assert.equal(finder.offers.length, dataset.filter((d) => d._type === 'supportOffer').length)
    assert.ok(finder.offers.every((offer) => offer.provider?.name))
    assert.equal(finder.municipalities.length, 8)
  })
})
