import {expect} from '@open-wc/testing'
import sinon from 'sinon'
import {ELEMENTS, pageLoader, startLoader, type Loader} from '../components/loader'
import {until} from './helpers/test-source'

/** Importers that record which tags were loaded, in place of the real modules. */
function fakeElements(fail: string[] = []) {
  const loaded: string[] = []
  const importers = Object.fromEntries(
    Object.keys(ELEMENTS).map((tag) => [
      tag,
      async () => {
        loaded.push(tag)
        if (fail.includes(tag)) {
          fail.splice(fail.indexOf(tag), 1)
          throw new Error(`${tag} failed`)
        }
      },
    ]),
  )
  return {loaded, importers}
}

/** A root outside the document, so that the page's own loader never sees it. */
function root(markup = ''): HTMLDivElement {
  const div = document.createElement('div')
  div.innerHTML = markup
  return div
}

describe('loader', () => {
  let loaders: Loader[] = []
  let warn: sinon.SinonStub
  let error: sinon.SinonStub

  beforeEach(() => {
    warn = sinon.stub(console, 'warn')
    error = sinon.stub(console, 'error')
  })

  afterEach(() => {
    loaders.forEach((loader) => loader.stop())
    loaders = []
    sinon.restore()
  })

  function start(node: ParentNode & Node, importers: Record<string, () => Promise<unknown>>) {
    const loader = startLoader(node as Element, importers)
    loaders.push(loader)
    return loader
  }

  it('knows exactly the five elements', () => {
    expect(Object.keys(ELEMENTS).sort()).to.deep.equal([
      'ijh-config',
      'ijh-focus-area-card',
      'ijh-story-carousel',
      'ijh-strategy-wheel',
      'ijh-support-finder',
    ])
  })

  it('loads only the elements present, each once', async () => {
    const {loaded, importers} = fakeElements()
    const node = root(`
      <ijh-config project-id="abc"></ijh-config>
      <section><ijh-story-carousel></ijh-story-carousel><ijh-story-carousel></ijh-story-carousel></section>
      <p>text</p>`)
    await start(node, importers).ready()
    expect(loaded.sort()).to.deep.equal(['ijh-config', 'ijh-story-carousel'])
    expect(warn.called).to.equal(false)
  })

  it('loads an element the root itself is', async () => {
    const {loaded, importers} = fakeElements()
    await start(document.createElement('ijh-support-finder'), importers).ready()
    expect(loaded).to.deep.equal(['ijh-support-finder'])
  })

  it('loads elements added later, also deep inside added content, once', async () => {
    const {loaded, importers} = fakeElements()
    const node = root('<ijh-config></ijh-config>')
    const loader = start(node, importers)
    await loader.ready()
    expect(loaded).to.deep.equal(['ijh-config'])

    const added = document.createElement('article')
    added.innerHTML = '<div><ijh-strategy-wheel></ijh-strategy-wheel></div>'
    node.append(added)
    await until(() => loaded.length === 2, 'the wheel to load')
    node.append(document.createElement('ijh-strategy-wheel'), document.createElement('ijh-config'))
    node.append(document.createElement('ijh-focus-area-card'))
    await until(() => loaded.length === 3, 'the card to load')
    await loader.ready()
    expect(loaded).to.deep.equal(['ijh-config', 'ijh-strategy-wheel', 'ijh-focus-area-card'])
  })

  it('warns once for each ijh- tag it does not know, and loads nothing for them', async () => {
    const {loaded, importers} = fakeElements()
    const node = root(
      '<ijh-unknown></ijh-unknown><ijh-carousel></ijh-carousel><ijh-unknown></ijh-unknown>',
    )
    start(node, importers)
    expect(warn.callCount).to.equal(2)
    // An element it knows, added after another unknown one, shows that the addition was seen.
    node.append(
      document.createElement('ijh-another'),
      document.createElement('ijh-carousel'),
      document.createElement('ijh-config'),
    )
    await until(() => loaded.length > 0, 'the known element to load')
    expect(loaded).to.deep.equal(['ijh-config'])
    expect(
      warn.getCalls().map((call) => String(call.args[0]).match(/<ijh-[\w-]+>/)?.[0]),
    ).to.deep.equal(['<ijh-unknown>', '<ijh-carousel>', '<ijh-another>'])
  })

  it('does not warn for an ijh- tag the page defined itself', async () => {
    class PageOwn extends HTMLElement {}
    customElements.define('ijh-page-own', PageOwn)
    const {loaded, importers} = fakeElements()
    await start(root('<ijh-page-own></ijh-page-own>'), importers).ready()
    expect(loaded).to.deep.equal([])
    expect(warn.called).to.equal(false)
  })

  it('ignores other tags and classes that merely look alike', async () => {
    const {loaded, importers} = fakeElements()
    const node = root(
      '<ijhx-card></ijhx-card><div class="ijh-config"></div><my-ijh-config></my-ijh-config>',
    )
    await start(node, importers).ready()
    expect(loaded).to.deep.equal([])
    expect(warn.called).to.equal(false)
  })

  it('reports an element whose module failed to load, and tries again for the next one', async () => {
    const {loaded, importers} = fakeElements(['ijh-story-carousel'])
    const node = root('<ijh-story-carousel></ijh-story-carousel>')
    const loader = start(node, importers)
    await loader.ready()
    expect(error.callCount).to.equal(1)
    expect(String(error.firstCall.args[0])).to.contain('<ijh-story-carousel>')
    node.append(document.createElement('ijh-story-carousel'))
    await until(() => loaded.length === 2, 'the second try')
    await loader.ready()
    expect(error.callCount).to.equal(1)
  })

  it('tries a failed element again even when every element was found at once', async () => {
    const {loaded, importers} = fakeElements(['ijh-story-carousel'])
    const node = root(
      Object.keys(ELEMENTS)
        .map((tag) => `<${tag}></${tag}>`)
        .join(''),
    )
    const loader = start(node, importers)
    await loader.ready()
    expect(error.callCount).to.equal(1)
    node.append(document.createElement('ijh-story-carousel'))
    await until(
      () => loaded.filter((tag) => tag === 'ijh-story-carousel').length === 2,
      'the retry',
    )
    await loader.ready()
    expect(error.callCount).to.equal(1)
  })

  it('tries a failed element again when the browser is back online', async () => {
    const {loaded, importers} = fakeElements(['ijh-story-carousel'])
    const node = root('<ijh-story-carousel></ijh-story-carousel><ijh-config></ijh-config>')
    const loader = start(node, importers)
    await loader.ready()
    expect(error.callCount).to.equal(1)
    window.dispatchEvent(new Event('online'))
    await until(
      () => loaded.filter((tag) => tag === 'ijh-story-carousel').length === 2,
      'the retry',
    )
    await loader.ready()
    expect(
      loaded.filter((tag) => tag === 'ijh-config'),
      'what loaded is not loaded again',
    ).to.have.length(1)
    expect(error.callCount).to.equal(1)
  })

  it('tries again, back online, a module whose import lost its connection (a real import), at a new address where the browser keeps the failure', async () => {
    // The test server answers this module's first request with no HTTP at all; the module, when
    // it runs, adds its address to globalThis.ijhFlakyModules.
    // With a query of its own (a CMS adding ?v=2), which the new address keeps.
    const url = `/__flaky-module/loader-${Date.now()}.js?v=2`
    const ran = () =>
      ((globalThis as {ijhFlakyModules?: string[]}).ijhFlakyModules ?? []).filter((address) =>
        address.includes(url),
      )
    const node = root('<ijh-config></ijh-config>')
    const loader = start(node, {'ijh-config': () => import(/* @vite-ignore */ url)})
    await loader.ready()
    expect(error.callCount, 'the first import failed').to.equal(1)
    window.dispatchEvent(new Event('online'))
    await until(() => ran().length > 0, 'the import, back online')
    await loader.ready()
    expect(error.callCount).to.equal(1)
    expect(ran()).to.have.length(1)
    // Chromium fails the same address again without asking (whatwg/html#6768); the loader asks
    // at a new one, which names the attempt.
    const again = new URL(ran()[0]!).searchParams
    expect([again.get('v'), again.get('again')]).to.deep.equal(['2', '1'])
  })

  it('tries again through the importer itself when the error names no module of its origin (Safari, a bundler, another site)', async () => {
    const messages = [
      'Importing a module script failed.',
      'Loading chunk 3 failed.\n(error: http://localhost:8000/3.js)',
      'Failed to fetch dynamically imported module: https://elsewhere.example/x.js',
    ]
    for (const message of messages) {
      let calls = 0
      const node = root('<ijh-config></ijh-config>')
      const loader = start(node, {
        'ijh-config': async () => {
          calls++
          if (calls === 1) throw new TypeError(message)
        },
      })
      await loader.ready()
      window.dispatchEvent(new Event('online'))
      await until(() => calls === 2, `the importer again, after “${message}”`)
      await loader.ready()
      loader.stop()
    }
    expect(error.callCount).to.equal(messages.length)
  })

  it('leaves the online event once every element has loaded', async () => {
    const {loaded, importers} = fakeElements()
    const node = root(
      Object.keys(ELEMENTS)
        .map((tag) => `<${tag}></${tag}>`)
        .join(''),
    )
    const remove = sinon.spy(window, 'removeEventListener')
    await start(node, importers).ready()
    expect(loaded).to.have.length(Object.keys(ELEMENTS).length)
    // Nothing left to try again: the page keeps no listener (nor, through it, the root).
    expect(remove.calledWith('online')).to.equal(true)
  })

  it('stops watching when stopped', async () => {
    const {loaded, importers} = fakeElements()
    const node = root()
    start(node, importers).stop()
    node.append(document.createElement('ijh-config'))
    window.dispatchEvent(new Event('online'))
    // A sentinel loader on the same root shows that the mutation was delivered.
    const sentinel = fakeElements()
    start(node, sentinel.importers)
    node.append(document.createElement('ijh-focus-area-card'))
    await until(() => sentinel.loaded.includes('ijh-focus-area-card'), 'the sentinel')
    expect(loaded).to.deep.equal([])
  })
})

describe('the page loader (real element modules)', () => {
  afterEach(() => document.querySelectorAll('.loader-test').forEach((node) => node.remove()))

  it('runs for the document and defines only the tags on the page, and then those added', async () => {
    expect(pageLoader).to.not.equal(undefined)
    for (const tag of Object.keys(ELEMENTS))
      expect(customElements.get(tag), tag).to.equal(undefined)

    const card = document.createElement('ijh-focus-area-card')
    card.className = 'loader-test'
    card.setAttribute('focus-area', 'kunskap-och-kompetens')
    // The fallback docs/embedding.md suggests: shown until the element loads, then not.
    card.innerHTML = '<p><a href="/strategin">Läs strategin</a></p>'
    const fallback = card.querySelector('p') as HTMLElement
    document.body.append(card)
    expect(fallback.checkVisibility(), 'the fallback before the element loads').to.equal(true)
    await customElements.whenDefined('ijh-focus-area-card')
    await (card as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete
    expect(fallback.checkVisibility(), 'the fallback once it has loaded').to.equal(false)
    expect(fallback.assignedSlot, 'no slot takes it').to.equal(null)
    await pageLoader?.ready()
    expect(customElements.get('ijh-strategy-wheel')).to.equal(undefined)
    expect(customElements.get('ijh-support-finder')).to.equal(undefined)
    expect(customElements.get('ijh-story-carousel')).to.equal(undefined)

    const later = document.createElement('div')
    later.className = 'loader-test'
    later.innerHTML = '<ijh-story-carousel layout="list"></ijh-story-carousel>'
    document.body.append(later)
    await customElements.whenDefined('ijh-story-carousel')
    expect(later.firstElementChild).to.be.instanceOf(customElements.get('ijh-story-carousel')!)
    expect(customElements.get('ijh-strategy-wheel')).to.equal(undefined)
  })
})
