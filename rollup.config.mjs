// Builds dist/ from the sources (`npm run build` runs it after `npm run generate`):
//
// - dist/components/: ES modules for npm users' bundlers, one entry per element plus the index,
//   the loader and the React wrappers; Lit, picosanity, @sanity/image-url and React stay external;
//   source maps; type declarations beside them (tsgo -p tsconfig.build.json).
// - dist/cdn/: for a script tag. One self-contained, minified module per tag (Lit and everything
//   bundled), and the loader, code-split so that Lit and the shared code load once. Minified by
//   esbuild, then by terser (two compress passes: about 2.5 % less gzipped than esbuild alone;
//   the licence comments kept).
// - dist/sanity-plugin/: the Studio plugin.
//
// In both element builds Lit's decorators are written out as the plain JavaScript Lit documents for
// them, by Lit's own transformer (scripts/lit-decorators.mjs): about 350 bytes less gzipped per CDN
// module, 200 per npm entry. The sources keep the decorators.
//
// The bundled default content stays in lazily loaded chunks, and its images are copied next to
// the chunks that reference them (`new URL('./images/…', import.meta.url)`), in both builds.
import {readFileSync} from 'node:fs'
import {basename, dirname, posix, resolve} from 'node:path'
import {nodeResolve} from '@rollup/plugin-node-resolve'
import terser from '@rollup/plugin-terser'
import {importMetaAssets} from '@web/rollup-plugin-import-meta-assets'
import MagicString from 'magic-string'
import esbuild from 'rollup-plugin-esbuild'
import {isStyleModule, minifyCssLiterals} from './scripts/minify-css.mjs'
import {noIdHashing} from './scripts/message-ids.mjs'
import {collapseTemplateWhitespace} from './scripts/minify-html.mjs'
import {litDecorators} from './scripts/lit-decorators.mjs'

/** Every element: its tag, and its module (without `components/` and `.ts`). */
const ELEMENTS = {
  'ijh-config': 'config/config',
  'ijh-focus-area-card': 'focus-area-card/focus-area-card',
  'ijh-strategy-wheel': 'strategy-wheel/strategy-wheel',
  'ijh-support-finder': 'support-finder/support-finder',
  'ijh-story-carousel': 'story-carousel/story-carousel',
}

const esbuildOptions = {target: 'es2022', tsconfig: 'tsconfig.json', legalComments: 'eof'}

/**
 * For npm users: dependencies and peers stay external. Two are bundled: `groq` (`defineQuery` is
 * `x => x`), and `@lit/localize`, which can be configured once per copy, so that a host application
 * that uses it for its own strings keeps it for itself (components/i18n/translate.ts).
 */
const npmExternal =
  /^(lit|lit-html|lit-element|@lit\/(?!localize)[^/]+|@lit-labs|picosanity|@sanity\/image-url|react|react-dom)(\/|$)/

/** For the Studio plugin: every bare import stays external. */
const bareExternal = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0')

const output = (dir) => ({
  dir,
  format: 'es',
  sourcemap: true,
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
  // Beside the bundled content's chunks, which refer to them as `images/…`.
  assetFileNames: 'chunks/images/[name]-[hash][extname]',
})

/** The CSS of the elements' style modules, minified (scripts/minify-css.mjs). The CDN build only. */
const minifyCss = () => ({
  name: 'ijh-minify-css',
  async transform(code, id) {
    return isStyleModule(id) ? {code: await minifyCssLiterals(code, id), map: null} : null
  },
})

/**
 * Modules that the CDN loads lazily as standalone files, each built apart with its own copy of
 * what it imports (`chunks/<name>-<hash>.js`): pages that never use them never load them, and,
 * loaded, they import nothing from the module that loaded them (which a CMS may have loaded under
 * another URL, `?v=2`, and would load again). They are built first; the other CDN builds import
 * them by the file names they got.
 */
const STANDALONE = {
  'sanity-client': 'components/data/sanity-source.ts',
  'sanity-image': 'components/story-carousel/sanity-image.ts',
}

/** Each standalone module's name, by its absolute path without the extension. */
const STANDALONE_BY_PATH = new Map(
  Object.entries(STANDALONE).map(([name, path]) => [resolve(path).replace(/\.ts$/, ''), name]),
)

/** The file name each standalone module was built to, under dist/cdn. */
const standaloneFiles = new Map()

const STANDALONE_ID = /ijh-standalone:([\w-]+)/g

/**
 * Resolves a dynamic import of a standalone module to its built file, as an external import, and
 * writes its address relative to each chunk that imports it.
 */
const standalone = () => ({
  name: 'ijh-standalone',
  resolveDynamicImport(specifier, importer) {
    if (typeof specifier !== 'string' || !specifier.startsWith('.')) return null
    const name = STANDALONE_BY_PATH.get(
      resolve(dirname(importer), specifier).replace(/\.[jt]s$/, ''),
    )
    return name ? {id: `ijh-standalone:${name}`, external: true} : null
  },
  renderChunk(code, chunk) {
    if (!code.includes('ijh-standalone:')) return null
    const magic = new MagicString(code)
    for (const match of code.matchAll(STANDALONE_ID)) {
      const file = standaloneFiles.get(match[1])
      if (!file) this.error(`The standalone module ${match[1]} has not been built yet`)
      // Output file names always use /.
      const path = posix.relative(posix.dirname(chunk.fileName), file)
      magic.overwrite(match.index, match.index + match[0].length, `./${path}`)
    }
    return {code: magic.toString(), map: magic.generateMap({hires: true})}
  },
})

/** Records the file name a standalone module was built to. */
const recordStandalone = (name) => ({
  name: 'ijh-record-standalone',
  generateBundle(_options, bundle) {
    const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry)
    standaloneFiles.set(name, entry.fileName)
  },
})

/** The indentation of the elements' html and svg templates, collapsed (scripts/minify-html.mjs). */
const minifyHtml = () => ({
  name: 'ijh-minify-html',
  transform(code, id) {
    if (!id.replaceAll('\\', '/').includes('/components/') || !/\.ts$/.test(id)) return null
    return collapseTemplateWhitespace(code, this.parse(code)) ?? null
  },
})

const plugins = (minify) => [
  ...(minify ? [standalone()] : []),
  noIdHashing(),
  nodeResolve({browser: true}),
  litDecorators(),
  ...(minify ? [minifyCss()] : []),
  esbuild({...esbuildOptions, minify}),
  ...(minify ? [minifyHtml()] : []),
  importMetaAssets({include: ['components/data/generated/**']}),
  ...(minify
    ? [
        terser({
          ecma: 2022,
          module: true,
          compress: {passes: 2},
          format: {comments: /@license|@preserve|^!/},
        }),
      ]
    : []),
]

const components = (path) => `components/${path}.ts`

/** Copies a file as it is into the build's output folder, as `fileName`. */
const copyFile = (path, fileName) => ({
  name: 'ijh-copy-file',
  generateBundle() {
    this.emitFile({type: 'asset', fileName, source: readFileSync(path, 'utf8')})
  },
})

export default [
  // The standalone modules first, each with everything it imports.
  ...Object.entries(STANDALONE).map(([name, path]) => ({
    input: {[name]: path},
    output: {...output('dist/cdn'), entryFileNames: 'chunks/[name]-[hash].js'},
    plugins: [
      ...plugins(true).filter((plugin) => plugin.name !== 'ijh-standalone'),
      recordStandalone(name),
    ],
  })),
  {
    input: {
      index: 'components/index.ts',
      loader: 'components/loader.ts',
      ...Object.fromEntries(
        ['index', ...Object.values(ELEMENTS).map((path) => basename(path))].map((name) => [
          `react/${name}`,
          `components/react/${name}.ts`,
        ]),
      ),
      ...Object.fromEntries(Object.values(ELEMENTS).map((path) => [path, components(path)])),
    },
    external: (id) => npmExternal.test(id),
    // Each element's code and definition stay in its own entry module (which `sideEffects`
    // names), rather than in a chunk behind a re-exporting facade.
    preserveEntrySignatures: 'allow-extension',
    // No bare imports of chunks for load order: bundlers that honour sideEffects warn about them.
    output: {
      ...output('dist/components'),
      hoistTransitiveImports: false,
      // The React wrappers use hooks: client modules for React Server Components (Next.js's App
      // Router), the chunk they share included. Rollup drops module-level directives from
      // sources, so it is written here.
      banner: (chunk) =>
        chunk.moduleIds.some((id) => id.includes('/components/react/')) ? "'use client';" : '',
    },
    plugins: plugins(false),
  },
  // One self-contained module per tag: all its code in one file, only the content lazily.
  ...Object.entries(ELEMENTS).map(([tag, path]) => ({
    input: {[tag]: components(path)},
    output: output('dist/cdn'),
    plugins: plugins(true),
  })),
  // The loader: each element a chunk of its own, the code they share in shared chunks. Beside it,
  // the optional stylesheet that keeps each element's space before it is defined.
  {
    input: {loader: 'components/loader.ts'},
    output: output('dist/cdn'),
    plugins: [...plugins(true), copyFile('components/reserve.css', 'reserve.css')],
  },
  {
    input: {index: 'sanity-plugin/index.ts'},
    external: bareExternal,
    output: {dir: 'dist/sanity-plugin', format: 'es', sourcemap: true},
    plugins: [nodeResolve(), esbuild(esbuildOptions)],
  },
]
