// Table 1: the size of each of our entries beside comparable peers, every one built the same way
// (esbuild: bundle, minify, ES2022, ES module; gzip -9).
import {existsSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import * as esbuild from 'esbuild'
import {BENCH, ESBUILD, ROOT, bytes, gzipSize, table} from './lib.mjs'

/** Lit and its packages, left out for the "own code" figures. */
const LIT = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*']

/** Our elements, and the query whose bundled content each loads (lazily) on first render. */
export const ELEMENTS = [
  {tag: 'ijh-config', file: 'components/config/config.ts', query: null},
  {
    tag: 'ijh-focus-area-card',
    file: 'components/focus-area-card/focus-area-card.ts',
    query: 'focusArea',
  },
  {
    tag: 'ijh-strategy-wheel',
    file: 'components/strategy-wheel/strategy-wheel.ts',
    query: 'strategy',
  },
  {
    tag: 'ijh-support-finder',
    file: 'components/support-finder/support-finder.ts',
    query: 'supportFinder',
  },
  {
    tag: 'ijh-story-carousel',
    file: 'components/story-carousel/story-carousel.ts',
    query: 'successStories',
  },
]

function version(name, base = BENCH) {
  return JSON.parse(readFileSync(join(base, 'node_modules', name, 'package.json'), 'utf8')).version
}

/**
 * Builds one entry (a file, or source text with `stdin`) with code splitting, and sums what a page
 * loads before anything renders (the entry and its static imports) apart from what it loads later
 * (dynamic imports: the bundled content).
 */
async function measure({entry, stdin, resolveDir = ROOT, external = [], loader = 'js'}) {
  const result = await esbuild.build({
    ...ESBUILD,
    tsconfig: join(ROOT, 'tsconfig.json'),
    ...(entry
      ? {entryPoints: [join(ROOT, entry)], splitting: true}
      : {stdin: {contents: stdin, resolveDir, loader}}),
    absWorkingDir: ROOT,
    outdir: join(BENCH, '.out-sizes'),
    write: false,
    metafile: true,
    external,
  })
  const files = new Map(
    result.outputFiles.map((file) => [relative(ROOT, file.path), file.contents]),
  )
  const outputs = result.metafile.outputs
  const main = Object.keys(outputs).find(
    (path) => outputs[path].entryPoint === (entry ?? '<stdin>') && !path.endsWith('.map'),
  )
  const initial = new Set()
  const lazy = new Set()
  const visit = (path) => {
    if (initial.has(path)) return
    initial.add(path)
    for (const imported of outputs[path].imports) {
      if (imported.external) continue
      if (imported.kind === 'dynamic-import') lazy.add(imported.path)
      else visit(imported.path)
    }
  }
  visit(main)
  const sum = (paths, measureOne) =>
    [...paths]
      .filter((path) => !path.endsWith('.map'))
      .reduce((total, path) => total + measureOne(files.get(path)), 0)
  return {
    min: sum(initial, (content) => content.length),
    gzip: sum(initial, gzipSize),
    lazy: [...lazy]
      .filter((path) => !initial.has(path))
      .map((path) => ({source: outputs[path].entryPoint, content: files.get(path)})),
  }
}

/** The bundled content chunk of a query in Swedish, among an entry's lazy chunks. */
function contentChunk(lazy, query) {
  if (!query) return undefined
  return lazy.find(({source}) => source === `components/data/generated/${query}.sv.js`)
}

export async function sizes() {
  const rows = []
  const add = (name, full, own, content, note = '') =>
    rows.push([
      name,
      bytes(full.min),
      bytes(full.gzip),
      own ? bytes(own.min) : '–',
      own ? bytes(own.gzip) : '–',
      content != null ? bytes(content) : '–',
      note,
    ])

  for (const element of ELEMENTS) {
    const full = await measure({entry: element.file})
    const own = await measure({entry: element.file, external: LIT})
    const chunk = contentChunk(full.lazy, element.query)
    add(
      `${element.tag} (${element.file})`,
      full,
      own,
      chunk ? gzipSize(chunk.content) : undefined,
      element.query ? '' : 'renders nothing',
    )
  }
  const all = await measure({entry: 'components/index.ts'})
  const allOwn = await measure({entry: 'components/index.ts', external: LIT})
  const allContent = ['strategy', 'focusArea', 'supportFinder', 'successStories']
    .map((query) => contentChunk(all.lazy, query))
    .reduce((total, chunk) => total + (chunk ? gzipSize(chunk.content) : 0), 0)
  add('all elements (components/index.ts)', all, allOwn, allContent, 'content: all four queries')
  if (existsSync(join(ROOT, 'components/loader.ts'))) {
    const loader = await measure({entry: 'components/loader.ts'})
    const loaderOwn = await measure({entry: 'components/loader.ts', external: LIT})
    add(
      'loader (components/loader.ts)',
      loader,
      loaderOwn,
      null,
      'loads each element it finds later',
    )
  }
  const client = await measure({entry: 'components/data/sanity-source.ts'})
  add(
    'Sanity client (components/data/sanity-source.ts)',
    client,
    null,
    null,
    'loaded lazily, only for a Sanity project: picosanity and every query',
  )
  const images = await measure({entry: 'components/story-carousel/sanity-image.ts'})
  add(
    'Sanity image pipeline (components/story-carousel/sanity-image.ts)',
    images,
    null,
    null,
    'loaded lazily by the carousel, only for Sanity images',
  )
  const pico = await measure({stdin: `export {createClient} from 'picosanity'`})
  add(
    `picosanity ${version('picosanity', ROOT)} (createClient)`,
    pico,
    null,
    null,
    'inside the Sanity client',
  )

  const peer = async (name, source, note = '') => {
    const full = await measure({stdin: source, resolveDir: BENCH})
    const own = await measure({stdin: source, resolveDir: BENCH, external: LIT})
    add(name, full, own, null, note)
  }
  const css = async (name, source, note = '') => {
    const built = await measure({stdin: source, resolveDir: BENCH, loader: 'css'})
    add(name, built, null, null, note)
  }

  await peer(
    `Shoelace ${version('@shoelace-style/shoelace')} sl-carousel + sl-carousel-item`,
    `import '@shoelace-style/shoelace/dist/components/carousel/carousel.js'
     import '@shoelace-style/shoelace/dist/components/carousel-item/carousel-item.js'`,
    'Lit inside; styles in JS',
  )
  await peer(
    `Splide ${version('@splidejs/splide')}`,
    `export {Splide} from '@splidejs/splide'`,
    'plus its CSS, next row',
  )
  await css(
    `Splide ${version('@splidejs/splide')} CSS (splide-core.min.css)`,
    `@import '@splidejs/splide/css/core';`,
    'no theme',
  )
  await peer(
    `Swiper ${version('swiper')} + A11y, Navigation, Pagination, Autoplay`,
    `import Swiper from 'swiper'
     import {A11y, Autoplay, Navigation, Pagination} from 'swiper/modules'
     export {Swiper, A11y, Autoplay, Navigation, Pagination}`,
    'plus its CSS, next row',
  )
  await css(
    `Swiper ${version('swiper')} CSS (core, a11y, navigation, pagination, autoplay)`,
    `@import 'swiper/css'; @import 'swiper/css/a11y'; @import 'swiper/css/navigation';
     @import 'swiper/css/pagination'; @import 'swiper/css/autoplay';`,
  )
  const emblaAutoplay = existsSync(join(BENCH, 'node_modules/embla-carousel-autoplay/package.json'))
  await peer(
    `Embla ${version('embla-carousel')}${emblaAutoplay ? ' + autoplay plugin' : ' (core only)'}`,
    emblaAutoplay
      ? `export {default as EmblaCarousel} from 'embla-carousel'
         export {default as Autoplay} from 'embla-carousel-autoplay'`
      : `export {default as EmblaCarousel} from 'embla-carousel'`,
    emblaAutoplay
      ? 'no CSS shipped; no buttons or dots'
      : 'embla-carousel-autoplay not installed in bench/; no CSS shipped; no buttons or dots',
  )
  const floor = await measure({
    stdin: `import {LitElement, html, css} from 'lit'
      class BenchFloor extends LitElement {
        static styles = css\`:host { display: block }\`
        render() { return html\`<p>Hej</p>\` }
      }
      customElements.define('bench-floor', BenchFloor)`,
  })
  add(`Lit ${version('lit', ROOT)} alone (a trivial element): the floor`, floor, null, null)

  return {
    title: 'Sizes',
    intro:
      `Every row is built from sources by esbuild ${esbuild.version} the same way: bundle, minify, ` +
      'ES2022, ES module; gzip at level 9. "Initial" is what a page loads before the element ' +
      "renders (the entry and its static imports); our style modules' CSS is minified as the CDN " +
      'build minifies it (the CDN build also collapses template indentation and runs terser, so ' +
      'dist/cdn is a little smaller: `npm run build` prints it). "Own code" is the same bundle with lit, lit-html, lit-element and ' +
      '@lit/* left external. What an element loads lazily is not counted: the Sanity client and ' +
      'the image pipeline (rows below), which only pages configured for a Sanity project load, ' +
      'and the English UI strings. "Bundled content" is the default content the element loads ' +
      'lazily in Swedish when no Sanity project is configured; with a project it loads none.',
    table: table(
      [
        'entry',
        'initial min B',
        'initial gzip B',
        'own code min B',
        'own code gzip B',
        'bundled content gzip B',
        'note',
      ],
      rows,
      ['l', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
  }
}
