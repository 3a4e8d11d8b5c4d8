import assert from 'node:assert/strict'
import {readFileSync, existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {before, describe, it} from 'node:test'
import {validateDocument} from '@sanity/validation'
import {safeHref} from '../../components/shared/safe-href'
import {URL_SCHEMES} from '../../sanity-plugin/constants'
import {CONTACT_UNLINKED} from '../../sanity-plugin/schema/contact-route'
import {
  DATASET_PATH,
  asImported,
  compiledSchema,
  datasetClient,
  documentExists,
  loadDataset,
  query,
  type Doc,
} from './helpers/dataset'

type Locale = {_type?: string; sv?: unknown; en?: unknown}
type Ref = {_ref: string}

const SOURCE = readFileSync(
  new URL('../fixtures/innovationsstrategi-2025.txt', import.meta.url),
  'utf8',
)

/**
 * Text compared with the brochure's extracted text ignores what extraction scrambled: case (the
 * display font), white space and hyphens (words broken across lines) and bullets.
 */
function normalize(text: string): string {
  return text.toLowerCase().replace(/[\s\u00ad\-–•]/g, '')
}
const NORMALIZED_SOURCE = normalize(SOURCE)

function inSource(text: string): boolean {
  return NORMALIZED_SOURCE.includes(normalize(text))
}

function byId(dataset: Doc[], id: string): Doc {
  const doc = dataset.find((d) => d._id === id)
  assert.ok(doc, `no document ${id}`)
  return doc
}

function sv(value: unknown): string {
  return String((value as Locale | undefined)?.sv ?? '')
}

/**
 * Readable validation problems: "supportOffer-x eligibility: Fyll i …". Warnings count as problems
 * too: `validateDocument` runs in its "cli" environment, where an extra unknown-field check on
 * object types lowers the level of every rule on that field to a warning (in the Studio the same
 * rules are errors). A valid document has no marker at all.
 */
async function errorsOf(document: Doc, dataset: Doc[]): Promise<string[]> {
  const result = await validateDocument({
    document: asImported(document) as never,
    schema: compiledSchema,
    client: datasetClient(dataset) as never,
    getDocumentExists: documentExists(dataset),
  } as never)
  assert.equal(result.status === 'passed', result.markers.length === 0)
  return result.markers.map((marker) => {
    const path = marker.path
      .map((segment) => (typeof segment === 'object' ? (segment as {_key?: string})._key : segment))
      .join('.')
    return `${document._id} ${path}: ${marker.message}`
  })
}

function walk(
  value: unknown,
  visit: (node: Record<string, unknown>, path: string) => void,
  path = '',
) {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, visit, `${path}[${i}]`))
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>, path)
    for (const [key, child] of Object.entries(value)) walk(child, visit, `${path}.${key}`)
  }
}

describe('the default dataset', () => {
  let dataset: Doc[]
  before(() => {
    dataset = loadDataset()
  })

  it('passes validateDocument for every document', async (t) => {
    // On a day its offers' dates were written for: later, the Studio warns that an example offer's
    // dates have overtaken its status (as it should), which is no fault of the dataset.
    t.mock.timers.enable({apis: ['Date'], now: new Date('2026-11-27T12:00:00Z')})
    const problems = (await Promise.all(dataset.map((doc) => errorsOf(doc, dataset)))).flat()
    // The one warning the dataset is meant to get: an example offer whose contact is an actor
    // with no website, since the dataset invents no contact details (see the last test).
    const examples = dataset.filter((d) => d._type === 'supportOffer' && d.isExample === true)
    const unlinked = examples
      .filter((offer) => {
        const contact = offer.contact as {url?: string; actor?: {_ref: string}}
        const actor = contact.actor && byId(dataset, contact.actor._ref)
        return !safeHref(contact.url) && !safeHref(actor?.website)
      })
      .map((offer) => `${offer._id} contact: ${CONTACT_UNLINKED}`)
    assert.ok(
      unlinked.length > 0 && unlinked.length < examples.length,
      `${unlinked.length} unlinked`,
    )
    assert.deepEqual(problems.sort(), unlinked.sort())
  })

  it('fails an invalid document with a message an editor can read', async () => {
    const offer = structuredClone(dataset.find((d) => d._type === 'supportOffer'))
    assert.ok(offer)
    offer.eligibility = {_type: 'localeText', en: 'Anyone'}
    offer.contact = {
      _type: 'contactRoute',
      label: {_type: 'localeString', sv: 'Här'},
      url: 'http://example.com',
    }
    const errors = await errorsOf(offer, dataset)
    assert.ok(
      errors.some((e) => /eligibility: .*svensk/i.test(e)),
      `expected a Swedish-text error on eligibility, got ${errors.join(' | ')}`,
    )
    assert.ok(
      errors.some((e) => /contact\.url: .*https:\/\//.test(e)),
      `expected an https error on contact.url, got ${errors.join(' | ')}`,
    )
  })

  it('rejects a duplicate slug within a type', async () => {
    const area = structuredClone(byId(dataset, 'focusArea-kunskap-och-kompetens'))
    area._id = 'focusArea-copy'
    const errors = await errorsOf(area, [...dataset, area])
    assert.ok(
      errors.some((e) => /slug/.test(e)),
      `expected a slug error, got ${errors.join(' | ')}`,
    )
  })

  it('resolves every reference', () => {
    const ids = new Set(dataset.map((d) => d._id))
    const dangling: string[] = []
    for (const doc of dataset) {
      walk(doc, (node, path) => {
        if (typeof node._ref === 'string' && !ids.has(node._ref))
          dangling.push(`${doc._id}${path} → ${node._ref}`)
      })
    }
    assert.deepEqual(dangling, [])
  })

  it('has unique ids, and slugs that match them', () => {
    const ids = dataset.map((d) => d._id)
    assert.equal(new Set(ids).size, ids.length)
    for (const doc of dataset) {
      const slug = (doc.slug as {current?: string} | undefined)?.current
      if (slug) assert.equal(doc._id, `${doc._type}-${slug}`)
    }
  })

  it('localizes every text: Swedish everywhere, English beside it', () => {
    const missing: string[] = []
    for (const doc of dataset) {
      walk(doc, (node, path) => {
        if (typeof node._type === 'string' && node._type.startsWith('locale')) {
          const isEmpty = (v: unknown) =>
            v == null || (typeof v === 'string' ? !v.trim() : Array.isArray(v) && !v.length)
          if (isEmpty(node.sv)) missing.push(`${doc._id}${path}.sv`)
          if (isEmpty(node.en)) missing.push(`${doc._id}${path}.en`)
        }
      })
    }
    assert.deepEqual(missing, [])
  })

  it('links only to https, mailto and tel', () => {
    const bad: string[] = []
    for (const doc of dataset) {
      walk(doc, (node, path) => {
        for (const key of ['url', 'website', 'href']) {
          const url = node[key]
          if (
            typeof url === 'string' &&
            !URL_SCHEMES.some((scheme) => url.startsWith(`${scheme}:`))
          ) {
            bad.push(`${doc._id}${path}.${key} = ${url}`)
          }
        }
      })
    }
    assert.deepEqual(bad, [])
  })

  it('ships every story image it refers to, each with alt text', () => {
    const stories = dataset.filter((d) => d._type === 'successStory')
    for (const story of stories) {
      const image = story.image as {_sanityAsset?: string; alt?: Locale}
      const match = /^image@file:\/\/\.\/(.+)$/.exec(image?._sanityAsset ?? '')
      assert.ok(match, `${story._id} has no image file`)
      assert.ok(
        existsSync(join(dirname(DATASET_PATH), match[1])),
        `${story._id}: ${match[1]} is missing`,
      )
      assert.ok(sv(image.alt).length > 10, `${story._id} has no alt text`)
    }
  })
})

describe('the default dataset is the whole strategy', () => {
  let dataset: Doc[]
  let strategy: Doc
  before(() => {
    dataset = loadDataset()
    strategy = byId(dataset, 'strategy')
  })

  const refs = (value: unknown) => (value as Ref[]).map((ref) => ref._ref)

  it('has the vision, ambition and brand in the source words', () => {
    assert.equal(sv(strategy.brand), 'Innovativa Jämtland/Härjedalen 2025')
    assert.equal(sv(strategy.vision), 'En innovationsdriven samhällsutveckling i världsklass')
    assert.ok(inSource(sv(strategy.ambition)), 'ambition not in the source')
    assert.equal(strategy.targetYear, 2025)
  })

  it('has 5 values in order, each with its 2025 statement', () => {
    const values = refs(strategy.values).map((id) => byId(dataset, id))
    assert.deepEqual(
      values.map((v) => sv(v.title)),
      ['Attraktivitet', 'Hållbarhet', 'Öppenhet', 'Dynamik', 'Mångfald'],
    )
    for (const value of values) {
      assert.match(sv(value.statement), /2025/)
      assert.ok(inSource(sv(value.statement)), `${value._id}: statement not in the source`)
    }
  })

  it('has 3 guiding goals × 2 sub-goals with 19 bullets, all in the source', () => {
    const goals = refs(strategy.guidingGoals).map((id) => byId(dataset, id))
    assert.deepEqual(
      goals.map((g) => sv(g.title)),
      [
        'Smart specialisering utifrån våra villkor',
        'Stärkt omvärldsbild av vad som gör oss unika',
        'Effektiv användning av gemensamma resurser',
      ],
    )
    const subGoals = goals.flatMap((g) => g.subGoals as {title: Locale; bullets: Locale[]}[])
    assert.equal(subGoals.length, 6)
    assert.deepEqual(
      subGoals.map((s) => s.bullets.length),
      [3, 3, 3, 3, 4, 3],
    )
    for (const sub of subGoals) {
      assert.ok(inSource(sv(sub.title)), `sub-goal not in the source: ${sv(sub.title)}`)
      for (const bullet of sub.bullets)
        assert.ok(inSource(sv(bullet)), `bullet not in the source: ${sv(bullet)}`)
    }
  })

  it('has 5 focus areas with 9 headed themes, 13 unheaded bullets, 52 bullets and 22 actions', () => {
    const areas = refs(strategy.focusAreas).map((id) => byId(dataset, id))
    assert.deepEqual(
      areas.map((a) => sv(a.title)),
      [
        'Positiv samhällsutveckling',
        'Öppenhet och dynamik',
        'Kunskap och kompetens',
        'Kreativa mötesplatser',
        'Handlingskraftigt innovationsstöd',
      ],
    )
    const themes = areas.flatMap((a) => a.themes as {heading?: Locale; bullets: Locale[]}[])
    const headed = themes.filter((t) => sv(t.heading))
    const unheaded = themes.filter((t) => !sv(t.heading))
    assert.equal(headed.length, 9)
    assert.equal(unheaded.flatMap((t) => t.bullets).length, 13)
    assert.equal(
      unheaded.every(
        (t) => areas[0].themes === undefined || (areas[0].themes as unknown[]).includes(t),
      ),
      true,
      'only Positiv samhällsutveckling has bullets without a theme heading',
    )
    const bullets = themes.flatMap((t) => t.bullets)
    assert.equal(bullets.length, 52)
    for (const theme of headed)
      assert.ok(inSource(sv(theme.heading)), `theme not in the source: ${sv(theme.heading)}`)
    for (const bullet of bullets)
      assert.ok(inSource(sv(bullet)), `bullet not in the source: ${sv(bullet)}`)

    const actionsPerArea = areas.map((a) => refs(a.actions).length)
    assert.deepEqual(actionsPerArea, [6, 4, 4, 2, 6])
    const actions = areas.flatMap((a) => refs(a.actions)).map((id) => byId(dataset, id))
    assert.equal(new Set(actions.map((a) => a._id)).size, 22)
    assert.deepEqual(
      actions.slice(0, 2).map((a) => sv(a.title)),
      ['Mentorprogram inom innovation', 'Lyft goda exempel'],
    )
  })

  it('has the 4 definitions and the 14-item SWOT in the source words', () => {
    const definitions = strategy.definitions as {term: Locale; description: Locale}[]
    assert.deepEqual(
      definitions.map((d) => sv(d.term)),
      ['Öppen innovation', 'Innovationssystem', 'Innovationsstödsystem', 'Kluster'],
    )
    for (const d of definitions)
      assert.ok(inSource(sv(d.description)), `definition not in the source: ${sv(d.term)}`)
    const swot = strategy.swot as Record<
      'strengths' | 'weaknesses' | 'opportunities' | 'threats',
      Locale[]
    >
    assert.deepEqual(
      [
        swot.strengths.length,
        swot.weaknesses.length,
        swot.opportunities.length,
        swot.threats.length,
      ],
      [5, 3, 3, 3],
    )
    const items = [...swot.strengths, ...swot.weaknesses, ...swot.opportunities, ...swot.threats]
    // The outline corrects one extraction slip, "Mittuniversitet Campus" → "Mittuniversitetet Campus".
    for (const item of items) {
      const text = sv(item).replace('Mittuniversitetet Campus', 'Mittuniversitet Campus')
      assert.ok(inSource(text), `SWOT item not in the source: ${sv(item)}`)
    }
  })

  it('has the prose sections in the source words', () => {
    for (const key of ['whyStrategy', 'challenges', 'opportunities', 'process']) {
      const section = strategy[key] as {body: Locale}
      for (const paragraph of sv(section.body).split(/\n\n+/)) {
        assert.ok(
          inSource(paragraph),
          `${key}: paragraph not in the source: ${paragraph.slice(0, 60)}…`,
        )
      }
    }
    assert.ok(inSource(sv(strategy.participation)))
  })

  it('has the 8 municipalities of Jämtlands län and the actors the source names', async () => {
    const names = await query<string[]>(
      dataset,
      '*[_type == "municipality"] | order(name.sv asc).name.sv',
    )
    assert.deepEqual(
      [...names].sort((a, b) => a.localeCompare(b, 'sv')),
      ['Berg', 'Bräcke', 'Härjedalen', 'Krokom', 'Ragunda', 'Strömsund', 'Åre', 'Östersund'],
    )
    const actors = dataset.filter((d) => d._type === 'actor').map((d) => sv(d.name))
    for (const name of [
      'Almi Mitt Företagspartner',
      'Mittuniversitetet',
      'Mid Sweden Science Park',
      'Ung Företagsamhet',
      'ETOUR',
    ]) {
      assert.ok(actors.includes(name), `actor missing: ${name}`)
    }
  })

  it('has at least 20 example offers and 6 example stories, marked as examples, with no invented contact details', () => {
    const offers = dataset.filter((d) => d._type === 'supportOffer')
    const stories = dataset.filter((d) => d._type === 'successStory')
    assert.ok(offers.length >= 20, `${offers.length} offers`)
    assert.ok(stories.length >= 6, `${stories.length} stories`)
    for (const doc of [...offers, ...stories])
      assert.equal(doc.isExample, true, `${doc._id} is not marked as an example`)
    const text = JSON.stringify([...offers, ...stories])
    assert.doesNotMatch(text, /[\w.+-]+@[\w-]+\.[\w.]+/, 'no e-mail addresses')
    assert.doesNotMatch(
      text,
      /(?:\+46|\b0\d{1,3})[\s-]?\d{2,3}[\s-]?\d{2}[\s-]?\d{2}\b/,
      'no phone numbers',
    )
    assert.doesNotMatch(text, /"tel:/, 'no phone links')
  })
})
