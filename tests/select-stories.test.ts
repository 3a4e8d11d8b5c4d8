import {expect} from '@open-wc/testing'
import {
  parseLimit,
  selectStories,
  usableStories,
  type Story,
} from '../components/story-carousel/select-stories'

function story(id: string, focusAreas: string[], municipality: string | null): Story {
  return {
    _id: id,
    slug: id,
    title: `Title ${id}`,
    inSwedish: [],
    isExample: true,
    summary: null,
    quote: null,
    quoteRole: null,
    organisation: null,
    municipality: municipality ? {slug: municipality, name: municipality, inSwedish: []} : null,
    focusAreas: focusAreas.map((slug) => ({slug, title: slug, inSwedish: []})),
    image: null,
    date: null,
  }
}

const STORIES = [
  story('a', ['kunskap'], 'ragunda'),
  story('b', ['kunskap', 'motesplatser'], 'are'),
  story('c', ['motesplatser'], 'ragunda'),
  story('d', [], null),
]

const ids = (selection: ReturnType<typeof selectStories>) =>
  selection.ok ? selection.stories.map((s) => s._id) : selection

describe('select-stories', () => {
  it('keeps every story, in the query’s order, when nothing is chosen', () => {
    expect(ids(selectStories(STORIES))).to.deep.equal(['a', 'b', 'c', 'd'])
  })

  it('chooses by focus area, by municipality, and by both at once', () => {
    expect(ids(selectStories(STORIES, {focusArea: 'kunskap'}))).to.deep.equal(['a', 'b'])
    expect(ids(selectStories(STORIES, {municipality: 'ragunda'}))).to.deep.equal(['a', 'c'])
    expect(
      ids(selectStories(STORIES, {focusArea: 'motesplatser', municipality: 'ragunda'})),
    ).to.deep.equal(['c'])
    expect(ids(selectStories(STORIES, {focusArea: ' Kunskap '}))).to.deep.equal(['a', 'b'])
  })

  it('reads the filters as the Studio makes slugs: å, ä, ö and accents folded, spaces hyphens', () => {
    const stories = [
      story('a', ['kreativa-motesplatser'], 'ostersund'),
      story('b', ['kunskap'], 'are'),
    ]
    expect(ids(selectStories(stories, {municipality: 'Östersund'}))).to.deep.equal(['a'])
    expect(ids(selectStories(stories, {municipality: ' ÅRE '}))).to.deep.equal(['b'])
    expect(ids(selectStories(stories, {focusArea: 'Kreativa mötesplatser'}))).to.deep.equal(['a'])
    // What matches nothing is quoted as the editor wrote it.
    expect(selectStories(stories, {municipality: ' Bräcke '})).to.deep.equal({
      ok: false,
      attribute: 'municipality',
      value: 'Bräcke',
      example: 'ostersund',
    })
  })

  it('keeps at most limit stories, the newest first', () => {
    expect(ids(selectStories(STORIES, {limit: '2'}))).to.deep.equal(['a', 'b'])
    expect(ids(selectStories(STORIES, {limit: 1, focusArea: 'motesplatser'}))).to.deep.equal(['b'])
    expect(ids(selectStories(STORIES, {limit: '99'}))).to.have.length(4)
  })

  it('shows every story for a limit that is not a whole number of 1 or more', () => {
    for (const bad of ['abc', '0', '-2', '2.5', 'Infinity', '']) {
      expect(parseLimit(bad), bad).to.equal(undefined)
      expect(ids(selectStories(STORIES, {limit: bad})), bad).to.have.length(4)
    }
    expect(parseLimit(' 3 ')).to.equal(3)
    expect(parseLimit(null)).to.equal(undefined)
  })

  it('names the attribute that matches nothing, with a value that would match', () => {
    expect(selectStories(STORIES, {focusArea: 'finns-inte'})).to.deep.equal({
      ok: false,
      attribute: 'focus-area',
      value: 'finns-inte',
      example: 'kunskap',
    })
    expect(selectStories(STORIES, {focusArea: 'motesplatser', municipality: 'berg'})).to.deep.equal(
      {ok: false, attribute: 'municipality', value: 'berg', example: 'are'},
    )
  })

  it('says there is nothing at all when there are no stories', () => {
    const none = {ok: false, attribute: null, value: ''}
    expect(selectStories([])).to.deep.equal(none)
    expect(selectStories([], {focusArea: 'kunskap'})).to.deep.equal(none)
    expect(selectStories(null)).to.deep.equal(none)
  })

  it('skips malformed stories: null, no title, wrong types', () => {
    const malformed = [
      null,
      'story',
      {_id: 'x'},
      {_id: 'y', title: '   '},
      {_id: 'z', title: 42},
      {...story('ok', ['kunskap'], 'are'), focusAreas: 'kunskap', municipality: 'are'},
    ]
    expect(usableStories(malformed).map((s) => s._id)).to.deep.equal(['ok'])
    expect(usableStories({stories: []})).to.deep.equal([])
    const selection = selectStories(malformed, {focusArea: 'kunskap'})
    expect(selection.ok).to.equal(false)
  })
})
