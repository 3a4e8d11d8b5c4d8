/**
 * Leaks: single-page apps (Next.js, Optimizely headless) mount the elements and unmount them on
 * every route change, so a removed element must leave nothing behind that holds it (or anything
 * else) for the life of the page: no listener on the window, the document or a media query, no
 * observer, timer or request, no entry in a module's set or cache that grows with every element.
 *
 * Each scenario mounts its elements in a page, waits until they show their content, moves them
 * (disconnected and connected again in one task, as frameworks and editors do), waits again,
 * removes them, and does that `ROUNDS` times. After the first round and after the last, the
 * garbage is collected (DevTools protocol, `HeapProfiler.collectGarbage`) and the page counts what
 * is left: its nodes, documents and event listeners (`Memory.getDOMCounters`), and the objects of
 * each element class and of the kinds a leak leaves (`Runtime.queryObjects`). A leak of anything at
 * all in each round adds at least `ROUNDS - 1` to a count; what fills up once (the content, the
 * English strings, Lit's templates) does so in the first round, or adds a few. So every count may
 * grow by less than half of `ROUNDS - 1`. Nothing waits for a time: only for content shown, and
 * for frames.
 *
 * The elements are bundled from the sources with esbuild behind the loader (`components/loader.ts`,
 * the CDN's way: each tag's module loads when the tag first appears) and served by Playwright's
 * request interception, with the bundled content's images, so that the carousel's images load.
 */
import assert from 'node:assert/strict'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {extname, join, resolve, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {after, before, describe, it} from 'node:test'
import {chromium, type Browser, type CDPSession, type Page} from 'playwright-core'
import {CHROMIUM_ARGS, chromiumPath} from '../../scripts/chromium-path.mjs'
import {bundleSources} from './helpers/bundle-sources'

const root = resolve(fileURLToPath(new URL('../../', import.meta.url)))
const IMAGES = join(root, 'components/data/generated/images')
const ORIGIN = 'http://ijh.test'
const ROUNDS = 30

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
}

/** Serves the page, the bundle and the bundled content's images (`chunks/images/…`). */
async function serve(page: Page, out: string): Promise<void> {
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname
    if (path === '/') {
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="sv"><head><script type="module" src="/loader.js"></script></head><body></body></html>',
      })
    }
    const file = path.startsWith('/chunks/images/')
      ? resolve(IMAGES, path.slice('/chunks/images/'.length))
      : resolve(out, `.${path}`)
    const inside = file.startsWith(out + sep) || file.startsWith(IMAGES + sep)
    const type = TYPES[extname(file)]
    let body: Buffer | undefined
    try {
      body = inside && type ? readFileSync(file) : undefined
    } catch {
      // not there
    }
    return body ? route.fulfill({contentType: type, body}) : route.fulfill({status: 404})
  })
}

/**
 * The page's side, as text: tsx (esbuild) would wrap a function written here in a helper that
 * names it, which the page does not have.
 */
const PAGE_SCRIPT = `
window.ijhLeaks = {
  frame: () => new Promise((done) => requestAnimationFrame(done)),
  /**
   * Every element (but the configuration) shows its content: no skeleton, and no message, but in
   * a removed tree, where a card finds no wheel to follow and says so.
   */
  loaded(container) {
    return this.ours(container).every((el) => this.shows(el, container.isConnected))
  },
  /** The elements in the container, but the configuration, which shows nothing. */
  ours(container) {
    return [...container.querySelectorAll('*')].filter(
      (el) => el.localName.startsWith('ijh-') && el.localName !== 'ijh-config',
    )
  },
  /** Whether an element shows its content, with no message unless the tree was removed. */
  shows(el, connected) {
    const unfinished = connected ? '[aria-busy="true"], [part~="error"]' : '[aria-busy="true"]'
    const content = el.shadowRoot?.querySelector('.content')
    return !!content?.childElementCount && !content.querySelector(unfinished)
  },
  /** Waits until every element shows its content; after 600 frames, names those that do not. */
  async settle() {
    for (let frames = 0; !this.loaded(this.container); frames++) {
      if (frames === 600) {
        const connected = this.container.isConnected
        const waiting = this.ours(this.container).filter((el) => !this.shows(el, connected))
        throw new Error('not loaded after 600 frames: ' + waiting.map((el) => el.localName).join(', '))
      }
      await this.frame()
    }
    await this.frame()
  },
  /** Mounts the markup; with early, removes it at once, before any content arrives. */
  async mount(markup, early) {
    this.container = document.createElement('div')
    this.container.innerHTML = markup
    document.body.append(this.container)
    if (early) this.container.remove()
    await this.settle()
  },
  /** Moves the elements: disconnected and connected again in the same task. */
  async move() {
    const other = document.createElement('section')
    document.body.append(other)
    other.append(this.container)
    await this.settle()
  },
  async unmount() {
    // The section it was moved into goes with it.
    this.container.closest('section')?.remove()
    this.container.remove()
    this.container = undefined
    await this.frame()
  },
}
`

/**
 * The kinds of objects counted, by the prototype in their chain (the element classes are added);
 * plain objects, records rather than instances, by the prototype they have.
 */
const KINDS: Record<string, string> = {
  WeakRef: 'WeakRef.prototype',
  MutationObserver: 'MutationObserver.prototype',
  ResizeObserver: 'ResizeObserver.prototype',
  AbortController: 'AbortController.prototype',
  MediaQueryList: 'MediaQueryList.prototype',
  Promise: 'Promise.prototype',
  Array: 'Array.prototype',
  'plain objects': 'Object.prototype',
}

type Counts = Record<string, number>

/** What is left in the page after collecting the garbage. */
async function count(page: Page, cdp: CDPSession): Promise<Counts> {
  await cdp.send('HeapProfiler.collectGarbage')
  const dom = await cdp.send('Memory.getDOMCounters')
  const counts: Counts = {
    nodes: dom.nodes,
    documents: dom.documents,
    'event listeners': dom.jsEventListeners,
  }
  const tags = await page.evaluate(() =>
    [
      'ijh-config',
      'ijh-strategy-wheel',
      'ijh-focus-area-card',
      'ijh-support-finder',
      'ijh-story-carousel',
    ].filter((tag) => customElements.get(tag)),
  )
  const kinds: Record<string, string> = {
    ...Object.fromEntries(
      tags.map((tag) => [`<${tag}>`, `customElements.get('${tag}').prototype`]),
    ),
    ...KINDS,
  }
  for (const [kind, expression] of Object.entries(kinds)) {
    const {result: prototype} = await cdp.send('Runtime.evaluate', {
      expression,
      objectGroup: 'leaks',
    })
    const {objects} = await cdp.send('Runtime.queryObjects', {
      prototypeObjectId: prototype.objectId as string,
      objectGroup: 'leaks',
    })
    const {result} = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId as string,
      functionDeclaration:
        kind === 'plain objects'
          ? 'function () { return this.filter((o) => Object.getPrototypeOf(o) === Object.prototype).length }'
          : 'function () { return this.length }',
      returnByValue: true,
      objectGroup: 'leaks',
    })
    counts[kind] = result.value as number
  }
  await cdp.send('Runtime.releaseObjectGroup', {objectGroup: 'leaks'})
  return counts
}

/**
 * The counts that grew by half as much as the rounds after the first, or more: a leak, which adds
 * at least one to a count in each round (a cache that fills up once adds a few, once).
 */
function grown(first: Counts, last: Counts): string[] {
  return Object.keys(last)
    .filter((kind) => last[kind] - (first[kind] ?? 0) >= (ROUNDS - 1) / 2)
    .map((kind) => `${kind}: ${first[kind] ?? 0} → ${last[kind]}`)
}

const WHEEL = '<ijh-strategy-wheel id="wheel"></ijh-strategy-wheel>'
const CARD = '<ijh-focus-area-card focus-area="kunskap-och-kompetens"></ijh-focus-area-card>'
const FINDER = '<ijh-support-finder></ijh-support-finder>'
const CAROUSEL = '<ijh-story-carousel autoplay></ijh-story-carousel>'
const EVERY = `<ijh-config></ijh-config>${WHEEL}
  <ijh-focus-area-card for="wheel" focus-area="kunskap-och-kompetens"></ijh-focus-area-card>
  ${FINDER}${CAROUSEL}<div lang="en">${CARD}<ijh-story-carousel layout="list"></ijh-story-carousel></div>`

const SCENARIOS: {name: string; markup: string; early?: boolean}[] = [
  {name: 'the wheel', markup: WHEEL},
  {name: 'a card', markup: CARD},
  {name: 'the finder, with filters in the address', markup: FINDER},
  {name: 'the carousel, rotating', markup: CAROUSEL},
  {
    name: 'every element: a card following the wheel, an English section, <ijh-config>',
    markup: EVERY,
  },
  {name: 'every element, removed before its content arrives', markup: EVERY, early: true},
]

describe('leaks: elements mounted, moved and removed again and again', () => {
  let out: string
  let browser: Browser

  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'ijh-leaks-'))
    // The loader and the elements, as a site would ship them.
    await bundleSources({loader: 'components/loader.ts'}, out)
    browser = await chromium.launch({executablePath: chromiumPath(), args: CHROMIUM_ARGS})
  })

  after(async () => {
    await browser?.close()
    rmSync(out, {recursive: true, force: true})
  })

  /** Opens the page, with the finder's filters and the wheel's selection in its address. */
  async function open(page: Page): Promise<CDPSession> {
    await serve(page, out)
    await page.addInitScript({content: PAGE_SCRIPT})
    await page.goto(`${ORIGIN}/?ijh-sf-need=finansiering#ijh-focus-area-kunskap-och-kompetens`)
    return page.context().newCDPSession(page)
  }

  for (const {name, markup, early} of SCENARIOS) {
    it(
      `${name}: nothing left after ${ROUNDS} rounds but what the first left`,
      {timeout: 30_000},
      async () => {
        const page = await browser.newPage()
        const errors: string[] = []
        page.on('pageerror', (error) => errors.push(error.message))
        try {
          const cdp = await open(page)
          const round = async (removedAtOnce = false) => {
            await page.evaluate(`ijhLeaks.mount(${JSON.stringify(markup)}, ${removedAtOnce})`)
            if (!removedAtOnce) await page.evaluate('ijhLeaks.move()')
            await page.evaluate('ijhLeaks.unmount()')
          }
          // The first round keeps its elements in the page until they show their content: the
          // loader loads a tag's module once it sees the tag, and an element removed before then
          // would never be upgraded.
          await round()
          const first = await count(page, cdp)
          for (let i = 1; i < ROUNDS; i++) await round(early)
          const last = await count(page, cdp)
          assert.deepEqual(grown(first, last), [])
          assert.deepEqual(errors, [])
        } finally {
          await page.close()
        }
      },
    )
  }

  it(
    'moved elements listen as before: as many listeners as before the move, none lost or doubled',
    {timeout: 30_000},
    async () => {
      const page = await browser.newPage()
      try {
        const cdp = await open(page)
        const listeners = async () => {
          await cdp.send('HeapProfiler.collectGarbage')
          return (await cdp.send('Memory.getDOMCounters')).jsEventListeners
        }
        await page.evaluate(`ijhLeaks.mount(${JSON.stringify(EVERY)}, false)`)
        const before = await listeners()
        await page.evaluate('ijhLeaks.move()')
        assert.equal(await listeners(), before)
      } finally {
        await page.close()
      }
    },
  )
})
