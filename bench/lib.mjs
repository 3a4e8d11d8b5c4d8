// Shared helpers for `npm run bench`: esbuild settings, statistics, tables, the local server and
// the browser.
import {cpSync, mkdirSync} from 'node:fs'
import {cpus, loadavg, totalmem} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {startDevServer} from '@web/dev-server'
import {chromium} from 'playwright-core'
import {withImportedAssets} from '../demo/server/imported-assets.mjs'
import {
  DEFAULT_DATASET_PATH,
  loadNdjson,
  sanityQueryEndpoint,
} from '../demo/server/query-endpoint.mjs'
import {CHROMIUM_ARGS, chromiumPath} from '../scripts/chromium-path.mjs'
import {noIdHashingEsbuild} from '../scripts/message-ids.mjs'
import {minifyCssPlugin} from '../scripts/minify-css.mjs'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const BENCH = join(ROOT, 'bench')

/**
 * Our sources keep their side effects (defining the elements), as `dist/components/**` does in
 * the package's `sideEffects`: without this, esbuild reads that field as saying the `.ts` sources
 * have none and drops bare imports such as `import '../components/index.ts'`.
 */
const keepSideEffects = {
  name: 'ijh-keep-side-effects',
  setup(build) {
    build.onResolve({filter: /^\.\.?\//}, async (args) => {
      if (args.pluginData === 'ijh-resolved' || args.kind === 'entry-point') return undefined
      const result = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'ijh-resolved',
      })
      if (result.errors.length || !result.path.startsWith(join(ROOT, 'components')))
        return undefined
      return {path: result.path, sideEffects: true}
    })
  },
}

/** The esbuild settings every bundle in the bench is built with, ours and the peers'. */
export const ESBUILD = {
  // Our style modules' CSS minified as the CDN build minifies it.
  plugins: [keepSideEffects, minifyCssPlugin, noIdHashingEsbuild],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'silent',
}

/** Bytes gzipped at level 9, as a CDN or a web server would send them. */
export function gzipSize(content) {
  return gzipSync(content, {level: 9}).length
}

/** The median and the 95th percentile (nearest rank) of a list of numbers. */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
  return {median: at(0.5), p95: at(0.95), n: sorted.length}
}

/** A number of bytes with thousands separators, e.g. `12 345`. */
export function bytes(value) {
  return value == null ? '–' : value.toLocaleString('sv-SE').replace(/\u00a0/g, ' ')
}

/** Milliseconds with two decimals below 10 ms, one below 100 ms, none above. */
export function ms(value) {
  if (value == null || Number.isNaN(value)) return '–'
  if (value < 10) return value.toFixed(2)
  if (value < 100) return value.toFixed(1)
  return value.toFixed(0)
}

/**
 * A table as Markdown, padded so that it reads as plain text too. `align` gives `l` or `r` per
 * column.
 */
export function table(headers, rows, align = headers.map((_, i) => (i ? 'r' : 'l'))) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell)))
  const widths = headers.map((_, i) => Math.max(3, ...cells.map((row) => row[i].length)))
  const line = (row) =>
    `| ${row
      .map((cell, i) => (align[i] === 'r' ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join(' | ')} |`
  const rule = `| ${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n')
}

/** What the numbers were measured on. */
export function machine() {
  const cpu = cpus()
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    load: loadavg()
      .map((value) => value.toFixed(2))
      .join(' '),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  }
}

/** Copies a file or folder, making the target's folder first. */
export function copy(from, to) {
  mkdirSync(dirname(to), {recursive: true})
  cpSync(from, to, {recursive: true})
}

/**
 * Serves `rootDir` (the bench's pages and bundles) on a free port, with the local stand-in for
 * Sanity's query API over the default dataset and its images (copied to
 * `<rootDir>/sanity-plugin/dataset/images/`). `headers` are added to every response, e.g. for
 * cross-origin isolation, which gives `performance.now()` its finest resolution.
 */
export async function startServer(rootDir, {headers = {}} = {}) {
  let base = ''
  copy(join(ROOT, 'sanity-plugin/dataset/images'), join(rootDir, 'sanity-plugin/dataset/images'))
  const documents = await withImportedAssets(
    loadNdjson(DEFAULT_DATASET_PATH),
    DEFAULT_DATASET_PATH,
    (path) => `${base}/sanity-plugin/dataset/${path}`,
  )
  const server = await startDevServer({
    config: {
      rootDir,
      port: 0,
      hostname: 'localhost',
      nodeResolve: false,
      middleware: [
        async (ctx, next) => {
          await next()
          for (const [name, value] of Object.entries(headers)) ctx.set(name, value)
        },
        sanityQueryEndpoint({documents}),
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  })
  const {port} = server.server.address()
  base = `http://localhost:${port}`
  return {base, stop: () => server.stop()}
}

/** Headless Chromium, set up as the browser tests set it up. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  })
}
