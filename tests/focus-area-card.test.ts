import {ContextEvent, ContextProvider} from '@lit/context'
import {expect, fixture, html} from '@open-wc/testing'
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands'
import '../components/config/config'
import '../components/focus-area-card/focus-area-card'
import type {IjhFocusAreaCard} from '../components/focus-area-card/focus-area-card'
import '../components/strategy-wheel/strategy-wheel'
import type {IjhStrategyWheel} from '../components/strategy-wheel/strategy-wheel'
import {dataSourceContext} from '../components/data/context'
import {bundledSource} from '../components/data/bundled-source'
import {DataSourceError, type DataSource} from '../components/data/source'
import {horizontalOverflow} from './helpers/dom-checks'
import {
  OFFLINE,
  SERVER_ERROR,
  TestSource,
  fixtureWithSource,
  queryRequests,
  until,
} from './helpers/test-source'

const SLUG = 'kunskap-och-kompetens'

function shadow(el: Element): ShadowRoot {
  const root = el.shadowRoot
  if (!root) throw new Error('no shadow root')
  return root
}

async function loaded(el: IjhFocusAreaCard): Promise<void> {
  await until(() => !shadow(el).querySelector('[aria-busy="true"]'), 'the card to load')
  await el.updateComplete
}

async function card(
  template = html`<ijh-focus-area-card focus-area=${SLUG}></ijh-focus-area-card>`,
  source = new TestSource(),
) {
  const el = await fixtureWithSource<IjhFocusAreaCard>(source, template)
  await loaded(el)
  return el
}

describe('ijh-focus-area-card', () => {
  it('is accessible', async () => {
    const el = await card()
    await expect(el).to.be.accessible()
  })

  it('wraps every text at 320 px with the page’s text twice as large (WCAG 1.4.4, 1.4.10)', async () => {
    document.documentElement.style.fontSize = '200%'
    try {
      for (const variant of ['full', 'compact']) {
        const el = await card(
          html`<ijh-focus-area-card
            focus-area=${SLUG}
            variant=${variant}
            href-template="/innovation/{slug}"
            style="width: 320px"
          ></ijh-focus-area-card>`,
        )
        expect(horizontalOverflow(el), variant).to.deep.equal([])
        // Nor into the card's padding: no box's text is wider than the box.
        const wider = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? [])]
          .filter((box) => box.clientWidth > 0 && box.scrollWidth > box.clientWidth + 1)
          .map((box) => `${box.className}: ${box.scrollWidth} > ${box.clientWidth}`)
        expect(wider, variant).to.deep.equal([])
        // The title may hyphenate (the declaration only: this Chromium has no hyphenation
        // dictionaries, so it breaks long words anywhere, as above).
        const title = el.shadowRoot?.querySelector('[part~="title"]') as HTMLElement
        expect(getComputedStyle(title).hyphens, variant).to.equal('auto')
        expect(getComputedStyle(title).getPropertyValue('hyphenate-limit-chars')).to.equal('10 4 4')
      }
    } finally {
      document.documentElement.style.fontSize = ''
    }
  })

  it('is accessible in the compact variant, loading and in error', async () => {
    await expect(
      await card(
        html`<ijh-focus-area-card
          focus-area=${SLUG}
          variant="compact"
          href-template="/innovation/{slug}"
        ></ijh-focus-area-card>`,
      ),
    ).to.be.accessible()
    const held = new TestSource()
    held.hold = true
    const loading = await fixtureWithSource<IjhFocusAreaCard>(
      held,
      html`<ijh-focus-area-card focus-area=${SLUG}></ijh-focus-area-card>`,
    )
    await expect(loading).to.be.accessible()
    const failing = await card(
      undefined,
      new TestSource(() => Promise.reject(new DataSourceError('http', 'down', {status: 500}))),
    )
    await expect(failing).to.be.accessible()
  })

  it('shows the focus area’s themes with their bullets, its actions and the goals it serves, in Swedish', async () => {
    const el = await card()
    const root = shadow(el)
    expect(root.querySelector('[part~="title"]')?.textContent).to.equal('Kunskap och kompetens')
    const themes = [...root.querySelectorAll('[part~="theme-toggle"]')].map((b) =>
      b.textContent?.trim(),
    )
    expect(themes).to.deep.equal([
      'Attrahera kompetens och kreativa individer',
      'Öka tillgängligheten till kunskapsmiljöer',
    ])
    expect(root.querySelectorAll('[part~="theme-list"] li')).to.have.length(9)
    const actions = [...root.querySelectorAll('[part~="actions"] li')].map((li) => li.textContent)
    expect(actions).to.have.length(4)
    expect(actions[2]).to.equal('Sommardesignkontor')
    expect(root.querySelectorAll('[part~="tags"] li')).to.have.length(3)
  })

  it('shows English for lang="en", on the element or an ancestor, and follows a change of lang', async () => {
    const el = await card(
      html`<ijh-focus-area-card lang="en" focus-area=${SLUG}></ijh-focus-area-card>`,
    )
    expect(shadow(el).querySelector('[part~="title"]')?.textContent).to.equal(
      'Knowledge and skills',
    )
    expect(shadow(el).querySelector('[part~="eyebrow"]')?.textContent).to.equal('Focus area')
    el.lang = 'sv'
    await until(
      () => shadow(el).querySelector('[part~="title"]')?.textContent === 'Kunskap och kompetens',
      'Swedish',
    )

    const wrapped = await fixtureWithSource<HTMLElement>(
      new TestSource(),
      html`<section lang="en-GB">
        <ijh-focus-area-card focus-area=${SLUG}></ijh-focus-area-card>
      </section>`,
    )
    const inner = wrapped.querySelector('ijh-focus-area-card') as IjhFocusAreaCard
    await loaded(inner)
    expect(shadow(inner).querySelector('[part~="title"]')?.textContent).to.equal(
      'Knowledge and skills',
    )
  })

  it('shows a Swedish and an English card on one page, each in its own language (@lit/localize)', async () => {
    const page = await fixtureWithSource<HTMLElement>(
      new TestSource(),
      html`<div lang="sv">
        <ijh-focus-area-card focus-area=${SLUG}></ijh-focus-area-card>
        <ijh-focus-area-card lang="en" focus-area=${SLUG}></ijh-focus-area-card>
      </div>`,
    )
    const [sv, en] = [...page.querySelectorAll('ijh-focus-area-card')] as IjhFocusAreaCard[]
    await Promise.all([loaded(sv!), loaded(en!)])
    const labels = (el: IjhFocusAreaCard) =>
      [...shadow(el).querySelectorAll('[part~="eyebrow"], [part~="section-title"]')].map((node) =>
        node.textContent?.trim(),
      )
    expect(labels(sv!)).to.deep.equal([
      'Insatsområde',
      'Insatser',
      'Bidrar till de vägledande målen',
    ])
    expect(labels(en!)).to.deep.equal(['Focus area', 'Actions', 'Contributes to the guiding goals'])
    // A re-render of one leaves the other's language alone.
    en!.lang = 'sv'
    sv!.lang = 'en'
    await until(() => labels(en!).includes('Insatsområde'), 'the first card in Swedish')
    await until(() => labels(sv!).includes('Focus area'), 'the second card in English')
  })

  it('puts its title at heading-level and its sections one level below', async () => {
    const el = await card(
      html`<ijh-focus-area-card focus-area=${SLUG} heading-level="3"></ijh-focus-area-card>`,
    )
    expect(shadow(el).querySelector('[part~="title"]')?.tagName).to.equal('H3')
    expect(shadow(el).querySelector('[part~="theme-heading"]')?.tagName).to.equal('H4')
    el.headingLevel = 9
    await el.updateComplete
    expect(shadow(el).querySelector('[part~="title"]')?.tagName).to.equal('H2')
  })

  it('has a compact variant: title, one-line summary and a link from href-template', async () => {
    const el = await card(
      html`<ijh-focus-area-card
        focus-area=${SLUG}
        variant="compact"
        href-template="/innovation/{slug}"
      ></ijh-focus-area-card>`,
    )
    const root = shadow(el)
    expect(root.querySelector('[part~="summary"]')?.textContent).to.equal(
      'Attrahera kompetens och kreativa individer',
    )
    expect(root.querySelector('[part~="theme"]')).to.equal(null)
    const link = root.querySelector('a[part~="link"]')
    expect(link?.getAttribute('href')).to.equal('/innovation/kunskap-och-kompetens')
    // As a CMS's link field may write the placeholder.
    for (const written of ['/innovation/%7Bslug%7D', '/innovation/{ Slug }?from={slug}']) {
      el.hrefTemplate = written
      await el.updateComplete
      expect(root.querySelector('a[part~="link"]')?.getAttribute('href'), written).to.match(
        /^\/innovation\/kunskap-och-kompetens(\?from=kunskap-och-kompetens)?$/,
      )
    }
    el.hrefTemplate = 'javascript:alert(1)//{slug}'
    await el.updateComplete
    expect(root.querySelector('a[part~="link"]')).to.equal(null)
  })

  it('collapses and expands a theme from the keyboard', async () => {
    const el = await card()
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part~="theme-toggle"]')
    expect(toggle?.getAttribute('aria-expanded')).to.equal('true')
    toggle?.focus()
    await sendKeys({press: 'Enter'})
    await el.updateComplete
    const panel = shadow(el).getElementById(toggle?.getAttribute('aria-controls') ?? '')
    expect(toggle?.getAttribute('aria-expanded')).to.equal('false')
    expect(panel?.hidden).to.equal(true)
    await sendKeys({press: 'Space'})
    await el.updateComplete
    expect(toggle?.getAttribute('aria-expanded')).to.equal('true')
    expect(panel?.hidden).to.equal(false)
  })

  it('prints every theme, collapsed or not, without its buttons’ chevrons', async () => {
    const el = await card()
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part~="theme-toggle"]')
    toggle?.click()
    await el.updateComplete
    const panel = shadow(el).getElementById(
      toggle?.getAttribute('aria-controls') ?? '',
    ) as HTMLElement
    expect(getComputedStyle(panel).display).to.equal('none')
    await emulateMedia({media: 'print'})
    try {
      expect(getComputedStyle(panel).display).to.equal('block')
      expect(getComputedStyle(shadow(el).querySelector('.chevron') as Element).display).to.equal(
        'none',
      )
    } finally {
      await emulateMedia({media: 'screen'})
    }
  })

  it('reaches its theme toggles with Tab', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`)
    const el = await card()
    before.focus()
    await sendKeys({press: 'Tab'})
    expect(shadow(el).activeElement?.getAttribute('part')).to.equal('theme-toggle')
  })

  it('gives itself a stable anchor, unless the page set an id', async () => {
    const el = await card()
    expect(el.id).to.equal('ijh-focus-area-kunskap-och-kompetens')
    el.focusArea = 'kreativa-motesplatser'
    await loaded(el)
    expect(el.id).to.equal('ijh-focus-area-kreativa-motesplatser')
    const own = await card(
      html`<ijh-focus-area-card id="mine" focus-area=${SLUG}></ijh-focus-area-card>`,
    )
    expect(own.id).to.equal('mine')
    // A second card for the same focus area leaves the anchor to the first: ids stay unique.
    const second = await card(
      html`<ijh-focus-area-card focus-area="Kreativa-Motesplatser "></ijh-focus-area-card>`,
    )
    expect(shadow(second).querySelector('[part~="title"]')?.textContent, 'any case').to.equal(
      'Kreativa mötesplatser',
    )
    expect(second.hasAttribute('id')).to.equal(false)
    expect(document.querySelectorAll('#ijh-focus-area-kreativa-motesplatser')).to.have.length(1)
  })

  it('keeps its anchor unique when copied, moved or removed, and hands it on', async () => {
    const ID = 'ijh-focus-area-kunskap-och-kompetens'
    const holders = () => document.querySelectorAll(`#${ID}`).length
    const a = await card()
    const page = a.parentElement as HTMLElement
    expect(a.id).to.equal(ID)
    // A copy (cloneNode, or a CMS preview setting the same HTML again) comes with the id.
    const b = a.cloneNode(true) as IjhFocusAreaCard
    page.append(b)
    await loaded(b)
    expect(holders(), 'a copy leaves the anchor to the card that had it').to.equal(1)
    expect(b.hasAttribute('id')).to.equal(false)
    b.focusArea = 'kreativa-motesplatser'
    await loaded(b)
    expect(b.id, 'the copy takes its own focus area’s anchor').to.equal(
      'ijh-focus-area-kreativa-motesplatser',
    )
    b.focusArea = SLUG
    await loaded(b)
    expect(b.hasAttribute('id')).to.equal(false)
    // Removed, the anchor goes to the other card showing the focus area, so that links still lead.
    a.remove()
    expect(b.id).to.equal(ID)
    // Added back, before it in the page: the anchor stays with the card that has it.
    page.prepend(a)
    await a.updateComplete
    expect(holders()).to.equal(1)
    expect(b.id).to.equal(ID)
    // An id the page set is never touched, one that looks like ours too.
    for (const id of ['mine', 'ijh-focus-area-card-1']) {
      const mine = await card(
        html`<ijh-focus-area-card id=${id} focus-area=${SLUG}></ijh-focus-area-card>`,
      )
      expect(mine.id).to.equal(id)
      mine.remove()
      document.body.append(mine)
      expect(mine.id).to.equal(id)
      mine.remove()
    }
  })

  it('leaves the anchor its own link leads to (a compact card linking to the full one) to that card', async () => {
    const ID = 'ijh-focus-area-kunskap-och-kompetens'
    const compact = await card(
      html`<ijh-focus-area-card
        focus-area=${SLUG}
        variant="compact"
        href-template="#ijh-focus-area-{slug}"
      ></ijh-focus-area-card>`,
    )
    expect(shadow(compact).querySelector('[part~="link"]')?.getAttribute('href')).to.equal(`#${ID}`)
    expect(compact.hasAttribute('id'), 'a link to itself would go nowhere').to.equal(false)
    // The full card, after it in the page, takes it.
    const full = document.createElement('ijh-focus-area-card')
    full.focusArea = SLUG
    compact.after(full)
    await loaded(full)
    expect(full.id).to.equal(ID)
    full.remove()
    // Linking elsewhere, or no longer compact, it takes the anchor again; and hands it on when
    // its link comes to lead there.
    compact.hrefTemplate = '/innovation/{slug}'
    await compact.updateComplete
    expect(compact.id).to.equal(ID)
    compact.after(full)
    await loaded(full)
    expect(full.hasAttribute('id')).to.equal(false)
    compact.hrefTemplate = '#ijh-focus-area-{slug}'
    await compact.updateComplete
    expect(compact.hasAttribute('id')).to.equal(false)
    expect(full.id, 'handed on').to.equal(ID)
  })

  it('reads from the source where it is after a move, not from the one it left', async () => {
    const left = new TestSource()
    const el = await card(undefined, left)
    const here = new TestSource()
    const wrapper = document.createElement('div')
    document.body.append(wrapper)
    new ContextProvider(wrapper, {context: dataSourceContext, initialValue: here})
    const slugs = (source: TestSource) =>
      source.calls.map((call) => (call.params as {slug?: string}).slug)
    const title = () => shadow(el).querySelector('[part~="title"]')?.textContent
    try {
      wrapper.append(el)
      el.focusArea = 'kreativa-motesplatser'
      await until(() => title() === 'Kreativa mötesplatser', 'the content')
      expect(slugs(here)).to.deep.equal(['kreativa-motesplatser'])
      expect(slugs(left)).to.deep.equal([SLUG])
      // Moved within the same provider, it asks nothing again.
      wrapper.append(document.createElement('div'), el)
      await loaded(el)
      expect(here.calls).to.have.length(1)
      // Moved where no element provides one: the page's source (here the default content).
      const plain = document.createElement('div')
      wrapper.after(plain)
      plain.append(el)
      el.focusArea = 'oppenhet-och-dynamik'
      await until(() => title() === 'Öppenhet och dynamik', 'the default content')
      plain.remove()
      expect(slugs(here)).to.deep.equal(['kreativa-motesplatser'])
    } finally {
      wrapper.remove()
    }
  })

  it('shows a skeleton with a status while loading, then the content', async () => {
    const source = new TestSource()
    source.hold = true
    const el = await fixtureWithSource<IjhFocusAreaCard>(
      source,
      html`<ijh-focus-area-card focus-area=${SLUG}></ijh-focus-area-card>`,
    )
    const skeleton = shadow(el).querySelector('[part~="skeleton"]')
    expect(skeleton?.getAttribute('aria-busy')).to.equal('true')
    expect(shadow(el).querySelector('[role="status"]')?.textContent).to.equal('Laddar innehåll …')
    const height = el.getBoundingClientRect().height
    expect(height).to.be.greaterThan(300)
    source.release()
    await loaded(el)
    expect(shadow(el).querySelector('[part~="title"]')).to.exist
  })

  it('keeps about the height of the shortest focus area while loading, from 320 to 1280 px', async () => {
    // Kreativa mötesplatser is the default content's shortest focus area, in Swedish and English.
    const rows: string[] = []
    try {
      for (const width of [320, 375, 480, 720, 1280]) {
        await setViewport({width, height: 800})
        const source = new TestSource()
        source.hold = true
        const waiting = await fixtureWithSource<IjhFocusAreaCard>(
          source,
          html`<ijh-focus-area-card focus-area="kreativa-motesplatser"></ijh-focus-area-card>`,
        )
        expect(shadow(waiting).querySelector('[aria-busy="true"]')).to.exist
        const skeleton = waiting.getBoundingClientRect().height
        const shown: number[] = []
        for (const lang of ['sv', 'en']) {
          const el = await card(
            html`<ijh-focus-area-card
              lang=${lang}
              focus-area="kreativa-motesplatser"
            ></ijh-focus-area-card>`,
          )
          shown.push(el.getBoundingClientRect().height)
        }
        const ratio = skeleton / Math.min(...shown)
        // The page below moves down by less than a sixth of the card when it loads, never up.
        if (ratio < 0.85 || ratio > 1) rows.push(`${width} px: ${skeleton} for ${shown.join(', ')}`)
      }
    } finally {
      await setViewport({width: 800, height: 600})
    }
    expect(rows).to.deep.equal([])
  })

  it('shows a short message with a retry button when loading fails, and recovers on retry', async () => {
    const source = new TestSource()
    source.failWith = OFFLINE
    const el = await card(
      html`<ijh-focus-area-card
        focus-area=${SLUG}
        style="--ijh-focus-area-card-accent: rgb(120, 0, 60)"
      ></ijh-focus-area-card>`,
      source,
    )
    const button = shadow(el).querySelector('[part~="retry-button"]') as HTMLElement
    expect(getComputedStyle(button).backgroundColor, 'in the card’s accent').to.equal(
      'rgb(120, 0, 60)',
    )
    const error = shadow(el).querySelector('[part~="error"]')
    expect(error?.getAttribute('role')).to.equal('status')
    expect(error?.textContent).to.contain('Innehållet kunde inte hämtas just nu.')
    expect(error?.textContent).to.contain('Det gick inte att nå tjänsten')
    source.failWith = undefined
    shadow(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')?.click()
    await until(() => !!shadow(el).querySelector('[part~="title"]'), 'the retried content')
    expect(source.calls).to.have.length(2)
  })

  it('keeps the keyboard focus in the card through a retry: placeholder, button again, then the title', async () => {
    const source = new TestSource()
    source.failWith = OFFLINE
    const el = await card(undefined, source)
    const button = () => shadow(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')
    button()?.focus()
    source.hold = true
    await sendKeys({press: 'Enter'})
    await el.updateComplete
    expect(shadow(el).activeElement?.getAttribute('aria-busy'), 'the placeholder').to.equal('true')
    source.release()
    await until(() => !!button(), 'the message again')
    await el.updateComplete
    // Compared as booleans: chai cannot print an element in a failure message in time.
    expect(shadow(el).activeElement === button(), 'the new retry button').to.equal(true)
    source.failWith = undefined
    await sendKeys({press: 'Enter'})
    await loaded(el)
    await el.updateComplete
    const title = shadow(el).querySelector('[part~="title"]')
    expect(shadow(el).activeElement === title, 'the title').to.equal(true)
    // From the title, Tab goes on into the card.
    await sendKeys({press: 'Tab'})
    expect(shadow(el).activeElement?.getAttribute('part')).to.equal('theme-toggle')
  })

  it('back online, loads again by itself, keeping the focus of a reader on the retry button', async () => {
    const source = new TestSource()
    source.failWith = OFFLINE
    const el = await card(undefined, source)
    const button = () => shadow(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')
    await until(() => !!button(), 'the message')
    button()?.focus()
    source.failWith = undefined
    source.hold = true
    window.dispatchEvent(new Event('online'))
    await el.updateComplete
    expect(shadow(el).activeElement?.getAttribute('aria-busy'), 'the placeholder').to.equal('true')
    source.release()
    await loaded(el)
    await el.updateComplete
    const title = shadow(el).querySelector('[part~="title"]')
    expect(shadow(el).activeElement === title, 'the title').to.equal(true)
    expect(source.calls).to.have.length(2)
  })

  it('keeps the focus through a retry inside another component’s shadow root, and through updates meanwhile', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`)
    const wrap = document.createElement('div')
    outer.attachShadow({mode: 'open'}).append(wrap)
    const source = new TestSource()
    source.failWith = OFFLINE
    new ContextProvider(wrap, {context: dataSourceContext, initialValue: source})
    const el = document.createElement('ijh-focus-area-card')
    el.focusArea = SLUG
    wrap.append(el)
    await until(() => !!shadow(el).querySelector('[part~="retry-button"]'), 'the message')
    source.failWith = undefined
    source.hold = true
    const retry = shadow(el).querySelector('[part~="retry-button"]') as HTMLButtonElement
    retry.focus()
    retry.click()
    await el.updateComplete
    expect(shadow(el).activeElement?.getAttribute('aria-busy'), 'the placeholder').to.equal('true')
    // Any update while loading (strings arriving, an attribute) keeps it there.
    el.requestUpdate()
    await el.updateComplete
    source.release()
    await loaded(el)
    await el.updateComplete
    const title = shadow(el).querySelector('[part~="title"]')
    expect(shadow(el).activeElement === title, 'the title').to.equal(true)
  })

  it('keeps showing the last good content when a later load fails', async () => {
    const source = new TestSource()
    const el = await card(undefined, source)
    source.failWith = SERVER_ERROR
    el.lang = 'en'
    await until(() => !!shadow(el).querySelector('[part~="stale-notice"]'), 'the stale notice')
    expect(shadow(el).querySelector('[part~="title"]')?.textContent).to.equal(
      'Kunskap och kompetens',
    )
  })

  it('never shows the last focus area for another one: loading, then an error', async () => {
    const source = new TestSource()
    const el = await card(undefined, source)
    source.hold = true
    el.focusArea = 'kreativa-motesplatser'
    await el.updateComplete
    expect(shadow(el).querySelector('[aria-busy="true"]'), 'loading').to.exist
    expect(shadow(el).querySelector('[part~="title"]')).to.equal(null)
    source.failWith = SERVER_ERROR
    source.release()
    await until(() => !!shadow(el).querySelector('[part~="error"]'), 'the error')
    expect(shadow(el).querySelector('[part~="title"]')).to.equal(null)
    expect(shadow(el).querySelector('[part~="stale-notice"]')).to.equal(null)
    // Back to the focus area it had: its content again.
    el.focusArea = SLUG
    await until(
      () => shadow(el).querySelector('[part~="title"]')?.textContent === 'Kunskap och kompetens',
      'the first focus area',
    )
  })

  it('cancels the stale request when the attribute changes, and the latest wins', async () => {
    const source = new TestSource()
    source.hold = true
    const el = await fixtureWithSource<IjhFocusAreaCard>(
      source,
      html`<ijh-focus-area-card focus-area=${SLUG}></ijh-focus-area-card>`,
    )
    el.focusArea = 'oppenhet-och-dynamik'
    await el.updateComplete
    el.focusArea = 'kreativa-motesplatser'
    await el.updateComplete
    expect(source.calls.map((call) => (call.params as {slug: string}).slug)).to.deep.equal([
      SLUG,
      'oppenhet-och-dynamik',
      'kreativa-motesplatser',
    ])
    expect(source.calls[0].signal?.aborted).to.equal(true)
    expect(source.calls[1].signal?.aborted).to.equal(true)
    source.release()
    await loaded(el)
    expect(shadow(el).querySelector('[part~="title"]')?.textContent).to.equal(
      'Kreativa mötesplatser',
    )
  })

  it('leaves no unhandled rejection when loads fail or are cancelled', async () => {
    const unhandled: unknown[] = []
    const record = (event: PromiseRejectionEvent) => {
      unhandled.push(event.reason)
      event.preventDefault()
    }
    window.addEventListener('unhandledrejection', record)
    try {
      const failing = new TestSource(() => Promise.reject(new DataSourceError('timeout', 'slow')))
      const el = await card(undefined, failing)
      const held = new TestSource()
      held.hold = true
      const cancelled = await fixtureWithSource<IjhFocusAreaCard>(
        held,
        html`<ijh-focus-area-card focus-area=${SLUG}></ijh-focus-area-card>`,
      )
      cancelled.focusArea = 'kreativa-motesplatser'
      await cancelled.updateComplete
      cancelled.remove()
      held.release()
      el.retry()
      await until(() => failing.calls.length === 2, 'the retry')
      // The retry has failed once its message is back; a rejection nobody handled is reported in
      // a task after the one it happened in, so two tasks later it would be here.
      await loaded(el)
      expect(shadow(el).querySelector('[part~="error"]'), 'the retry failed').to.exist
      for (let i = 0; i < 2; i++) await new Promise((resolve) => setTimeout(resolve))
      expect(unhandled).to.deep.equal([])
    } finally {
      window.removeEventListener('unhandledrejection', record)
    }
  })

  it('says how long a rate limit asks the reader to wait, in whole seconds and never “1 sekunder”', async () => {
    const waits: [number, string][] = [
      [30, 'Vänta 30 sekunder innan du försöker igen.'],
      [2.2, 'Vänta 3 sekunder innan du försöker igen.'],
      [1, 'Vänta 2 sekunder innan du försöker igen.'],
      [0.4, 'Vänta 2 sekunder innan du försöker igen.'],
    ]
    for (const [retryAfter, says] of waits) {
      const busy = new TestSource(() =>
        Promise.reject(new DataSourceError('http', 'busy', {status: 429, retryAfter})),
      )
      const el = await card(undefined, busy)
      const texts = [...shadow(el).querySelectorAll('[part~="error"] p')].map((p) => p.textContent)
      expect(texts, `Retry-After: ${retryAfter}`).to.deep.equal([
        'Innehållet kunde inte hämtas just nu.',
        'Servern svarade med ett fel.',
        says,
      ])
    }
  })

  it('shares one request between three cards on the page', async () => {
    const source = new TestSource()
    const wrapper = await fixtureWithSource<HTMLElement>(
      source,
      html`<div>
        <ijh-focus-area-card focus-area=${SLUG}></ijh-focus-area-card>
        <ijh-focus-area-card focus-area=${SLUG} variant="compact"></ijh-focus-area-card>
        <ijh-focus-area-card focus-area=${SLUG}></ijh-focus-area-card>
      </div>`,
    )
    const cards = [...wrapper.querySelectorAll('ijh-focus-area-card')]
    for (const el of cards) await loaded(el)
    expect(source.calls).to.have.length(1)
  })

  it('reads from the project an <ijh-config> anywhere on the page names, in one request for three cards', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <main>
          <ijh-focus-area-card focus-area=${SLUG}></ijh-focus-area-card>
          <ijh-focus-area-card focus-area=${SLUG}></ijh-focus-area-card>
          <ijh-focus-area-card focus-area=${SLUG}></ijh-focus-area-card>
        </main>
        <footer>
          <ijh-config
            project-id="ijh00000"
            dataset="production"
            api-host=${window.location.origin}
          ></ijh-config>
        </footer>
      </div>`,
    )
    const cards = [...page.querySelectorAll('ijh-focus-area-card')]
    for (const el of cards) await loaded(el)
    expect(shadow(cards[0]).querySelector('[part~="title"]')?.textContent).to.equal(
      'Kunskap och kompetens',
    )
    expect(queryRequests(SLUG, 'production'), 'requests to the project').to.have.length(1)
  })

  it('reads from the project an <ijh-config> names when a script configures it after connecting', async () => {
    const slug = 'kreativa-motesplatser'
    const page = await fixture<HTMLElement>(
      html`<div><ijh-focus-area-card focus-area=${slug}></ijh-focus-area-card></div>`,
    )
    const el = page.querySelector('ijh-focus-area-card') as IjhFocusAreaCard
    await loaded(el)
    const asked = () => queryRequests(slug, 'production').length
    expect(asked(), 'the bundled default first').to.equal(0)
    const config = document.createElement('ijh-config')
    page.append(config)
    try {
      // As a script, or the React wrapper, does: the settings come after the element connected.
      config.projectId = 'ijh00000'
      config.apiHost = window.location.origin
      await config.updateComplete
      // The page's context carries the configuration, not only the reflected attributes.
      let provided: DataSource | undefined
      page.dispatchEvent(new ContextEvent(dataSourceContext, page, (value) => (provided = value)))
      expect(provided?.config?.projectId).to.equal('ijh00000')
      await until(() => asked() === 1, 'a request to the project')
      await loaded(el)
      expect(shadow(el).querySelector('[part~="title"]')?.textContent).to.equal(
        'Kreativa mötesplatser',
      )
    } finally {
      config.remove()
    }
  })

  it('lets its own attributes override the page configuration, and explains a wrong one', async () => {
    const text = (el: Element) =>
      shadow(el).querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim()
    const el = await card(
      html`<ijh-focus-area-card focus-area=${SLUG} project-id="Not valid!"></ijh-focus-area-card>`,
    )
    // Named in the page's language, with nothing in another, and no retry that cannot help.
    expect(text(el)).to.equal(
      'Elementet är felaktigt inställt. Attributet project-id har ett värde som inte går att använda: ”Not valid!”.',
    )
    expect(shadow(el).querySelector('[part~="retry-button"]')).to.equal(null)
    const blank = await card(
      html`<ijh-focus-area-card
        focus-area=${SLUG}
        project-id="  "
        dataset="staging"
      ></ijh-focus-area-card>`,
    )
    expect(text(blank), 'a blank project-id').to.equal(
      'Elementet är felaktigt inställt. Attributet project-id saknas.',
    )
    // Blank settings alone (a CMS template's empty fields) say nothing: the page's source is used.
    const empty = await card(
      html`<ijh-focus-area-card
        focus-area=${SLUG}
        project-id=""
        dataset=" "
        api-host=""
      ></ijh-focus-area-card>`,
    )
    expect(shadow(empty).querySelector('[part~="title"]')?.textContent).to.equal(
      'Kunskap och kompetens',
    )
    const english = await card(
      html`<ijh-focus-area-card
        lang="en"
        focus-area=${SLUG}
        dataset="staging"
      ></ijh-focus-area-card>`,
    )
    await until(() => !!text(english)?.startsWith('The element'), 'the English message')
    expect(text(english)).to.equal(
      'The element is not set up correctly. The attribute project-id is missing.',
    )
    const host = await card(
      html`<ijh-focus-area-card
        focus-area=${SLUG}
        project-id="abc123xy"
        api-host="ftp://example.com"
      ></ijh-focus-area-card>`,
    )
    expect(text(host)).to.contain('Attributet api-host har ett värde som inte går att använda')
  })

  it('reads focus-area as an editor may write it: the title, with å, ä, ö, capitals and spaces', async () => {
    const el = await card(
      html`<ijh-focus-area-card focus-area=" Kreativa mötesplatser "></ijh-focus-area-card>`,
    )
    expect(shadow(el).querySelector('[part~="title"]')?.textContent).to.equal(
      'Kreativa mötesplatser',
    )
    expect(shadow(el).querySelector('[part~="error"]')?.textContent).to.equal(undefined)
  })

  it('says which attribute is missing, and when a focus area does not exist', async () => {
    const missing = await card(html`<ijh-focus-area-card></ijh-focus-area-card>`)
    expect(shadow(missing).textContent).to.contain('focus-area="kunskap-och-kompetens"')
    const unknown = await card(
      html`<ijh-focus-area-card focus-area="finns-inte"></ijh-focus-area-card>`,
    )
    expect(shadow(unknown).textContent).to.contain('”finns-inte”')
    expect(shadow(unknown).textContent, 'with an example').to.contain(
      'focus-area="kunskap-och-kompetens"',
    )
  })

  it('shows a focus area that has lost its title, titled by its slug, not as missing', async () => {
    const source = new TestSource(async (_name, params) => {
      const area = await bundledSource.fetch('focusArea', params as {lang: 'sv'; slug: string})
      return {...area, title: null}
    })
    const el = await card(
      html`<ijh-focus-area-card focus-area="kunskap-och-kompetens"></ijh-focus-area-card>`,
      source,
    )
    expect(shadow(el).querySelector('[part~="error"]')?.textContent ?? 'none').to.equal('none')
    expect(shadow(el).querySelector('[part~="title"]')?.textContent?.trim()).to.equal(
      'kunskap-och-kompetens',
    )
    expect(shadow(el).querySelectorAll('[part~="theme"]').length).to.be.greaterThan(0)
  })

  it('renders a hostile slug and hostile content as text', async () => {
    const hostile = '<img src=x onerror="window.__xss=1">'
    const source = new TestSource(() => ({
      _id: 'x',
      slug: 'x',
      title: hostile,
      summary: hostile,
      themes: [{_key: '"><b>', heading: hostile, bullets: [{_key: 'a', text: hostile}]}],
      actions: [{_id: 'a', slug: 'a', title: hostile}],
      guidingGoals: null,
      values: null,
    }))
    const el = await card(
      html`<ijh-focus-area-card focus-area=${hostile}></ijh-focus-area-card>`,
      source,
    )
    expect(shadow(el).querySelector('img')).to.equal(null)
    expect(shadow(el).querySelector('[part~="title"]')?.textContent).to.equal(hostile)
    expect((window as {__xss?: number}).__xss).to.equal(undefined)
  })
})

describe('ijh-focus-area-card following a strategy wheel (for)', () => {
  /** A wheel and a card that follows it, on one page with one source. */
  async function page(card = html`<ijh-focus-area-card for="wheel"></ijh-focus-area-card>`) {
    const source = new TestSource()
    const root = await fixtureWithSource<HTMLElement>(
      source,
      html`<div>
        <ijh-strategy-wheel id="wheel"></ijh-strategy-wheel>
        ${card}
      </div>`,
    )
    const wheel = root.querySelector('ijh-strategy-wheel') as IjhStrategyWheel
    const el = root.querySelector('ijh-focus-area-card') as IjhFocusAreaCard
    await until(() => !!shadow(wheel).querySelector('svg [part~="area"]'), 'the wheel')
    await el.updateComplete
    return {wheel, el, source}
  }

  function area(wheel: IjhStrategyWheel, index: number): SVGElement {
    return shadow(wheel).querySelectorAll<SVGElement>('svg [part~="area"]')[index]
  }

  function title(el: IjhFocusAreaCard): string | null | undefined {
    return shadow(el).querySelector('[part~="title"]')?.textContent
  }

  afterEach(() => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`)
  })

  it('is accessible', async () => {
    const {el} = await page()
    await expect(el).to.be.accessible()
  })

  it('asks the reader to choose in the wheel, then shows the focus area chosen there', async () => {
    const {wheel, el} = await page()
    expect(shadow(el).textContent).to.contain(
      'Här visas mer om det insatsområde du väljer i strategihjulet',
    )
    area(wheel, 3).dispatchEvent(new MouseEvent('click', {bubbles: true}))
    await until(() => title(el) === 'Kreativa mötesplatser', 'the selected focus area')
    area(wheel, 1).dispatchEvent(new MouseEvent('click', {bubbles: true}))
    await until(() => title(el) === 'Öppenhet och dynamik', 'the next selection')
  })

  it('tells screen readers which focus area it shows after the reader chose one in the wheel, and only then', async () => {
    history.replaceState(null, '', '#ijh-focus-area-positiv-samhallsutveckling')
    const {wheel, el} = await page()
    await loaded(el)
    const status = () => shadow(el).querySelector('[part~="announcement"]')
    const region = status()
    expect(region?.getAttribute('role')).to.equal('status')
    expect(region?.textContent?.trim(), 'not on load, from a shared link').to.equal('')
    // A click, then the keyboard: the region is the same element, there before it speaks.
    area(wheel, 3).dispatchEvent(new MouseEvent('click', {bubbles: true}))
    await until(() => title(el) === 'Kreativa mötesplatser', 'the chosen focus area')
    await el.updateComplete
    expect(status()).to.equal(region)
    expect(region?.textContent?.trim()).to.equal(
      'Kortet visar nu insatsområdet Kreativa mötesplatser.',
    )
    area(wheel, 1).focus()
    await sendKeys({press: 'Enter'})
    await until(() => title(el) === 'Öppenhet och dynamik', 'the next choice')
    await el.updateComplete
    expect(region?.textContent?.trim()).to.equal(
      'Kortet visar nu insatsområdet Öppenhet och dynamik.',
    )
    // A script's change, or the address's, is not the reader's doing: nothing is said.
    wheel.selected = 'handlingskraftigt-innovationsstod'
    await until(() => title(el) === 'Handlingskraftigt innovationsstöd', 'the scripted selection')
    expect(region?.textContent?.trim()).to.equal('')
    location.hash = '#ijh-focus-area-kunskap-och-kompetens'
    await until(() => title(el) === 'Kunskap och kompetens', 'the new address')
    expect(region?.textContent?.trim()).to.equal('')
    await expect(el).to.be.accessible()
    // A card that follows no wheel has no such region.
    const own = await card()
    expect(shadow(own).querySelector('[part~="announcement"]')).to.equal(null)
  })

  describe('several cards following one wheel', () => {
    const CHECK_VISIBILITY = Object.getOwnPropertyDescriptor(Element.prototype, 'checkVisibility')!
    const ORIGINAL_CHECK = Element.prototype.checkVisibility
    const SAID = 'Kortet visar nu insatsområdet Kreativa mötesplatser.'
    const said = (card: Element) =>
      shadow(card).querySelector('[part~="announcement"]')?.textContent?.trim()

    /** The page's cards, once each shows the focus area the reader chose (the fourth). */
    async function choose(wheel: IjhStrategyWheel, cards: IjhFocusAreaCard[]): Promise<void> {
      area(wheel, 3).dispatchEvent(new MouseEvent('click', {bubbles: true}))
      await until(
        () => cards.every((card) => title(card) === 'Kreativa mötesplatser'),
        'the choice',
      )
      await Promise.all(cards.map((card) => card.updateComplete))
    }

    it('say the reader’s choice once, in a card that is shown', async () => {
      const {wheel, el} = await page(
        html`<ijh-focus-area-card for="wheel" hidden></ijh-focus-area-card>
          <ijh-focus-area-card for="wheel" variant="compact"></ijh-focus-area-card>
          <ijh-focus-area-card for="wheel"></ijh-focus-area-card>`,
      )
      const cards = [...(el.parentElement?.querySelectorAll('ijh-focus-area-card') ?? [])]
      await choose(wheel, cards as IjhFocusAreaCard[])
      // The first is hidden (a layout for another screen size, say): what it says, no one hears.
      expect(cards.slice(1).map(said)).to.deep.equal([SAID, ''])
      // The next choice too, and again once.
      area(wheel, 1).dispatchEvent(new MouseEvent('click', {bubbles: true}))
      await until(() => cards.slice(1).some((card) => said(card) !== SAID && !!said(card)), 'next')
      await Promise.all(cards.map((card) => (card as IjhFocusAreaCard).updateComplete))
      expect(cards.slice(1).map(said)).to.deep.equal([
        'Kortet visar nu insatsområdet Öppenhet och dynamik.',
        '',
      ])
    })

    for (const [name, kept] of [
      ['inert', html`<div inert><ijh-focus-area-card for="wheel"></ijh-focus-area-card></div>`],
      [
        'aria-hidden',
        html`<div aria-hidden="true"><ijh-focus-area-card for="wheel"></ijh-focus-area-card></div>`,
      ],
    ] as const) {
      it(`leave the choice to a card screen readers hear, not one in an ${name} part`, async () => {
        // The kept-away card comes first, so it is the first to say the choice.
        const {wheel} = await page(
          html`${kept}<ijh-focus-area-card for="wheel"></ijh-focus-area-card>`,
        )
        const cards = [...(wheel.parentElement?.querySelectorAll('ijh-focus-area-card') ?? [])]
        expect(cards).to.have.length(2)
        await choose(wheel, cards as IjhFocusAreaCard[])
        expect(said(cards[1]), 'the card screen readers hear').to.equal(SAID)
      })
    }

    // The first card is in a part of the page that is `visibility: hidden`: in browsers whose
    // `checkVisibility` lacks the `visibilityProperty` option (Chrome before 121, Firefox before
    // 122) or which lack `checkVisibility` (Safari before 17.4), the visible cards say it once.
    for (const [browser, checkVisibility] of [
      [
        'Chrome 120 and Firefox 121',
        function (this: Element, options?: CheckVisibilityOptions) {
          return ORIGINAL_CHECK.call(this, {checkVisibilityCSS: options?.checkVisibilityCSS})
        },
      ],
      ['Safari 17.2', undefined],
    ] as const) {
      it(`say it once in a card that is shown, in ${browser}`, async () => {
        Object.defineProperty(Element.prototype, 'checkVisibility', {
          value: checkVisibility,
          configurable: true,
          writable: true,
        })
        try {
          const {wheel} = await page(
            html`<div style="visibility: hidden">
                <ijh-focus-area-card for="wheel"></ijh-focus-area-card>
              </div>
              <ijh-focus-area-card for="wheel"></ijh-focus-area-card>
              <ijh-focus-area-card for="wheel" variant="compact"></ijh-focus-area-card>`,
          )
          const cards = [...(wheel.parentElement?.querySelectorAll('ijh-focus-area-card') ?? [])]
          expect(cards).to.have.length(3)
          await choose(wheel, cards as IjhFocusAreaCard[])
          expect(cards.slice(1).map(said)).to.deep.equal([SAID, ''])
        } finally {
          Object.defineProperty(Element.prototype, 'checkVisibility', CHECK_VISIBILITY)
        }
      })
    }

    it('a lone card the page shows in answer to the choice says it', async () => {
      const {wheel, el} = await page(
        html`<ijh-focus-area-card for="wheel" hidden></ijh-focus-area-card>`,
      )
      wheel.addEventListener('ijh-focus-area-select', () => el.removeAttribute('hidden'), {
        once: true,
      })
      await choose(wheel, [el])
      expect(said(el)).to.equal(SAID)
    })

    it('a lone card with display: contents says it', async () => {
      const {wheel, el} = await page(
        html`<ijh-focus-area-card for="wheel" style="display: contents"></ijh-focus-area-card>`,
      )
      await choose(wheel, [el])
      expect(said(el)).to.equal(SAID)
    })
  })

  it('says nothing for a choice in another wheel, and in English for lang="en"', async () => {
    const {wheel, el} = await page(
      html`<ijh-focus-area-card for="wheel" lang="en"></ijh-focus-area-card>`,
    )
    const other = document.createElement('ijh-strategy-wheel')
    other.id = 'other-wheel'
    el.parentElement?.append(other)
    try {
      await until(() => !!shadow(other).querySelector('svg [part~="area"]'), 'the other wheel')
      // The reader chooses in the other wheel; a script then selects the same in the followed one.
      area(other, 2).dispatchEvent(new MouseEvent('click', {bubbles: true}))
      await other.updateComplete
      wheel.selected = other.selected
      await until(() => !!title(el), 'the scripted selection')
      await el.updateComplete
      const region = shadow(el).querySelector('[part~="announcement"]')
      expect(region?.textContent?.trim()).to.equal('')
      area(wheel, 0).dispatchEvent(new MouseEvent('click', {bubbles: true}))
      await until(() => !!region?.textContent?.trim(), 'the announcement')
      expect(region?.textContent?.trim()).to.match(/^The card now shows the focus area .+\.$/)
    } finally {
      other.remove()
    }
  })

  it('says the reader’s choice once: not again when the page’s language changes', async () => {
    const {wheel, el} = await page()
    const region = shadow(el).querySelector('[part~="announcement"]')
    area(wheel, 3).dispatchEvent(new MouseEvent('click', {bubbles: true}))
    await until(() => !!region?.textContent?.trim(), 'the announcement')
    el.lang = 'en'
    await until(() => title(el) === 'Creative meeting places', 'the card in English')
    await el.updateComplete
    expect(region?.textContent?.trim()).to.equal('')
    // Nor when the language comes back.
    el.lang = 'sv'
    await until(() => title(el) === 'Kreativa mötesplatser', 'the card in Swedish again')
    await el.updateComplete
    expect(region?.textContent?.trim()).to.equal('')
    // The next choice is said in the page's language.
    el.lang = 'en'
    await until(() => title(el) === 'Creative meeting places', 'the card in English again')
    area(wheel, 1).dispatchEvent(new MouseEvent('click', {bubbles: true}))
    await until(() => !!region?.textContent?.trim(), 'the next announcement')
    expect(region?.textContent?.trim()).to.equal(
      'The card now shows the focus area Openness and dynamism.',
    )
  })

  it('says the reader’s choice with the wheel and the card in another component’s shadow root', async () => {
    const host = await fixtureWithSource<HTMLElement>(new TestSource(), html`<div></div>`)
    const root = host.attachShadow({mode: 'open'})
    root.innerHTML =
      '<ijh-strategy-wheel id="inner-wheel"></ijh-strategy-wheel>' +
      '<ijh-focus-area-card for="inner-wheel"></ijh-focus-area-card>'
    const wheel = root.querySelector('ijh-strategy-wheel') as IjhStrategyWheel
    const el = root.querySelector('ijh-focus-area-card') as IjhFocusAreaCard
    await until(() => !!shadow(wheel).querySelector('svg [part~="area"]'), 'the wheel')
    area(wheel, 2).dispatchEvent(new MouseEvent('click', {bubbles: true}))
    await until(() => title(el) === 'Kunskap och kompetens', 'the chosen focus area')
    await el.updateComplete
    expect(shadow(el).querySelector('[part~="announcement"]')?.textContent?.trim()).to.equal(
      'Kortet visar nu insatsområdet Kunskap och kompetens.',
    )
  })

  it('shows its own focus-area until something is selected, and follows selected set by script', async () => {
    const {wheel, el} = await page(
      html`<ijh-focus-area-card for="wheel" focus-area=${SLUG}></ijh-focus-area-card>`,
    )
    await loaded(el)
    expect(title(el)).to.equal('Kunskap och kompetens')
    wheel.selected = 'handlingskraftigt-innovationsstod'
    await until(() => title(el) === 'Handlingskraftigt innovationsstöd', 'the scripted selection')
    wheel.selected = undefined
    await until(() => title(el) === 'Kunskap och kompetens', 'back to its own')
  })

  it('shows the focus area of a shared link (#ijh-focus-area-…) at once', async () => {
    history.replaceState(null, '', '#ijh-focus-area-positiv-samhallsutveckling')
    const {el, source} = await page()
    await loaded(el)
    expect(title(el)).to.equal('Positiv samhällsutveckling')
    const slugs = source.calls
      .filter((call) => call.name === 'focusArea')
      .map((call) => (call.params as {slug: string}).slug)
    expect(slugs).to.deep.equal(['positiv-samhallsutveckling'])
  })

  it('follows a wheel that comes later, and says when for names no wheel', async () => {
    const missing = await card(
      html`<ijh-focus-area-card for="no-such-wheel"></ijh-focus-area-card>`,
    )
    const message = shadow(missing).querySelector('[part~="error"]')?.textContent ?? ''
    expect(message).to.contain('for')
    expect(message).to.contain('”no-such-wheel”')
    const fallback = await card(
      html`<ijh-focus-area-card for="no-such-wheel" focus-area=${SLUG}></ijh-focus-area-card>`,
    )
    expect(title(fallback), 'its own focus area meanwhile').to.equal('Kunskap och kompetens')
    expect(
      shadow(fallback).querySelector('[part~="error"]')?.textContent ?? '',
      'and a misspelt for is still said',
    ).to.contain('”no-such-wheel”')
    const late = document.createElement('ijh-strategy-wheel')
    late.id = 'no-such-wheel'
    late.selected = 'kreativa-motesplatser'
    missing.parentElement?.append(late)
    try {
      await until(() => title(missing) === 'Kreativa mötesplatser', 'the late wheel')
    } finally {
      late.remove()
    }
    await until(() => !!shadow(missing).querySelector('[part~="error"]'), 'the wheel gone')
  })

  it('while the page is still being parsed, waits for a wheel that may come after it', async () => {
    // The parser has not reached the wheel yet (a card above its wheel, streamed HTML).
    Object.defineProperty(document, 'readyState', {configurable: true, get: () => 'loading'})
    let el: IjhFocusAreaCard
    try {
      el = await card(html`<ijh-focus-area-card for="parsed-later"></ijh-focus-area-card>`)
      expect(shadow(el).querySelector('[part~="error"]')?.localName, 'no message yet').to.equal(
        undefined,
      )
      expect(shadow(el).textContent).to.contain(
        'Här visas mer om det insatsområde du väljer i strategihjulet',
      )
    } finally {
      delete (document as {readyState?: unknown}).readyState
    }
    // The page is parsed, with no such wheel in it: now it is said.
    document.dispatchEvent(new Event('DOMContentLoaded'))
    await until(() => !!shadow(el).querySelector('[part~="error"]'), 'the message')
    expect(shadow(el).querySelector('[part~="error"]')?.textContent).to.contain('”parsed-later”')
  })

  it('says for names no wheel when it names another element, defined or not', async () => {
    const other = document.createElement('x-not-a-wheel')
    other.id = 'not-a-wheel'
    document.body.append(other)
    try {
      const el = await card(html`<ijh-focus-area-card for="not-a-wheel"></ijh-focus-area-card>`)
      expect(shadow(el).querySelector('[part~="error"]')?.textContent ?? '').to.contain(
        '”not-a-wheel”',
      )
    } finally {
      other.remove()
    }
  })

  it('follows a wheel that gets the id it names later', async () => {
    const {wheel, el} = await page(
      html`<ijh-focus-area-card for="named-later" focus-area=${SLUG}></ijh-focus-area-card>`,
    )
    wheel.selected = 'kreativa-motesplatser'
    await wheel.updateComplete
    expect(title(el), 'no wheel has that id yet').to.equal('Kunskap och kompetens')
    wheel.id = 'named-later'
    await until(() => title(el) === 'Kreativa mötesplatser', 'the renamed wheel’s selection')
  })

  it('follows a wheel from another copy of the elements (a page that loads both a bundle and the CDN)', async () => {
    const el = await card(html`<ijh-focus-area-card for="other-copy-wheel"></ijh-focus-area-card>`)
    // The channel module under another URL is a second copy, as another bundle would have.
    const copy = (await import(
      // @ts-expect-error: the query string makes a second module instance
      '../components/shared/focus-area-link.ts?copy=2'
    )) as typeof import('../components/shared/focus-area-link')
    const wheel = Object.assign(document.createElement('div'), {
      id: 'other-copy-wheel',
      selectedFocusArea: undefined as string | undefined,
    })
    el.parentElement?.append(wheel)
    try {
      wheel.selectedFocusArea = 'kreativa-motesplatser'
      copy.announceSelection()
      await until(() => title(el) === 'Kreativa mötesplatser', 'the other copy’s selection')
    } finally {
      wheel.remove()
    }
  })
})
