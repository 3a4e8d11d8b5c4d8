/**
 * `npm start`, the README's first command, runs `demo/server/start.mjs`, which serves both demo pages from the
 * sources, with the local stand-in for Sanity's query API, and every element on them shows its
 * content in Chromium, from the local query endpoint and from the bundled default
 * (`?source=bundled`), with no error, no warning and no failed request.
 */
import assert from 'node:assert/strict'
import {spawn, type ChildProcess} from 'node:child_process'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {after, before, describe, it} from 'node:test'
import {chromium, type Browser} from 'playwright-core'
import {CHROMIUM_ARGS, chromiumPath} from '../../scripts/chromium-path.mjs'
import {elementsShown} from './helpers/page-elements'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

describe('the demo server (demo/server/start.mjs, which npm start runs after npm run generate)', () => {
  let server: ChildProcess
  let base: string
  let browser: Browser
  let output = ''

  before(
    async () => {
      // Any free port, which the server names; without SANITY_PROJECT_ID, the demo reads the
      // local query endpoint, as it does by default.
      const env: NodeJS.ProcessEnv = {...process.env, PORT: '0'}
      delete env.SANITY_PROJECT_ID
      server = spawn(process.execPath, [join(ROOT, 'demo/server/start.mjs')], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      await new Promise<void>((ready, failed) => {
        const listen = (chunk: Buffer) => {
          output += chunk.toString()
          if (output.includes('Ctrl+C')) ready()
        }
        server.stdout?.on('data', listen)
        server.stderr?.on('data', listen)
        server.on('exit', (code) => failed(new Error(`the server exited (${code}):\n${output}`)))
      })
      const named = /(http:\/\/localhost:\d+)\/demo\//.exec(output)
      assert.ok(named, output)
      base = named[1]
      browser = await chromium.launch({executablePath: chromiumPath(), args: CHROMIUM_ARGS})
    },
    {timeout: 60_000},
  )

  after(async () => {
    await browser?.close()
    if (server && server.exitCode === null) {
      const exited = new Promise((done) => server.once('exit', done))
      server.kill('SIGTERM')
      await exited
    }
  })

  it('says where the pages are, at the port it got', () => {
    assert.doesNotMatch(base, /:0$/)
    assert.match(output, new RegExp(`${base}/demo/kommun\\.html`))
  })

  for (const page of ['/demo/', '/demo/kommun.html']) {
    for (const source of ['local query endpoint', 'bundled default']) {
      it(`${page} from the ${source}: every element shows its content, with no error, warning or failed request`, async () => {
        const tab = await browser.newPage({viewport: {width: 1280, height: 900}})
        tab.setDefaultTimeout(20_000)
        const problems: string[] = []
        const queries: string[] = []
        tab.on('console', (message) => {
          // Lit says it runs in dev mode, as the dev server serves it; the browser asks for a
          // favicon the demo does not have. Both expected here.
          if (message.text().includes('Lit is in dev mode')) return
          if (message.location().url.endsWith('/favicon.ico')) return
          if (message.type() === 'error' || message.type() === 'warning') {
            problems.push(
              `console ${message.type()}: ${message.text()} (${message.location().url})`,
            )
          }
        })
        tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
        tab.on('response', (response) => {
          if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`)
          if (response.url().includes('/data/query/')) queries.push(response.url())
        })
        tab.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`))
        const bundled = source === 'bundled default'
        await tab.goto(`${base}${page}${bundled ? '?source=bundled' : ''}`)
        const shown = await elementsShown(tab)
        const tags = shown.map(({tag}) => tag)
        const errors = shown.flatMap(({tag, error}) => (error ? [`<${tag}>: ${error}`] : []))
        assert.ok(tags.length >= 4, tags.join(', '))
        for (const tag of ['ijh-focus-area-card', 'ijh-strategy-wheel']) {
          assert.ok(tags.includes(tag), `${page} has <${tag}>`)
        }
        assert.deepEqual([...errors, ...problems], [])
        if (bundled) assert.deepEqual(queries, [], 'no query with ?source=bundled')
        else assert.ok(queries.length > 0, 'the local query endpoint answered')
        await tab.close()
      })
    }
  }
})
