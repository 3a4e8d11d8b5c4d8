import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {groupProblems, validateSchema} from '@sanity/schema/_internal'
import {documentTypeNames, innovationStrategy, schemaTypes} from '../../sanity-plugin/index'
import {NOT_SHOWN} from '../../sanity-plugin/constants'
import {QUERIES} from '../../components/data/queries'

type Problem = {severity: string; message: string}
type ProblemGroup = {path: {name?: string}[]; problems: Problem[]}

function errorsOf(types: unknown[]): ProblemGroup[] {
  const validated = validateSchema(types)
  return (groupProblems(validated.getTypes()) as ProblemGroup[]).filter((group) =>
    group.problems.some((problem) => problem.severity === 'error'),
  )
}

describe('the Sanity schema', () => {
  it('validates with no errors', () => {
    assert.deepEqual(errorsOf(schemaTypes), [])
  })

  it('reports a deliberately broken type', () => {
    const broken = {
      name: 'brokenOffer',
      type: 'document',
      fields: [{name: 'provider', type: 'reference', to: [{type: 'noSuchType'}]}, {type: 'string'}],
    }
    const groups = errorsOf([...schemaTypes, broken])
    assert.ok(groups.length > 0, 'a broken type must be reported')
    const messages = groups.flatMap((group) => group.problems.map((problem) => problem.message))
    assert.ok(
      messages.some((message) => /noSuchType|name/i.test(message)),
      `expected a message naming the problem, got: ${messages.join(' | ')}`,
    )
  })

  it('gives every type a Swedish title and description, and every document a preview', () => {
    for (const type of schemaTypes) {
      const t = type as {
        name: string
        title?: string
        description?: string
        type: string
        preview?: unknown
      }
      assert.ok(t.title, `${t.name} has no title`)
      assert.ok(t.description, `${t.name} has no description`)
      if (t.type === 'document') assert.ok(t.preview, `${t.name} has no preview`)
    }
  })

  it('puts every field of a type with groups in a group, so that editors see it on a tab', () => {
    // Sanity shows a field without a group only under "All fields".
    let grouped = 0
    for (const type of schemaTypes) {
      const t = type as {
        name: string
        groups?: unknown[]
        fields?: {name: string; group?: unknown}[]
      }
      if (!t.groups?.length) continue
      grouped++
      for (const field of t.fields ?? []) {
        assert.ok(field.group, `${t.name}.${field.name} is in no group`)
      }
    }
    assert.ok(grouped >= 2, 'types with groups')
  })

  it('says in each field the elements do not show that they do not, and the queries read every other', () => {
    // What editors can fill in that no element shows: for the region's own pages.
    const notShown: Record<string, string[]> = {
      strategy: [
        'ambition',
        'purpose',
        'participation',
        'partners',
        'whyStrategy',
        'challenges',
        'opportunities',
        'process',
        'definitionsHeading',
        'definitions',
        'swot',
      ],
      actor: ['kind', 'description', 'municipalities'],
      action: ['description'],
      municipality: ['code'],
      // Only guided mode shows a value's explanation, and it asks about needs and stages only.
      targetGroup: ['description'],
      sector: ['description'],
      supportOffer: ['focusAreas'],
    }
    const queries = Object.values(QUERIES).join('\n')
    const documents = schemaTypes as {
      name: string
      type: string
      fields?: {name: string; description?: string}[]
    }[]
    const unread: string[] = []
    for (const type of documents.filter((t) => t.type === 'document')) {
      for (const field of type.fields ?? []) {
        const path = `${type.name}.${field.name}`
        const listed = notShown[type.name]?.includes(field.name) ?? false
        assert.equal(field.description?.includes(NOT_SHOWN) ?? false, listed, path)
        // The story's full text says so in words of its own.
        if (
          !listed &&
          path !== 'successStory.body' &&
          !new RegExp(`\\b${field.name}\\b`).test(queries)
        ) {
          unread.push(path)
        }
      }
    }
    assert.deepEqual(unread, [], 'fields no query reads, and no description says so')
  })

  it('previews an actor with the Swedish title of its kind, not the stored value', () => {
    const actor = schemaTypes.find((type) => type.name === 'actor') as unknown as {
      preview: {prepare: (value: Record<string, unknown>) => {title?: string; subtitle?: string}}
    }
    const shown = actor.preview.prepare({title: 'Almi Mitt', kind: 'business-support'})
    assert.deepEqual(shown, {title: 'Almi Mitt', subtitle: 'Företagsfrämjare'})
    assert.equal(actor.preview.prepare({title: 'X', kind: 'ny-typ'}).subtitle, 'ny-typ')
  })

  it('previews a theme and a sub-goal with the number of their bullets, in Swedish', () => {
    for (const name of ['theme', 'subGoal']) {
      const type = schemaTypes.find((known) => known.name === name) as unknown as {
        preview: {prepare: (value: Record<string, unknown>) => {subtitle?: string}}
      }
      const subtitle = (bullets?: unknown[]) => type.preview.prepare({bullets}).subtitle
      assert.deepEqual(
        [subtitle(), subtitle([]), subtitle([1]), subtitle([1, 2])],
        ['0 punkter', '0 punkter', '1 punkt', '2 punkter'],
        name,
      )
    }
  })
})

describe('innovationStrategy()', () => {
  it('is a definePlugin that registers every type', () => {
    const plugin = innovationStrategy()
    assert.equal(plugin.name, 'innovativa-jh')
    const types = (plugin.schema as {types: {name: string}[]}).types.map((type) => type.name)
    assert.deepEqual([...types].sort(), [
      'action',
      'actor',
      'businessStage',
      'contactRoute',
      'definition',
      'focusArea',
      'guidingGoal',
      'localeBlockContent',
      'localeString',
      'localeText',
      'municipality',
      'need',
      'proseSection',
      'sector',
      'strategy',
      'subGoal',
      'successStory',
      'supportOffer',
      'swot',
      'targetGroup',
      'theme',
      'value',
    ])
    assert.equal(documentTypeNames.length, 13)
  })

  it('adds a structure tool unless asked not to', () => {
    assert.equal(innovationStrategy().plugins?.length, 1)
    assert.equal(innovationStrategy({structureTool: false}).plugins?.length, 0)
  })

  it('keeps the strategy a singleton: no template, no delete or duplicate', () => {
    const plugin = innovationStrategy()
    const templates = plugin.schema?.templates as unknown as (
      prev: {schemaType: string}[],
    ) => {schemaType: string}[]
    assert.deepEqual(
      templates([{schemaType: 'strategy'}, {schemaType: 'value'}]).map((t) => t.schemaType),
      ['value'],
    )
    const actions = plugin.document?.actions as unknown as (
      prev: {action?: string}[],
      context: {schemaType: string},
    ) => {action?: string}[]
    const all = ['publish', 'delete', 'duplicate', 'unpublish', 'discardChanges'].map((action) => ({
      action,
    }))
    assert.deepEqual(
      actions(all, {schemaType: 'strategy'}).map((a) => a.action),
      ['publish', 'discardChanges'],
    )
    assert.equal(actions(all, {schemaType: 'value'}).length, all.length)
  })

  it('fails fast on options that are not an object', () => {
    assert.throws(() => innovationStrategy('yes' as never), /options must be an object/)
  })
})
