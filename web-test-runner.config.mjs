import {esbuildPlugin} from '@web/dev-server-esbuild'
import {chromeLauncher} from '@web/test-runner-chrome'
import {sanityQueryEndpoint} from './demo/server/query-endpoint.mjs'
import {CHROMIUM_ARGS} from './scripts/chromium-path.mjs'
import {axTreeCommand} from './tests/helpers/ax-tree-command.mjs'

const executablePath = process.env.CHROME_PATH || undefined

/**
 * `/__flaky-module/<name>.js`: the first request for each name loses its connection (a network
 * error, as when the reader goes offline), later ones get a module. For the loader's retry.
 */
function flakyModules() {
  const asked = new Map()
  return async (ctx, next) => {
    const match = /^\/__flaky-module\/([\w-]+)\.js$/.exec(ctx.path)
    if (!match) return next()
    const count = (asked.get(match[1]) ?? 0) + 1
    asked.set(match[1], count)
    if (count === 1) {
      // Not HTTP: a network error, which the browser does not retry by itself (it does retry a
      // connection reset), and which Chromium keeps for the page, like a failed HTTP status
      // (whatwg/html#6768).
      ctx.respond = false
      ctx.req.socket.end('not http\r\n\r\n')
      return
    }
    ctx.type = 'text/javascript'
    // Says where it ran from, for a test that cannot see the import's result.
    ctx.body =
      'export const loaded = true\n' +
      ';(globalThis.ijhFlakyModules ??= []).push(import.meta.url)\n'
  }
}

/** Browser tests: the sources, in headless Chromium, with the local Sanity query endpoint. */
export default {
  files: ['tests/**/*.test.ts', '!tests/node/**'],
  nodeResolve: true,
  // One page at a time: only the front tab of a browser has focus and animation frames, and
  // the keyboard and focus tests need both. Measured: 16 s at 1, 70 s or hangs at 2.
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  // Failures that hold elements are reported, not stalled (tests/helpers/readable-failures.ts).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/tests/helpers/readable-failures.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  middleware: [sanityQueryEndpoint(), flakyModules()],
  plugins: [
    esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'}),
    // `ax-tree`: the computed accessibility tree, for tests/accessibility-tree.test.ts.
    axTreeCommand(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
}
