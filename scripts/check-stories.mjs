#!/usr/bin/env node
/**
 * `npm run test:stories`: renders every story of the built Storybook in headless Chromium, in
 * Swedish and English, at 320 and 1280 CSS px wide, and fails when a story throws, logs a console
 * error, has an axe-core violation of WCAG 2.0, 2.1 or 2.2 A/AA (the tags in
 * `.storybook/wcag-tags.json`, which the a11y addon uses as well), scrolls sideways at 320 px
 * (WCAG 1.4.10 Reflow), or, under forced colours (Windows High Contrast), has an axe violation,
 * a control whose keyboard focus shows no outline, or a wheel segment without a visible edge.
 *
 * 1. Builds Storybook (`npm run build-storybook`) when `storybook-static/index.json` is missing or
 *    older than the sources (components/, stories/, .storybook/, the dataset, package-lock.json).
 * 2. Serves `storybook-static/` on a free local port (a small node:http static server).
 * 3. Checks every combination of story × language × width: one browser, one page per width (both
 *    widths at once), each page going from story to story (`iframe.html?id=<id>&viewMode=story`
 *    with the language as a Storybook global, `&globals=lang:en`), so that the preview's files come
 *    from the cache. For each: waits for Storybook's `storyFinished` event (after the stories'
 *    `play`, which waits for the elements to settle), then for the elements to show their content
 *    (or their skeleton in the loading state), injects axe-core and runs it over the story root;
 *    at 320 px checks that `document.scrollingElement.scrollWidth` is at most 320. Every story
 *    (in Swedish, at 320 and 1280 px in turn) is then checked again under `forced-colors: active`: axe, the focus
 *    outline of each control (focused after a Tab, so that it shows as for a keyboard user), and
 *    the edges of the wheel's segments. The a11y addon's own run after each story is switched off
 *    here (`globals=a11y.manual:!true`): it checks the same rules and would double the time.
 * 4. Checks each element's Docs page (`viewMode=docs`, the element's stories on one page) in
 *    Swedish at 1280 px: once Storybook has sent `storyFinished` for every inline story (the
 *    others are iframes, checked as stories), each succeeded, every element shows its content (or
 *    its skeleton in a loading story), nothing throws or logs an error, axe finds no violation in
 *    the inline stories' blocks (Storybook's own controls are not ours to check), and no element
 *    has changed the page's address (the wheel's fragment, the finder's query) on its own: on one
 *    page, the stories share it.
 * 5. Prints one line per combination, `N passed, M failed` and the combinations checked; exits 1
 *    when any failed.
 *
 * Options: `--build` always builds, `--no-build` never does; `--jobs N` (default 1) pages per
 * width; `--only TEXT` checks the stories whose id contains TEXT; `--langs sv,en` and
 * `--widths 320,1280` choose the languages and widths; `--no-forced-colors` skips that pass;
 * `--dir DIR` checks another Storybook build (and never builds).
 *
 * `--selftest` shows that the check fails when it should, without Storybook and without writing
 * anything: it serves in-memory pages, a clean one and broken ones (one throws, logs a console
 * error and has an image without alt text; one is wider than 320 px; one hides its focus outline
 * under forced colours; a Docs page with a failed story; a Docs page whose element changes the
 * address), checks them exactly as stories and Docs pages are checked, and exits 1 as a real run
 * with a broken story would. It exits 2 instead if the check missed one of the failures or failed
 * the clean page.
 */
import {spawnSync} from 'node:child_process'
import {createReadStream, existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import {createServer} from 'node:http'
import {createRequire} from 'node:module'
import {extname, join, relative, resolve, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium} from 'playwright-core'
import {CHROMIUM_ARGS, chromiumPath} from './chromium-path.mjs'

const require = createRequire(import.meta.url)
const root = fileURLToPath(new URL('..', import.meta.url))
const staticDir = join(root, 'storybook-static')
const indexPath = join(staticDir, 'index.json')
const axePath = require.resolve('axe-core/axe.min.js')
const wcagTags = JSON.parse(readFileSync(join(root, '.storybook/wcag-tags.json'), 'utf8'))
const browserPath = chromiumPath()
/** Storybook globals for the checked stories: no a11y addon run (this script runs axe itself). */
const STORY_GLOBALS = 'a11y.manual:!true'
/** The languages (the `lang` global) and widths (CSS px) every story is checked in. */
const LANGS = ['sv', 'en']
const WIDTHS = [320, 1280]
/** The height of every page: a laptop's. */
const HEIGHT = 800
/** The longest a story may take to finish and settle (an upper bound, not a sleep). */
const STORY_TIMEOUT = 20_000
/** The same for a Docs page, which renders all of an element's stories (the finder's: 18). */
const DOCS_TIMEOUT = 60_000
/**
 * A Docs page's inline stories' blocks: the stories that set `docs.story.inline: false` render in
 * iframes of their own there, which the story check covers.
 */
const INLINE_STORIES = '#storybook-docs .docs-story:not(:has(iframe))'

const SOURCES = [
  'components',
  'stories',
  '.storybook',
  'sanity-plugin/dataset/production.ndjson',
  'package-lock.json',
]
/** Written by `npm run generate` on every run; the dataset it comes from is in SOURCES. */
const NOT_SOURCES = new Set(['components/data/generated'])

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

function parseArgs(argv) {
  const options = {
    build: 'auto',
    jobs: 1,
    only: '',
    selftest: false,
    dir: '',
    langs: LANGS,
    widths: WIDTHS,
    forcedColors: true,
  }
  const list = (value) => (value ?? '').split(',').filter(Boolean)
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--build') options.build = 'always'
    else if (arg === '--no-build') options.build = 'never'
    else if (arg === '--selftest') options.selftest = true
    else if (arg === '--no-forced-colors') options.forcedColors = false
    else if (arg === '--langs') options.langs = list(argv[++i])
    else if (arg === '--widths') options.widths = list(argv[++i]).map(Number).filter(Boolean)
    else if (arg === '--jobs') options.jobs = Math.max(1, Number.parseInt(argv[++i], 10) || 1)
    else if (arg === '--only') options.only = argv[++i] ?? ''
    else if (arg === '--dir') options.dir = resolve(argv[++i] ?? '')
    else {
      console.error(`check-stories: unknown option ${arg}`)
      process.exit(2)
    }
  }
  return options
}

/** The newest modification time under `path` (0 if it does not exist). */
function newestMtime(path) {
  if (NOT_SOURCES.has(relative(root, path).split(sep).join('/'))) return 0
  let stat
  try {
    stat = statSync(path)
  } catch {
    return 0
  }
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  )
}

function buildIfNeeded(mode) {
  if (mode === 'never') return
  if (mode === 'auto' && existsSync(indexPath)) {
    const built = statSync(indexPath).mtimeMs
    const stale = SOURCES.some((source) => newestMtime(join(root, source)) > built)
    if (!stale) {
      console.log('check-stories: storybook-static is up to date')
      return
    }
  }
  console.log('check-stories: building Storybook (npm run build-storybook)')
  const result = spawnSync('npm', ['run', 'build-storybook'], {cwd: root, stdio: 'inherit'})
  if (result.status !== 0) {
    console.error('check-stories: the Storybook build failed')
    process.exit(1)
  }
}

/** Serves `dir`, plus in-memory pages (`virtual`, path → HTML), on a free port of 127.0.0.1. */
function serve(dir, virtual = {}) {
  const server = createServer((request, response) => {
    let path
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    } catch {
      response.writeHead(400).end()
      return
    }
    if (path in virtual) {
      response.writeHead(200, {'content-type': MIME['.html']}).end(virtual[path])
      return
    }
    // Browsers ask for it on their own; Storybook ships favicon.svg, and no page links an .ico.
    if (path === '/favicon.ico') path = '/favicon.svg'
    let file = resolve(dir, `.${path}`)
    if (file !== dir && !file.startsWith(dir + sep)) {
      response.writeHead(403).end()
      return
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html')
      statSync(file)
    } catch {
      response.writeHead(404, {'content-type': MIME['.txt']}).end('not found')
      return
    }
    response.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'max-age=600',
    })
    createReadStream(file).pipe(response)
  })
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address()
      resolvePromise({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      })
    })
  })
}

/**
 * Runs in every page before its scripts: listens on Storybook's channel (set on the window by the
 * preview) for the events that say a story failed, and for `storyFinished`.
 */
function installProbe() {
  const probe = {finished: null, failures: [], statuses: []}
  const seen = new WeakSet()
  const failureEvents = [
    'storyThrewException',
    'storyErrored',
    'storyMissing',
    'playFunctionThrewException',
    'unhandledErrorsWhilePlaying',
  ]
  let channel
  Object.defineProperty(window, '__storyCheck', {value: probe})
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value
      if (!value || typeof value.on !== 'function' || seen.has(value)) return
      seen.add(value)
      for (const name of failureEvents) {
        value.on(name, (payload) => {
          const text = JSON.stringify(payload) ?? ''
          probe.failures.push(`${name}: ${text.length > 300 ? `${text.slice(0, 300)}…` : text}`)
        })
      }
      value.on('docsRendered', () => {
        probe.docsRendered = true
      })
      value.on('storyFinished', (payload) => {
        probe.statuses.push(payload?.status)
        probe.finished = {
          status: payload?.status,
          reports: (payload?.reporters ?? []).map((report) => ({
            type: report.type,
            status: report.status,
            violations: (report.result?.violations ?? []).map((violation) => violation.id),
            error: report.result?.error ? String(report.result.error) : undefined,
          })),
        }
      })
    },
  })
}

/**
 * On a Docs page, once Storybook has rendered it and sent `storyFinished` for each inline story
 * (the others are in iframes of their own, checked as stories): whether all succeeded. A story
 * that throws there shows Storybook's error box, with no console error and no other event.
 */
function docsFinished(inlineStories) {
  const probe = window.__storyCheck
  const inline = document.querySelectorAll(inlineStories)
  // Rendered: the stories' blocks are there (all of them in frames of their own, perhaps).
  const blocks = document.querySelectorAll('#storybook-docs .docs-story')
  if (!probe?.docsRendered || blocks.length === 0 || probe.statuses.length < inline.length) {
    return false
  }
  const failed = probe.statuses.filter((status) => status !== 'success').length
  return {
    status: failed ? `error (${failed} of ${probe.statuses.length} stories)` : 'success',
    reports: [],
  }
}

/**
 * Whether the story's elements (a Docs page's, given its inline stories' selector: every inline
 * story's) show their content, or, in a loading story, the skeleton.
 */
function storySettled(inlineStories) {
  const storyRoot = document.querySelector(inlineStories ? '#storybook-docs' : '#storybook-root')
  const elements = [...(storyRoot ?? document.body).querySelectorAll('*')].filter(
    (el) => el.localName.startsWith('ijh-') && el.localName !== 'ijh-config',
  )
  // A Docs page shows its inline stories' elements once it has rendered them.
  if (inlineStories && elements.length === 0) return !document.querySelector(inlineStories)
  return elements.every((el) => {
    const shadow = el.shadowRoot
    const frame = el.closest('[data-ijh-story-state]')
    const loading = frame?.getAttribute('data-ijh-story-state') === 'loading'
    // Rendered: the wrapper each element renders into (there from connection) has children.
    return (
      [...(shadow?.children ?? [])].some((child) => child.childElementCount > 0) &&
      !!shadow.querySelector('[aria-busy="true"]') === loading
    )
  })
}

async function runAxe([tags, inlineStories]) {
  // On a Docs page, the inline stories' blocks: the page around them is Storybook's. None would
  // leave axe nothing to check: a Docs page whose blocks Storybook has renamed fails instead.
  const docs = !!inlineStories
  const blocks = docs ? [...document.querySelectorAll(inlineStories)] : []
  if (docs && !document.querySelector('#storybook-docs .docs-story')) {
    throw new Error('no stories’ blocks (.docs-story) to check')
  }
  // Every story in a frame of its own: nothing inline here (the story check covers them).
  if (docs && blocks.length === 0) return []
  const context = docs
    ? {include: blocks}
    : (document.querySelector('#storybook-root') ?? document.body)
  const result = await window.axe.run(context, {
    runOnly: {type: 'tag', values: tags},
    resultTypes: ['violations'],
  })
  return result.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.length,
    target: JSON.stringify(violation.nodes[0]?.target ?? []),
  }))
}

/** Waits (once per animation frame) until `predicate` holds in the page; returns its value. */
async function waitFor(page, predicate, what, arg, timeout = STORY_TIMEOUT) {
  try {
    const handle = await page.waitForFunction(predicate, arg, {
      polling: 'raf',
      timeout,
    })
    return await handle.jsonValue()
  } catch (error) {
    if (error?.name !== 'TimeoutError') throw error
    throw new Error(`waited ${timeout / 1000}s in vain for ${what}`, {cause: error})
  }
}

/**
 * Under forced colours, in the page: each control of each `ijh-` element, focused as after a Tab,
 * shows an outline (an SVG control: the wheel's drawn focus ring), and each wheel segment keeps a
 * visible edge. Returns what is missing.
 */
async function forcedColorsProblems() {
  const problems = []
  const storyRoot = document.querySelector('#storybook-root') ?? document.body
  const describe = (element) =>
    `${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''}${
      element.classList.length ? `.${[...element.classList].join('.')}` : ''
    }`
  const hosts = [...storyRoot.querySelectorAll('*')].filter(
    (element) =>
      element.localName.startsWith('ijh-') &&
      element.localName !== 'ijh-config' &&
      element.shadowRoot,
  )
  for (const host of hosts) {
    const root = host.shadowRoot
    const controls = [
      ...root.querySelectorAll('a[href], button, input, select, [role="button"], [role="tab"]'),
    ].filter(
      (control) =>
        !control.disabled &&
        !control.closest('[inert]') &&
        control.getAttribute('tabindex') !== '-1' &&
        control.checkVisibility({visibilityProperty: true}),
    )
    for (const control of controls) {
      control.focus()
      await host.updateComplete
      let shown
      if (control instanceof SVGElement) {
        const ring = root.querySelector('.focus-ring .ring')
        shown = !!ring && getComputedStyle(ring).stroke !== 'none'
      } else {
        const style = getComputedStyle(control)
        shown = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0
      }
      if (!shown) problems.push(`${host.localName} ${describe(control)}: no focus outline`)
      control.blur()
    }
    for (const shape of root.querySelectorAll('svg .shape')) {
      const style = getComputedStyle(shape)
      if (style.stroke === 'none' || Number.parseFloat(style.strokeWidth) === 0) {
        problems.push(
          `${host.localName} ${describe(shape.parentElement)}: a segment without an edge`,
        )
      }
    }
  }
  return [...new Set(problems)].slice(0, 5)
}

/** Checks one combination on a page that is reused; returns the reasons it failed (none: passed). */
async function checkPage(page, target, sink) {
  const problems = []
  sink.problems = problems
  try {
    const timeout = target.docs ? DOCS_TIMEOUT : STORY_TIMEOUT
    await page.emulateMedia({forcedColors: target.forcedColors ? 'active' : 'none'})
    await page.goto(target.url, {waitUntil: 'load', timeout})
    const finished = target.docs
      ? await waitFor(
          page,
          docsFinished,
          'a storyFinished event for every inline story',
          INLINE_STORIES,
          timeout,
        )
      : await waitFor(page, () => window.__storyCheck?.finished, 'Storybook’s storyFinished event')
    const failures = await page.evaluate(() => window.__storyCheck.failures)
    problems.push(...failures)
    if (finished.status !== 'success') {
      const reports = finished.reports
        .filter((report) => report.status !== 'passed')
        .map((report) =>
          [report.type, report.status, report.violations.join(','), report.error]
            .filter(Boolean)
            .join(' '),
        )
      problems.push(`Storybook reported ${finished.status}${reports.length ? `: ${reports}` : ''}`)
    }
    await waitFor(
      page,
      storySettled,
      'the elements to show their content (or skeleton)',
      target.docs ? INLINE_STORIES : undefined,
      timeout,
    )
    await page.addScriptTag({path: axePath})
    const inlineStories = target.docs ? INLINE_STORIES : undefined
    for (const violation of await page.evaluate(runAxe, [wcagTags, inlineStories])) {
      problems.push(
        `axe ${violation.id} (${violation.impact}): ${violation.help}; ${violation.nodes} node(s), first ${violation.target}`,
      )
    }
    if (target.docs) {
      // Storybook writes the address with its own escapes; what it says is what counts.
      const address = (url) => {
        const {pathname, search, hash} = new URL(url)
        return decodeURIComponent(`${pathname}${search}${hash}`)
      }
      const now = await page.evaluate(() => location.href)
      if (address(now) !== address(target.url)) {
        problems.push(`the page's address changed on its own: ${address(now)}`)
      }
    }
    if (target.width <= 320) {
      const scrollWidth = await page.evaluate(() => document.scrollingElement.scrollWidth)
      if (scrollWidth > target.width) {
        problems.push(
          `reflow: the page scrolls sideways (${scrollWidth} px wide at ${target.width} px)`,
        )
      }
    }
    if (target.forcedColors) {
      // A key press, so that focus moved by script shows as it does for a keyboard user.
      await page.keyboard.press('Tab')
      problems.push(
        ...(await page.evaluate(forcedColorsProblems)).map((p) => `forced colours: ${p}`),
      )
    }
  } catch (error) {
    problems.push(`did not finish: ${String(error?.message ?? error).split('\n')[0]}`)
  } finally {
    sink.problems = undefined
  }
  return problems
}

/** A reason on one line, shortened: a stack trace is for the browser's console, not this list. */
function oneLine(text, max = 300) {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max)}…` : line
}

/**
 * Checks `targets` ({id, url, width, forcedColors}): `jobs` pages per width, each going from
 * target to target; prints one line per target in order.
 */
async function checkAll(targets, jobs) {
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: CHROMIUM_ARGS,
  })
  const results = []
  try {
    const context = await browser.newContext({reducedMotion: 'no-preference'})
    await context.addInitScript(installProbe)
    const pending = targets.map(() => {
      let settle
      const promise = new Promise((resolvePromise) => (settle = resolvePromise))
      return {promise, settle}
    })
    const queues = new Map()
    targets.forEach((target, index) => {
      if (!queues.has(target.width)) queues.set(target.width, [])
      queues.get(target.width).push(index)
    })
    const worker = async (width, queue) => {
      const page = await context.newPage()
      await page.setViewportSize({width, height: HEIGHT})
      const sink = {problems: undefined}
      page.on('pageerror', (error) => sink.problems?.push(`threw: ${error.message}`))
      page.on('console', (message) => {
        if (message.type() === 'error') sink.problems?.push(`console error: ${message.text()}`)
      })
      while (queue.length) {
        const index = queue.shift()
        const started = performance.now()
        const problems = await checkPage(page, targets[index], sink)
        pending[index].settle({problems, ms: performance.now() - started})
      }
      await page.close()
    }
    const workers = [...queues].flatMap(([width, queue]) =>
      Array.from({length: Math.min(jobs, queue.length)}, () => worker(width, queue)),
    )
    for (const [index, target] of targets.entries()) {
      const {problems, ms} = await pending[index].promise
      const time = `${(ms / 1000).toFixed(1)}s`
      const name = `${target.id} [${target.label}]`
      if (problems.length)
        console.log(
          `FAIL ${name} (${time}): ${problems.map((problem) => oneLine(problem)).join(' | ')}`,
        )
      else console.log(`ok   ${name} (${time})`)
      results.push({id: target.id, label: target.label, problems})
    }
    await Promise.all(workers)
    await context.close()
  } finally {
    await browser.close()
  }
  const failed = results.filter((result) => result.problems.length).length
  console.log(`${results.length - failed} passed, ${failed} failed`)
  return results
}

/** A page standing in for a story: Storybook's channel, reduced to `storyFinished`. */
function selftestPage(title, body, script = '') {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"></head>
<body>
<div id="storybook-root">${body}</div>
<script>
  const listeners = {}
  window.__STORYBOOK_ADDONS_CHANNEL__ = {on: (name, fn) => (listeners[name] ??= []).push(fn)}
  setTimeout(() =>
    (listeners.storyFinished ?? []).forEach((fn) => fn({status: 'success', reporters: []})),
  )
  ${script}
</script>
</body>
</html>`
}

/**
 * A page standing in for a Docs page: Storybook's channel, reduced to `docsRendered` and one
 * story's `storyFinished` (with `status`), and that story's block in `#storybook-docs`, beside
 * Storybook's own parts (here, an image without alt text, which is not ours to check).
 */
function selftestDocsPage(title, story, script = '', status = 'success') {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"></head>
<body>
<div id="storybook-root"></div>
<div id="storybook-docs"><main><h1>${title}</h1>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<div class="docs-story"><div data-ijh-story-state="loaded">${story}</div></div></main></div>
<script>
  const listeners = {}
  window.__STORYBOOK_ADDONS_CHANNEL__ = {on: (name, fn) => (listeners[name] ??= []).push(fn)}
  setTimeout(() => {
    ;(listeners.docsRendered ?? []).forEach((fn) => fn())
    ;(listeners.storyFinished ?? []).forEach((fn) => fn({status: '${status}', reporters: []}))
  })
  ${script}
</script>
</body>
</html>`
}

/**
 * An `ijh-` element of the selftest: a shadow root with a button, its outline as given, in a
 * wrapper as the elements render into.
 */
const SELFTEST_ELEMENT = (outline) => `
  customElements.define('ijh-selftest', class extends HTMLElement {
    updateComplete = Promise.resolve()
    connectedCallback() {
      this.attachShadow({mode: 'open'}).innerHTML =
        '<style>button:focus-visible { outline: ${outline}; }</style><div><button>Knapp</button></div>'
    }
  })`

async function selftest(jobs) {
  const clean = selftestPage(
    'Clean',
    '<main><h1>A clean story</h1><p>Nothing wrong here.</p><ijh-selftest></ijh-selftest></main>',
    SELFTEST_ELEMENT('3px solid'),
  )
  const pages = {
    '/selftest/clean.html': clean,
    '/selftest/broken.html': selftestPage(
      'Broken',
      '<main><h1>A broken story</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main>',
      "console.error('selftest: a console error')\n  throw new Error('selftest: the story threw')",
    ),
    '/selftest/wide.html': selftestPage(
      'Wide',
      '<main><h1>A wide story</h1><p style="width: 600px">Too wide for a phone.</p></main>',
    ),
    '/selftest/outline.html': selftestPage(
      'No outline',
      '<main><h1>A story without a focus outline</h1><ijh-selftest></ijh-selftest></main>',
      SELFTEST_ELEMENT('none'),
    ),
    '/selftest/docs.html': selftestDocsPage(
      'Clean docs',
      '<ijh-selftest></ijh-selftest>',
      SELFTEST_ELEMENT('3px solid'),
    ),
    '/selftest/iframed-docs.html': selftestDocsPage(
      'Docs whose only story is in a frame of its own',
      '<iframe title="A story" src="about:blank"></iframe>',
    ),
    '/selftest/failed-docs.html': selftestDocsPage(
      'Docs with a story that failed',
      '<ijh-selftest></ijh-selftest>',
      SELFTEST_ELEMENT('3px solid'),
      'error',
    ),
    '/selftest/moved.html': selftestDocsPage(
      'Docs whose element moves the address',
      '<ijh-selftest></ijh-selftest><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">',
      `${SELFTEST_ELEMENT('3px solid')}\n  history.replaceState(null, '', '#kunskap')`,
    ),
  }
  const server = await serve(join(root, '.selftest-has-no-files'), pages)
  const target = (path, width, forcedColors = false, docs = false) => ({
    id: path.slice(1),
    label: `${width}${forcedColors ? ' forced colours' : ''}${docs ? ' docs' : ''}`,
    url: `${server.origin}${path}`,
    width,
    forcedColors,
    docs,
  })
  let results
  try {
    results = await checkAll(
      [
        target('/selftest/clean.html', 320),
        target('/selftest/clean.html', 1280, true),
        target('/selftest/broken.html', 1280),
        target('/selftest/wide.html', 320),
        target('/selftest/outline.html', 1280, true),
        target('/selftest/docs.html', 1280, false, true),
        target('/selftest/iframed-docs.html', 1280, false, true),
        target('/selftest/failed-docs.html', 1280, false, true),
        target('/selftest/moved.html', 1280, false, true),
      ],
      jobs,
    )
  } finally {
    await server.close()
  }
  const [narrow, contrast, broken, wide, outline, docs, iframedDocs, failedDocs, moved] = results
  const expected = [
    [broken, 'the thrown error', /^threw: selftest: the story threw/],
    [broken, 'the console error', /^console error: selftest: a console error/],
    [broken, 'the axe violation (image-alt)', /^axe image-alt /],
    [wide, 'the sideways scroll at 320 px', /^reflow: /],
    [
      outline,
      'the missing focus outline under forced colours',
      /^forced colours: .*no focus outline/,
    ],
    [failedDocs, 'a Docs page’s failed story', /^Storybook reported error \(1 of 1 stories\)/],
    [moved, 'the address a Docs page’s element changed', /^the page's address changed/],
    [moved, 'the axe violation in a Docs page’s story', /^axe image-alt /],
  ]
  const missed = expected
    .filter(([result, , pattern]) => !result.problems.some((problem) => pattern.test(problem)))
    .map(([, what]) => what)
  if (narrow.problems.length || contrast.problems.length) missed.push('a pass for the clean page')
  if (docs.problems.length) missed.push('a pass for the clean Docs page')
  if (iframedDocs.problems.length) missed.push('a pass for the Docs page with nothing inline')
  if (missed.length) {
    console.error(`selftest: the check is broken: it missed ${missed.join(', ')}`)
    process.exit(2)
  }
  console.log(
    'selftest: the check caught the thrown error, the console error, the axe violation, the sideways scroll, the missing focus outline, the failed Docs story and the changed address, and passed the clean page and the clean Docs pages; exiting 1 as a run with a broken story does',
  )
  process.exit(1)
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (options.selftest) return selftest(options.jobs)
  if (!options.dir) buildIfNeeded(options.build)
  const dir = options.dir || staticDir
  if (!existsSync(join(dir, 'index.json'))) {
    console.error(
      `check-stories: ${join(dir, 'index.json')} is missing; run npm run build-storybook`,
    )
    process.exit(1)
  }
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'))
  const stories = Object.values(index.entries)
    .filter((entry) => entry.type === 'story' && entry.id.includes(options.only))
    .map((entry) => entry.id)
  const docs = Object.values(index.entries)
    .filter((entry) => entry.type === 'docs' && entry.id.includes(options.only))
    .map((entry) => entry.id)
  if ((!stories.length && !docs.length) || !options.langs.length || !options.widths.length) {
    console.error('check-stories: no stories to check')
    process.exit(1)
  }
  const server = await serve(dir)
  const url = (id, lang, mode = 'story') =>
    `${server.origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=${mode}&globals=${STORY_GLOBALS};lang:${lang}`
  const targets = []
  stories.forEach((id, i) => {
    for (const lang of options.langs) {
      for (const width of options.widths) {
        targets.push({id, label: `${lang} ${width}`, url: url(id, lang), width})
      }
    }
    if (options.forcedColors) {
      // Once per story, in the first language, at each width in turn (both pages stay busy).
      const width = options.widths[i % options.widths.length]
      const lang = options.langs[0]
      targets.push({
        id,
        label: `${lang} ${width} forced colours`,
        url: url(id, lang),
        width,
        forcedColors: true,
      })
    }
  })
  // Each element's Docs page, in the first language, on a laptop: what it adds to the stories'
  // own checks is their living together on one page (axe takes half a minute over the finder's).
  const docsWidth = Math.max(...options.widths)
  for (const id of docs) {
    const lang = options.langs[0]
    targets.push({
      id,
      label: `${lang} ${docsWidth} docs`,
      url: url(id, lang, 'docs'),
      width: docsWidth,
      docs: true,
    })
  }
  let results
  try {
    results = await checkAll(targets, options.jobs)
  } finally {
    await server.close()
  }
  const matrix = stories.length * options.langs.length * options.widths.length
  console.log(
    `combinations: ${stories.length} stories × ${options.langs.length} languages (${options.langs.join(', ')}) × ${options.widths.length} widths (${options.widths.join(', ')} px) = ${matrix}` +
      (options.forcedColors ? `, and ${stories.length} under forced colours` : '') +
      `, and ${docs.length} Docs pages in ${options.langs[0]}` +
      `: ${targets.length} checked`,
  )
  process.exit(results.some((result) => result.problems.length) ? 1 : 0)
}

await main()
