import {expect, html} from '@open-wc/testing'
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands'
import sinon from 'sinon'
import '../components/support-finder/support-finder'
import {
  ANNOUNCE_DELAY,
  PAGE_SIZE,
  IjhSupportFinderChangeEvent,
  type IjhSupportFinder,
} from '../components/support-finder/support-finder'
import {bundledSource} from '../components/data/bundled-source'
import './helpers/bundled-content'
import {DataSourceError} from '../components/data/source'
import {
  SERVER_ERROR,
  TestSource,
  fixtureWithSource,
  loaded as loadedElement,
  until,
} from './helpers/test-source'
import {expectSame} from './helpers/expect-same'

function shadow(el: Element): ShadowRoot {
  const root = el.shadowRoot
  if (!root) throw new Error('no shadow root')
  return root
}

function $(el: Element, selector: string): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>(selector)
}

function $$(el: Element, selector: string): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>(selector)]
}

const loaded = (el: IjhSupportFinder) => loadedElement(el, 'the finder to load')

async function finder(
  template = html`<ijh-support-finder></ijh-support-finder>`,
  source = new TestSource(),
) {
  const el = await fixtureWithSource<IjhSupportFinder>(source, template)
  await loaded(el)
  return el
}

const titles = (el: Element) => $$(el, '[part~="card-title"]').map((h) => h.textContent?.trim())
const resultCount = (el: Element) => $$(el, '[part~="card"]').length
const option = (el: Element, facet: string, slug: string) =>
  $(el, `#option-${facet}-${slug}`) as HTMLInputElement | null
/** The live region's text as it is: a no-break space added makes the same words new. */
const announced = (el: Element) => $(el, '[aria-live="polite"]')?.textContent ?? ''
const liveText = (el: Element) => announced(el).trim()

/** A spy on the finder's change events. */
function changeSpy(el: Element): sinon.SinonSpy {
  const spy = sinon.spy()
  el.addEventListener('ijh-support-finder-change', spy)
  return spy
}

/** Types `text` into the finder's search field at once, as one input event. */
function typeSearch(el: Element, text: string): void {
  const input = $(el, 'input[type="search"]') as HTMLInputElement
  input.value = text
  input.dispatchEvent(new Event('input'))
}

/** The guided question shown, without the progress its heading starts with. */
function guidedQuestion(el: Element): string | undefined {
  const heading = $(el, '#guided-question')
  const progress = heading?.querySelector('.progress')?.textContent ?? ''
  return heading?.textContent?.replace(progress, '').trim()
}

async function sfData() {
  const data = await bundledSource.fetch('supportFinder', {lang: 'sv'})
  if (!data) throw new Error('no bundled data')
  return data
}

describe('ijh-support-finder', () => {
  let saved: string
  beforeEach(() => {
    saved = window.location.href
    const clean = new URL(saved)
    for (const name of [...clean.searchParams.keys()]) {
      if (name.startsWith('ijh-sf-')) clean.searchParams.delete(name)
    }
    window.history.replaceState(null, '', clean.href)
  })
  afterEach(() => {
    window.history.replaceState(null, '', saved)
    sinon.restore()
  })

  it('is accessible', async () => {
    const el = await finder()
    await expect(el).to.be.accessible()
  })

  it('is accessible with no results, expanded, guided, loading and in error', async () => {
    window.history.replaceState(null, '', '?ijh-sf-q=xyzzy')
    const empty = await finder()
    expect($(empty, '[part~="suggestions"]')).to.exist
    await expect(empty).to.be.accessible()
    window.history.replaceState(null, '', '?')
    const el = await finder()
    $(el, '[part~="card-toggle"]')?.click()
    await el.updateComplete
    await expect(el).to.be.accessible()
    await expect(
      await finder(html`<ijh-support-finder mode="guided"></ijh-support-finder>`),
    ).to.be.accessible()
    const held = new TestSource()
    held.hold = true
    const loading = await fixtureWithSource<IjhSupportFinder>(
      held,
      html`<ijh-support-finder></ijh-support-finder>`,
    )
    expect($(loading, '[aria-busy="true"]')).to.exist
    await expect(loading).to.be.accessible()
    const failing = await finder(
      undefined,
      new TestSource(() => Promise.reject(new DataSourceError('offline', 'down'))),
    )
    expect($(failing, '[part~="error"]')?.textContent).to.contain('Det gick inte att nå tjänsten')
    await expect(failing).to.be.accessible()
  })

  it('lists every offer, open ones first and then by title, on cards with the offer’s facts', async () => {
    // The statuses follow the dates (statusOn): judge them on a day the default dataset was written for.
    sinon.useFakeTimers({now: new Date('2026-11-27T12:00:00'), toFake: ['Date']})
    const el = await finder()
    const data = await sfData()
    expect(resultCount(el)).to.equal(data.offers.length)
    expect($(el, '[part~="result-count"]')?.textContent).to.contain('29 stöd')
    const statuses = $$(el, '[part~="card"]').map(
      (card) => card.querySelector('[part~="status"]')?.getAttribute('data-status') ?? 'none',
    )
    const order = {open: 0, upcoming: 1, closed: 2, none: 3} as Record<string, number>
    expect(statuses.map((s) => order[s])).to.deep.equal(
      [...statuses.map((s) => order[s])].sort((a, b) => a - b),
    )
    const open = titles(el).slice(0, statuses.filter((s) => s === 'open').length)
    expect(open).to.deep.equal([...open].sort(new Intl.Collator('sv').compare))

    const card = $$(el, '[part~="card"]').find(
      (c) => c.getAttribute('data-slug') === 'idestod-for-social-innovation',
    ) as HTMLElement
    expect(card.querySelector('[part~="status"]')?.textContent?.trim()).to.equal(
      'Öppen till och med 31 mars 2027',
    )
    const text = card.textContent ?? ''
    for (const label of ['Erbjuds av', 'Vem kan söka', 'Vad ingår', 'Belopp', 'Kontakt']) {
      expect(text).to.contain(label)
    }
    const contact = [...card.querySelectorAll('a')].map((a) => a.getAttribute('href'))
    expect(contact.every((href) => /^(https:|mailto:|tel:)/.test(href ?? ''))).to.equal(true)
  })

  it('groups facets in fieldsets with legends, counts each option with the other filters applied, and marks zero options', async () => {
    window.history.replaceState(null, '', '?ijh-sf-municipality=ragunda')
    const el = await finder()
    const legends = $$(el, 'fieldset[part~="facet"] > legend').map((l) => l.textContent?.trim())
    expect(legends).to.deep.equal([
      'Vad behöver du?',
      'Hur långt har du kommit?',
      'Vem är du?',
      'Bransch',
      'Kommun',
      'Vem erbjuder stödet?',
    ])
    const data = await sfData()
    const inRagunda = data.offers.filter((o) => o.municipalities?.includes('ragunda'))
    expect(resultCount(el)).to.equal(inRagunda.length)
    // need options count within Ragunda
    const funding = inRagunda.filter((o) => o.needs?.includes('finansiering')).length
    expect(option(el, 'need', 'finansiering')?.labels?.[0].textContent).to.contain(`(${funding})`)
    // municipality options ignore the municipality filter itself
    const krokom = data.offers.filter((o) => o.municipalities?.includes('krokom')).length
    expect(option(el, 'municipality', 'krokom')?.labels?.[0].textContent).to.contain(`(${krokom})`)
    // an option with no results stays, marked
    const zero = $$(el, 'fieldset[part~="facet"] li.zero')
    expect(zero.length).to.be.greaterThan(0)
    expect(zero[0].querySelector('input')).to.exist
    expect(zero[0].textContent).to.contain('(0)')
    expect(zero[0].textContent).to.contain('inga träffar')
  })

  it('counts in the singular for one, with no stray space in an option’s name', async () => {
    const el = await finder()
    const one = $$(el, 'fieldset[part~="facet"] label').find((label) =>
      label.textContent?.includes('(1)'),
    )
    expect(one, 'an option with one result').to.exist
    const spoken = (one?.textContent ?? '')
      .replace(one?.querySelector('.count')?.textContent ?? '', '')
      .replace(/\s+/g, ' ')
    expect(spoken).to.match(/^\S.*\S, 1 träff$/)
    expect(spoken).to.not.contain(' ,')
    option(el, 'need', 'finansiering')?.click()
    await el.updateComplete
    expect($(el, '[part~="filters-toggle"]')?.textContent?.trim()).to.equal('Visa filter (1 valt)')
    option(el, 'need', 'radgivning')?.click()
    await el.updateComplete
    expect($(el, '[part~="filters-toggle"]')?.textContent?.trim()).to.equal('Visa filter (2 valda)')
  })

  it('filters when an option is checked, writes the URL, and fires ijh-support-finder-change with the filters and count', async () => {
    const el = await finder()
    const events: IjhSupportFinderChangeEvent[] = []
    const record = (e: IjhSupportFinderChangeEvent) => events.push(e)
    document.addEventListener('ijh-support-finder-change', record)
    try {
      const box = option(el, 'need', 'finansiering') as HTMLInputElement
      box.click()
      await el.updateComplete
      const data = await sfData()
      const funding = data.offers.filter((o) => o.needs?.includes('finansiering')).length
      expect(resultCount(el)).to.equal(funding)
      expect(window.location.search).to.contain('ijh-sf-need=finansiering')
      expect(events).to.have.length(1)
      expect(events[0]).to.be.instanceOf(IjhSupportFinderChangeEvent)
      expect(events[0].bubbles && events[0].composed).to.equal(true)
      expect(events[0].detail.filters.need).to.deep.equal(['finansiering'])
      expect(events[0].detail.count).to.equal(funding)
      option(el, 'need', 'radgivning')?.click()
      await el.updateComplete
      expect(window.location.search).to.contain('ijh-sf-need=finansiering,radgivning')
      expect(events[1].detail.filters.need).to.deep.equal(['finansiering', 'radgivning'])
    } finally {
      document.removeEventListener('ijh-support-finder-change', record)
    }
  })

  it('does not fire ijh-support-finder-change on the first render or a programmatic change', async () => {
    const spy = sinon.spy()
    document.addEventListener('ijh-support-finder-change', spy)
    try {
      window.history.replaceState(null, '', '?ijh-sf-need=finansiering')
      const el = await finder()
      el.setSearch({stage: ['ide']}, 'stöd')
      el.municipality = 'krokom'
      await el.updateComplete
      expect(el.filters.stage).to.deep.equal(['ide'])
      expect(el.filters.municipality).to.deep.equal(['krokom'])
      expect(spy.callCount).to.equal(0)
      // A user change does fire (the spy can see events).
      option(el, 'stage', 'nystartat')?.click()
      expect(spy.callCount).to.equal(1)
    } finally {
      document.removeEventListener('ijh-support-finder-change', spy)
    }
  })

  it('takes a heading of its own (label), which names its search too, so that two finders are told apart', async () => {
    const held = new TestSource()
    held.hold = true
    const loading = await fixtureWithSource<IjhSupportFinder>(
      held,
      html`<ijh-support-finder label="Almis stöd för ditt företag"></ijh-support-finder>`,
    )
    expect($(loading, '[part~="title"]')?.textContent?.trim(), 'while loading').to.equal(
      'Almis stöd för ditt företag',
    )
    const page = await fixtureWithSource<HTMLElement>(
      new TestSource(),
      html`<div>
        <ijh-support-finder
          url-key="almi"
          label="  Almis stöd för ditt företag "
        ></ijh-support-finder>
        <ijh-support-finder url-key="miun" label="Stöd från Mittuniversitetet"></ijh-support-finder>
        <ijh-support-finder url-key="region" label="  "></ijh-support-finder>
      </div>`,
    )
    const finders = [...page.querySelectorAll('ijh-support-finder')]
    for (const el of finders) await loaded(el)
    /** The search landmark's name, from the elements that label it. */
    const searchName = (el: Element) =>
      ($(el, '[role="search"]')?.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .filter(Boolean)
        .map((id) => shadow(el).getElementById(id)?.textContent?.trim())
        .join(' ')
    expect(finders.map((el) => $(el, '[part~="title"]')?.textContent?.trim())).to.deep.equal([
      'Almis stöd för ditt företag',
      'Stöd från Mittuniversitetet',
      'Hitta stöd för din idé eller verksamhet',
    ])
    expect(finders.map(searchName)).to.deep.equal([
      'Sök bland stöden Almis stöd för ditt företag',
      'Sök bland stöden Stöd från Mittuniversitetet',
      'Sök bland stöden',
    ])
    // axe's landmark-unique: no two search landmarks with one name.
    await expect(page).to.be.accessible()
  })

  it('keeps two finders’ filters apart in the address with url-key, and warns when two share it', async () => {
    const warn = sinon.spy(console, 'warn')
    try {
      const page = await fixtureWithSource<HTMLElement>(
        new TestSource(),
        html`<div>
          <ijh-support-finder></ijh-support-finder>
          <ijh-support-finder url-key="almi"></ijh-support-finder>
        </div>`,
      )
      const [plain, almi] = [...page.querySelectorAll('ijh-support-finder')]
      await loaded(plain)
      await loaded(almi)
      option(almi, 'need', 'finansiering')?.click()
      option(plain, 'stage', 'ide')?.click()
      await plain.updateComplete
      const params = new URLSearchParams(window.location.search)
      expect(params.get('ijh-sf-almi-need')).to.equal('finansiering')
      expect(params.get('ijh-sf-stage')).to.equal('ide')
      expect(params.has('ijh-sf-need'), 'the one finder’s filter is not the other’s').to.equal(
        false,
      )
      expect(almi.filters.stage).to.deep.equal([])
      // A reload (the state read again from the address) gives each its own back.
      window.dispatchEvent(new PopStateEvent('popstate'))
      await plain.updateComplete
      expect(almi.filters.need).to.deep.equal(['finansiering'])
      expect(plain.filters.need).to.deep.equal([])
      expect(warn.callCount, 'no warning for distinct keys').to.equal(0)
      // Two finders with one key share their parameters: said once (per page, whatever the key).
      for (let i = 0; i < 3; i++) {
        const twin = document.createElement('ijh-support-finder')
        twin.setAttribute('url-key', 'twin')
        page.append(twin)
        await twin.updateComplete
      }
      const shared = warn.getCalls().filter((call) => String(call.args[0]).includes('ijh-sf-twin-'))
      expect(shared).to.have.length(1)
      // A key given after connecting, as a script or React gives it: read under it, no warning.
      history.replaceState(history.state, '', `${location.search}&ijh-sf-late-need=radgivning`)
      const late = document.createElement('ijh-support-finder') as IjhSupportFinder
      page.append(late)
      late.urlKey = 'late'
      await late.updateComplete
      expect(late.filters.need).to.deep.equal(['radgivning'])
      expect(
        warn.getCalls().filter((call) => String(call.args[0]).includes('ijh-sf-late')),
      ).to.have.length(0)
    } finally {
      warn.restore()
    }
  })

  it('does not report typing that a programmatic change replaced before its event was due', async () => {
    const el = await finder()
    const spy = changeSpy(el)
    const clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']})
    try {
      typeSearch(el, 'mentor')
      clock.tick(100)
      el.setSearch({need: ['finansiering']}, 'från skript')
      clock.tick(ANNOUNCE_DELAY)
      await el.updateComplete
      expect(spy.callCount).to.equal(0)
      // Typing after it is reported, with what was typed.
      typeSearch(el, 'mentor')
      clock.tick(ANNOUNCE_DELAY)
      await el.updateComplete
      expect(spy.callCount).to.equal(1)
      expect(spy.firstCall.args[0].detail.query).to.equal('mentor')
    } finally {
      clock.restore()
    }
  })

  it('moved in the page while a typing change waits, still reports and announces it', async () => {
    const el = await finder()
    const spy = changeSpy(el)
    const clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']})
    try {
      typeSearch(el, 'mentor')
      clock.tick(100)
      // A layout change moves it (a framework re-parents it, a CMS's tabs).
      const parent = el.parentElement as HTMLElement
      el.remove()
      clock.tick(ANNOUNCE_DELAY)
      parent.append(el)
      clock.tick(ANNOUNCE_DELAY)
      await el.updateComplete
      expect(spy.callCount).to.equal(1)
      expect(spy.firstCall.args[0].detail.query).to.equal('mentor')
      expect(liveText(el)).to.match(/\d/)
    } finally {
      clock.restore()
    }
  })

  it('keeps the reader’s guided answers and step when moved in the page', async () => {
    const el = await finder(html`<ijh-support-finder mode="guided"></ijh-support-finder>`)
    ;($(el, '#guided-need-finansiering') as HTMLInputElement).click()
    ;($(el, '.guided button[type="submit"]') as HTMLButtonElement).click()
    await el.updateComplete
    ;($(el, '#guided-municipality-krokom') as HTMLInputElement).click()
    await el.updateComplete
    const elsewhere = document.createElement('section')
    el.parentElement?.after(elsewhere)
    try {
      elsewhere.append(el)
      await el.updateComplete
      expect(el.filters.need).to.deep.equal(['finansiering'])
      expect(el.filters.municipality).to.deep.equal(['krokom'])
      expect(($(el, '#guided-municipality-krokom') as HTMLInputElement).checked).to.equal(true)
      ;($(el, '.guided button.secondary') as HTMLButtonElement).click()
      await el.updateComplete
      expect(($(el, '#guided-need-finansiering') as HTMLInputElement).checked).to.equal(true)
    } finally {
      elsewhere.remove()
    }
  })

  it('connected again after the address changed while it was away, shows the address’s state', async () => {
    const el = await finder()
    el.setSearch({need: ['finansiering']})
    await el.updateComplete
    expect(window.location.search).to.contain('ijh-sf-need=finansiering')
    const parent = el.parentElement as HTMLElement
    // A framework keeps it while another route shows; the reader goes back to no filters.
    el.remove()
    window.history.replaceState(null, '', window.location.pathname)
    parent.append(el)
    await el.updateComplete
    expect(el.filters.need).to.deep.equal([])
    expect(window.location.search, 'the old filter not written back').to.equal('')
  })

  it('searches case- and diacritic-insensitively by word prefix, relevant titles first', async () => {
    const el = await finder()
    const input = $(el, 'input[type="search"]') as HTMLInputElement
    input.focus()
    await sendKeys({type: 'ostersund'})
    await el.updateComplete
    const data = await sfData()
    const inOstersund = data.offers.filter((o) => o.municipalities?.includes('ostersund')).length
    expect(resultCount(el)).to.equal(inOstersund)
    typeSearch(el, 'TESTA SPORT')
    await el.updateComplete
    expect(titles(el)[0]).to.equal('Testa sport- och friluftsprodukter')
    typeSearch(el, 'innovationsfika')
    await el.updateComplete
    expect(titles(el)).to.deep.equal(['Innovationsfika'])
    typeSearch(el, 'test')
    await el.updateComplete
    // Titles that start with the word come before offers that only mention it elsewhere.
    expect(titles(el)[0]).to.match(/^Test/)
    expect(window.location.search).to.contain('ijh-sf-q=test')
  })

  it('names its search landmark by the search box’s label, in the finder’s language', async () => {
    for (const [lang, name] of [
      ['sv', 'Sök bland stöden'],
      ['en', 'Search the support offers'],
    ]) {
      const el = await finder(html`<ijh-support-finder lang=${lang}></ijh-support-finder>`)
      const landmarks = $$(el, '[role="search"]')
      expect(landmarks).to.have.length(1)
      const ids = landmarks[0].getAttribute('aria-labelledby')?.split(/\s+/) ?? []
      const named = ids.map((id) => shadow(el).getElementById(id)?.textContent?.trim()).join(' ')
      expect(named).to.equal(name)
    }
  })

  it('restores the search from the URL, and the back button restores the previous one', async () => {
    window.history.replaceState(null, '', '?keep=1&ijh-sf-municipality=krokom&ijh-sf-q=mentor')
    const el = await finder()
    expect(($(el, 'input[type="search"]') as HTMLInputElement).value).to.equal('mentor')
    expect(option(el, 'municipality', 'krokom')?.checked).to.equal(true)
    const before = resultCount(el)
    option(el, 'need', 'kompetens')?.click()
    await el.updateComplete
    expect(window.location.search).to.equal(
      '?keep=1&ijh-sf-need=kompetens&ijh-sf-municipality=krokom&ijh-sf-q=mentor',
    )
    option(el, 'need', 'kompetens')?.click()
    await el.updateComplete
    option(el, 'need', 'finansiering')?.click()
    await el.updateComplete
    expect(resultCount(el)).to.equal(0)
    window.history.back()
    await until(() => !option(el, 'need', 'finansiering')?.checked, 'the back button')
    expect(window.location.search).to.equal('?keep=1&ijh-sf-municipality=krokom&ijh-sf-q=mentor')
    expect(resultCount(el)).to.equal(before)
    window.history.back()
    await until(() => !!option(el, 'need', 'kompetens')?.checked, 'the second back')
    // The back button is navigation, not a change made in the finder: no event.
    const spy = changeSpy(el)
    window.history.forward()
    await until(() => !option(el, 'need', 'kompetens')?.checked, 'forward')
    expect(spy.callCount).to.equal(0)
  })

  it('keeps focus on a checkbox the reader toggles, and moves it to the results on Enter in the search', async () => {
    const el = await finder()
    const box = option(el, 'need', 'marknad') as HTMLInputElement
    box.focus()
    await sendKeys({press: 'Space'})
    await el.updateComplete
    expect(box.checked).to.equal(true)
    expectSame(shadow(el).activeElement, box)
    const input = $(el, 'input[type="search"]') as HTMLInputElement
    input.focus()
    await sendKeys({type: 'export'})
    await sendKeys({press: 'Enter'})
    await el.updateComplete
    await el.updateComplete
    expect(shadow(el).activeElement?.id).to.equal('results-heading')
  })

  it('copies the link with “Dela sökning”, or shows it to copy where the clipboard is refused', async () => {
    const writeText = sinon.stub().resolves()
    Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true})
    try {
      window.history.replaceState(null, '', '?ijh-sf-need=finansiering')
      const el = await finder()
      const button = $(el, '[part~="share-button"]') as HTMLButtonElement
      expect(button.textContent?.trim()).to.equal('Dela sökning')
      button.click()
      await until(() => !!$(el, '.share-status')?.textContent?.trim(), 'the copied note')
      expect(writeText.calledOnceWith(window.location.href)).to.equal(true)
      expect(writeText.firstCall.args[0]).to.contain('ijh-sf-need=finansiering')
      expect($(el, '.share-status')?.textContent).to.contain('Länken är kopierad.')
      // Pressed again, the status changes, so that screen readers say it again.
      const first = $(el, '.share-status')?.textContent
      const status = () => $(el, '.share-status')?.textContent
      button.click()
      await until(() => status() !== first, 'new words for the live region')
      expect(writeText.calledTwice).to.equal(true)
      const second = status()
      expect(second?.trim()).to.equal('Länken är kopierad.')
      button.click()
      await until(() => status() !== second, 'new words again, the third time')
      expect(status()?.trim()).to.equal('Länken är kopierad.')

      writeText.rejects(new DOMException('denied', 'NotAllowedError'))
      button.click()
      await until(() => !!$(el, '#share-link'), 'the fallback field')
      const field = $(el, '#share-link') as HTMLInputElement
      expect(field.value).to.equal(window.location.href)
      expectSame(shadow(el).activeElement, field)
      expect($(el, 'label[for="share-link"]')?.textContent).to.contain('Kopiera länken')
    } finally {
      delete (navigator as {clipboard?: unknown}).clipboard
    }
    expect(navigator.clipboard).to.not.equal(undefined)
  })

  it('shows the selections as chips that remove them, and “Rensa alla” clears every one', async () => {
    window.history.replaceState(
      null,
      '',
      '?ijh-sf-need=finansiering,radgivning&ijh-sf-stage=ide&ijh-sf-q=stöd',
    )
    const el = await finder()
    const chips = () =>
      $$(el, '[part~="chip"]').map((c) => c.textContent?.replace(/\s+/g, ' ').trim())
    expect(chips()).to.deep.equal([
      'Behov: Finansiering×',
      'Behov: Rådgivning och coachning×',
      'Skede: Idé×',
      'Sökord: ”stöd”×',
    ])
    const first = $$(el, '[part~="chip"]')[0]
    expect(first.getAttribute('aria-label')).to.equal('Ta bort Behov: Finansiering')
    first.focus()
    first.click()
    await el.updateComplete
    await el.updateComplete
    expect(chips()).to.have.length(3)
    expect(option(el, 'need', 'finansiering')?.checked).to.equal(false)
    // Focus moved to the chip now in its place.
    expect(shadow(el).activeElement?.textContent).to.contain('Rådgivning')
    ;($(el, '[part~="clear-all"]') as HTMLButtonElement).click()
    await el.updateComplete
    await el.updateComplete
    expect(chips()).to.deep.equal([])
    expect(resultCount(el)).to.equal(29)
    expect(window.location.search).to.equal('')
    expect(shadow(el).activeElement?.id).to.equal('results-heading')
  })

  it('never ends in a dead end: zero results say which filter to remove and what it gives', async () => {
    window.history.replaceState(
      null,
      '',
      '?ijh-sf-need=utmarkelser&ijh-sf-municipality=ragunda&ijh-sf-stage=vaxande',
    )
    const el = await finder()
    expect(resultCount(el)).to.equal(0)
    const suggestions = $$(el, '[part~="suggestions"] button.suggestion')
    expect(suggestions.length).to.be.greaterThan(0)
    expect($(el, '[part~="suggestions"]')?.textContent).to.contain('Inga stöd matchar din sökning.')
    const first = suggestions[0]
    const count = Number(/\((\d+)\)/.exec(first.textContent ?? '')?.[1])
    expect(count).to.be.greaterThan(0)
    expect(first.textContent).to.match(/Ta bort (Behov|Kommun|Skede): .+ \(\d+\)/)
    // The regional entry point and the chosen municipality's business office are there.
    const help = $(el, '[part~="help"]')
    expect(
      help?.localName,
      'a box in the finder, not a landmark that several finders repeat',
    ).to.equal('div')
    expect(help?.getAttribute('role') ?? null).to.equal(null)
    expect(help?.textContent).to.contain('Regionförbundet Jämtlands län')
    // The office's name says its municipality: the sentence does not say it again.
    expect(help?.querySelector('.office')?.textContent?.trim()).to.equal(
      'Näringslivskontoret i Ragunda kommun kan hjälpa dig.',
    )
    expect(help?.querySelector('a[href="https://www.ragunda.se"]')).to.exist
    first.click()
    await el.updateComplete
    await el.updateComplete
    expect(resultCount(el)).to.equal(count)
    expect(shadow(el).activeElement?.id).to.equal('results-heading')
    // Every result list shows the entry point too, and no office without one municipality.
    window.history.replaceState(null, '', '?')
    const all = await finder()
    expect($(all, '[part~="help"]')?.textContent).to.contain('Regionförbundet Jämtlands län')
    expect($(all, '[part~="help"]')?.textContent).to.not.contain('Näringslivskontoret i')
  })

  it('scrolls an opened card into view without scrolling its button (which has focus) out of view', async () => {
    await emulateMedia({reducedMotion: 'reduce'})
    try {
      const el = await finder()
      const toggles = $$(el, '[part~="card-toggle"]') as HTMLButtonElement[]
      // A phone held upright, a phone on its side, a laptop: panels taller and shorter than the window.
      const sizes = [
        {width: 375, height: 700},
        {width: 640, height: 360},
        {width: 1280, height: 900},
      ]
      const seen = {tall: 0, short: 0}
      for (const [i, size] of sizes.entries()) {
        await setViewport(size)
        const toggle = toggles[i] as HTMLButtonElement
        toggle.scrollIntoView({block: 'end'})
        toggle.focus()
        await sendKeys({press: 'Enter'})
        await el.updateComplete
        await new Promise((resolve) => requestAnimationFrame(resolve))
        const button = toggle.getBoundingClientRect()
        const panel = (toggle.nextElementSibling as HTMLElement).getBoundingClientRect()
        const where = `${size.width}×${size.height}`
        expect(button.top, `${where}: the button's top in view`).to.be.at.least(0)
        expect(button.bottom, `${where}: the button's bottom in view`).to.be.at.most(innerHeight)
        expect(panel.top, `${where}: the panel shown`).to.be.below(innerHeight)
        if (panel.bottom - button.top <= innerHeight) {
          seen.short++
          expect(panel.bottom, `${where}: all of a panel that fits`).to.be.at.most(innerHeight + 1)
        } else {
          seen.tall++
          // 1rem below the top, for the focus ring.
          expect(button.top, `${where}: the button at the top`).to.be.within(15, 17)
        }
      }
      expect(seen.tall, 'a panel taller than the window was tried').to.be.above(0)
      expect(seen.short, 'a panel shorter than the window was tried').to.be.above(0)
    } finally {
      await setViewport({width: 800, height: 600})
      await emulateMedia({reducedMotion: 'no-preference'})
    }
  })

  it('scrolls an opened card out from under a sticky page header given as scroll-padding-top (docs/embedding.md)', async () => {
    await emulateMedia({reducedMotion: 'reduce'})
    const root = document.documentElement
    root.style.scrollPaddingTop = '80px'
    try {
      await setViewport({width: 375, height: 700})
      const el = await finder()
      const toggles = $$(el, '[part~="card-toggle"]') as HTMLButtonElement[]
      for (const toggle of toggles.slice(0, 2)) {
        toggle.scrollIntoView({block: 'end'})
        toggle.focus()
        await sendKeys({press: 'Enter'})
        await el.updateComplete
        await new Promise((resolve) => requestAnimationFrame(resolve))
        // Below the 80 px header, with 1rem for the focus ring.
        expect(toggle.getBoundingClientRect().top).to.be.within(95, 97)
      }
    } finally {
      root.style.scrollPaddingTop = ''
      await setViewport({width: 800, height: 600})
      await emulateMedia({reducedMotion: 'no-preference'})
    }
  })

  it('scrolls to the button of an opened card that fits the window but not below a sticky header', async () => {
    await emulateMedia({reducedMotion: 'reduce'})
    const root = document.documentElement
    try {
      await setViewport({width: 375, height: 2000})
      const el = await finder()
      const toggle = $(el, '[part~="card-toggle"]') as HTMLButtonElement
      const panel = shadow(el).getElementById(toggle.getAttribute('aria-controls') ?? '')!
      const open = async () => {
        toggle.click()
        await el.updateComplete
        await new Promise((resolve) => requestAnimationFrame(resolve))
      }
      await open()
      const height = panel.getBoundingClientRect().bottom - toggle.getBoundingClientRect().top
      await open()
      // The card fits the window, 40 px to spare, but not the window less the header: 80 px,
      // given in px, in rem or as a percentage of the window's height.
      const windowHeight = Math.ceil(height) + 40
      await setViewport({width: 375, height: windowHeight})
      for (const padding of ['80px', '5rem', `${(8000 / windowHeight).toFixed(4)}%`]) {
        root.style.scrollPaddingTop = padding
        toggle.scrollIntoView({block: 'end'})
        await open()
        // Below the header, with the button's scroll-margin-top (1rem) for its focus ring.
        expect(toggle.getBoundingClientRect().top, padding).to.be.within(95, 97)
        await open()
      }
    } finally {
      root.style.scrollPaddingTop = ''
      await setViewport({width: 800, height: 600})
      await emulateMedia({reducedMotion: 'no-preference'})
    }
  })

  it('expands a card in place, and “Visa mindre” collapses it and returns focus to its button', async () => {
    const el = await finder()
    const toggle = $(el, '[part~="card-toggle"]') as HTMLButtonElement
    const panel = shadow(el).getElementById(
      toggle.getAttribute('aria-controls') ?? '',
    ) as HTMLElement
    expect(panel.hidden).to.equal(true)
    // Thirty buttons say "Visa hela erbjudandet": each is described by its offer's title.
    const titles = $$(el, '[part~="card-toggle"]').map(
      (button) =>
        shadow(el).getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent,
    )
    expect(titles).to.deep.equal($$(el, '[part~="card-title"]').map((title) => title.textContent))
    expect(new Set(titles).size).to.be.greaterThan(1)
    // A closed card's panel is empty: it is built when the card opens, not for thirty at first.
    expect($$(el, '.panel').map((closed) => closed.childElementCount)).to.deep.equal(
      titles.map(() => 0),
    )
    toggle.focus()
    await sendKeys({press: 'Enter'})
    await el.updateComplete
    expect(toggle.getAttribute('aria-expanded')).to.equal('true')
    expect(panel.hidden).to.equal(false)
    // “Visa mindre” is described by the offer's title too.
    const lessFor = panel.querySelector('.show-less')?.getAttribute('aria-describedby') ?? ''
    expect(shadow(el).getElementById(lessFor)?.textContent).to.equal(titles[0])
    expect(panel.textContent).to.contain('Så går du vidare')
    expect(panel.textContent).to.contain('Hela länet')
    expect(panel.querySelector('.actions li')?.textContent).to.equal(
      '”One-stop-shop”-funktion för investerare',
    )
    expectSame(shadow(el).activeElement, toggle)
    const less = panel.querySelector<HTMLButtonElement>('.show-less') as HTMLButtonElement
    less.focus()
    less.click()
    await el.updateComplete
    await el.updateComplete
    expect(panel.hidden).to.equal(true)
    expectSame(shadow(el).activeElement, toggle)
  })

  it('prints every card whole, the closed ones too, and leaves them closed after printing', async () => {
    const el = await finder()
    const panels = () => $$(el, '.panel')
    expect(panels().every((panel) => panel.childElementCount === 0)).to.equal(true)
    window.dispatchEvent(new Event('beforeprint'))
    await el.updateComplete
    await emulateMedia({media: 'print'})
    try {
      expect(panels()).to.have.length.greaterThan(1)
      for (const panel of panels()) {
        expect(getComputedStyle(panel).display).to.equal('block')
        expect(panel.textContent).to.contain('Passar för')
      }
    } finally {
      await emulateMedia({media: 'screen'})
      window.dispatchEvent(new Event('afterprint'))
    }
    await el.updateComplete
    expect(panels().every((panel) => panel.hidden && panel.childElementCount === 0)).to.equal(true)
  })

  it('announces only the result count and “no results” in a polite live region, debounced', async () => {
    const el = await finder()
    expect(liveText(el)).to.equal('')
    const clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']})
    try {
      option(el, 'need', 'finansiering')?.click()
      await el.updateComplete
      clock.tick(ANNOUNCE_DELAY - 1)
      await el.updateComplete
      expect(liveText(el)).to.equal('')
      option(el, 'stage', 'ide')?.click()
      await el.updateComplete
      clock.tick(ANNOUNCE_DELAY - 1)
      await el.updateComplete
      expect(liveText(el)).to.equal('')
      clock.tick(1)
      await el.updateComplete
      expect(liveText(el)).to.equal(`${resultCount(el)} stöd`)
      typeSearch(el, 'zzzz')
      clock.tick(ANNOUNCE_DELAY)
      await el.updateComplete
      expect(liveText(el)).to.equal('Inga stöd matchar din sökning.')
      const region = $(el, '[aria-live="polite"]') as HTMLElement
      expect(region.getAttribute('role')).to.equal('status')
      expect(region.children).to.have.length(0)
      // The back button changes the results too: announced the same way.
      window.history.back()
      await until(() => !option(el, 'stage', 'ide')?.checked, 'the back button')
      expect(liveText(el)).to.equal('Inga stöd matchar din sökning.')
      clock.tick(ANNOUNCE_DELAY)
      await el.updateComplete
      expect(liveText(el)).to.equal(`${resultCount(el)} stöd`)
    } finally {
      clock.restore()
    }
  })

  it('says nothing, and keeps what it shows, when history moves without changing its state', async () => {
    const el = await finder()
    const clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']})
    try {
      option(el, 'need', 'finansiering')?.click()
      clock.tick(ANNOUNCE_DELAY)
      await el.updateComplete
      const said = announced(el)
      const cards = shadow(el).querySelectorAll('[part~="card"]').length
      // A fragment link, or another finder's state, navigated back and forth.
      window.dispatchEvent(new PopStateEvent('popstate'))
      clock.tick(ANNOUNCE_DELAY)
      await el.updateComplete
      expect(announced(el), 'not announced again').to.equal(said)
      expect(shadow(el).querySelectorAll('[part~="card"]')).to.have.length(cards)
    } finally {
      clock.restore()
    }
  })

  it('announces the same count again after a change that keeps it', async () => {
    const el = await finder()
    const clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']})
    try {
      option(el, 'need', 'finansiering')?.click()
      clock.tick(ANNOUNCE_DELAY)
      await el.updateComplete
      const first = announced(el)
      // Sector "IT" keeps every financing offer (most are open to every sector) or not: either
      // way, toggling it on and off again gives the first count back.
      option(el, 'sector', 'it')?.click()
      option(el, 'sector', 'it')?.click()
      clock.tick(ANNOUNCE_DELAY)
      await el.updateComplete
      const second = announced(el)
      expect(second?.trim()).to.equal(first?.trim())
      expect(second).to.not.equal(first)
    } finally {
      clock.restore()
    }
  })

  it('shows the first results and more on request, moving focus to the first new card', async () => {
    const data = await sfData()
    const offers = Array.from({length: PAGE_SIZE + 12}, (_, i) => ({
      ...data.offers[i % data.offers.length],
      _id: `offer-${i}`,
      slug: `offer-${i}`,
      title: `Erbjudande ${String(i).padStart(2, '0')}`,
      // Open, with no dates that would close some of them (statusOn).
      status: 'open' as const,
      opensAt: null,
      closesAt: null,
    }))
    const el = await finder(undefined, new TestSource(() => ({...data, offers})))
    expect(resultCount(el)).to.equal(PAGE_SIZE)
    expect($(el, '[part~="result-count"]')?.textContent).to.contain(`${PAGE_SIZE + 12} stöd`)
    const more = $(el, '[part~="show-more"]') as HTMLButtonElement
    expect(more.textContent?.trim()).to.equal('Visa 12 till (12 kvar)')
    more.click()
    await el.updateComplete
    await el.updateComplete
    expect(resultCount(el)).to.equal(PAGE_SIZE + 12)
    expect($(el, '[part~="show-more"]')).to.equal(null)
    expect(shadow(el).activeElement?.textContent).to.equal(`Erbjudande ${PAGE_SIZE}`)
    // A new filter starts from the first page again.
    option(el, 'stage', 'etablerat')?.click()
    await el.updateComplete
    expect(resultCount(el)).to.be.at.most(PAGE_SIZE)
  })

  it('fires the change event for typing once the reader pauses', async () => {
    const el = await finder()
    const spy = changeSpy(el)
    const clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']})
    try {
      for (const value of ['m', 'me', 'men']) {
        typeSearch(el, value)
      }
      expect(spy.callCount).to.equal(0)
      clock.tick(ANNOUNCE_DELAY)
      expect(spy.callCount).to.equal(1)
      expect(spy.firstCall.args[0].detail.query).to.equal('men')
    } finally {
      clock.restore()
    }
  })

  it('offers in guided mode only answers that lead to offers, with a partner’s presets and the answers given', async () => {
    const data = await sfData()
    const almi = data.offers.filter((offer) => offer.provider?.slug === 'almi-mitt')
    const el = await finder(
      html`<ijh-support-finder mode="guided" provider="almi-mitt"></ijh-support-finder>`,
    )
    const answers = () =>
      $$(el, '.guided input[type="radio"]')
        .map((input) => input.id.replace(/^guided-[a-z]+-/, ''))
        .filter((slug) => slug !== 'skip')
    const needs = answers()
    const almiNeeds = new Set(almi.flatMap((offer) => offer.needs ?? []))
    expect(needs.length, 'fewer needs than in every offer').to.be.below(
      new Set(data.offers.flatMap((offer) => offer.needs ?? [])).size,
    )
    expect([...needs].sort()).to.deep.equal([...almiNeeds].sort())
    // The need chosen, the municipalities offered are those of Almi's offers for that need.
    const need = needs.at(-1) as string
    ;($(el, `#guided-need-${need}`) as HTMLInputElement).click()
    ;($(el, '.guided button[type="submit"]') as HTMLButtonElement).click()
    await el.updateComplete
    const places = new Set(
      almi
        .filter((offer) => offer.needs?.includes(need))
        .flatMap((offer) => offer.municipalities ?? []),
    )
    expect(answers().sort()).to.deep.equal([...places].sort())
    ;($(el, '.guided button[type="submit"]') as HTMLButtonElement).click()
    await el.updateComplete
    ;($(el, `#guided-stage-${answers()[0]}`) as HTMLInputElement).click()
    ;($(el, '.guided button[type="submit"]') as HTMLButtonElement).click()
    await el.updateComplete
    expect(resultCount(el), 'every answer leads to offers').to.be.above(0)
  })

  it('offers in guided mode, going back, every answer that fits the earlier answers, not the later ones', async () => {
    const data = await sfData()
    const needs = new Set(data.offers.flatMap((offer) => offer.needs ?? []))
    const el = await finder(html`<ijh-support-finder mode="guided"></ijh-support-finder>`)
    const offered = () =>
      $$(el, '.guided input[type="radio"]').filter((input) => !input.id.endsWith('-skip')).length
    const next = async () => {
      ;($(el, '.guided button[type="submit"]') as HTMLButtonElement).click()
      await el.updateComplete
    }
    expect(offered()).to.equal(needs.size)
    await next()
    await next()
    // No offer for an idea has every need: answered, the stage does not hide needs going back.
    ;($(el, '#guided-stage-ide') as HTMLInputElement).click()
    const ideas = new Set(
      data.offers.filter((o) => o.stages?.includes('ide')).flatMap((o) => o.needs ?? []),
    )
    expect(ideas.size).to.be.below(needs.size)
    for (let back = 0; back < 2; back++) {
      ;($(el, '.guided button.secondary') as HTMLButtonElement).click()
      await el.updateComplete
    }
    expect(guidedQuestion(el)).to.equal('Vad behöver du hjälp med?')
    expect(offered()).to.equal(needs.size)
    // Said, not spelt: “eller”, where a screen reader might read “/” as “snedstreck”.
    expect($(el, '.guided label[for$="-skip"]')?.textContent?.trim()).to.equal(
      'Vet inte eller spelar ingen roll',
    )
    expect(el.filters.stage).to.deep.equal(['ide'])
    // The reader's other filters (here set by a script) do count: the results will have them.
    el.setSearch({targetGroup: ['studenter'], stage: ['ide']})
    await el.updateComplete
    const students = new Set(
      data.offers
        .filter((o) => o.targetGroups?.includes('studenter'))
        .flatMap((o) => o.needs ?? []),
    )
    expect(students.size).to.be.below(needs.size)
    expect(offered()).to.equal(students.size)
  })

  it('drops a guided answer that an earlier answer, changed, leads away from, and never swaps the question shown', async () => {
    const data = await sfData()
    // No offer for an idea is about research; with the second source, no offer about research
    // has a stage at all.
    expect(
      data.offers.filter((o) => o.stages?.includes('ide') && o.needs?.includes('forskning')),
    ).to.have.length(0)
    const noStage = data.offers.map((o) =>
      o.needs?.includes('forskning') ? {...o, stages: []} : o,
    )
    for (const source of [undefined, new TestSource(() => ({...data, offers: noStage}))]) {
      window.history.replaceState(null, '', window.location.pathname)
      const el = await finder(html`<ijh-support-finder mode="guided"></ijh-support-finder>`, source)
      const submit = async () => {
        ;($(el, '.guided button[type="submit"]') as HTMLButtonElement).click()
        await el.updateComplete
      }
      await submit()
      await submit()
      ;($(el, '#guided-stage-ide') as HTMLInputElement).click()
      await submit()
      expect(resultCount(el)).to.be.above(0)
      ;($(el, '.answers button[data-step="0"]') as HTMLButtonElement).click()
      await el.updateComplete
      const back = async () => {
        ;($(el, '.guided button.secondary') as HTMLButtonElement).click()
        await el.updateComplete
      }
      const research = $(el, '#guided-need-forskning') as HTMLInputElement
      research.focus()
      research.click()
      await el.updateComplete
      // The question stays as it was, the focus on the answer chosen.
      expect(guidedQuestion(el)).to.equal('Vad behöver du hjälp med?')
      expectSame(shadow(el).activeElement, research)
      await submit()
      if (source) {
        // The stage question has nothing left to offer: it is not asked, whatever was answered.
        expect($(el, '.progress')?.textContent).to.equal('Fråga 2 av 2')
      } else {
        await submit()
        expect($(el, '.progress')?.textContent).to.equal('Fråga 3 av 3')
        expect($$(el, '.guided input').map((input) => input.id)).not.to.include('guided-stage-ide')
        expect(($(el, '#guided-stage-skip') as HTMLInputElement).checked).to.equal(true)
        // Until the results, the answer dropped is kept: the earlier answer again brings it back.
        const answerNeedAgain = async (id: string) => {
          await back()
          await back()
          ;($(el, id) as HTMLInputElement).click()
          await submit()
          await submit()
        }
        await answerNeedAgain('#guided-need-skip')
        expect(($(el, '#guided-stage-ide') as HTMLInputElement).checked).to.equal(true)
        await answerNeedAgain('#guided-need-forskning')
      }
      await submit()
      expect(el.filters.need).to.deep.equal(['forskning'])
      expect(el.filters.stage).to.deep.equal([])
      expect(resultCount(el)).to.be.above(0)
      // Nor does the address (a shared link) keep it.
      expect(new URLSearchParams(location.search).getAll('ijh-sf-need')).to.deep.equal([
        'forskning',
      ])
      expect(location.search).not.to.contain('ijh-sf-stage')
    }
  })

  it('leaves out a guided question with no answer, and asks none when the presets match no offer', async () => {
    const data = await sfData()
    const offers = data.offers.map((offer) => ({...offer, stages: []}))
    const el = await finder(
      html`<ijh-support-finder mode="guided"></ijh-support-finder>`,
      new TestSource(() => ({...data, offers})),
    )
    expect($(el, '.progress')?.textContent).to.equal('Fråga 1 av 2')
    ;($(el, '.guided button[type="submit"]') as HTMLButtonElement).click()
    await el.updateComplete
    expect($(el, '.progress')?.textContent).to.equal('Fråga 2 av 2')
    const show = $(el, '.guided button[type="submit"]') as HTMLButtonElement
    expect(show.textContent?.trim()).to.equal('Visa stöden')
    show.click()
    await el.updateComplete
    expect(resultCount(el)).to.be.above(0)
    expect($$(el, '.answers dt').map((dt) => dt.textContent)).to.deep.equal([
      'Vad behöver du hjälp med?',
      'Var finns din verksamhet?',
    ])
    // No offer for an idea is about research: nothing to ask, and the finder says so.
    expect(
      data.offers.filter((o) => o.stages?.includes('ide') && o.needs?.includes('forskning')),
    ).to.have.length(0)
    const none = await finder(
      html`<ijh-support-finder mode="guided" need="forskning" stage="ide"></ijh-support-finder>`,
    )
    expect($(none, '.guided')).to.equal(null)
    expect($(none, '.no-results')).to.exist
    expect(resultCount(none)).to.equal(0)
  })

  it('asks three plain questions one at a time in guided mode, then shows editable results', async () => {
    const el = await finder(html`<ijh-support-finder mode="guided"></ijh-support-finder>`)
    const question = () => guidedQuestion(el)
    expect($(el, '.progress')?.textContent).to.equal('Fråga 1 av 3')
    expect(question()).to.equal('Vad behöver du hjälp med?')
    // The progress is part of the heading, where focus lands, and of the answers' group name
    // (GOV.UK's caption): a screen reader says it with every question.
    const heading = $(el, '#guided-question') as HTMLElement
    expect(heading.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Fråga 1 av 3 Vad behöver du hjälp med?',
    )
    expect(heading.closest('legend')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Fråga 1 av 3 Vad behöver du hjälp med?',
    )
    // Shown as a line of its own above the question, in the text's size and weight, muted.
    const progress = getComputedStyle($(el, '.progress') as HTMLElement)
    const title = getComputedStyle(heading)
    expect([progress.display, progress.fontWeight, progress.fontSize]).to.deep.equal([
      'block',
      '400',
      getComputedStyle(el).fontSize,
    ])
    expect(progress.color).not.to.equal(title.color)
    expect($(el, '[part~="card"]')).to.equal(null)
    ;($(el, '#guided-need-finansiering') as HTMLInputElement).click()
    ;($(el, '.guided button[type="submit"]') as HTMLButtonElement).click()
    await el.updateComplete
    await el.updateComplete
    expect(question()).to.equal('Var finns din verksamhet?')
    expect(shadow(el).activeElement?.id).to.equal('guided-question')
    // The answer to the first question does not leak into the second (the inputs are reused).
    expect(($(el, '#guided-municipality-berg') as HTMLInputElement).checked).to.equal(false)
    expect(($(el, '#guided-municipality-skip') as HTMLInputElement).checked).to.equal(true)
    ;($(el, '#guided-municipality-krokom') as HTMLInputElement).click()
    ;($(el, '.guided button[type="submit"]') as HTMLButtonElement).click()
    await el.updateComplete
    expect(question()).to.equal('Hur långt har du kommit?')
    // "Tillbaka" shows the answer given, checked (the inputs are the previous question's own).
    ;($(el, '.guided button.secondary') as HTMLButtonElement).click()
    await el.updateComplete
    expect(question()).to.equal('Var finns din verksamhet?')
    expect(($(el, '#guided-municipality-krokom') as HTMLInputElement).checked).to.equal(true)
    expect(($(el, '#guided-municipality-skip') as HTMLInputElement).checked).to.equal(false)
    ;($(el, '.guided button[type="submit"]') as HTMLButtonElement).click()
    await el.updateComplete
    expect(question()).to.equal('Hur långt har du kommit?')
    ;($(el, '#guided-stage-skip') as HTMLInputElement).click()
    const spy = changeSpy(el)
    const show = $(el, '.guided button[type="submit"]') as HTMLButtonElement
    expect(show.textContent?.trim()).to.equal('Visa stöden')
    show.click()
    await el.updateComplete
    await el.updateComplete
    expect(spy.callCount).to.equal(1)
    expect(shadow(el).activeElement?.id).to.equal('results-heading')
    expect(option(el, 'need', 'finansiering')?.checked).to.equal(true)
    expect(option(el, 'municipality', 'krokom')?.checked).to.equal(true)
    const data = await sfData()
    expect(resultCount(el)).to.equal(
      data.offers.filter(
        (o) => o.needs?.includes('finansiering') && o.municipalities?.includes('krokom'),
      ).length,
    )
    expect(window.location.search).to.contain('ijh-sf-need=finansiering')
    const answers = $(el, '.answers')?.textContent?.replace(/\s+/g, ' ')
    expect(answers).to.contain('Finansiering')
    expect(answers).to.contain('Krokom')
    expect(answers).to.contain('Inget svar')
    // Change the second answer: back to that question, with the answer kept.
    ;($$(el, '.answers button')[1] as HTMLButtonElement).click()
    await el.updateComplete
    expect(question()).to.equal('Var finns din verksamhet?')
    expect(($(el, '#guided-municipality-krokom') as HTMLInputElement).checked).to.equal(true)
    ;($(el, '.guided button.secondary') as HTMLButtonElement).click()
    await el.updateComplete
    expect(question()).to.equal('Vad behöver du hjälp med?')
    expect(($(el, '#guided-need-finansiering') as HTMLInputElement).checked).to.equal(true)
    expect(
      [...shadow(el).querySelectorAll<HTMLInputElement>('.guided input:checked')].map((i) => i.id),
    ).to.deep.equal(['guided-need-finansiering'])
  })

  it('shows several answers chosen in the filter panel as one guided answer, checked, kept while another is tried', async () => {
    window.history.replaceState(null, '', '?ijh-sf-need=finansiering,radgivning')
    const el = await finder(html`<ijh-support-finder mode="guided"></ijh-support-finder>`)
    const checked = () => $$(el, '.guided input:checked').map((input) => input.id)
    const both = resultCount(el)
    expect($(el, '.answers')?.textContent).to.contain('Finansiering, Rådgivning')
    // To the first question: the two needs are one choice, the one checked, first.
    ;($$(el, '.answers button')[0] as HTMLButtonElement).click()
    await el.updateComplete
    expect(guidedQuestion(el)).to.equal('Vad behöver du hjälp med?')
    const choices = $$(el, '.guided li')
    expect(choices[0]?.textContent?.trim()).to.equal('Finansiering, Rådgivning och coachning')
    expect(checked()).to.deep.equal([choices[0]?.querySelector('input')?.id])
    // Another answer tried: the list stays as it was, the answer tried is the one checked.
    ;($(el, '#guided-need-finansiering') as HTMLInputElement).click()
    await el.updateComplete
    expect($$(el, '.guided li').map((li) => li.textContent?.trim())).to.deep.equal(
      choices.map((li) => li.textContent?.trim()),
    )
    expect(checked()).to.deep.equal(['guided-need-finansiering'])
    // Back to both, and on to the results: both are kept.
    ;($$(el, '.guided li input')[0] as HTMLInputElement).click()
    for (let step = 0; step < 3; step++) {
      ;($(el, '.guided button[type="submit"]') as HTMLButtonElement).click()
      await el.updateComplete
    }
    expect(el.filters.need).to.deep.equal(['finansiering', 'radgivning'])
    expect(resultCount(el)).to.equal(both)
  })

  it('keeps the guided choices true to filters set from outside (a script, Back, a url-key, the mode), and a slug with a comma its own', async () => {
    const data = await sfData()
    // A need whose slug is two others' joined by a comma, with an offer (hostile or careless).
    const source = new TestSource(() => ({
      ...data,
      needs: [...(data.needs ?? []), {slug: 'finansiering,radgivning', title: 'Komma'}],
      offers: data.offers.map((offer, i) =>
        i ? offer : {...offer, needs: [...(offer.needs ?? []), 'finansiering,radgivning']},
      ),
    }))
    window.history.replaceState(null, '', '?ijh-sf-need=finansiering,radgivning')
    const el = await finder(html`<ijh-support-finder></ijh-support-finder>`, source)
    const labels = () => $$(el, '.guided .choice-label').map((label) => label.textContent)
    const checked = () => $$(el, '.guided input:checked').map((input) => input.id)
    // Into guided mode by a script, on the first question: the several are one choice, checked,
    // not the need whose slug joins them.
    el.mode = 'guided'
    await el.updateComplete
    expect(guidedQuestion(el)).to.equal('Vad behöver du hjälp med?')
    const shown = labels()
    expect(shown[0]).to.equal('Finansiering, Rådgivning och coachning')
    expect(shown).to.include('Komma')
    const first = $(el, '.guided li input')?.id
    expect(checked()).to.deep.equal([first])
    // Another answer tried: the list stays.
    ;($(el, '#guided-need-finansiering') as HTMLInputElement).click()
    await el.updateComplete
    expect(labels()).to.deep.equal(shown)
    // Several others set by a script: they are the one choice, checked.
    el.setSearch({need: ['finansiering', 'forskning']})
    await el.updateComplete
    expect(labels()[0]).to.equal('Finansiering, Forskning och kunskap')
    expect(checked()).to.deep.equal([$(el, '.guided li input')?.id])
    // Back in the history, to one need: the several set before are not offered any more.
    const popped = () =>
      new Promise((resolve) => window.addEventListener('popstate', resolve, {once: true}))
    window.history.pushState(null, '', '?ijh-sf-need=finansiering')
    window.history.pushState(null, '', '?ijh-sf-need=forskning,radgivning')
    let pop = popped()
    window.history.back()
    await pop
    await el.updateComplete
    expect(labels()[0]).to.equal('Finansiering')
    expect(checked()).to.deep.equal(['guided-need-finansiering'])
    // Forward, to two: they are the one choice, checked.
    pop = popped()
    window.history.forward()
    await pop
    await el.updateComplete
    expect(labels()[0]).to.equal('Forskning och kunskap, Rådgivning och coachning')
    expect(checked()).to.deep.equal([$(el, '.guided li input')?.id])
    // Another url-key: this finder's state is elsewhere, none here; no several are offered.
    el.urlKey = 'annan'
    await el.updateComplete
    expect(labels()[0]).to.equal('Finansiering')
    expect(checked()).to.deep.equal(['guided-need-skip'])
  })

  it('marks each Swedish label among guided several as Swedish on an English page, and keeps the several to their own question', async () => {
    const en = (await bundledSource.fetch('supportFinder', {lang: 'en'})) as Awaited<
      ReturnType<typeof sfData>
    >
    // One need with no English (its Swedish title given, listed in inSwedish), two stages with
    // the slugs of two needs (two taxonomies may share a slug), and no municipalities (so that
    // the stage question follows the need question).
    const source = new TestSource(() => ({
      ...en,
      municipalities: [],
      needs: (en.needs ?? []).map((need) =>
        need.slug === 'radgivning'
          ? {...need, title: 'Rådgivning och coachning', inSwedish: ['title']}
          : need,
      ),
      stages: [
        ...(en.stages ?? []),
        {slug: 'finansiering', title: 'Phase F'},
        {slug: 'radgivning', title: 'Phase R'},
      ],
      offers: en.offers.map((offer) => ({
        ...offer,
        stages: [...(offer.stages ?? []), 'finansiering', 'radgivning'],
      })),
    }))
    window.history.replaceState(null, '', '?ijh-sf-need=finansiering,radgivning')
    const el = await finder(
      html`<ijh-support-finder lang="en" mode="guided"></ijh-support-finder>`,
      source,
    )
    const marked = (selector: string) =>
      [...(shadow(el).querySelector(selector)?.querySelectorAll('[lang="sv"]') ?? [])].map(
        (span) => span.textContent,
      )
    // The answers, and the several as one choice: the Swedish label alone is marked.
    expect($(el, '.answers dd span')?.textContent).to.equal('Funding, Rådgivning och coachning')
    expect(marked('.answers dd span')).to.deep.equal(['Rådgivning och coachning'])
    ;($$(el, '.answers button')[0] as HTMLButtonElement).click()
    await el.updateComplete
    const several = $(el, '.guided .choice-label') as HTMLElement
    expect(several.textContent).to.equal('Funding, Rådgivning och coachning')
    expect(several.getAttribute('lang')).to.equal(null)
    expect(marked('.guided .choice-label')).to.deep.equal(['Rådgivning och coachning'])
    // Another answer tried, then the need fixed by a script: the need question goes, and the
    // stage question, now first, does not offer the needs' several as its own.
    ;($(el, '#guided-need-finansiering') as HTMLInputElement).click()
    await el.updateComplete
    el.need = 'finansiering'
    await el.updateComplete
    expect(guidedQuestion(el)).to.equal('What stage are you at?')
    expect($$(el, '.guided .choice-label').map((label) => label.textContent)).not.to.include(
      'Phase F, Phase R',
    )
    expect($$(el, '.guided input:checked').map((input) => input.id)).to.deep.equal([
      'guided-stage-skip',
    ])
  })

  it('keeps guided answers not yet in the address when Back only leaves a fragment of the page', async () => {
    const el = await finder(html`<ijh-support-finder mode="guided"></ijh-support-finder>`)
    ;($(el, '#guided-need-finansiering') as HTMLInputElement).click()
    ;($(el, '.guided button[type="submit"]') as HTMLButtonElement).click()
    await el.updateComplete
    expect(guidedQuestion(el)).to.equal('Var finns din verksamhet?')
    // An in-page link followed (a new history entry for the fragment), then Back.
    window.location.hash = 'elsewhere'
    const back = new Promise((resolve) =>
      window.addEventListener('popstate', resolve, {once: true}),
    )
    window.history.back()
    await back
    await el.updateComplete
    expect(guidedQuestion(el)).to.equal('Var finns din verksamhet?')
    expect(el.filters.need).to.deep.equal(['finansiering'])
    ;($(el, '.guided button.secondary') as HTMLButtonElement).click()
    await el.updateComplete
    expect(($(el, '#guided-need-finansiering') as HTMLInputElement).checked).to.equal(true)
  })

  it('takes partner presets: a fixed, hidden provider facet, no chip for it, and the partner’s colours', async () => {
    window.history.replaceState(null, '', '?ijh-sf-provider=mittuniversitetet')
    const el = await finder(
      html`<ijh-support-finder
        provider="almi-mitt"
        hide-facets
        heading-level="3"
        style="--ijh-support-finder-accent: rgb(120, 0, 60)"
      ></ijh-support-finder>`,
    )
    const data = await sfData()
    const almi = data.offers.filter((o) => o.provider?.slug === 'almi-mitt')
    expect(resultCount(el)).to.equal(almi.length)
    expect($(el, '[data-facet="provider"]')).to.equal(null)
    expect($(el, '[data-facet="need"]')).to.exist
    expect($$(el, '[part~="chip"]')).to.have.length(0)
    expect(el.filters.provider).to.deep.equal(['almi-mitt'])
    expect($(el, '[part~="title"]')?.tagName).to.equal('H3')
    expect($(el, '[part~="card-title"]')?.tagName).to.equal('H5')
    const card = $(el, '[part~="card"]') as HTMLElement
    expect(getComputedStyle(card).borderInlineStartColor).to.equal('rgb(120, 0, 60)')
    // Clearing cannot remove the preset, and the URL never carries it.
    option(el, 'need', 'finansiering')?.click()
    await el.updateComplete
    ;($(el, '[part~="clear-all"]') as HTMLButtonElement).click()
    await el.updateComplete
    expect(resultCount(el)).to.equal(almi.length)
    expect(window.location.search).to.not.contain('provider')
  })

  it('reads an array set as a preset (from a script or an untyped React prop) as its items', async () => {
    const el = await finder()
    const data = await sfData()
    const needs = ['finansiering', 'radgivning']
    // An array, as plain JavaScript may set it.
    el.need = needs as unknown as string
    el.hideFacets = ['need'] as unknown as string
    await el.updateComplete
    const matching = data.offers.filter((o) => o.needs?.some((n) => needs.includes(n ?? '')))
    expect(resultCount(el)).to.equal(Math.min(matching.length, 30))
    expect($(el, '[data-facet="need"]'), 'hidden').to.equal(null)
    // And it goes on taking changes.
    el.provider = 'almi-mitt'
    await el.updateComplete
    expect(el.filters.provider).to.deep.equal(['almi-mitt'])
  })

  it('reads a preset written with å, ä and ö, as the names are spelt', async () => {
    const el = await finder(
      html`<ijh-support-finder municipality="Östersund" need="Rådgivning"></ijh-support-finder>`,
    )
    expect(el.filters.municipality).to.deep.equal(['ostersund'])
    expect(el.filters.need).to.deep.equal(['radgivning'])
    expect($(el, '[part~="error"]')?.textContent).to.equal(undefined)
  })

  it('shows a fixed facet that is not hidden as checked and locked', async () => {
    const el = await finder(html`<ijh-support-finder municipality="krokom"></ijh-support-finder>`)
    const boxes = $$(el, '[data-facet="municipality"] input')
    expect(boxes).to.have.length(1)
    expect((boxes[0] as HTMLInputElement).checked).to.equal(true)
    expect((boxes[0] as HTMLInputElement).disabled).to.equal(true)
    expect($(el, '[part~="help"]')?.textContent).to.contain('Näringslivskontoret i Krokoms kommun')
  })

  it('says which attribute is wrong and gives an example', async () => {
    const el = await finder(
      html`<ijh-support-finder
        provider="finns-inte"
        mode="wizard"
        hide-facets="colour"
      ></ijh-support-finder>`,
    )
    const messages = $$(el, '[part~="error"]').map((m) => m.textContent?.trim())
    expect(messages).to.deep.include(
      'Attributet provider: ingen aktör med adressen ”finns-inte” har något stöd just nu. Till exempel: provider="almi-mitt".',
    )
    expect(messages.join(' ')).to.contain('mode="guided"')
    expect(messages.join(' ')).to.contain('hide-facets')
    // The finder still works, but a partner's page never shows every provider's offers.
    expect(resultCount(el)).to.equal(0)
    expect($(el, '[data-facet="provider"]')).to.equal(null)
    expect(el.filters.provider).to.deep.equal(['finns-inte'])
  })

  it('shows no offers, with a message, for a provider that has none at the moment', async () => {
    const data = await sfData()
    expect(data.offers.some((o) => o.provider?.slug === 'nationellt-vintersportcentrum')).to.equal(
      false,
    )
    const el = await finder(
      html`<ijh-support-finder
        provider="nationellt-vintersportcentrum"
        hide-facets="provider"
      ></ijh-support-finder>`,
    )
    expect(resultCount(el)).to.equal(0)
    expect($(el, '[part~="error"]')?.textContent).to.contain('”nationellt-vintersportcentrum”')
    // Not "no match for your search": the reader has not searched.
    expect($(el, '[part~="suggestions"]')?.textContent?.trim()).to.equal(
      'Det finns inga stöd att visa ännu.',
    )
    // A known one beside it is used alone.
    el.provider = 'nationellt-vintersportcentrum, almi-mitt'
    await el.updateComplete
    const almi = data.offers.filter((o) => o.provider?.slug === 'almi-mitt')
    expect(resultCount(el)).to.equal(almi.length)
  })

  it('lists nothing, with no message, for a need that exists but that no offer has yet', async () => {
    const data = await sfData()
    const need = {slug: 'ny-stodtyp', inSwedish: [], title: 'Ny stödtyp', description: null}
    const el = await finder(
      html`<ijh-support-finder need="ny-stodtyp"></ijh-support-finder>`,
      new TestSource(() => ({...data, needs: [...data.needs, need]})),
    )
    expect(resultCount(el)).to.equal(0)
    expect($(el, '[part~="error"]')?.textContent).to.equal(undefined)
    expect(el.filters.need).to.deep.equal(['ny-stodtyp'])
  })

  it('names a preset that is no slug at all, and keeps the good ones', async () => {
    const el = await finder(
      html`<ijh-support-finder municipality="Åre/Duved, krokom"></ijh-support-finder>`,
    )
    const messages = $$(el, '[part~="error"]').map((m) => m.textContent?.trim())
    expect(messages).to.deep.equal([
      'Attributet municipality har ett okänt värde ”Åre/Duved”. Till exempel: municipality="krokom".',
    ])
    const boxes = $$(el, '[data-facet="municipality"] input')
    expect(boxes).to.have.length(1)
    expect((boxes[0] as HTMLInputElement).checked).to.equal(true)
  })

  it('on a wide screen, offers a way past the filters to the results, shown while it has focus', async () => {
    const wrapper = await fixtureWithSource<HTMLElement>(
      new TestSource(),
      html`<div style="width: 1100px"><ijh-support-finder></ijh-support-finder></div>`,
    )
    const el = wrapper.querySelector('ijh-support-finder') as IjhSupportFinder
    await loaded(el)
    const skip = $(el, '[part~="skip-to-results"]') as HTMLButtonElement
    expect(skip.getBoundingClientRect().width, 'hidden until focused').to.be.at.most(1)
    ;($(el, '[part~="search"]') as HTMLInputElement).focus()
    await sendKeys({press: 'Tab'})
    expectSame(el.shadowRoot?.activeElement, skip)
    expect(skip.getBoundingClientRect().width).to.be.greaterThan(44)
    expect(skip.textContent?.trim()).to.equal('Hoppa över filtren till resultaten (29 stöd)')
    await sendKeys({press: 'Enter'})
    expectSame(el.shadowRoot?.activeElement, $(el, '#results-heading'))
    // Nothing to skip with every facet hidden.
    el.hideFacets = 'need stage target-group sector municipality provider'
    await el.updateComplete
    expect($(el, '[part~="skip-to-results"]')?.localName).to.equal(undefined)
  })

  it('puts the filters in a disclosure on a narrow screen, without horizontal scrolling at 320 px', async () => {
    const wrapper = await fixtureWithSource<HTMLElement>(
      new TestSource(),
      html`<div style="width: 320px"><ijh-support-finder></ijh-support-finder></div>`,
    )
    const el = wrapper.querySelector('ijh-support-finder') as IjhSupportFinder
    await loaded(el)
    const toggle = $(el, '[part~="filters-toggle"]') as HTMLButtonElement
    const filters = $(el, '[part~="filters"]') as HTMLElement
    expect(getComputedStyle(toggle).display).to.not.equal('none')
    expect(getComputedStyle(filters).display).to.equal('none')
    toggle.click()
    await el.updateComplete
    expect(toggle.getAttribute('aria-expanded')).to.equal('true')
    expect(getComputedStyle(filters).display).to.not.equal('none')
    expect(el.scrollWidth).to.be.at.most(320)
    for (const node of $$(el, '*')) {
      expect(node.getBoundingClientRect().right, node.className).to.be.at.most(
        el.getBoundingClientRect().right + 0.5,
      )
    }
    await expect(el).to.be.accessible()
    // The button at the end of the filters closes them and goes to the results.
    const done = $(el, '.filters-done') as HTMLButtonElement
    expect(done.textContent?.trim()).to.equal('Visa 29 stöd')
    done.click()
    await el.updateComplete
    await el.updateComplete
    expect(getComputedStyle(filters).display).to.equal('none')
    expect(toggle.getAttribute('aria-expanded')).to.equal('false')
    expect(shadow(el).activeElement?.id).to.equal('results-heading')
    // 200 % zoom of a 1280 px window leaves 640 CSS pixels: the same one-column layout.
    const zoomed = await fixtureWithSource<HTMLElement>(
      new TestSource(),
      html`<div style="width: 640px"><ijh-support-finder></ijh-support-finder></div>`,
    )
    const zoomedEl = zoomed.querySelector('ijh-support-finder') as IjhSupportFinder
    await loaded(zoomedEl)
    expect(
      getComputedStyle($(zoomedEl, '[part~="filters-toggle"]') as HTMLElement).display,
    ).to.not.equal('none')
    expect(zoomedEl.scrollWidth).to.be.at.most(640)
    // Wide: no toggle, the filters always there.
    const wide = await finder()
    expect(getComputedStyle($(wide, '[part~="filters-toggle"]') as HTMLElement).display).to.equal(
      'none',
    )
    expect(getComputedStyle($(wide, '.filters-done') as HTMLElement).display).to.equal('none')
  })

  it('speaks English for lang="en", with dates formatted for English', async () => {
    sinon.useFakeTimers({now: new Date('2026-11-27T12:00:00'), toFake: ['Date']})
    const el = await finder(html`<ijh-support-finder lang="en"></ijh-support-finder>`)
    expect($(el, '[part~="title"]')?.textContent).to.equal('Find support for your idea or business')
    expect($(el, '[part~="share-button"]')?.textContent?.trim()).to.equal('Share search')
    expect($(el, '[part~="result-count"]')?.textContent).to.contain('29 offers')
    const statuses = $$(el, '[part~="status"]').map((s) => s.textContent?.trim())
    expect(statuses).to.include('Open until 31 March 2027')
    // The search's chip quotes the words as English does.
    window.history.replaceState(null, '', '?ijh-sf-q=mentor')
    const searched = await finder(html`<ijh-support-finder lang="en"></ijh-support-finder>`)
    expect(
      $$(searched, '[part~="chip"]').map((c) => c.textContent?.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal(['Search: “mentor”×'])
  })

  it('renders hostile content as text and links only https, mailto and tel', async () => {
    const hostile = '<img src=x onerror="window.__sfxss=1">'
    const data = await sfData()
    const source = new TestSource(() => ({
      ...data,
      offers: [
        {
          ...data.offers[0],
          title: hostile,
          eligibility: hostile,
          contact: {label: hostile, url: 'javascript:alert(1)', actor: null},
          provider: {_id: 'p', slug: 'p', name: hostile, website: 'http://insecure.example'},
        },
        null,
        {_id: 'broken', title: null, needs: 'oops', status: 7},
      ],
      entryPoint: {slug: 'x', name: hostile, website: 'javascript:alert(1)'},
    }))
    const el = await finder(undefined, source)
    expect(shadow(el).querySelector('img')).to.equal(null)
    expect(titles(el)).to.include(hostile)
    expect(resultCount(el)).to.equal(2)
    const hrefs = $$(el, 'a').map((a) => a.getAttribute('href'))
    expect(hrefs.filter((href) => /javascript|http:/.test(href ?? ''))).to.deep.equal([])
    expect((window as {__sfxss?: number}).__sfxss).to.equal(undefined)
  })

  it('shows who can apply and what for in the paragraphs the editor wrote', async () => {
    const data = await sfData()
    const offer = {
      ...data.offers[0],
      eligibility: 'Företag i länet.\n\nFöreningar som driver näringsverksamhet.',
      covers: 'Konsulttjänster.',
    }
    const el = await finder(undefined, new TestSource(() => ({...data, offers: [offer]})))
    const facts = $$(el, '.facts dd').map((dd) =>
      [...dd.querySelectorAll('p')].map((p) => p.textContent),
    )
    expect(facts.slice(0, 2)).to.deep.equal([
      ['Företag i länet.', 'Föreningar som driver näringsverksamhet.'],
      ['Konsulttjänster.'],
    ])
  })

  it('shows no results, with the human way in, when there are no offers at all', async () => {
    const data = await sfData()
    const el = await finder(undefined, new TestSource(() => ({...data, offers: []})))
    expect(resultCount(el)).to.equal(0)
    // Not "no match for your search": the reader has not searched.
    expect($(el, '[part~="suggestions"]')?.textContent?.trim()).to.equal(
      'Det finns inga stöd att visa ännu.',
    )
    expect($(el, '[part~="help"]')?.textContent).to.contain('Regionförbundet')
  })

  it('keeps the last results when a reload fails, and recovers from an error with retry', async () => {
    const source = new TestSource()
    source.failWith = SERVER_ERROR
    const el = await finder(
      html`<ijh-support-finder
        style="--ijh-support-finder-accent: rgb(120, 0, 60); --ijh-support-finder-accent-contrast: rgb(255, 250, 240)"
      ></ijh-support-finder>`,
      source,
    )
    expect($(el, '[part~="error"]')).to.exist
    // In the partner's colours, as the rest of the finder.
    const retry = getComputedStyle($(el, '[part~="retry-button"]') as HTMLElement)
    expect([retry.backgroundColor, retry.color]).to.deep.equal([
      'rgb(120, 0, 60)',
      'rgb(255, 250, 240)',
    ])
    source.failWith = undefined
    ;($(el, '[part~="retry-button"]') as HTMLButtonElement).click()
    await until(() => resultCount(el) === 29, 'the retried content')
    source.failWith = SERVER_ERROR
    el.lang = 'en'
    await until(() => !!$(el, '[part~="stale-notice"]'), 'the stale notice')
    expect(resultCount(el)).to.equal(29)
  })

  it('reserves the space of its content while loading', async () => {
    const held = new TestSource()
    held.hold = true
    const finderEl = await fixtureWithSource<IjhSupportFinder>(
      held,
      html`<ijh-support-finder></ijh-support-finder>`,
    )
    expect(finderEl.getBoundingClientRect().height).to.be.greaterThan(500)
    expect($(finderEl, '[role="status"]')?.textContent).to.equal('Laddar innehåll …')
    held.release()
    await loaded(finderEl)
    expect(resultCount(finderEl)).to.equal(29)
  })
})
