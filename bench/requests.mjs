// Table 4: the HTTP requests and bytes of the demo page with every element on it, its script
// bundled by esbuild as a site would ship it, with the bundled default and with the local endpoint.
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import * as esbuild from 'esbuild'
import {ESBUILD, ROOT, bytes, copy, gzipSize, startServer, table} from './lib.mjs'
import {RENDERED} from './render.mjs'

/** Which kinds of response count as already compressed (gzip would not shrink them). */
const COMPRESSED = /^image\/(jpeg|png|webp|avif|gif)|^font\//

/** What shows that each element has its content, in every variant the demo page uses. */
const LOADED = {
  'ijh-focus-area-card': 'article[part~="card"], [part~="summary"]',
  'ijh-strategy-wheel': '[part~="area"]',
  'ijh-support-finder': '#results-heading, [part~="guided"]',
  'ijh-story-carousel': '[part~="story"]',
}

async function visit(browser, url, scroll) {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}})
  const page = await context.newPage()
  const seen = []
  const failed = []
  page.on('requestfinished', (request) => {
    seen.push(
      (async () => {
        const response = await request.response()
        const sizes = await request.sizes()
        const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0)
        const type = response?.headers()['content-type'] ?? ''
        return {
          url: request.url(),
          status: response?.status() ?? 0,
          kind: request.resourceType(),
          transferred: sizes.responseHeadersSize + sizes.responseBodySize,
          body: body.length,
          gzip:
            body.length && !COMPRESSED.test(type)
              ? Math.min(body.length, gzipSize(body))
              : body.length,
        }
      })(),
    )
  })
  page.on('requestfailed', (request) => failed.push(request.url()))
  try {
    await page.goto(url, {waitUntil: 'networkidle'})
    // Every element on the page has rendered its loaded content (in any of its variants).
    await page.waitForFunction(
      (loaded) =>
        Object.entries(loaded).every(([tag, selector]) =>
          [...document.querySelectorAll(tag)].every((element) =>
            element.shadowRoot?.querySelector(selector),
          ),
        ),
      LOADED,
      {timeout: 30_000},
    )
    if (scroll) {
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) {
          window.scrollTo(0, y)
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
      })
    }
    await page.waitForLoadState('networkidle')
    const requests = await Promise.all(seen)
    return {requests, failed}
  } finally {
    await context.close()
  }
}

export async function requests({browser, out}) {
  const dir = join(out, 'demo')
  await esbuild.build({
    ...ESBUILD,
    tsconfig: join(ROOT, 'tsconfig.json'),
    absWorkingDir: ROOT,
    entryPoints: [join(ROOT, 'demo/demo.js')],
    external: ['./demo-config.js'],
    splitting: true,
    outdir: dir,
  })
  copy(join(ROOT, 'demo/index.html'), join(dir, 'index.html'))
  copy(join(ROOT, 'demo/demo.css'), join(dir, 'demo.css'))
  copy(join(ROOT, 'components/data/generated/images'), join(dir, 'images'))
  // What demo/server/start.mjs answers for the local endpoint.
  writeFileSync(
    join(dir, 'demo-config.js'),
    `export const demoConfig = ${JSON.stringify({projectId: 'local', dataset: 'production', apiHost: 'same-origin', label: 'lokal query-endpoint'})}\n`,
  )
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const counts = Object.fromEntries(
    RENDERED.map(({tag}) => [tag, (html.match(new RegExp(`<${tag}[\\s>]`, 'g')) ?? []).length]),
  )
  const server = await startServer(out)
  const rows = []
  const notes = []
  try {
    for (const [name, query] of [
      ['bundled default', '?source=bundled'],
      ['local query endpoint', ''],
    ]) {
      for (const scroll of [false, true]) {
        const {requests: seen, failed} = await visit(
          browser,
          `${server.base}/demo/index.html${query}`,
          scroll,
        )
        const of = (kinds) => seen.filter((request) => kinds.includes(request.kind)).length
        const sum = (key) => seen.reduce((total, request) => total + request[key], 0)
        rows.push([
          name,
          scroll ? 'after scrolling to the end' : 'first view',
          String(seen.length),
          String(of(['document'])),
          String(of(['script'])),
          String(of(['stylesheet'])),
          String(of(['fetch', 'xhr'])),
          String(of(['image'])),
          bytes(sum('transferred')),
          bytes(sum('gzip')),
        ])
        const errors = seen
          .filter((request) => request.status >= 400)
          .map((request) => `${request.status} ${request.url}`)
        if (failed.length || errors.length) {
          notes.push(`${name}: ${[...failed.map((url) => `failed ${url}`), ...errors].join(', ')}`)
        }
      }
    }
  } finally {
    await server.stop()
  }
  return {
    title: 'Requests and bytes of the demo page (Chromium)',
    intro:
      `demo/index.html with every element on it (${Object.entries(counts)
        .map(([tag, count]) => `${count} × ${tag}`)
        .join(', ')}, and <ijh-config> with the endpoint), its demo/demo.js bundled by esbuild ` +
      `with code splitting (components/index.ts in one chunk, the content lazily), served from ` +
      `localhost by the bench's server, which does not compress. Viewport 1280 × 900, a fresh ` +
      `browser context each time, counted with playwright's requestfinished. "As served" is ` +
      `headers and body as transferred; "gzip" is the bodies alone gzipped at level 9 (images ` +
      `as they are), roughly what a CDN sends without headers. Images load lazily, so the first view and the ` +
      `page scrolled to the end differ. With the local endpoint the story images are the dataset's ` +
      `original JPEGs (Sanity's image CDN would resize them); with the bundled default they are ` +
      `the WebP copies that npm run generate makes.` +
      (notes.length ? `\n\nFailed requests: ${notes.join('; ')}` : ''),
    table: table(
      [
        'content from',
        'when',
        'requests',
        'html',
        'js',
        'css',
        'fetch',
        'images',
        'as served B',
        'gzip B',
      ],
      rows,
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  }
}
