/**
 * What assistive technology gets: Chromium's computed accessibility tree of each element, with its
 * bundled default content, after shadow DOM, slots, `hidden`, `inert`, `aria-hidden`,
 * `aria-labelledby` and `aria-describedby` are resolved (the `ax-tree` command,
 * tests/helpers/ax-tree-command.mjs, through the DevTools protocol). axe checks rules on the DOM,
 * the keyboard walk checks focus; this checks the roles, names, descriptions, states and live
 * regions a screen reader reads, and that they change when the reader acts.
 *
 * For every element and view: every control (and every other focusable node) has a specific name,
 * never `undefined` or `[object Object]`, and controls with the same name differ by their
 * description or lead to the same address; headings follow `heading-level` (2 and 4) with no level
 * skipped; what is hidden (collapsed panels, inactive slides, `aria-hidden` decoration) is not in
 * the tree, and what is shown is.
 */
import {expect, html} from '@open-wc/testing'
import {executeServerCommand, sendKeys, setViewport} from '@web/test-runner-commands'
import type {TemplateResult} from 'lit'
import '../components/focus-area-card/focus-area-card'
import '../components/story-carousel/story-carousel'
import '../components/strategy-wheel/strategy-wheel'
import '../components/support-finder/support-finder'
import type {IjhStrategyWheel} from '../components/strategy-wheel/strategy-wheel'
import {NOT_TEXT_WORDS} from './helpers/arbitraries'
import {deepShadowRoots} from './helpers/dom-checks'
import {
  SERVER_ERROR,
  TestSource,
  fixtureWithSource,
  frame,
  loaded,
  until,
} from './helpers/test-source'

/** A node of the computed tree, as the `ax-tree` command gives it. */
interface AxNode {
  role: string
  name: string
  description?: string
  props: Record<string, string | number | boolean | null>
  children: AxNode[]
}

interface Updatable extends HTMLElement {
  updateComplete: Promise<unknown>
}

let roots = 0

/** The computed accessibility tree below `host` (the host itself as its root). */
async function axTree(host: Element): Promise<AxNode> {
  if (!host.hasAttribute('data-ax-root')) host.setAttribute('data-ax-root', String(++roots))
  const selector = `[data-ax-root="${host.getAttribute('data-ax-root')}"]`
  return (await executeServerCommand('ax-tree', {selector})) as AxNode
}

/** Every node below `node`, in document order. */
function nodes(node: AxNode): AxNode[] {
  return node.children.flatMap((child) => [child, ...nodes(child)])
}

const byRole = (tree: AxNode, role: string) => nodes(tree).filter((node) => node.role === role)

/** The one node with this role and name (fails when there is none, or more than one). */
function one(tree: AxNode, role: string, name: string | RegExp): AxNode {
  const found = byRole(tree, role).filter((node) =>
    typeof name === 'string' ? node.name === name : name.test(node.name),
  )
  expect(found.length, `one ${role} named ${name} in\n${outline(tree)}`).to.equal(1)
  return found[0]
}

/** The text a screen reader reads in the tree, node by node. */
function texts(tree: AxNode): string[] {
  return byRole(tree, 'StaticText').map((node) => node.name)
}

/** A short outline of the tree, for failure messages. */
function outline(node: AxNode, depth = 0): string {
  if (node.role === 'StaticText' || depth > 8) return ''
  const states = Object.entries(node.props)
    .filter(([key]) =>
      ['level', 'checked', 'selected', 'expanded', 'pressed', 'live'].includes(key),
    )
    .map(([key, value]) => `${key}=${value}`)
  const line = `${'  '.repeat(depth)}${node.role} "${node.name}"${node.description ? ` (${node.description})` : ''} ${states.join(' ')}\n`
  return line + node.children.map((child) => outline(child, depth + 1)).join('')
}

/** Roles of controls: whatever the reader operates. */
const CONTROLS = new Set([
  'button',
  'link',
  'checkbox',
  'radio',
  'tab',
  'textbox',
  'searchbox',
  'combobox',
  'switch',
  'menuitem',
  'option',
  'slider',
  'spinbutton',
])

/**
 * What is wrong with the names of the tree's controls and focusable nodes: empty, printed from a
 * value that is no text, or the same as another's without a description or an address that tells
 * them apart (WCAG 2.4.6, 2.4.4, 4.1.2).
 */
function nameProblems(tree: AxNode): string[] {
  const named = nodes(tree).filter(
    (node) => CONTROLS.has(node.role) || (node.props.focusable && node.role !== 'StaticText'),
  )
  const problems: string[] = []
  for (const node of named) {
    if (!node.name.trim()) problems.push(`${node.role} without a name`)
    if (NOT_TEXT_WORDS.test(`${node.name} ${node.description ?? ''}`)) {
      problems.push(
        `${node.role} "${node.name}" (${node.description}) prints a value that is no text`,
      )
    }
  }
  const groups = new Map<string, AxNode[]>()
  for (const node of named.filter((node) => CONTROLS.has(node.role))) {
    const key = `${node.role} "${node.name}"`
    groups.set(key, [...(groups.get(key) ?? []), node])
  }
  for (const [key, same] of groups) {
    if (same.length < 2) continue
    const urls = new Set(same.map((node) => node.props.url))
    const descriptions = new Set(same.map((node) => node.description ?? ''))
    const apart = descriptions.size === same.length && !descriptions.has('')
    if (!apart && !(key.startsWith('link') && urls.size === 1)) {
      problems.push(`${same.length} × ${key}, not told apart by a description or one address`)
    }
  }
  return problems
}

/**
 * The headings' levels in reading order, and what is wrong with them as an outline inside an
 * element whose heading level is `top`: the first at `top`, none above it, none skipping a level.
 */
function headingProblems(tree: AxNode, top: number): {levels: number[]; problems: string[]} {
  const headings = byRole(tree, 'heading')
  const levels = headings.map((node) => Number(node.props.level))
  const problems: string[] = []
  if (levels[0] !== top) problems.push(`the first heading is at ${levels[0]}, not ${top}`)
  levels.forEach((level, i) => {
    if (level < top) problems.push(`"${headings[i].name}" at ${level}, above ${top}`)
    if (i && level > levels[i - 1] + 1) {
      problems.push(`"${headings[i].name}" at ${level} after ${levels[i - 1]}: a level skipped`)
    }
    if (!headings[i].name.trim()) problems.push(`an empty heading at ${level}`)
  })
  return {levels, problems}
}

/** The live regions: role, politeness, atomic, and what they say now. */
function liveRegions(tree: AxNode): {role: string; live: unknown; text: string}[] {
  return nodes(tree)
    .filter((node) => node.props.live && node.props.live !== 'off' && !node.props.busy)
    .filter((node) => node.role !== 'StaticText')
    .filter((node, _, all) => !all.some((other) => other !== node && nodes(other).includes(node)))
    .map((node) => ({role: node.role, live: node.props.live, text: texts(node).join(' ').trim()}))
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase()

/** What hides a text from assistive technology, and what is no text of the page's. */
const UNEXPOSED = '[hidden], [inert], [aria-hidden="true"], title, desc, style, script, template'

/**
 * The texts the element shows that are not in the tree (missing), and the texts in the tree that
 * it hides (`hidden`, `inert`, `aria-hidden`, `display: none`, `visibility: hidden`): each text
 * node of its shadow roots against the tree's text, counted, so that a text shown twice and read
 * once is missing. Visually hidden text (for screen readers only) counts as shown. Case is folded:
 * `text-transform` changes what the tree says.
 */
function textProblems(host: Element, tree: AxNode): {missing: string[]; leaked: string[]} {
  const shown = new Map<string, number>()
  const hidden = new Set<string>()
  const count = (text: string, element: Element) => {
    // A slot, `display: contents`, has no box of its own: its parent's visibility is its text's.
    let box: Element | null = element
    while (box && getComputedStyle(box).display === 'contents') box = box.parentElement
    const exposed =
      !element.closest(UNEXPOSED) && !!box?.checkVisibility({visibilityProperty: true})
    if (exposed) shown.set(text, (shown.get(text) ?? 0) + 1)
    else hidden.add(text)
  }
  for (const root of deepShadowRoots(host)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = fold(node.textContent ?? '')
      if (text && node.parentElement) count(text, node.parentElement)
    }
    // Text the styles add (`content: ':'`) is read too.
    for (const element of root.querySelectorAll('*')) {
      for (const pseudo of ['::before', '::after']) {
        const content = /^"(.+)"$/.exec(getComputedStyle(element, pseudo).content)?.[1]
        if (content && fold(content)) count(fold(content), element)
      }
    }
  }
  const read = new Map<string, number>()
  for (const text of texts(tree).map(fold).filter(Boolean)) {
    read.set(text, (read.get(text) ?? 0) + 1)
  }
  const missing = [...shown].flatMap(([text, count]) =>
    (read.get(text) ?? 0) < count ? [`${text} (${read.get(text) ?? 0} of ${count})`] : [],
  )
  const leaked = [...read].flatMap(([text, count]) =>
    count > (shown.get(text) ?? 0) ? [`${text}${hidden.has(text) ? ' (hidden)' : ''}`] : [],
  )
  return {missing, leaked}
}

/**
 * Nothing shown missing from the tree, nothing hidden in it; and every `aria-describedby` the
 * element wires on something exposed resolves to a description in the tree.
 */
function expectTreeMatchesDom(host: Element, tree: AxNode): void {
  expect(
    textProblems(host, tree),
    'texts shown but not exposed, or exposed but hidden',
  ).to.deep.equal({missing: [], leaked: []})
  const wired = deepShadowRoots(host).flatMap((root) =>
    [...root.querySelectorAll('[aria-describedby]')].filter(
      (element) =>
        !element.closest(UNEXPOSED) && element.checkVisibility({visibilityProperty: true}),
    ),
  )
  const described = nodes(tree).filter((node) => node.props.describedby !== undefined)
  expect(
    described
      .filter((node) => !node.description?.trim())
      .map((node) => `${node.role} "${node.name}"`),
    'descriptions that resolve to nothing',
  ).to.deep.equal([])
  expect(described.length, 'every wired description is in the tree').to.equal(wired.length)
}

/** The element with its content, reading the bundled default content through a test source. */
async function mount<E extends Updatable>(template: TemplateResult, source = new TestSource()) {
  const element = await fixtureWithSource<E>(source, template)
  await loaded(element)
  return element
}

const $ = <E extends Element = HTMLElement>(host: Element, selector: string) =>
  host.shadowRoot!.querySelector(selector) as E
const $$ = <E extends Element = HTMLElement>(host: Element, selector: string) =>
  [...host.shadowRoot!.querySelectorAll(selector)] as E[]

/** Until the computed tree satisfies `predicate` (the tree follows the DOM a frame later). */
async function treeWhen(host: Element, predicate: (tree: AxNode) => boolean, what: string) {
  let tree = await axTree(host)
  for (let i = 0; i < 50 && !predicate(tree); i++) {
    await frame()
    tree = await axTree(host)
  }
  expect(predicate(tree), `${what} in\n${outline(tree)}`).to.equal(true)
  return tree
}

describe('accessibility tree: what assistive technology gets', function () {
  this.timeout(30_000)

  before(() => setViewport({width: 1280, height: 900}))
  after(() => setViewport({width: 800, height: 600}))

  describe('ijh-focus-area-card', () => {
    for (const level of [2, 4, 6]) {
      it(`full card at heading-level ${level}: its title at ${level}, its themes and sections one below (6 stays 6), each theme's toggle named by its theme and expanded`, async () => {
        const card = await mount(
          html`<ijh-focus-area-card
            focus-area="kunskap-och-kompetens"
            heading-level=${level}
          ></ijh-focus-area-card>`,
        )
        const tree = await axTree(card)
        expect(nameProblems(tree)).to.deep.equal([])
        expectTreeMatchesDom(card, tree)
        const {levels, problems} = headingProblems(tree, level)
        expect(problems, outline(tree)).to.deep.equal([])
        const sub = Math.min(level + 1, 6)
        expect(levels).to.deep.equal([level, sub, sub, sub, sub])
        expect(byRole(tree, 'heading')[0].name).to.equal('Kunskap och kompetens')
        const toggles = byRole(tree, 'button')
        expect(toggles.map((button) => [button.name, button.props.expanded])).to.deep.equal([
          ['Attrahera kompetens och kreativa individer', true],
          ['Öka tillgängligheten till kunskapsmiljöer', true],
        ])
        // The toggle is inside its theme's heading: the heading is named by it.
        for (const toggle of toggles)
          expect(one(tree, 'heading', toggle.name).children).to.include(toggle)
        // The bullets' markers are decoration, the chevrons too.
        expect(texts(tree).join('')).not.to.match(/[›⌄▾]/)
      })
    }

    it('a theme toggled with Enter and Space: collapsed, its bullets leave the tree and the state says so; expanded, they come back', async () => {
      const card = await mount(
        html`<ijh-focus-area-card focus-area="kunskap-och-kompetens"></ijh-focus-area-card>`,
      )
      const bullet = 'Attrahera individer med potential och utbilda inom det som behövs.'
      const other =
        'Öka kompetensen inom innovationsområdet och integrera innovation i hela utbildningssystemet.'
      let tree = await axTree(card)
      expect(texts(tree)).to.include(bullet)
      $(card, '[part~="theme-toggle"]').focus()
      await sendKeys({press: 'Enter'})
      await card.updateComplete
      tree = await treeWhen(
        card,
        (t) =>
          one(t, 'button', 'Attrahera kompetens och kreativa individer').props.expanded === false,
        'the toggle collapsed',
      )
      expect(texts(tree), 'a collapsed theme’s bullets are not in the tree').not.to.include(bullet)
      expect(texts(tree).some((text) => other.startsWith(text))).to.equal(true)
      expect(
        one(tree, 'button', 'Öka tillgängligheten till kunskapsmiljöer').props.expanded,
      ).to.equal(true)
      await sendKeys({press: 'Space'})
      await card.updateComplete
      tree = await treeWhen(
        card,
        (t) =>
          one(t, 'button', 'Attrahera kompetens och kreativa individer').props.expanded === true,
        'the toggle expanded',
      )
      expect(texts(tree)).to.include(bullet)
    })

    for (const level of [2, 4]) {
      it(`compact card at heading-level ${level}: the title at ${level}, and its link says which focus area it leads to`, async () => {
        const card = await mount(
          html`<ijh-focus-area-card
            focus-area="kunskap-och-kompetens"
            variant="compact"
            heading-level=${level}
            href-template="/innovation/{slug}"
          ></ijh-focus-area-card>`,
        )
        const tree = await axTree(card)
        expect(nameProblems(tree)).to.deep.equal([])
        expectTreeMatchesDom(card, tree)
        expect(headingProblems(tree, level)).to.deep.equal({levels: [level], problems: []})
        const link = one(tree, 'link', 'Läs mer om Kunskap och kompetens')
        expect(link.props.url).to.match(/\/innovation\/kunskap-och-kompetens$/)
        expect(byRole(tree, 'link')).to.have.length(1)
      })
    }

    it('following a wheel: a polite status region, silent on load, that says which focus area the card shows after the reader chose one', async () => {
      const wrapper = await fixtureWithSource<HTMLElement>(
        new TestSource(),
        html`<div>
          <ijh-strategy-wheel id="ax-wheel" no-fragment></ijh-strategy-wheel>
          <ijh-focus-area-card
            for="ax-wheel"
            focus-area="kunskap-och-kompetens"
          ></ijh-focus-area-card>
        </div>`,
      )
      const wheel = wrapper.querySelector('ijh-strategy-wheel') as IjhStrategyWheel
      const card = wrapper.querySelector('ijh-focus-area-card') as Updatable
      await loaded(wheel)
      await loaded(card)
      let tree = await axTree(card)
      expect(liveRegions(tree)).to.deep.equal([{role: 'status', live: 'polite', text: ''}])
      $$(wheel, 'svg [part~="area"]')[3].focus()
      await sendKeys({press: 'Enter'})
      await until(() => $(card, '[part~="title"]')?.textContent === 'Kreativa mötesplatser')
      tree = await treeWhen(card, (t) => liveRegions(t)[0]?.text !== '', 'the announcement')
      expect(liveRegions(tree)).to.deep.equal([
        {
          role: 'status',
          live: 'polite',
          text: 'Kortet visar nu insatsområdet Kreativa mötesplatser.',
        },
      ])
      expect(byRole(tree, 'heading')[0].name).to.equal('Kreativa mötesplatser')
    })
  })

  describe('ijh-strategy-wheel', () => {
    it('the wheel: a named graphic described by the text above it; the focus areas a toolbar described by its keyboard hint; each a button named by its title and described by its summary and links', async () => {
      const wheel = await mount(html`<ijh-strategy-wheel no-fragment></ijh-strategy-wheel>`)
      const tree = await axTree(wheel)
      expect(nameProblems(tree)).to.deep.equal([])
      expectTreeMatchesDom(wheel, tree)
      const graphic = one(
        tree,
        'graphics-document',
        'Strategihjul: Innovativa Jämtland/Härjedalen 2025',
      )
      const description = $(wheel, '#description').textContent!.trim()
      expect(description).to.match(/^Hjulet visar strategin/)
      expect(graphic.description).to.equal(description)
      // The description is read once as text above the wheel, and once as the wheel's description.
      expect(texts(tree).filter((text) => text === description)).to.have.length(1)
      one(
        tree,
        'graphics-symbol',
        'Vision 2025: En innovationsdriven samhällsutveckling i världsklass',
      )
      const toolbar = one(tree, 'toolbar', 'Insatsområden')
      expect(toolbar.description).to.match(/^Piltangenterna flyttar mellan insatsområdena/)
      // The hint itself is `hidden`: a description, never text of its own.
      expect(texts(tree).join(' ')).not.to.contain('Piltangenterna')
      const areas = toolbar.children
      expect(areas.map((area) => [area.role, area.name])).to.deep.equal([
        ['button', 'Positiv samhällsutveckling'],
        ['button', 'Öppenhet och dynamik'],
        ['button', 'Kunskap och kompetens'],
        ['button', 'Kreativa mötesplatser'],
        ['button', 'Handlingskraftigt innovationsstöd'],
      ])
      expect(areas[2].description).to.equal(
        'Attrahera kompetens och kreativa individer. Bidrar till: Smart specialisering utifrån våra villkor, Stärkt omvärldsbild av vad som gör oss unika och Effektiv användning av gemensamma resurser.',
      )
      for (const area of areas) {
        expect(area.description, area.name).to.match(/\. Bidrar till: .+\./)
        expect(area.props.focusable).to.equal(true)
      }
      // The arc labels are drawn text, `aria-hidden`: the segments' names say them.
      expect(texts(tree)).not.to.include('Kunskap och kompetens')
      expect(
        byRole(tree, 'group').map((group) => [group.name, group.children.length]),
      ).to.deep.equal([
        ['Värdeord', 5],
        ['Vägledande mål', 3],
      ])
      for (const symbol of byRole(tree, 'group').flatMap((group) => group.children)) {
        expect(symbol.role).to.equal('graphics-symbol')
        expect(symbol.name.trim()).not.to.equal('')
      }
    })

    it('linked (href-template): each focus area a link to its page, named by its title', async () => {
      const wheel = await mount(
        html`<ijh-strategy-wheel
          no-fragment
          href-template="/innovation/{slug}"
        ></ijh-strategy-wheel>`,
      )
      const tree = await axTree(wheel)
      expect(nameProblems(tree)).to.deep.equal([])
      expectTreeMatchesDom(wheel, tree)
      const toolbar = one(tree, 'toolbar', 'Insatsområden')
      expect(toolbar.description).to.match(/Enter öppnar/)
      expect(toolbar.children.map((area) => [area.role, area.name, area.props.url])).to.deep.equal(
        [
          'positiv-samhallsutveckling',
          'oppenhet-och-dynamik',
          'kunskap-och-kompetens',
          'kreativa-motesplatser',
          'handlingskraftigt-innovationsstod',
        ].map((slug, i) => [
          'link',
          toolbar.children[i].name,
          `${location.origin}/innovation/${slug}`,
        ]),
      )
    })

    it('the selected focus area is marked aria-current, in the wheel and in the text version; Enter moves it', async () => {
      // Chromium's tree has aria-current (screen readers say "current"), but the DevTools
      // protocol does not give it: the attribute on the exposed button is what can be checked.
      const wheel = await mount(
        html`<ijh-strategy-wheel
          no-fragment
          selected="kunskap-och-kompetens"
        ></ijh-strategy-wheel>`,
      )
      const current = () =>
        $$(wheel, '[aria-current="true"]').map(
          (element) => element.querySelector('title')?.textContent ?? element.textContent!.trim(),
        )
      expect(current()).to.deep.equal(['Kunskap och kompetens'])
      $$(wheel, 'svg [part~="area"]')[2].focus()
      await sendKeys({press: 'ArrowRight'})
      await sendKeys({press: 'Enter'})
      await wheel.updateComplete
      expect(current()).to.deep.equal(['Kreativa mötesplatser'])
      // The exposed buttons are the elements that carry it.
      const tree = await axTree(wheel)
      expect(one(tree, 'toolbar', 'Insatsområden').children[3].props.focused).to.equal(true)
    })

    for (const level of [2, 4]) {
      it(`the text version at heading-level ${level}: its four headings at ${level}, buttons named by the focus areas, the "Vald" badge not read twice`, async () => {
        const wheel = await mount(
          html`<ijh-strategy-wheel
            no-fragment
            view="text"
            heading-level=${level}
            selected="oppenhet-och-dynamik"
          ></ijh-strategy-wheel>`,
        )
        const tree = await axTree(wheel)
        expect(nameProblems(tree)).to.deep.equal([])
        expectTreeMatchesDom(wheel, tree)
        const {levels, problems} = headingProblems(tree, level)
        expect(problems).to.deep.equal([])
        expect(byRole(tree, 'heading').map((h) => h.name)).to.deep.equal([
          'Vision 2025',
          'Insatsområden',
          'Värdeord',
          'Vägledande mål',
        ])
        expect(levels).to.deep.equal([level, level, level, level])
        expect(byRole(tree, 'button').map((button) => button.name)).to.deep.equal([
          'Visa som hjul',
          'Positiv samhällsutveckling',
          'Öppenhet och dynamik',
          'Kunskap och kompetens',
          'Kreativa mötesplatser',
          'Handlingskraftigt innovationsstöd',
        ])
        expect(texts(tree)).not.to.include('Vald')
        expect(byRole(tree, 'graphics-document')).to.have.length(0)
        expect(
          $(wheel, '.area-list [aria-current="true"]').textContent!.trim(),
          'the selected one is current',
        ).to.equal('Öppenhet och dynamik')
      })
    }

    it('a page’s own description (slot="description") is what describes the graphic, read once, the default one nowhere', async () => {
      const wheel = await mount(
        html`<ijh-strategy-wheel no-fragment
          ><p slot="description">Vår egen beskrivning av hjulet.</p></ijh-strategy-wheel
        >`,
      )
      const tree = await axTree(wheel)
      const graphic = byRole(tree, 'graphics-document')[0]
      expect(graphic.description).to.equal('Vår egen beskrivning av hjulet.')
      expect(
        texts(tree).filter((text) => text === 'Vår egen beskrivning av hjulet.'),
      ).to.have.length(1)
      expect(texts(tree).join(' ')).not.to.contain('Hjulet visar strategin')
    })

    it('the view switch: its name says what it shows, and the wheel and the text version are never both in the tree', async () => {
      const wheel = await mount(html`<ijh-strategy-wheel no-fragment></ijh-strategy-wheel>`)
      expect(one(await axTree(wheel), 'button', 'Visa som text').props.focusable).to.equal(true)
      $(wheel, '[part~="view-switch"]').focus()
      await sendKeys({press: 'Enter'})
      await wheel.updateComplete
      const tree = await treeWhen(
        wheel,
        (t) => byRole(t, 'button').some((button) => button.name === 'Visa som hjul'),
        'the text version',
      )
      expect(byRole(tree, 'graphics-document')).to.have.length(0)
      expect(byRole(tree, 'toolbar')).to.have.length(0)
      expect(byRole(tree, 'heading')).to.have.length(4)
    })
  })

  describe('ijh-support-finder', () => {
    // The finder keeps its filters in the address: each test starts from none.
    const address = location.pathname + location.search
    afterEach(() => history.replaceState(null, '', address))

    for (const level of [2, 4]) {
      it(`heading-level ${level}: the finder's heading at ${level}, the result count and the help one below, each offer one below that`, async () => {
        const finder = await mount(
          html`<ijh-support-finder heading-level=${level}></ijh-support-finder>`,
        )
        const tree = await axTree(finder)
        expect(nameProblems(tree)).to.deep.equal([])
        expectTreeMatchesDom(finder, tree)
        const {levels, problems} = headingProblems(tree, level)
        expect(problems).to.deep.equal([])
        const headings = byRole(tree, 'heading')
        expect(headings[0].name).to.equal('Hitta stöd för din idé eller verksamhet')
        expect([headings[1].name, levels[1]]).to.deep.equal(['Resultat: 29 stöd', level + 1])
        const cards = levels.filter((l) => l === level + 2)
        expect(cards).to.have.length(29)
        expect([headings.at(-1)!.name, levels.at(-1)]).to.deep.equal([
          'Vill du hellre prata med någon?',
          level + 1,
        ])
      })
    }

    it('the search: a search landmark and a search box named "Sök bland stöden", described by its example; with label, the landmark also names the finder', async () => {
      const finder = await mount(html`<ijh-support-finder></ijh-support-finder>`)
      let tree = await axTree(finder)
      const search = one(tree, 'search', 'Sök bland stöden')
      const box = one(search, 'searchbox', 'Sök bland stöden')
      expect(box.description).to.equal('Till exempel ”finansiering”, ”Östersund” eller ”mentor”.')
      const partner = await mount(
        html`<ijh-support-finder label="Almis stöd" url-key="almi"></ijh-support-finder>`,
      )
      tree = await axTree(partner)
      one(tree, 'search', 'Sök bland stöden Almis stöd')
      one(tree, 'heading', 'Almis stöd')
    })

    it('a filter checked with Space: checked in the tree, its name with its count; a chip to remove it appears, and the polite, atomic status says the new count', async () => {
      const finder = await mount(html`<ijh-support-finder></ijh-support-finder>`)
      let tree = await axTree(finder)
      expect(liveRegions(tree)).to.deep.equal([
        {role: 'status', live: 'polite', text: ''},
        {role: 'status', live: 'polite', text: ''},
      ])
      const announcer = byRole(tree, 'status')[0]
      expect(announcer.props.atomic).to.equal(true)
      const facet = one(tree, 'group', 'Vad behöver du?')
      const boxes = byRole(facet, 'checkbox')
      expect(boxes).to.have.length(10)
      for (const box of boxes) {
        expect(box.name, 'each option says how many offers it gives').to.match(
          /, (\d+ träffar|1 träff|inga träffar)$/,
        )
        expect(box.props.checked).to.equal('false')
      }
      expect(boxes[0].name.replace(/\s+,/, ',')).to.equal('Finansiering, 8 träffar')
      $(finder, '[data-facet="need"] input').focus()
      await sendKeys({press: 'Space'})
      await finder.updateComplete
      tree = await treeWhen(
        finder,
        (t) => byRole(one(t, 'group', 'Vad behöver du?'), 'checkbox')[0].props.checked === 'true',
        'the filter checked',
      )
      one(tree, 'button', 'Ta bort Behov: Finansiering')
      one(tree, 'button', 'Rensa alla')
      one(tree, 'heading', 'Resultat: 8 stöd')
      tree = await treeWhen(finder, (t) => liveRegions(t)[0]?.text !== '', 'the announcement')
      expect(liveRegions(tree)[0]).to.deep.include({role: 'status', live: 'polite'})
      expect(liveRegions(tree)[0].text).to.match(/^8 stöd/)
      expect(nameProblems(tree)).to.deep.equal([])
      expectTreeMatchesDom(finder, tree)
    })

    it('an offer’s “Visa hela erbjudandet”: described by the offer’s title, collapsed with its panel out of the tree; expanded, the panel is in it, and “Visa mindre” collapses it again', async () => {
      const finder = await mount(html`<ijh-support-finder></ijh-support-finder>`)
      let tree = await axTree(finder)
      const toggles = byRole(tree, 'button').filter((b) => b.name === 'Visa hela erbjudandet')
      expect(toggles).to.have.length(29)
      const titles = byRole(tree, 'heading').filter((h) => h.props.level === 4)
      expect(toggles.map((t) => t.description)).to.deep.equal(titles.map((t) => t.name))
      expect(toggles.every((t) => t.props.expanded === false)).to.equal(true)
      expect(byRole(tree, 'button').some((b) => b.name === 'Visa mindre')).to.equal(false)
      const first = $(finder, '[part~="card-toggle"]')
      first.focus()
      await sendKeys({press: 'Enter'})
      await finder.updateComplete
      tree = await treeWhen(
        finder,
        (t) => byRole(t, 'button').some((b) => b.name === 'Visa mindre'),
        'the panel',
      )
      const open = byRole(tree, 'button').filter((b) => b.name === 'Visa hela erbjudandet')
      expect(open[0].props.expanded).to.equal(true)
      expect(open.slice(1).every((t) => t.props.expanded === false)).to.equal(true)
      const less = one(tree, 'button', 'Visa mindre')
      expect(less.description).to.equal(titles[0].name)
      expect(texts(tree)).to.include('Så går du vidare')
      expect(nameProblems(tree)).to.deep.equal([])
      expectTreeMatchesDom(finder, tree)
      $(finder, '.show-less').click()
      await finder.updateComplete
      tree = await treeWhen(
        finder,
        (t) => !byRole(t, 'button').some((b) => b.name === 'Visa mindre'),
        'the panel closed',
      )
      expect(texts(tree)).not.to.include('Så går du vidare')
      expect(
        byRole(tree, 'button').find((b) => b.name === 'Visa hela erbjudandet')!.props.expanded,
      ).to.equal(false)
    })

    it('a partner preset: its fixed filters checked and disabled (“låsta”), the others operable', async () => {
      const finder = await mount(
        html`<ijh-support-finder provider="almi-mitt" municipality="krokom"></ijh-support-finder>`,
      )
      const tree = await axTree(finder)
      expect(nameProblems(tree)).to.deep.equal([])
      expectTreeMatchesDom(finder, tree)
      const locked = byRole(tree, 'checkbox').filter((box) => box.props.disabled)
      expect(locked.map((box) => [box.name.replace(/ ,/, ','), box.props.checked])).to.deep.equal([
        ['Krokom, 3 träffar', 'true'],
        ['Almi Mitt Företagspartner, 3 träffar', 'true'],
      ])
      const free = byRole(tree, 'checkbox').filter((box) => !box.props.disabled)
      expect(free.length).to.be.greaterThan(20)
      expect(free.every((box) => box.props.checked === 'false' && box.props.focusable)).to.equal(
        true,
      )
      // The preset is no filter the reader set: no chip to remove it.
      expect(byRole(tree, 'button').some((button) => button.name.startsWith('Ta bort'))).to.equal(
        false,
      )
    })

    it('guided mode, answered: a region “Dina svar” with one “Ändra” button per question, each named by its question', async () => {
      const finder = await mount(html`<ijh-support-finder mode="guided"></ijh-support-finder>`)
      for (let step = 0; step < 3; step++) {
        $(finder, 'button[type="submit"]').click()
        await finder.updateComplete
      }
      const tree = await treeWhen(finder, (t) => byRole(t, 'region').length === 1, 'the answers')
      expect(nameProblems(tree)).to.deep.equal([])
      expectTreeMatchesDom(finder, tree)
      const region = one(tree, 'region', 'Dina svar')
      expect(byRole(region, 'button').map((button) => button.name)).to.deep.equal([
        'Ändra: Vad behöver du hjälp med?',
        'Ändra: Var finns din verksamhet?',
        'Ändra: Hur långt har du kommit?',
      ])
      expect(headingProblems(tree, 2).problems).to.deep.equal([])
    })

    it('“Dela sökning”: a polite status says the link was copied; where the clipboard is refused, a read-only field named by its label takes focus', async () => {
      const finder = await mount(html`<ijh-support-finder></ijh-support-finder>`)
      let fail = false
      const writeText = async () => {
        if (fail) throw new Error('refused')
      }
      Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true})
      try {
        $(finder, '[part~="share-button"]').click()
        let tree = await treeWhen(
          finder,
          (t) => liveRegions(t).some((region) => region.text !== ''),
          'the copied status',
        )
        expect(liveRegions(tree)[1]).to.deep.equal({
          role: 'status',
          live: 'polite',
          text: 'Länken är kopierad.',
        })
        fail = true
        $(finder, '[part~="share-button"]').click()
        tree = await treeWhen(finder, (t) => byRole(t, 'textbox').length > 0, 'the link to copy')
        const field = one(tree, 'textbox', 'Kopiera länken nedan:')
        expect(field.props.readonly).to.equal(true)
        expect(field.props.focused).to.equal(true)
        expect(nameProblems(tree)).to.deep.equal([])
      } finally {
        delete (navigator as {clipboard?: unknown}).clipboard
      }
    })

    it('at 320 px: the filters behind “Visa filter”, collapsed and out of the tree until it expands them', async () => {
      await setViewport({width: 320, height: 800})
      try {
        const finder = await mount(html`<ijh-support-finder></ijh-support-finder>`)
        let tree = await axTree(finder)
        const toggle = one(tree, 'button', 'Visa filter')
        expect(toggle.props.expanded).to.equal(false)
        expect(byRole(tree, 'checkbox'), 'hidden filters').to.have.length(0)
        $(finder, '[part~="filters-toggle"]').click()
        await finder.updateComplete
        tree = await treeWhen(finder, (t) => byRole(t, 'checkbox').length > 0, 'the filters')
        expect(one(tree, 'button', 'Visa filter').props.expanded).to.equal(true)
        one(tree, 'group', 'Filter')
        one(tree, 'button', /^Visa \d+ stöd$/)
        expect(nameProblems(tree)).to.deep.equal([])
        expectTreeMatchesDom(finder, tree)
      } finally {
        await setViewport({width: 1280, height: 900})
      }
    })

    for (const level of [2, 4]) {
      it(`guided mode at heading-level ${level}: each question a group named by its heading (at ${level + 1}) with its progress; the answers radios, one checked, and the arrow keys move the check`, async () => {
        const finder = await mount(
          html`<ijh-support-finder mode="guided" heading-level=${level}></ijh-support-finder>`,
        )
        let tree = await axTree(finder)
        expect(nameProblems(tree)).to.deep.equal([])
        expectTreeMatchesDom(finder, tree)
        expect(headingProblems(tree, level).problems).to.deep.equal([])
        const group = one(tree, 'group', 'Fråga 1 av 3 Vad behöver du hjälp med?')
        expect(
          one(group, 'heading', 'Fråga 1 av 3 Vad behöver du hjälp med?').props.level,
        ).to.equal(level + 1)
        const radios = byRole(group, 'radio')
        expect(radios.length).to.be.greaterThan(2)
        expect(radios.filter((r) => r.props.checked === 'true').map((r) => r.name)).to.deep.equal([
          'Vet inte eller spelar ingen roll',
        ])
        expect(radios[0].name).to.match(/^Finansiering\b/)
        $(finder, 'input[type="radio"]').focus()
        await sendKeys({press: 'Space'})
        await sendKeys({press: 'ArrowDown'})
        await finder.updateComplete
        tree = await treeWhen(
          finder,
          (t) => byRole(t, 'radio')[1].props.checked === 'true',
          'the second answer checked',
        )
        expect(byRole(tree, 'radio').filter((r) => r.props.checked === 'true')).to.have.length(1)
        expect(liveRegions(tree)).to.deep.equal([{role: 'status', live: 'polite', text: ''}])
      })
    }
    it('guided mode: each answer’s radio is named by the answer alone, and described by its explanation', async () => {
      const finder = await mount(html`<ijh-support-finder mode="guided"></ijh-support-finder>`)
      const tree = await axTree(finder)
      const root = finder.shadowRoot as ShadowRoot
      const shown = [...root.querySelectorAll('input[type="radio"]')].map((radio) => {
        const label = radio.nextElementSibling
        return {
          name: label?.querySelector('.choice-label')?.textContent?.trim() ?? '',
          description: label?.querySelector('.choice-description')?.textContent?.trim() ?? '',
        }
      })
      expect(
        shown.filter((answer) => answer.description).length,
        'explained answers',
      ).to.be.greaterThan(1)
      expect(
        byRole(tree, 'radio').map((radio) => ({
          name: radio.name,
          description: radio.description ?? '',
        })),
      ).to.deep.equal(shown)
    })
  })

  describe('ijh-story-carousel', () => {
    for (const level of [2, 3, 4]) {
      it(`carousel at heading-level ${level}: a region “Goda exempel” presented as a carousel, a tablist of stories, one slide “1 av 8” in a polite region, its heading at ${level}; the other slides not in the tree`, async () => {
        const carousel = await mount(
          html`<ijh-story-carousel heading-level=${level}></ijh-story-carousel>`,
        )
        const tree = await axTree(carousel)
        expect(nameProblems(tree)).to.deep.equal([])
        expectTreeMatchesDom(carousel, tree)
        const region = one(tree, 'region', 'Goda exempel')
        expect(region.props.roledescription).to.equal('karusell')
        const tabs = byRole(one(region, 'tablist', 'Välj berättelse'), 'tab')
        expect(tabs).to.have.length(8)
        expect(tabs.map((tab) => tab.props.selected)).to.deep.equal([true, ...Array(7).fill(false)])
        const slides = nodes(region).filter((node) => node.props.roledescription === 'bild')
        expect(slides.map((slide) => [slide.role, slide.name])).to.deep.equal([
          ['tabpanel', '1 av 8'],
        ])
        expect(liveRegions(tree)).to.have.length(1)
        expect(liveRegions(tree)[0].live).to.equal('polite')
        expect(headingProblems(tree, level)).to.deep.equal({levels: [level], problems: []})
        expect(byRole(tree, 'heading')[0].name).to.equal(tabs[0].name)
        // Inactive slides are inert: their texts are nowhere in the tree (their titles only as
        // the tabs' names).
        for (const title of tabs.slice(1).map((tab) => tab.name)) {
          expect(texts(tree), title).not.to.include(title)
        }
        expect(byRole(tree, 'image')).to.have.length(1)
        expect(byRole(tree, 'image')[0].name.trim()).not.to.equal('')
      })
    }

    it('“Nästa berättelse” and the arrow keys in the picker: the selected tab and the one slide in the tree follow', async () => {
      const carousel = await mount(html`<ijh-story-carousel></ijh-story-carousel>`)
      let tree = await axTree(carousel)
      const titles = byRole(tree, 'tab').map((tab) => tab.name)
      $(carousel, '[part~="next-button"]').focus()
      await sendKeys({press: 'Enter'})
      await carousel.updateComplete
      const shows = (t: AxNode, n: number) =>
        byRole(t, 'tab').findIndex((tab) => tab.props.selected) === n &&
        nodes(t)
          .filter((node) => node.props.roledescription === 'bild')
          .map((s) => s.name)
          .join() === `${n + 1} av 8`
      tree = await treeWhen(carousel, (t) => shows(t, 1), 'the second story')
      expect(byRole(tree, 'heading').map((h) => h.name)).to.deep.equal([titles[1]])
      expect(texts(tree)).not.to.include(titles[0])
      $(carousel, '[role="tab"][aria-selected="true"]').focus()
      await sendKeys({press: 'End'})
      await carousel.updateComplete
      tree = await treeWhen(carousel, (t) => shows(t, 7), 'the last story')
      expect(byRole(tree, 'tab')[7].props.focused).to.equal(true)
      expect(byRole(tree, 'heading').map((h) => h.name)).to.deep.equal([titles[7]])
    })

    it('with autoplay: the rotation button named by what it does; the slides’ region is off while rotating, polite once stopped', async () => {
      const carousel = await mount(html`<ijh-story-carousel autoplay></ijh-story-carousel>`)
      let tree = await axTree(carousel)
      one(tree, 'button', 'Stoppa bildspelet')
      expect(liveRegions(tree), 'no live region while it rotates').to.deep.equal([])
      $(carousel, '[part~="rotation-button"]').click()
      await carousel.updateComplete
      tree = await treeWhen(
        carousel,
        (t) => byRole(t, 'button').some((b) => b.name === 'Starta bildspelet'),
        'stopped',
      )
      expect(liveRegions(tree).map((region) => region.live)).to.deep.equal(['polite'])
    })

    for (const level of [2, 4]) {
      it(`list mode at heading-level ${level}: a list named “Goda exempel” with every story as an item, each with its heading at ${level} holding a link named by the story; no carousel roles`, async () => {
        const list = await mount(
          html`<ijh-story-carousel
            layout="list"
            heading-level=${level}
            href-template="/goda-exempel/{slug}"
          ></ijh-story-carousel>`,
        )
        const tree = await axTree(list)
        expect(nameProblems(tree)).to.deep.equal([])
        expectTreeMatchesDom(list, tree)
        const named = one(tree, 'list', 'Goda exempel')
        const items = named.children.filter((node) => node.role === 'listitem')
        expect(items).to.have.length(8)
        for (const item of items) {
          const headings = byRole(item, 'heading')
          expect(headings.map((h) => h.props.level)).to.deep.equal([level])
          expect(byRole(headings[0], 'link').map((link) => link.name)).to.deep.equal([
            headings[0].name,
          ])
          expect(byRole(item, 'image')).to.have.length(1)
        }
        expect(headingProblems(tree, level).problems).to.deep.equal([])
        for (const role of ['tab', 'tablist', 'tabpanel', 'region']) {
          expect(byRole(tree, role), role).to.have.length(0)
        }
        expect(nodes(tree).some((node) => node.props.roledescription)).to.equal(false)
        expect(liveRegions(tree)).to.deep.equal([])
      })
    }

    it('a single story: a group “1 av 1”, no tabs', async () => {
      const carousel = await mount(html`<ijh-story-carousel limit="1"></ijh-story-carousel>`)
      const tree = await axTree(carousel)
      const slides = nodes(tree).filter((node) => node.props.roledescription === 'bild')
      expect(slides.map((slide) => [slide.role, slide.name])).to.deep.equal([['group', '1 av 1']])
      expect(byRole(tree, 'tab')).to.have.length(0)
      expect(nameProblems(tree)).to.deep.equal([])
      expectTreeMatchesDom(carousel, tree)
    })
  })

  describe('in English', () => {
    const address = location.pathname + location.search
    afterEach(() => history.replaceState(null, '', address))
    const english: [string, TemplateResult, [string, string][]][] = [
      [
        'ijh-focus-area-card',
        html`<ijh-focus-area-card
          lang="en"
          focus-area="kunskap-och-kompetens"
        ></ijh-focus-area-card>`,
        [['heading', 'Knowledge and skills']],
      ],
      [
        'ijh-strategy-wheel',
        html`<ijh-strategy-wheel lang="en" no-fragment></ijh-strategy-wheel>`,
        [
          ['button', 'Show as text'],
          ['toolbar', 'Focus areas'],
        ],
      ],
      [
        'ijh-support-finder',
        html`<ijh-support-finder lang="en"></ijh-support-finder>`,
        [['searchbox', 'Search the support offers']],
      ],
      [
        'ijh-story-carousel',
        html`<ijh-story-carousel lang="en"></ijh-story-carousel>`,
        [
          ['region', 'Success stories'],
          ['tabpanel', '1 of 8'],
          ['button', 'Next story'],
        ],
      ],
    ]
    for (const [name, template, expected] of english) {
      it(`${name}: English names, every control named, headings whole, texts shown and read alike`, async () => {
        const element = await mount(template)
        // The English strings load lazily: wait for the expected names (as text or in an
        // attribute such as aria-label), not for any text.
        await until(
          () => expected.every(([, label]) => element.shadowRoot?.innerHTML.includes(label)),
          'the English names',
        )
        const tree = await axTree(element)
        expect(nameProblems(tree)).to.deep.equal([])
        expectTreeMatchesDom(element, tree)
        const headings = byRole(tree, 'heading')
        if (headings.length) {
          expect(headingProblems(tree, Number(headings[0].props.level)).problems).to.deep.equal([])
        }
        for (const [role, label] of expected) one(tree, role, label)
      })
    }
  })

  /** Each element as a page puts it, with its defaults (the card needs its focus area). */
  const EACH_ELEMENT: [string, TemplateResult][] = [
    [
      'ijh-focus-area-card',
      html`<ijh-focus-area-card focus-area="kunskap-och-kompetens"></ijh-focus-area-card>`,
    ],
    ['ijh-strategy-wheel', html`<ijh-strategy-wheel no-fragment></ijh-strategy-wheel>`],
    ['ijh-support-finder', html`<ijh-support-finder></ijh-support-finder>`],
    ['ijh-story-carousel', html`<ijh-story-carousel></ijh-story-carousel>`],
  ]

  describe('at 320 px', () => {
    before(() => setViewport({width: 320, height: 800}))
    after(() => setViewport({width: 1280, height: 900}))
    for (const [name, template] of EACH_ELEMENT) {
      it(`${name}: every control named, texts shown and read alike`, async () => {
        const element = await mount(template)
        const tree = await axTree(element)
        expect(nameProblems(tree)).to.deep.equal([])
        expectTreeMatchesDom(element, tree)
        expect(nodes(tree).filter((node) => CONTROLS.has(node.role)).length).to.be.greaterThan(0)
      })
    }
  })

  describe('every element while loading and when its content cannot be loaded', () => {
    for (const [name, template] of EACH_ELEMENT) {
      it(`${name}: a busy placeholder with a polite “Laddar…” status; then an error in a polite status, and a retry button described by the message`, async () => {
        const source = new TestSource()
        source.hold = true
        const element = await fixtureWithSource<Updatable>(source, template)
        let tree = await treeWhen(
          element,
          (t) => byRole(t, 'status').length > 0,
          'the loading status',
        )
        const status = byRole(tree, 'status')
        expect(status.map((s) => [s.props.live, texts(s).join('').trim()])).to.deep.equal([
          ['polite', 'Laddar innehåll …'],
        ])
        expect(
          nodes(tree).some((node) => !!node.props.busy),
          'a busy placeholder',
        ).to.equal(true)
        element.remove()
        source.release()

        const failing = new TestSource()
        failing.failWith = SERVER_ERROR
        const failed = await fixtureWithSource<Updatable>(failing, template)
        await until(() => !!$(failed, '[part~="retry-button"]'), 'the error')
        tree = await axTree(failed)
        expect(nameProblems(tree)).to.deep.equal([])
        expectTreeMatchesDom(failed, tree)
        const message = 'Innehållet kunde inte hämtas just nu. Servern svarade med ett fel.'
        // The retry button is inside the status region: said with the message when it comes.
        expect(liveRegions(tree)).to.deep.equal([
          {role: 'status', live: 'polite', text: `${message} Försök igen`},
        ])
        const retry = one(tree, 'button', 'Försök igen')
        expect(retry.description, 'the retry button is described by the message').to.equal(message)
      })
    }
  })
})
