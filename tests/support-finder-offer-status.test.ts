import {expect} from '@open-wc/testing'
import {localToday, statusOn} from '../components/support-finder/offer-status'

describe('an offer’s status on a day', () => {
  it('judges an offer’s status on a day: dates that have passed overtake the editors’ status', () => {
    const day = '2027-03-01'
    expect(statusOn('open', '2026-01-01', '2027-02-28', day)).to.equal('closed')
    expect(statusOn('open', null, '2027-03-01', day), 'open on its last day').to.equal('open')
    expect(statusOn('upcoming', '2027-03-01', '2027-06-30', day), 'opens today').to.equal('open')
    expect(statusOn('upcoming', '2027-03-02', null, day)).to.equal('upcoming')
    expect(statusOn('open', '2027-03-02', null, day), 'not open yet').to.equal('upcoming')
    expect(statusOn('open', '2027-03-01', null, day), 'opens today').to.equal('open')
    expect(statusOn('upcoming', '2027-01-01', '2027-02-01', day), 'missed').to.equal('closed')
    expect(statusOn('closed', '2027-01-01', '2027-12-31', day), 'closed early').to.equal('closed')
    expect(statusOn(null, null, '2020-01-01', day)).to.equal(null)
    for (const junk of ['31/3/2027', 'snart', 7, null, ' ']) {
      expect(statusOn('open', junk, junk, day), String(junk)).to.equal('open')
      expect(statusOn('upcoming', junk, junk, day), String(junk)).to.equal('upcoming')
    }
  })

  it('takes today in the reader’s time zone', () => {
    expect(localToday(new Date(2027, 0, 5, 23, 59))).to.equal('2027-01-05')
    expect(localToday(new Date(2027, 11, 31, 0, 1))).to.equal('2027-12-31')
  })
})
