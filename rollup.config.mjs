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
// The bundled default content stays in lazily loaded chunks, and its images are copied next to
// the chunks that reference them (`new URL('./images/…', import.meta.url)`), in both builds.
import {nodeResolve} from '@rollup/plugin-node-resolve'
import terser from '@rollup/plugin-terser'
import {importMetaAssets} from '@web/rollup-plugin-import-meta-assets'
import esbuild from 'rollup-plugin-esbuild'

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

const plugins = (minify) => [
  nodeResolve({browser: true}),
  esbuild({...esbuildOptions, minify}),
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

export default [
  {
    input: {
      index: 'components/index.ts',
      loader: 'components/loader.ts',
      'react/index': 'components/react/index.ts',
      ...Object.fromEntries(Object.values(ELEMENTS).map((path) => [path, components(path)])),
    },
    external: (id) => npmExternal.test(id),
    // Each element's code and definition stay in its own entry module (which `sideEffects`
    // names), rather than in a chunk behind a re-exporting facade.
    preserveEntrySignatures: 'allow-extension',
    // No bare imports of chunks for load order: bundlers that honour sideEffects warn about them.
    output: {...output('dist/components'), hoistTransitiveImports: false},
    plugins: plugins(false),
  },
  // One self-contained module per tag: all its code in one file, only the content lazily.
  ...Object.entries(ELEMENTS).map(([tag, path]) => ({
    input: {[tag]: components(path)},
    output: output('dist/cdn'),
    plugins: plugins(true),
  })),
  // The loader: each element a chunk of its own, the code they share in shared chunks.
  {
    input: {loader: 'components/loader.ts'},
    output: output('dist/cdn'),
    plugins: plugins(true),
  },
  {
    input: {index: 'sanity-plugin/index.ts'},
    external: bareExternal,
    output: {dir: 'dist/sanity-plugin', format: 'es', sourcemap: true},
    plugins: [nodeResolve(), esbuild(esbuildOptions)],
  },
]
