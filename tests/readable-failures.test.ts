import {expect} from '@open-wc/testing'
import {readable} from './helpers/readable-failures'

/** The error `run` throws, or a failure if it throws none. */
function thrown(run: () => void): {message: string; actual?: unknown; expected?: unknown} {
  try {
    run()
  } catch (error) {
    return error as {message: string; actual?: unknown; expected?: unknown}
  }
  expect.fail('no error thrown')
}

describe('readable failures (every browser test file)', () => {
  it('names the elements a failed assertion holds, so that the runner can report it', () => {
    const box = document.createElement('div')
    const button = document.createElement('button')
    button.id = 'go'
    button.textContent = 'Visa stöden'
    box.append(button)
    document.body.append(box)
    try {
      const failure = thrown(() => expect(button).to.equal(null))
      expect(failure.message).to.contain('to equal null')
      expect(failure.actual).to.equal('button#go "Visa stöden"')
      expect(failure.expected).to.equal(null)
      const absent = thrown(() => expect(button, 'no button').to.not.exist)
      expect(absent.actual).to.equal('button#go "Visa stöden"')
      const list = thrown(() => expect([button, box]).to.deep.equal([]))
      expect(list.actual).to.deep.equal(['button#go "Visa stöden"', 'div "Visa stöden"'])
    } finally {
      box.remove()
    }
  })

  it('leaves other values as they are', () => {
    const failure = thrown(() => expect({a: [1, 'x']}).to.deep.equal({a: [2]}))
    expect(failure.actual).to.deep.equal({a: [1, 'x']})
    expect(readable(new Map([[1, 2]]))).to.be.instanceOf(Map)
    expect(readable(document.createTextNode('x'))).to.equal('#text')
  })
})
