// Builds dist/ from the sources: ES modules with source maps, dependencies left external for
// npm users' bundlers. (Per-tag CDN bundles and the loader come with the shipping issue.)
import {nodeResolve} from '@rollup/plugin-node-resolve'
import esbuild from 'rollup-plugin-esbuild'

const esbuildOptions = {target: 'es2022', tsconfig: 'tsconfig.json', minify: false}

/** Bare imports of dependencies and peers stay external. */
const external = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0')

export default [
  {
    input: {
      index: 'components/index.ts',
      'config/config': 'components/config/config.ts',
      'focus-area-card/focus-area-card': 'components/focus-area-card/focus-area-card.ts',
      'support-finder/support-finder': 'components/support-finder/support-finder.ts',
      'strategy-wheel/strategy-wheel': 'components/strategy-wheel/strategy-wheel.ts',
      'story-carousel/story-carousel': 'components/story-carousel/story-carousel.ts',
    },
    external,
    output: {
      dir: 'dist/components',
      format: 'es',
      sourcemap: true,
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [nodeResolve(), esbuild(esbuildOptions)],
  },
  {
    input: {index: 'sanity-plugin/index.ts'},
    external,
    output: {dir: 'dist/sanity-plugin', format: 'es', sourcemap: true},
    plugins: [nodeResolve(), esbuild(esbuildOptions)],
  },
]
