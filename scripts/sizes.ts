#!/usr/bin/env -S node --import tsx
/**
 * The sizes of what `npm run build` made, in bytes minified and gzipped (level 9, each file apart,
 * as a server sends them). `npm run build` prints them; the package test holds them to budgets.
 *
 * - dist/cdn: each tag's self-contained module, the loader alone, and the loader with every
 *   element it loads and their shared chunks (Lit once). Never the lazily loaded chunks: the
 *   content, the English UI strings, and the Sanity client with the carousel's image pipeline,
 *   which only pages configured for a Sanity project load.
 * - dist/components: each npm entry with the chunks it imports, minified here (the npm build is
 *   not), without Lit and the other dependencies, which a user's bundler shares.
 * - the story carousel's own code: components/story-carousel/* bundled alone, with Lit, the
 *   dependencies, the shared layers (../shared, ../data, ../i18n) and what it loads lazily left
 *   out, its CSS minified as the CDN build minifies it.
 */
import {readFileSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {build, transform, type Plugin} from 'esbuild'
import {minifyCssPlugin} from './minify-css.mjs'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** Every element: its tag and its module under components/ (without `.ts`). */
export const ELEMENTS = {
  'ijh-config': 'config/config',
  'ijh-focus-area-card': 'focus-area-card/focus-area-card',
  'ijh-strategy-wheel': 'strategy-wheel/strategy-wheel',
  'ijh-support-finder': 'support-finder/support-finder',
  'ijh-story-carousel': 'story-carousel/story-carousel',
} as const

export type Tag = keyof typeof ELEMENTS

export interface Size {
  min: number
  gzip: number
}

export interface SizeRow extends Size {
  name: string
  /** The files counted, relative to the root. */
  files: string[]
}

export const gzipSize = (code: string | Uint8Array): number => gzipSync(code, {level: 9}).length

const STATIC = /\bfrom\s*["'](\.{1,2}\/[^"']+)["']|\bimport\s*["'](\.{1,2}\/[^"']+)["']/g
const DYNAMIC = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g

/** The relative imports of a built ES module: static and dynamic, as absolute paths. */
export function localImports(file: string): {static: string[]; dynamic: string[]} {
  const code = readFileSync(file, 'utf8')
  const resolveAll = (pattern: RegExp) =>
    [...code.matchAll(pattern)].map((match) => resolve(dirname(file), match[1] ?? match[2]))
  return {static: resolveAll(STATIC), dynamic: resolveAll(DYNAMIC)}
}

/** The files and every file they import statically, sorted. */
export function staticClosure(files: string[]): string[] {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    localImports(file).static.forEach(visit)
  }
  files.forEach(visit)
  return [...seen].sort()
}

/** The summed sizes of files, each minified first when `minify` (for the unminified npm build). */
export async function filesSize(files: string[], minify = false): Promise<Size> {
  let min = 0
  let gzip = 0
  for (const file of files) {
    let code = readFileSync(file, 'utf8')
    if (minify) {
      code = (
        await transform(code, {
          minify: true,
          format: 'esm',
          target: 'es2022',
          legalComments: 'none',
        })
      ).code
    }
    min += Buffer.byteLength(code)
    gzip += gzipSize(code)
  }
  return {min, gzip}
}

async function row(name: string, files: string[], minify = false): Promise<SizeRow> {
  return {
    name,
    files: files.map((file) => relative(ROOT, file)),
    ...(await filesSize(files, minify)),
  }
}

/** dist/cdn: each tag's module alone, the loader alone, and the loader with all it loads. */
export async function cdnSizes(dist = join(ROOT, 'dist')): Promise<SizeRow[]> {
  const cdn = join(dist, 'cdn')
  const rows: SizeRow[] = []
  for (const tag of Object.keys(ELEMENTS)) {
    const file = join(cdn, `${tag}.js`)
    rows.push(await row(`cdn/${tag}.js`, staticClosure([file])))
  }
  const loader = join(cdn, 'loader.js')
  rows.push(await row('cdn/loader.js', staticClosure([loader])))
  // The loader's dynamic imports are the elements' chunks; theirs are the content and English.
  const all = staticClosure([loader, ...localImports(loader).dynamic])
  rows.push(await row('cdn/loader.js + every element (Lit once)', all))
  return rows
}

/** dist/components: each element entry and the chunks it imports, minified, without Lit. */
export async function npmSizes(dist = join(ROOT, 'dist')): Promise<SizeRow[]> {
  const rows: SizeRow[] = []
  const entries: [string, string][] = [
    ...Object.values(ELEMENTS).map((path): [string, string] => [path, path]),
    ['loader', 'loader'],
    ['index (every element)', 'index'],
  ]
  for (const [name, path] of entries) {
    const file = join(dist, 'components', `${path}.js`)
    rows.push(await row(`components/${name}`, staticClosure([file]), true))
  }
  return rows
}

/**
 * Leaves out every import but the element's own folder's static ones (and esbuild's own helpers):
 * what it loads lazily is not counted, as in the CDN rows. Its CSS is minified as the CDN build
 * minifies it.
 */
function ownCodeOnly(folder: string): Plugin {
  return {
    name: 'own-code-only',
    setup(pluginBuild) {
      pluginBuild.onResolve({filter: /.*/}, (args) => {
        if (args.kind === 'entry-point') return undefined
        const target = resolve(args.resolveDir, args.path)
        const own =
          args.kind !== 'dynamic-import' &&
          args.path.startsWith('.') &&
          target.startsWith(folder + '/')
        return own ? undefined : {path: args.path, external: true}
      })
    },
  }
}

/** An element's own code: its folder's modules bundled, everything else left out. */
export async function ownCodeSize(tag: Tag): Promise<SizeRow> {
  const entry = join(ROOT, 'components', `${ELEMENTS[tag]}.ts`)
  const folder = dirname(entry)
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    tsconfig: join(ROOT, 'tsconfig.json'),
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [ownCodeOnly(folder), minifyCssPlugin],
  })
  const code = result.outputFiles[0].contents
  const files = Object.keys(result.metafile.inputs).sort()
  return {name: `${tag}: own code`, files, min: code.length, gzip: gzipSize(code)}
}

export function formatTable(rows: SizeRow[]): string {
  const width = Math.max(...rows.map((r) => r.name.length))
  const n = (value: number) => value.toLocaleString('en').padStart(9)
  return [
    `${'file'.padEnd(width)}  ${'min'.padStart(9)}  ${'gzip'.padStart(9)}`,
    ...rows.map((r) => `${r.name.padEnd(width)}  ${n(r.min)}  ${n(r.gzip)}`),
  ].join('\n')
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = [
    ...(await cdnSizes()),
    ...(await npmSizes()),
    await ownCodeSize('ijh-story-carousel'),
  ]
  console.log(
    `\nSizes in bytes (gzip -9, each file apart; lazily loaded chunks not counted: content, English UI strings, Sanity client):\n${formatTable(rows)}\n`,
  )
}
