// Nothing is imported from tests/helpers/readable-failures.ts: the runner loads it before this
// file, as before every browser test file (web-test-runner.config.mjs).
import {expect} from '@open-wc/testing'

/** The error `run` throws, or a failure if it throws none. */
function thrown(run: () => void): {message: string; actual?: unknown; expected?: unknown} {
  try {
    run()
  } catch (error) {
    return error as {message: string; actual?: unknown; expected?: unknown}
  }
  expect.fail('no error thrown')
}

/** Whether the plugin is there: were it not, a failure holding an element would stall the file. */
const loaded = typeof thrown(() => expect(document.body).to.equal(null)).actual === 'string'

it('loads the readable-failures plugin before every browser test file', () => {
  expect(loaded, 'tests/helpers/readable-failures.ts, by testRunnerHtml').to.equal(true)
})

// The rest is skipped without it: its failures would stall the file.
describe('readable failures', () => {
  let box: HTMLElement
  let button: HTMLButtonElement

  beforeEach(function () {
    if (!loaded) this.skip()
    box = document.createElement('div')
    button = document.createElement('button')
    button.id = 'go'
    button.textContent = 'Visa stöden'
    box.append(button)
    document.body.append(box)
  })

  afterEach(() => box?.remove())

  it('names the elements a failed assertion holds, so that the runner can report it', () => {
    const failure = thrown(() => expect(button).to.equal(null))
    expect(failure.message).to.contain('to equal null')
    expect(failure.actual).to.equal('button#go "Visa stöden"')
    expect(failure.expected).to.equal(null)
    expect(thrown(() => expect(button, 'no button').to.not.exist).actual).to.equal(
      'button#go "Visa stöden"',
    )
    expect(thrown(() => expect([button, box]).to.deep.equal([])).actual).to.deep.equal([
      'button#go "Visa stöden"',
      'div "Visa stöden"',
    ])
  })

  it('names them in node lists, sets, maps, objects and events too, and cuts what is too deep', () => {
    const nodes = thrown(() => expect(box.querySelectorAll('button')).to.deep.equal([]))
    expect(nodes.actual).to.deep.equal(['button#go "Visa stöden"'])
    const set = thrown(() => expect(new Set([box.firstChild])).to.be.empty)
    expect(set.actual).to.deep.equal(new Set(['button#go "Visa stöden"']))
    const map = thrown(() => expect(new Map([['go', {at: button}]])).to.be.empty)
    expect(map.actual).to.deep.equal(new Map([['go', {at: 'button#go "Visa stöden"'}]]))
    const event = thrown(() => expect(new MouseEvent('click')).to.equal(null))
    expect(event.actual).to.equal('MouseEvent click')
    let deep: unknown = button
    for (let level = 0; level < 10; level++) deep = [deep]
    const cut = JSON.stringify(thrown(() => expect(deep).to.deep.equal([])).actual)
    expect(cut).to.contain('…').and.not.to.contain('button')
    // Each object once: a structure that refers to itself is walked in linear time.
    const loop: Record<string, unknown> = {at: button}
    for (const key of 'abcdefghijkl') loop[key] = loop
    const circular = thrown(() => expect(loop).to.deep.equal({})).actual as Record<string, unknown>
    expect(circular.at).to.equal('button#go "Visa stöden"')
    expect(circular.a).to.equal('[circular]')
    // A node from another window (an iframe's) is named too.
    const frame = document.createElement('iframe')
    box.append(frame)
    const foreign = frame.contentDocument?.createElement('p') ?? null
    expect(foreign instanceof Node).to.equal(false)
    expect(thrown(() => expect(foreign).to.equal(null)).actual).to.equal('p ""')
  })

  it('leaves other values as they are', () => {
    const failure = thrown(() => expect({a: [1, 'x'], b: new Date(0)}).to.deep.equal({a: [2]}))
    expect(failure.actual).to.deep.equal({a: [1, 'x'], b: new Date(0)})
    expect(failure.expected).to.deep.equal({a: [2]})
    const text = thrown(() => expect(document.createTextNode('x')).to.equal(null))
    expect(text.actual).to.equal('#text')
  })
})
