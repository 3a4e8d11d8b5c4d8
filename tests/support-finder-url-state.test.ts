import {expect} from '@open-wc/testing'
import {EMPTY_FILTERS} from '../components/support-finder/facets'
import {
  MAX_QUERY,
  MAX_VALUES,
  cleanQuery,
  parseSlugList,
  parseUrlState,
  sameUrlState,
  urlPrefix,
  writeUrlState,
} from '../components/support-finder/url-state'

describe('support finder URL state', () => {
  it('writes namespaced, comma-separated parameters and keeps the host page’s own', () => {
    const search = writeUrlState('?page=2&q=host', {
      filters: {...EMPTY_FILTERS, need: ['finansiering', 'radgivning'], municipality: ['krokom']},
      query: 'Östersund & co',
    })
    expect(search).to.equal(
      '?page=2&q=host&ijh-sf-need=finansiering,radgivning&ijh-sf-municipality=krokom&ijh-sf-q=%C3%96stersund%20%26%20co',
    )
    expect(writeUrlState('?page=2&ijh-sf-need=x', {filters: EMPTY_FILTERS, query: ''})).to.equal(
      '?page=2',
    )
    expect(writeUrlState('', {filters: EMPTY_FILTERS, query: '  '})).to.equal('')
  })

  it('keeps each finder’s state under its own url-key, and leaves the others’ alone', () => {
    expect(urlPrefix(undefined)).to.equal('ijh-sf-')
    expect(urlPrefix('  ')).to.equal('ijh-sf-')
    expect(urlPrefix('Almi')).to.equal('ijh-sf-almi-')
    expect(urlPrefix('-<b>Mitt Uni</b>-')).to.equal('ijh-sf-bmittunib-')
    const almi = {filters: {...EMPTY_FILTERS, need: ['finansiering']}, query: ''}
    const plain = {filters: {...EMPTY_FILTERS, stage: ['ide']}, query: 'mentor'}
    let search = writeUrlState('?x=1', almi, urlPrefix('almi'))
    search = writeUrlState(search, plain)
    expect(search).to.equal('?x=1&ijh-sf-almi-need=finansiering&ijh-sf-stage=ide&ijh-sf-q=mentor')
    expect(parseUrlState(search, urlPrefix('almi'))).to.deep.equal(almi)
    expect(parseUrlState(search)).to.deep.equal(plain)
    // Clearing one finder's state leaves the other's.
    expect(writeUrlState(search, {filters: EMPTY_FILTERS, query: ''})).to.equal(
      '?x=1&ijh-sf-almi-need=finansiering',
    )
  })

  it('round-trips: parse(write(state)) gives the state back', () => {
    const state = {
      filters: {
        ...EMPTY_FILTERS,
        need: ['finansiering', 'radgivning'],
        targetGroup: ['unga'],
        sector: ['it'],
        provider: ['almi-mitt'],
      },
      query: 'idé 100% "test"',
    }
    const parsed = parseUrlState(writeUrlState('?x=1', state))
    expect(parsed).to.deep.equal(state)
    expect(sameUrlState(parsed, state)).to.equal(true)
    expect(sameUrlState(parsed, {...state, query: ''})).to.equal(false)
  })

  it('reads a parameter given twice as one list, and ignores other namespaces', () => {
    const parsed = parseUrlState(
      '?ijh-sf-need=finansiering&ijh-sf-need=radgivning,finansiering&need=other&xijh-sf-stage=ide',
    )
    expect(parsed.filters.need).to.deep.equal(['finansiering', 'radgivning'])
    expect(parsed.filters.stage).to.deep.equal([])
    expect(parseUrlState('?sf-need=a', 'sf-').filters.need).to.deep.equal(['a'])
  })

  it('tolerates garbage: malformed values are dropped, nothing throws', () => {
    const parsed = parseUrlState(
      '?ijh-sf-need=%3Cscript%3E,Finansiering,,%E0%A4%A,../x,a%20b&ijh-sf-stage=&ijh-sf-q=%00hej%0A%20d%C3%A5&ijh-sf-municipality=' +
        'a,'.repeat(80),
    )
    expect(parsed.filters.need).to.deep.equal(['finansiering', 'a', 'b'])
    expect(parsed.filters.stage).to.deep.equal([])
    expect(parsed.filters.municipality).to.deep.equal(['a'])
    expect(parsed.query).to.equal('hej då')
    expect(parseUrlState('%%%&&==?').query).to.equal('')
    expect(cleanQuery('x'.repeat(500))).to.have.length(MAX_QUERY)
    // The cut, or a hostile link, can leave half of an emoji, which no URL can hold.
    const cut = cleanQuery(`${'a'.repeat(MAX_QUERY - 1)}😀`)
    expect(cut).to.equal('a'.repeat(MAX_QUERY - 1))
    expect(cleanQuery('x\uD83Dy\uDE00z 😀')).to.equal('xyz 😀')
    expect(() => writeUrlState('', {filters: EMPTY_FILTERS, query: '\uD83D'})).to.not.throw()
    const many = Array.from({length: 80}, (_, i) => `s${i}`).join(',')
    expect(parseSlugList(many)).to.have.length(MAX_VALUES)
    expect(parseSlugList(' almi-mitt  krokom,KROKOM ')).to.deep.equal(['almi-mitt', 'krokom'])
    // Å, ä and ö as the names are spelt.
    expect(parseSlugList('Östersund, Åre')).to.deep.equal(['ostersund', 'are'])
    // What is no slug, and a duplicate in other case, take no place of the MAX_VALUES.
    const noise = Array.from({length: MAX_VALUES}, (_, i) => `Åre/${i},Krokom`).join(',')
    expect(parseSlugList(`${noise},almi-mitt`)).to.deep.equal(['krokom', 'almi-mitt'])
  })
})
