import {expect} from '@open-wc/testing'
import {
  findArea,
  fragmentFor,
  isSlug,
  linkedTitles,
  linksOf,
  normaliseStrategy,
  slugFromFragment,
} from '../components/strategy-wheel/strategy-model'

const raw = {
  brand: 'Strategi',
  targetYear: 2030,
  vision: ' En vision ',
  valuesIntro: null,
  focusAreasIntro: 'Intro',
  values: [
    {_id: 'value-a', slug: 'a', title: 'A', statement: 'Om A'},
    {_id: 'value-b', slug: 'b', title: 'B', statement: null},
  ],
  guidingGoals: [
    {
      _id: 'goal-x',
      slug: 'x',
      title: 'X',
      subGoals: [{_key: 's1', title: 'Delmål', bullets: [{_key: 'b1', text: 'Punkt'}]}],
    },
    {_id: 'goal-y', slug: 'y', title: 'Y', subGoals: null},
  ],
  focusAreas: [
    {_id: 'fa-1', slug: 'ett', title: 'Ett', summary: 'S', guidingGoals: ['y', 'x'], values: ['b']},
    {_id: 'fa-2', slug: 'tva', title: 'Två', summary: null, guidingGoals: null, values: null},
  ],
}

describe('strategy model', () => {
  it('keeps every item with a title, in order, with strings and arrays only', () => {
    const strategy = normaliseStrategy(raw)
    expect(strategy?.year).to.equal('2030')
    expect(strategy?.vision).to.equal('En vision')
    expect(strategy?.valuesIntro).to.equal('')
    expect(strategy?.areas.map((area) => area.slug)).to.deep.equal(['ett', 'tva'])
    expect(strategy?.areas[1]).to.deep.include({summary: '', goals: [], values: []})
    expect(strategy?.values[1].statement).to.equal('')
    expect(strategy?.goals[0].subGoals).to.deep.equal([
      {key: 's1', title: 'Delmål', bullets: ['Punkt']},
    ])
    expect(strategy?.goals[1].subGoals).to.deep.equal([])
  })

  it('survives malformed content: null, wrong types, missing slugs and titles, duplicates', () => {
    expect(normaliseStrategy(null)).to.equal(null)
    expect(normaliseStrategy('strategy')).to.equal(null)
    const strategy = normaliseStrategy({
      targetYear: 'tjugo',
      vision: 42,
      values: 'not a list',
      guidingGoals: [null, {title: 'Utan slug', subGoals: [{bullets: 'x'}, null]}],
      focusAreas: [
        {title: 'Dubbel', slug: 'd'},
        {title: 'Dubbel igen', slug: 'd'},
        {title: null, slug: 'no-title'},
        {title: 'Ingen slug'},
        7,
      ],
    })
    expect(strategy?.year).to.equal('tjugo')
    expect(strategy?.vision).to.equal('42')
    expect(strategy?.values).to.deep.equal([])
    expect(strategy?.goals.map((goal) => goal.title)).to.deep.equal(['Utan slug'])
    expect(strategy?.goals[0].subGoals).to.deep.equal([])
    expect(strategy?.areas.map((area) => area.title)).to.deep.equal([
      'Dubbel',
      'Dubbel igen',
      'Ingen slug',
    ])
    const keys = strategy?.areas.map((area) => area.key) ?? []
    expect(new Set(keys).size).to.equal(keys.length)
    expect(strategy?.areas[2].slug).to.equal('')
  })

  it('finds the goals and values a focus area links to, and the reverse is empty for unknowns', () => {
    const strategy = normaliseStrategy(raw)!
    const links = linksOf(strategy, 'ett')
    expect([...links.goals]).to.have.members(['x', 'y'])
    expect([...links.values]).to.deep.equal(['b'])
    expect(linkedTitles(strategy, strategy.areas[0])).to.deep.equal({
      goals: ['X', 'Y'],
      values: ['B'],
    })
    expect(linksOf(strategy, 'tva').goals.size).to.equal(0)
    expect(linksOf(strategy, 'finns-inte').goals.size).to.equal(0)
    expect(linksOf(strategy, undefined).values.size).to.equal(0)
    expect(findArea(strategy, 'tva')?.title).to.equal('Två')
    expect(findArea(strategy, '')).to.equal(undefined)
    expect(findArea(null, 'tva')).to.equal(undefined)
  })

  it('reads and writes the focus area in the URL fragment, ignoring other fragments', () => {
    expect(fragmentFor('kunskap-och-kompetens')).to.equal('#ijh-focus-area-kunskap-och-kompetens')
    expect(slugFromFragment('#ijh-focus-area-kunskap-och-kompetens')).to.equal(
      'kunskap-och-kompetens',
    )
    expect(slugFromFragment('#main')).to.equal(undefined)
    expect(slugFromFragment('')).to.equal(undefined)
    expect(slugFromFragment(null)).to.equal(undefined)
    expect(slugFromFragment('#ijh-focus-area-<img src=x>')).to.equal(undefined)
    expect(slugFromFragment('#ijh-focus-area-%E0%A4%A')).to.equal(undefined)
    expect(slugFromFragment('#ijh-focus-area-')).to.equal(undefined)
    expect(isSlug('abc-123')).to.equal(true)
    expect(isSlug('Abc')).to.equal(false)
    expect(isSlug(undefined)).to.equal(false)
  })
})
