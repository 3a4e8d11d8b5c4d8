/**
 * Strict Content Security Policy: the demo pages (`demo/index.html`, `demo/kommun.html`, with every
 * element on them) served as a production site would serve them, with
 *
 *   default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https://cdn.sanity.io;
 *   connect-src 'self' https://*.apicdn.sanity.io
 *
 * render every element and work, with no `securitypolicyviolation` at all.
 *
 * Production-like: the demo's script is bundled with esbuild (no dev server, whose dev mode injects
 * inline scripts), and served with the pages, the bundled content's images and the local Sanity
 * query endpoint (`demo/server/query-endpoint.mjs`, with the story images imported, as the demo
 * server does) by a small node:http server that sets the header on every response. Violations are
 * reported from the page by a listener added with `addInitScript` (injected by the browser's
 * DevTools protocol, so no inline script is needed) to a function exposed by Playwright. Both ways
 * the demo reads content are checked: from the local Sanity endpoint (its default) and from the
 * bundled default (`?source=bundled`).
 */
import assert from 'node:assert/strict'
import {cpSync, createReadStream, mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs'
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import {tmpdir} from 'node:os'
import {extname, join, resolve, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {after, before, describe, it} from 'node:test'
import {chromium, type Browser, type Page} from 'playwright-core'
import {withImportedAssets} from '../../demo/server/imported-assets.mjs'
import {
  DEFAULT_DATASET_PATH,
  loadNdjson,
  sanityQueryEndpoint,
  type EndpointContext,
  type Middleware,
} from '../../demo/server/query-endpoint.mjs'
import {CHROMIUM_ARGS, chromiumPath} from '../../scripts/chromium-path.mjs'
import {bundleSources} from './helpers/bundle-sources'
import {elementTexts, elementsShown} from './helpers/page-elements'

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https://cdn.sanity.io",
  "connect-src 'self' https://*.apicdn.sanity.io",
].join('; ')

const root = resolve(fileURLToPath(new URL('../../', import.meta.url)))
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
}

/** Lets the Koa-style query endpoint answer a node:http request; false: not its request. */
async function answerWith(
  middleware: Middleware,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  const url = new URL(request.url ?? '/', 'http://localhost')
  const headers: Record<string, string> = {'content-security-policy': CSP}
  const ctx: EndpointContext = {
    path: url.pathname,
    method: request.method ?? 'GET',
    querystring: url.search.slice(1),
    req: request,
    status: 404,
    body: undefined,
    respond: true,
    set: (name: string, value: string) => (headers[name.toLowerCase()] = value),
  }
  let passed = false
  await middleware(ctx, async () => {
    passed = true
  })
  if (passed) return false
  if (ctx.respond === false) return true
  response.writeHead(ctx.status, headers).end((ctx.body as string | undefined) ?? '')
  return true
}

function sendFile(response: ServerResponse, file: string): void {
  response.writeHead(200, {
    'content-type': MIME[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CSP,
  })
  createReadStream(file).pipe(response)
}

/** `base` + `path`, if it stays inside `base` and is a file. */
function fileIn(base: string, path: string): string | undefined {
  const file = resolve(base, `.${path}`)
  if (!file.startsWith(base + sep)) return undefined
  try {
    return statSync(file).isFile() ? file : undefined
  } catch {
    return undefined
  }
}

interface Site {
  origin: string
  close: () => Promise<void>
}

/** Serves the bundled demo: pages and CSS from demo/, script from `bundle`, images, endpoint. */
async function serve(bundle: string): Promise<Site> {
  // The endpoint needs the server's address for its image URLs: set once the server listens.
  const endpoint: {middleware?: Middleware} = {}
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
      if (endpoint.middleware && (await answerWith(endpoint.middleware, request, response))) return
      if (path === '/favicon.ico') {
        response.writeHead(204, {'content-security-policy': CSP}).end()
        return
      }
      const file =
        (path.startsWith('/demo/') &&
          (fileIn(bundle, path.slice('/demo'.length)) ??
            fileIn(join(root, 'demo'), path.slice(5)))) ||
        (path.startsWith('/sanity-plugin/dataset/images/') && fileIn(root, path))
      if (file) sendFile(response, file)
      else response.writeHead(404, {'content-security-policy': CSP}).end()
    })()
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const {port} = server.address() as {port: number}
  const origin = `http://127.0.0.1:${port}`
  // The default dataset as it reads after `sanity dataset import`, as `npm start` serves it.
  const documents = await withImportedAssets(
    loadNdjson(DEFAULT_DATASET_PATH),
    DEFAULT_DATASET_PATH,
    (path: string) => `${origin}/sanity-plugin/dataset/${path}`,
  )
  endpoint.middleware = sanityQueryEndpoint({documents})
  return {origin, close: () => new Promise((done) => server.close(() => done()))}
}

/** Bundles `demo/demo.js` as a site would ship it, with the demo configured for the local endpoint. */
async function bundleDemo(out: string): Promise<void> {
  await bundleSources({demo: 'demo/demo.js'}, out, [
    {
      name: 'demo-config',
      setup(esbuild) {
        esbuild.onResolve({filter: /\/demo-config\.js$/}, () => ({
          path: 'demo-config',
          namespace: 'demo-config',
        }))
        esbuild.onLoad({filter: /.*/, namespace: 'demo-config'}, () => ({
          contents: `export const demoConfig = ${JSON.stringify({
            projectId: 'local',
            dataset: 'production',
            apiHost: 'same-origin',
            label: 'lokal query-endpoint',
          })}`,
          loader: 'js',
        }))
      },
    },
  ])
  // The bundled content's images, beside the chunks that load them (`new URL('./images/…')`).
  cpSync(join(root, 'components/data/generated/images'), join(out, 'chunks/images'), {
    recursive: true,
  })
}

interface Violation {
  directive: string
  blocked: string
  sample: string
  source: string
}

const report = (found: {violations: Violation[]; errors: string[]}) =>
  JSON.stringify(found, null, 1)

/** Records violations (and console errors) of every document the page loads. */
async function watch(page: Page): Promise<{violations: Violation[]; errors: string[]}> {
  const violations: Violation[] = []
  const errors: string[] = []
  await page.exposeFunction('__ijhCspViolation', (violation: Violation) =>
    violations.push(violation),
  )
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as {__ijhCspViolation: (v: unknown) => void})
        .__ijhCspViolation
      report({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: `${event.sourceFile}:${event.lineNumber}`,
      })
    })
  })
  page.on('pageerror', (error) => errors.push(`threw: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  return {violations, errors}
}

/** Waits until every `ijh-` element (but the config) shows its content: no skeleton, no error. */
async function loaded(
  page: Page,
  found?: {violations: Violation[]; errors: string[]},
): Promise<string[]> {
  const fail = async (why: string, cause?: unknown) => {
    throw new Error(
      `${why}: ${JSON.stringify(await elementTexts(page), null, 1)}\n${found ? report(found) : ''}`,
      {cause},
    )
  }
  const shown = await elementsShown(page).catch((error: unknown) =>
    fail('the elements did not load', error),
  )
  if (shown.some(({error}) => error)) await fail('an element shows an error')
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .map((el) => el.localName)
      .filter((name) => name.startsWith('ijh-')),
  )
}

describe('strict Content Security Policy on the demo pages, bundled as for production', () => {
  let out: string
  let site: Site
  let browser: Browser

  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'ijh-csp-'))
    await bundleDemo(out)
    site = await serve(out)
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    })
  })

  after(async () => {
    await browser?.close()
    await site?.close()
    rmSync(out, {recursive: true, force: true})
  })

  it('serves every response with the policy, and the pages have no inline script or style', async () => {
    const response = await fetch(`${site.origin}/demo/index.html`)
    assert.equal(response.headers.get('content-security-policy'), CSP)
    for (const page of ['index.html', 'kommun.html']) {
      const source = readFileSync(join(root, 'demo', page), 'utf8')
      assert.doesNotMatch(source, /<script(?![^>]*\bsrc=)[^>]*>/i, `${page}: an inline script`)
      assert.doesNotMatch(source, /\sstyle\s*=/i, `${page}: a style attribute`)
      assert.doesNotMatch(source, /<style[\s>]/i, `${page}: a style element`)
      assert.doesNotMatch(source, /\son[a-z]+\s*=/i, `${page}: an event handler attribute`)
    }
    const query = await fetch(
      `${site.origin}/v2025-02-19/data/query/production?query=${encodeURIComponent('count(*[_type == "focusArea"])')}`,
    )
    assert.equal(query.headers.get('content-security-policy'), CSP)
    assert.equal((await query.json()).result, 5)
  })

  /**
   * Opens a demo page under the policy, checks that every element is on it and loaded, lets `act`
   * use them, and then asserts that nothing broke the policy or logged an error.
   */
  async function onDemoPage(
    path: string,
    act: (page: Page, found: Awaited<ReturnType<typeof watch>>) => Promise<void>,
  ): Promise<void> {
    const page = await browser.newPage()
    const found = await watch(page)
    try {
      await page.goto(`${site.origin}/${path}`)
      const elements = await loaded(page, found)
      for (const tag of [
        'ijh-strategy-wheel',
        'ijh-focus-area-card',
        'ijh-support-finder',
        'ijh-story-carousel',
      ]) {
        assert.ok(elements.includes(tag), `${tag} is on the page`)
      }
      await act(page, found)
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)))
      assert.deepEqual(found.violations, [], report(found))
      assert.deepEqual(found.errors, [], report(found))
    } finally {
      await page.close()
    }
  }

  for (const source of ['sanity', 'bundled'] as const) {
    const search = source === 'bundled' ? '?source=bundled' : ''

    it(`demo/index.html (${source}): every element renders and works, with no violation`, async () => {
      await onDemoPage(`demo/index.html${search}`, async (page) => {
        assert.ok(
          (await page.evaluate(() => !!document.querySelector('ijh-config'))) ===
            (source === 'sanity'),
        )

        // The wheel: select a focus area; the card that follows it shows that focus area.
        await page.locator('#strategihjul svg [part~="area"]').nth(2).click()
        await page
          .locator('ijh-focus-area-card[for="strategihjul"] [part~="title"]')
          .filter({hasText: 'Kunskap och kompetens'})
          .waitFor()

        // The card: collapse a theme and expand it again.
        const toggle = page
          .locator('ijh-focus-area-card[focus-area="kunskap-och-kompetens"] [part~="theme-toggle"]')
          .first()
        await toggle.click()
        assert.equal(await toggle.getAttribute('aria-expanded'), 'false')
        await toggle.click()
        assert.equal(await toggle.getAttribute('aria-expanded'), 'true')

        // The finder: filter by a need; the results and the address follow.
        const finder = page.locator('ijh-support-finder').first()
        const before = await finder.locator('[part~="card"]').count()
        // In a narrow column the filters are behind a disclosure button.
        const disclosure = finder.locator('[part~="filters-toggle"]')
        if (await disclosure.isVisible()) await disclosure.click()
        await finder.locator('#option-need-finansiering').check()
        await page.waitForFunction(() => location.search.includes('ijh-sf-need=finansiering'))
        const after = await finder.locator('[part~="card"]').count()
        assert.ok(after > 0 && after < before, `filtered: ${before} → ${after}`)

        // The carousel: the next story.
        const carousel = page.locator('ijh-story-carousel').first()
        const first = await carousel
          .locator('[part~="slide"]:not([inert]) [part~="title"]')
          .textContent()
        await carousel.locator('[part~="next-button"]').click()
        const second = await carousel
          .locator('[part~="slide"]:not([inert]) [part~="title"]')
          .textContent()
        assert.notEqual(second, first)

        // The low-quality placeholders: painted (from their bytes, no data: image load).
        await page.waitForFunction(() =>
          [
            ...(document
              .querySelector('ijh-story-carousel')
              ?.shadowRoot?.querySelectorAll('canvas.placeholder') ?? []),
          ].some((canvas) => (canvas as HTMLCanvasElement).width > 0),
        )

        // The images: shown, not blocked.
        await page.waitForFunction(() => {
          const img = document
            .querySelector('ijh-story-carousel')
            ?.shadowRoot?.querySelector<HTMLImageElement>('[part~="slide"]:not([inert]) img')
          return !!img && img.complete && img.naturalWidth > 0
        })
      })
    })

    it(`demo/kommun.html (${source}): every element renders and works, with no violation`, async () => {
      await onDemoPage(`demo/kommun.html${search}`, async (page, found) => {
        // English: every element follows the page's language.
        await page.locator('[data-lang="en"]').click()
        await page
          .locator('ijh-focus-area-card[focus-area="kunskap-och-kompetens"] [part~="title"]')
          .filter({hasText: 'Knowledge and skills'})
          .waitFor()
        await loaded(page, found)
        const carousel = page.locator('ijh-story-carousel')
        if ((await carousel.locator('[part~="next-button"]').count()) > 0) {
          await carousel.locator('[part~="next-button"]').click()
        }
        await page.locator('ijh-support-finder [part~="card-toggle"]').first().click()
        assert.equal(
          await page
            .locator('ijh-support-finder [part~="card-toggle"]')
            .first()
            .getAttribute('aria-expanded'),
          'true',
        )
        // The wheel's focus areas are links here (href-template): one leads to the card on the
        // elements page, selected there.
        await page.locator('ijh-strategy-wheel svg [part~="area"]').nth(3).click()
        await page.waitForURL(/index\.html.*#ijh-focus-area-kreativa-motesplatser$/)
        await loaded(page, found)
        await page
          .locator('ijh-focus-area-card[for="strategihjul"] [part~="title"]')
          .filter({hasText: /Kreativa mötesplatser|Creative meeting places/})
          .waitFor()
      })
    })
  }
})
