import {expect} from '@open-wc/testing'
import {
  describeStatus,
  facetFromName,
  formatDate,
  parseHideFacets,
  parseMode,
} from '../components/support-finder/format'
import {loadLanguage} from '../components/i18n/translate'
import {safeHref} from '../components/shared/safe-href'

describe('support finder format helpers', () => {
  // Elements load their language's UI strings with their content; these helpers are called bare.
  before(() => loadLanguage('en'))

  it('reads mode, facet names and hide-facets', () => {
    expect(parseMode('guided')).to.equal('guided')
    expect(parseMode(' GUIDED ')).to.equal('guided')
    expect(parseMode(null)).to.equal('browse')
    expect(parseMode('wizard')).to.equal(undefined)
    expect(facetFromName('target-group')).to.equal('targetGroup')
    expect(facetFromName('Provider')).to.equal('provider')
    expect(facetFromName('colour')).to.equal(undefined)
    expect([...parseHideFacets('', ['provider']).hidden]).to.deep.equal(['provider'])
    expect([...parseHideFacets('true', ['need']).hidden]).to.deep.equal(['need'])
    expect(parseHideFacets(null, ['need']).hidden.size).to.equal(0)
    const listed = parseHideFacets('sector, target-group colour', [])
    expect([...listed.hidden]).to.deep.equal(['sector', 'targetGroup'])
    expect(listed.unknown).to.deep.equal(['colour'])
  })

  it('makes links only for https, mailto and tel', () => {
    expect(safeHref('https://www.almi.se')).to.equal('https://www.almi.se')
    expect(safeHref(' mailto:info@example.se ')).to.equal('mailto:info@example.se')
    expect(safeHref('tel:+46 63 14 30 00')).to.equal('tel:+46 63 14 30 00')
    expect(safeHref('http://example.se')).to.equal(undefined)
    expect(safeHref('javascript:alert(1)')).to.equal(undefined)
    expect(safeHref('JaVaScRiPt:alert(1)')).to.equal(undefined)
    expect(safeHref('data:text/html,<b>')).to.equal(undefined)
    expect(safeHref('/relative')).to.equal(undefined)
    expect(safeHref(null)).to.equal(undefined)
    // Nothing to call or write to.
    expect(safeHref('tel:+')).to.equal(undefined)
    expect(safeHref('tel:---')).to.equal(undefined)
    expect(safeHref('mailto:?subject=hej')).to.equal(undefined)
    expect(safeHref('mailto:info.example.se')).to.equal(undefined)
    // An @ only in the headers, or with nothing before it, is no address either.
    expect(safeHref('mailto:?subject=hej@du')).to.equal(undefined)
    expect(safeHref('mailto:@almi.se')).to.equal(undefined)
    expect(safeHref('mailto:a@example.se,b@example.se')).to.equal(
      'mailto:a@example.se,b@example.se',
    )
  })

  it('leaves out of a link the invisible characters pasted along with it', () => {
    expect(safeHref('https://www.almi.se/stod\u200b')).to.equal('https://www.almi.se/stod')
    expect(safeHref('\u200ehttps://www.al\u00admi.se/ ')).to.equal('https://www.almi.se/')
    expect(safeHref('mailto:info@almi.se\ufeff')).to.equal('mailto:info@almi.se')
    expect(safeHref('tel:+46\u202c 63 14 00 00')).to.equal('tel:+46 63 14 00 00')
    // The joiners of Word's "no-width" breaks too, which would make the address unreadable.
    expect(safeHref('https://www.al\u200dmi.se/')).to.equal('https://www.almi.se/')
    expect(safeHref('tel:+46\u200c63 14 00 00')).to.equal('tel:+4663 14 00 00')
    expect(safeHref('mailto:info@al\u200cmi.se')).to.equal('mailto:info@almi.se')
    // Only what is invisible: a space in the address still makes no link.
    expect(safeHref('https://www.almi.se/a b')).to.equal(undefined)
  })

  it('formats dates with Intl in Swedish and English, and refuses malformed ones', () => {
    expect(formatDate('2027-03-31', 'sv')).to.equal('31 mars 2027')
    expect(formatDate('2027-03-31', 'en')).to.equal('31 March 2027')
    expect(formatDate('2027-02-30', 'sv')).to.equal(undefined)
    expect(formatDate('2027-02-29', 'sv')).to.equal(undefined)
    expect(formatDate('2028-02-29', 'sv')).to.equal('29 februari 2028')
    expect(formatDate('2027-13-01', 'sv')).to.equal(undefined)
    expect(formatDate('2027-00-15', 'sv')).to.equal(undefined)
    expect(formatDate('31/03/2027', 'sv')).to.equal(undefined)
    expect(formatDate(null, 'sv')).to.equal(undefined)
  })

  it('writes every month as Intl writes a long date, in Swedish (sv-SE) and English (en-GB)', () => {
    for (const [lang, locale] of [
      ['sv', 'sv-SE'],
      ['en', 'en-GB'],
    ] as const) {
      const intl = new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'})
      for (let month = 1; month <= 12; month++) {
        for (const [year, day] of [
          [2027, 1],
          [2030, 28],
        ]) {
          const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
          expect(formatDate(iso, lang), `${iso} ${lang}`).to.equal(
            intl.format(new Date(Date.UTC(year, month - 1, day))),
          )
        }
      }
    }
  })

  it('describes open, upcoming and closed offers with their dates', () => {
    expect(describeStatus('open', '2026-04-01', '2027-03-31', 'sv')).to.deep.equal({
      kind: 'open',
      text: 'Öppen till och med 31 mars 2027',
    })
    expect(describeStatus('open', null, null, 'en')?.text).to.equal('Open, no deadline')
    expect(describeStatus('upcoming', '2027-03-01', null, 'en')?.text).to.equal(
      'Opens 1 March 2027',
    )
    expect(describeStatus('upcoming', 'soon', null, 'sv')?.text).to.equal('Öppnar snart')
    expect(describeStatus('closed', '2025-09-01', '2025-11-28', 'sv')?.text).to.equal(
      'Stängde 28 november 2025',
    )
    expect(describeStatus(null, null, null, 'sv')).to.equal(undefined)
    // Closed before its closing date: not "Stängde" on a day to come, nor on the day itself.
    const today = '2026-11-29'
    expect(describeStatus('closed', null, '2027-06-30', 'sv', today)?.text).to.equal('Stängd')
    expect(describeStatus('closed', null, ' 2027-06-30 ', 'en', today)?.text).to.equal('Closed')
    expect(describeStatus('closed', null, today, 'sv', today)?.text).to.equal('Stängd')
    expect(describeStatus('closed', null, '2026-11-28', 'sv', today)?.text).to.equal(
      'Stängde 28 november 2026',
    )
  })
})
