import {expect, fixture, html} from '@open-wc/testing'
import {LitElement, html as litHtml} from 'lit'
import sinon from 'sinon'
import {QueryController} from '../components/data/query-controller'
import {DataSourceError, type DataSource, type Lang} from '../components/data/source'
import {OFFLINE, TestSource, until} from './helpers/test-source'

interface Preparing {
  value: unknown
  signal: AbortSignal
  done: () => void
  fail: (error: unknown) => void
}

/** A host that runs the strategy query in its `lang`, with a `prepare` step tests can hold. */
class QueryHost extends LitElement {
  language: Lang = 'sv'
  source: DataSource = new TestSource((_name, params) => ({lang: (params as {lang: Lang}).lang}))
  holdPrepare = false
  readonly preparing: Preparing[] = []

  readonly query = new QueryController(this, {
    name: 'strategy',
    source: () => this.source,
    params: () => ({lang: this.language}),
    prepare: (value, signal) =>
      this.holdPrepare
        ? new Promise<void>((done, fail) => this.preparing.push({value, signal, done, fail}))
        : undefined,
  })

  override render() {
    return litHtml`${this.query.view.state}`
  }
}
customElements.define('test-query-host', QueryHost)

async function host(setup: (el: QueryHost) => void = () => {}): Promise<QueryHost> {
  const el = document.createElement('test-query-host') as QueryHost
  setup(el)
  await fixture(html`<div></div>`).then((wrapper) => wrapper.append(el))
  return el
}

async function switchTo(el: QueryHost, lang: Lang): Promise<void> {
  el.language = lang
  el.requestUpdate()
  await el.updateComplete
}

describe('QueryController', () => {
  it('shows a result only once it is prepared, and gives prepare the result', async () => {
    const el = await host((el) => (el.holdPrepare = true))
    await until(() => el.preparing.length === 1, 'prepare')
    expect(el.preparing[0].value).to.deep.equal({lang: 'sv'})
    expect(el.query.view.state).to.equal('loading')
    el.preparing[0].done()
    await el.query.taskComplete
    expect(el.query.view).to.deep.equal({state: 'ready', value: {lang: 'sv'}, stale: false})
  })

  it('never keeps a run that a newer one replaced while it was being prepared', async () => {
    const source = new TestSource((_name, params) => ({lang: (params as {lang: Lang}).lang}))
    const el = await host((el) => {
      el.source = source
      el.holdPrepare = true
    })
    await until(() => el.preparing.length === 1, 'the Swedish run to be prepared')
    const swedish = el.preparing[0]

    el.holdPrepare = false
    await switchTo(el, 'en')
    await until(() => el.query.view.state === 'ready', 'the English run')
    expect(swedish.signal.aborted, 'the replaced run is told').to.equal(true)
    // The replaced run finishes preparing after the English one has arrived.
    swedish.done()
    await new Promise((resolve) => setTimeout(resolve))

    // A failure shows the last good result, marked stale: the English one.
    source.failWith = OFFLINE
    await switchTo(el, 'sv')
    await until(() => el.query.view.state === 'ready' && el.query.view.stale, 'the failure')
    expect(el.query.view).to.deep.equal({state: 'ready', value: {lang: 'en'}, stale: true})
  })

  it('never shows one source’s result as another’s: loading, then its own error', async () => {
    const el = await host()
    await until(() => el.query.view.state === 'ready', 'the first source')
    // Another project, configured later, that is slow and then fails.
    const other = new TestSource()
    other.hold = true
    other.failWith = OFFLINE
    el.source = other
    el.requestUpdate()
    await el.updateComplete
    await until(() => other.calls.length === 1, 'the other source to be asked')
    expect(el.query.view.state, 'loading, not the first source’s content').to.equal('loading')
    other.release()
    await until(() => el.query.view.state !== 'loading', 'the failure')
    expect(el.query.view.state, 'its error, not the first source’s content as stale').to.equal(
      'error',
    )
  })

  it('runs a failed query again when the browser is back online, and shows the result', async () => {
    const source = new TestSource((_name, params) => ({lang: (params as {lang: Lang}).lang}))
    source.failWith = OFFLINE
    const el = await host((el) => (el.source = source))
    await until(() => el.query.view.state === 'error', 'the failure')
    source.failWith = undefined
    window.dispatchEvent(new Event('online'))
    await until(() => el.query.view.state === 'ready', 'the result, with no retry button pressed')
    expect(source.calls).to.have.length(2)
    // A result that could not be refreshed (shown stale) is refreshed too.
    source.failWith = OFFLINE
    await switchTo(el, 'en')
    await until(() => source.calls.length === 3, 'the English run')
    await el.query.taskComplete.catch(() => undefined)
    expect(el.query.view).to.deep.include({state: 'ready', stale: true})
    source.failWith = undefined
    window.dispatchEvent(new Event('online'))
    await until(() => source.calls.length === 4, 'a fourth run')
    await el.query.taskComplete
    expect(el.query.view).to.deep.equal({state: 'ready', value: {lang: 'en'}, stale: false})
  })

  it('does not run again on online after a success, for a wrong configuration, or once removed', async () => {
    const source = new TestSource()
    const el = await host((el) => (el.source = source))
    await until(() => el.query.view.state === 'ready', 'the result')
    window.dispatchEvent(new Event('online'))
    await el.updateComplete
    expect(source.calls, 'nothing failed').to.have.length(1)

    el.source = {
      key: 'wrong',
      fetch: () => Promise.reject(new DataSourceError('config', 'project-id is wrong')),
    }
    el.requestUpdate()
    await until(() => el.query.view.state === 'error', 'the configuration error')
    const fetches = sinon.spy(el.source, 'fetch')
    window.dispatchEvent(new Event('online'))
    await el.updateComplete
    expect(fetches.callCount, 'a wrong configuration is not fixed by a connection').to.equal(0)

    source.failWith = OFFLINE
    el.source = source
    el.requestUpdate()
    await until(() => source.calls.length === 2, 'the source to be asked again')
    await el.query.taskComplete.catch(() => undefined)
    expect(el.query.view, 'its earlier result, not refreshed').to.deep.include({stale: true})
    el.remove()
    window.dispatchEvent(new Event('online'))
    await new Promise((resolve) => setTimeout(resolve))
    expect(source.calls, 'a removed element does not listen').to.have.length(2)
  })

  it('fails the query when prepare rejects', async () => {
    const el = await host((el) => (el.holdPrepare = true))
    await until(() => el.preparing.length === 1, 'prepare')
    el.preparing[0].fail(new DataSourceError('offline', 'the module could not be loaded'))
    await until(() => el.query.view.state === 'error', 'the error')
    const view = el.query.view as {state: 'error'; error: DataSourceError}
    expect(view.error.kind).to.equal('offline')
  })
})
