/**
 * `<ijh-config>`: renders nothing, provides its project to the whole page through
 * `dataSourceContext`, and when a page has several, the last one connected wins (with one
 * warning for the page), also to elements that asked before it came. Settings it cannot use
 * without a project fall back to the bundled content, with a warning. How elements read from it:
 * tests/focus-area-card.test.ts.
 */
import {ContextEvent} from '@lit/context'
import {expect, fixture, html} from '@open-wc/testing'
import sinon from 'sinon'
import '../components/config/config'
import '../components/focus-area-card/focus-area-card'
import {dataSourceContext} from '../components/data/context'
import type {DataSource} from '../components/data/source'
import {loaded, queryRequests, until} from './helpers/test-source'

/** What an element anywhere on the page is given through the context. */
function provided(from: Element = document.body): DataSource | undefined {
  let value: DataSource | undefined
  from.dispatchEvent(new ContextEvent(dataSourceContext, from, (v) => (value = v)))
  return value
}

const config = (projectId?: string, dataset?: string) => {
  const el = document.createElement('ijh-config')
  if (projectId) el.setAttribute('project-id', projectId)
  if (dataset) el.setAttribute('dataset', dataset)
  el.setAttribute('api-host', window.location.origin)
  return el
}

describe('ijh-config', () => {
  let warn: sinon.SinonStub

  beforeEach(() => {
    warn = sinon.stub(console, 'warn')
  })

  afterEach(() => {
    warn.restore()
    document.querySelectorAll('ijh-config').forEach((el) => el.remove())
  })

  // First: the page's provider is made once, by the first <ijh-config>, and this is about that one.
  it('is accessible; added after the elements asked for their source, it is announced to them', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <ijh-focus-area-card focus-area="kreativa-motesplatser"></ijh-focus-area-card>
      </div>`,
    )
    const card = page.querySelector('ijh-focus-area-card') as HTMLElement
    await loaded(card)
    const asked = () => queryRequests('kreativa-motesplatser', 'production').length
    const before = asked()
    // Later, in a task of its own, as a tag manager or a single-page app adds it.
    await new Promise((resolve) => setTimeout(resolve))
    const el = config('ijh00000')
    page.append(el)
    await expect(el).to.be.accessible()
    expect(getComputedStyle(el).display).to.equal('contents')
    el.hidden = true
    expect(getComputedStyle(el).display, 'hidden, as any element').to.equal('none')
    el.hidden = false
    expect(el.getBoundingClientRect().height).to.equal(0)
    expect(before, 'the bundled default first').to.equal(0)
    await until(() => asked() === 1, 'a request to the project')
    await loaded(card)
    expect(card.shadowRoot?.querySelector('[part~="title"]')?.textContent).to.equal(
      'Kreativa mötesplatser',
    )
  })

  it('provides its project to the whole page, and nothing once it is removed', async () => {
    expect(provided(), 'no configuration: the bundled default').to.equal(undefined)
    const el = config('ijh00000', 'production')
    document.body.append(el)
    await el.updateComplete
    expect(provided()?.config).to.include({projectId: 'ijh00000', dataset: 'production'})
    el.remove()
    expect(provided()).to.equal(undefined)
  })

  it('with several on the page, the last connected is used, with one warning for the page', async () => {
    const [first, second, third] = [config('aaaa1111'), config('bbbb2222'), config('cccc3333')]
    document.body.append(first, second)
    await second.updateComplete
    expect(provided()?.config?.projectId).to.equal('bbbb2222')
    document.body.prepend(third)
    await third.updateComplete
    expect(provided()?.config?.projectId, 'connected last, though first in the page').to.equal(
      'cccc3333',
    )
    const warnings = warn.args.filter(([text]) => String(text).includes('more than one'))
    expect(warnings, 'one warning, however many there are').to.have.length(1)
    third.remove()
    expect(provided()?.config?.projectId, 'the one connected before it').to.equal('bbbb2222')
    second.remove()
    expect(provided()?.config?.projectId).to.equal('aaaa1111')
  })

  it('elements read from the last one: a card shows what its project holds', async () => {
    // The first names a dataset the local endpoint does not have; the last, the one it has.
    const page = await fixture<HTMLElement>(
      html`<div>
        <ijh-focus-area-card focus-area="kunskap-och-kompetens"></ijh-focus-area-card>
      </div>`,
    )
    page.append(config('ijh00000', 'nonexistent'), config('ijh00000', 'production'))
    const card = page.querySelector('ijh-focus-area-card') as HTMLElement
    const asked = () => queryRequests('kunskap-och-kompetens').map((url) => url.pathname)
    await until(() => asked().length > 0, 'a request to the project')
    await until(
      () => !!card.shadowRoot?.querySelector('[part~="title"]'),
      'the card to show its focus area',
    )
    expect(asked().every((path) => path.endsWith('/production'))).to.equal(true, asked().join())
    expect(card.shadowRoot?.querySelector('[part~="error"]')).to.equal(null)
  })

  it('settings without a project: the bundled default, and a warning that names project-id', async () => {
    const el = config(undefined, 'production')
    document.body.append(el)
    await el.updateComplete
    expect(provided()).to.equal(undefined)
    expect(warn.args.some(([text]) => String(text).includes('project-id is missing'))).to.equal(
      true,
    )
    // Given one later, by a script, it is used.
    el.projectId = 'ijh00000'
    await el.updateComplete
    expect(provided()?.config?.projectId).to.equal('ijh00000')
  })

  it('a misspelt attribute, such as projectId (projectid in HTML), is named in one warning', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <ijh-config
          projectId="ijh00000"
          id="site"
          data-project="x"
          aria-hidden="true"
          _ngcontent-ng-c1=""
          tabindex="-1"
          datset="production"
        ></ijh-config>
      </div>`,
    )
    const el = page.querySelector('ijh-config') as HTMLElement
    expect(provided(), 'the bundled default').to.equal(undefined)
    const unknown = () => warn.args.filter(([text]) => String(text).includes('unknown attribute'))
    expect(unknown(), 'one warning').to.have.length(1)
    const [text] = unknown()[0] as [string]
    expect(text).to.include('"projectid"')
    expect(text).to.include('"datset"')
    expect(text).to.include('project-id')
    expect(text).to.include('bundled default')
    // Nor what the page or a framework adds.
    for (const fine of ['"id"', '"data-project"', '"aria-hidden"', '"_ngcontent', '"tabindex"']) {
      expect(text).not.to.include(fine)
    }
    // Moved, it does not say so again; and a correct one says nothing.
    page.append(el)
    const right = config('ijh00000', 'production')
    document.body.append(right)
    await right.updateComplete
    expect(unknown()).to.have.length(1)
  })

  it('written as <ijh-config … />, which HTML does not close, still shows the page after it', async () => {
    // As an editor might paste it; parsed as HTML, as a CMS page is.
    const page = await fixture<HTMLElement>(html`<div></div>`)
    page.innerHTML = `<ijh-config dataset="production" />
      <p>Efter</p>
      <ijh-focus-area-card focus-area="kreativa-motesplatser"></ijh-focus-area-card>`
    const after = page.querySelector('p') as HTMLElement
    expect(after.parentElement?.localName, 'inside it, as HTML parses it').to.equal('ijh-config')
    const card = page.querySelector('ijh-focus-area-card') as HTMLElement
    await loaded(card)
    expect(after.checkVisibility()).to.equal(true)
    expect(card.checkVisibility()).to.equal(true)
    expect(after.getBoundingClientRect().height).to.be.greaterThan(0)
    await expect(page).to.be.accessible()
  })
})
