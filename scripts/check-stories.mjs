#!/usr/bin/env node
/**
 * `npm run test:stories`: renders every story of the built Storybook in headless Chromium and
 * fails when a story throws, logs a console error, or has an axe-core violation of WCAG 2.0, 2.1
 * or 2.2 A/AA (the tags in `.storybook/wcag-tags.json`, which the a11y addon uses as well).
 *
 * 1. Builds Storybook (`npm run build-storybook`) when `storybook-static/index.json` is missing or
 *    older than the sources (components/, stories/, .storybook/, the dataset, package-lock.json).
 * 2. Serves `storybook-static/` on a free local port (a small node:http static server).
 * 3. Opens `iframe.html?id=<id>&viewMode=story` for every story in index.json (2 at a time, one
 *    browser), waits for Storybook's `storyFinished` event (after the stories' `play`, which waits
 *    for the elements to settle), then for the elements to show their content (or their skeleton
 *    in the loading state), injects axe-core and runs it over the story root. The a11y addon's own
 *    run after each story is switched off here (`globals=a11y.manual:!true`): it checks the same
 *    rules and would double the time.
 * 4. Prints one line per story and `N passed, M failed`; exits 1 when any story failed.
 *
 * Options: `--build` always builds, `--no-build` never does; `--jobs N` (default 2) pages at a
 * time; `--only TEXT` checks the stories whose id contains TEXT; `--dir DIR` checks another
 * Storybook build (and never builds).
 *
 * `--selftest` shows that the check fails when it should, without Storybook and without writing
 * anything: it serves two in-memory pages, a clean one and a broken one (it throws, logs a console
 * error and has an image without alt text), checks them exactly as stories are checked, and exits
 * 1 as a real run with a broken story would ("1 passed, 1 failed"). It exits 2 instead if the
 * check missed one of the three failures or failed the clean page.
 */
import {spawnSync} from 'node:child_process'
import {createReadStream, existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import {createServer} from 'node:http'
import {createRequire} from 'node:module'
import {extname, join, relative, resolve, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium} from 'playwright-core'

const require = createRequire(import.meta.url)
const root = fileURLToPath(new URL('..', import.meta.url))
const staticDir = join(root, 'storybook-static')
const indexPath = join(staticDir, 'index.json')
const axePath = require.resolve('axe-core/axe.min.js')
const wcagTags = JSON.parse(readFileSync(join(root, '.storybook/wcag-tags.json'), 'utf8'))
const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium'
/** Storybook globals for the checked stories: no a11y addon run (this script runs axe itself). */
const STORY_GLOBALS = 'a11y.manual:!true'
/** The longest a story may take to finish and settle (an upper bound, not a sleep). */
const STORY_TIMEOUT = 20_000

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
  const options = {build: 'auto', jobs: 2, only: '', selftest: false, dir: ''}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--build') options.build = 'always'
    else if (arg === '--no-build') options.build = 'never'
    else if (arg === '--selftest') options.selftest = true
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
  const probe = {finished: null, failures: []}
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
      value.on('storyFinished', (payload) => {
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

/** Whether the story's elements show their content (or, in the loading state, the skeleton). */
function storySettled() {
  const frame = document.querySelector('[data-ijh-story-state]')
  const loading = frame?.getAttribute('data-ijh-story-state') === 'loading'
  const storyRoot = document.querySelector('#storybook-root') ?? document.body
  return [...storyRoot.querySelectorAll('*')]
    .filter((el) => el.localName.startsWith('ijh-') && el.localName !== 'ijh-config')
    .every((el) => {
      const shadow = el.shadowRoot
      return (
        Boolean(shadow?.childElementCount) &&
        !!shadow.querySelector('[aria-busy="true"]') === loading
      )
    })
}

async function runAxe(tags) {
  const context = document.querySelector('#storybook-root') ?? document.body
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
async function waitFor(page, predicate, what) {
  try {
    const handle = await page.waitForFunction(predicate, undefined, {
      polling: 'raf',
      timeout: STORY_TIMEOUT,
    })
    return await handle.jsonValue()
  } catch (error) {
    if (error?.name !== 'TimeoutError') throw error
    throw new Error(`waited ${STORY_TIMEOUT / 1000}s in vain for ${what}`, {cause: error})
  }
}

/** Checks one page; returns the reasons it failed (none: it passed). */
async function checkPage(browserContext, url) {
  const page = await browserContext.newPage()
  const problems = []
  page.on('pageerror', (error) => problems.push(`threw: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  try {
    await page.goto(url, {waitUntil: 'load', timeout: STORY_TIMEOUT})
    const finished = await waitFor(
      page,
      () => window.__storyCheck?.finished,
      'Storybook’s storyFinished event',
    )
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
    await waitFor(page, storySettled, 'the elements to show their content (or skeleton)')
    await page.addScriptTag({path: axePath})
    for (const violation of await page.evaluate(runAxe, wcagTags)) {
      problems.push(
        `axe ${violation.id} (${violation.impact}): ${violation.help}; ${violation.nodes} node(s), first ${violation.target}`,
      )
    }
  } catch (error) {
    problems.push(`did not finish: ${String(error?.message ?? error).split('\n')[0]}`)
  } finally {
    await page.close()
  }
  return problems
}

/** A reason on one line, shortened: a stack trace is for the browser's console, not this list. */
function oneLine(text, max = 300) {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max)}…` : line
}

/** Checks `targets` ({id, url}) `jobs` at a time, printing one line per target in order. */
async function checkAll(targets, jobs) {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
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
    let next = 0
    const worker = async () => {
      while (next < targets.length) {
        const index = next++
        const started = performance.now()
        const problems = await checkPage(context, targets[index].url)
        pending[index].settle({problems, ms: performance.now() - started})
      }
    }
    const workers = Array.from({length: Math.min(jobs, targets.length)}, worker)
    for (const [index, target] of targets.entries()) {
      const {problems, ms} = await pending[index].promise
      const time = `${(ms / 1000).toFixed(1)}s`
      if (problems.length)
        console.log(
          `FAIL ${target.id} (${time}): ${problems.map((problem) => oneLine(problem)).join(' | ')}`,
        )
      else console.log(`ok   ${target.id} (${time})`)
      results.push({id: target.id, problems})
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

async function selftest(jobs) {
  const pages = {
    '/selftest/clean.html': selftestPage(
      'Clean',
      '<main><h1>A clean story</h1><p>Nothing wrong here.</p></main>',
    ),
    '/selftest/broken.html': selftestPage(
      'Broken',
      '<main><h1>A broken story</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main>',
      "console.error('selftest: a console error')\n  throw new Error('selftest: the story threw')",
    ),
  }
  const server = await serve(join(root, '.selftest-has-no-files'), pages)
  let results
  try {
    results = await checkAll(
      Object.keys(pages).map((path) => ({id: path.slice(1), url: `${server.origin}${path}`})),
      jobs,
    )
  } finally {
    await server.close()
  }
  const [clean, broken] = results
  const expected = {
    'the thrown error': /^threw: selftest: the story threw/,
    'the console error': /^console error: selftest: a console error/,
    'the axe violation (image-alt)': /^axe image-alt /,
  }
  const missed = Object.entries(expected)
    .filter(([, pattern]) => !broken.problems.some((problem) => pattern.test(problem)))
    .map(([what]) => what)
  if (clean.problems.length) missed.push('a pass for the clean page')
  if (missed.length) {
    console.error(`selftest: the check is broken: it missed ${missed.join(', ')}`)
    process.exit(2)
  }
  console.log(
    'selftest: the check caught the thrown error, the console error and the axe violation, and passed the clean page; exiting 1 as a run with a broken story does',
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
  if (!stories.length) {
    console.error('check-stories: no stories to check')
    process.exit(1)
  }
  const server = await serve(dir)
  let results
  try {
    results = await checkAll(
      stories.map((id) => ({
        id,
        url: `${server.origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=${STORY_GLOBALS}`,
      })),
      options.jobs,
    )
  } finally {
    await server.close()
  }
  process.exit(results.some((result) => result.problems.length) ? 1 : 0)
}

await main()
