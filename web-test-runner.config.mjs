import {esbuildPlugin} from '@web/dev-server-esbuild'
import {chromeLauncher} from '@web/test-runner-chrome'
import {sanityQueryEndpoint} from './demo/server/query-endpoint.mjs'
import {CHROMIUM_ARGS} from './scripts/chromium-path.mjs'

const executablePath = process.env.CHROME_PATH || undefined

/** Browser tests: the sources, in headless Chromium, with the local Sanity query endpoint. */
export default {
  files: ['tests/**/*.test.ts', '!tests/node/**'],
  nodeResolve: true,
  // One page at a time: only the front tab of a browser has focus and animation frames, and
  // the keyboard and focus tests need both. Measured: 16 s at 1, 70 s or hangs at 2.
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  middleware: [sanityQueryEndpoint()],
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'})],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
}
