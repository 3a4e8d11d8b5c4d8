/**
 * The package as users get it: builds dist/ once (`npm run build:dist`), then checks the npm
 * modules, the CDN modules and the loader, the images beside their chunks, the size budgets, that
 * every module imports in plain Node, what `npm pack` ships, the editor data, and, in Chromium,
 * the CDN loader, every page snippet of the README and docs/ run from the built files, a second
 * copy of a tag, the CDN modules beside the sources and the React wrappers.
 */
import assert from 'node:assert/strict'
import {execFile as execFileCallback} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {basename, dirname, extname, join, relative, resolve} from 'node:path'
import {promisify} from 'node:util'
import {after, before, describe, it} from 'node:test'
import {build} from 'esbuild'
import {init as lexerReady, parse as parseModule} from 'es-module-lexer'
import semver from 'semver'
import {chromium, type Browser, type Page} from 'playwright-core'
import {
  ELEMENTS,
  ROOT,
  cdnSizes,
  localImports,
  ownCodeSize,
  staticClosure,
  type SizeRow,
} from '../../scripts/sizes'
import {CHROMIUM_ARGS, chromiumPath} from '../../scripts/chromium-path.mjs'
import {elementsShown} from './helpers/page-elements'

const execFile = promisify(execFileCallback)
const DIST = join(ROOT, 'dist')
const TAGS = Object.keys(ELEMENTS) as (keyof typeof ELEMENTS)[]
const KB = 1024

/**
 * Size budgets in gzipped bytes. `target` is issue 7's; where the elements do not meet it yet,
 * `now` holds them to about a tenth above what they measured when the budgets were set, so that
 * they cannot grow much unnoticed while they are made smaller, and the test's name says so.
 */
interface Budget {
  target: number
  now?: number
}

const BUDGETS: {
  loaderWithEveryElement: Budget
  tagModule: Record<string, Budget>
  carouselOwnCode: Budget
} = {
  // Measured 55,109 bytes (2026-11-29, twenty-second session): raised from 53.8 KB (55,091) to
  // 53.82 KB (55,111) for the finder's guided answers named by the answer alone and described by
  // their explanation (tests/accessibility-tree.test.ts), 20 bytes; see the finder's.
  // Measured 55,083 bytes after the review's fixes: raised from 53.75 KB (55,040) to 53.8 KB for
  // the page's provider on the document, under a provider an application puts on the document
  // element, and a moved carousel asking for no image again (53 bytes in all, see the carousel's).
  // Measured 55,030 bytes after this session's leak fixes (tests/node/leaks.test.ts): 540 saved
  // by the page's data source provider, in place of @lit/context's ContextRoot and of the
  // configuration's own provider, and 45 spent on the carousel's images. Lowered to 53.75 KB
  // (55,040) to keep the saving. Measured 55,525 bytes (2026-11-29, twenty-first session) before
  // them. Raised this session from 54.2 KB
  // (55,500), where it was 55,467, for the card's status message heard once when several cards
  // follow one wheel in Chrome 120, Firefox 121 and Safari 17.2, which lack `checkVisibility`'s
  // `visibilityProperty` or `checkVisibility` itself (58 bytes). Raised in the twentieth session
  // from 54.05 KB (55,347), where it was 55,316, for the finder's own heading (`label`), which
  // names its search too, so that two finders on a page have searches a screen reader tells apart (about 30
  // bytes), and for fixes to the elements in the pages CMSs make
  // (tests/host-page.test.ts): Enter kept from a page-wide form's default button (ASP.NET
  // WebForms), about 20 bytes; the content left to right and aligned to the start on a right-to-
  // left or centred page, about 20; the finder and the carousel as wide as their column in a flex
  // column or row (also beside a sidebar) and in a centring grid, where they were 0 and 34 px wide, about 100; the wheel's
  // labels kept from the page's capitals, 11 (and 7 saved by the retry's focus no longer querying
  // twice). Raised in the
  // nineteenth session from 53.95 KB (55,244), where it was 55,206, for fixes: several answers chosen in the finder's
  // filter panel (or the address, or by a script) shown as one guided answer, checked, rather than
  // the first alone, and the guided answers' labels in Swedish for want of English marked so (WCAG
  // 3.1.2), and guided answers not yet in the address kept when Back leaves a fragment: 110 bytes
  // in all, after 6 saved in the finder's styles; the carousel's picker tabs taking the pointer to
  // their corners were paid for in its own styles. Raised in the eighteenth session from 53.8 KB
  // (55,091), where it was 55,090, for fixes: boolean attributes that an editor writes off (`nej`,
  // `av`, `off`, `no`, `0`) being off (about 40 bytes); the finder's links leaving out invisible
  // characters pasted along, and making none for `tel:` with no digit or `mailto:` with no address
  // (about 50); its closed offers not saying "Stängde" on a day to come (11); the finder's and the
  // wheel's texts keeping the editor's paragraphs (14); a guided question's progress in its heading
  // (23). Earlier raises, each for a fix: from 53.7 KB for several cards following one wheel saying
  // the reader's choice once (131 bytes); from 53.6 KB for the carousel's focus rule (31); from
  // 53.5 KB for the finder's guided answers that lead nowhere being dropped and its scrolling below
  // a sticky header (131). Savings in between: message ids without their scope (105), shorter
  // shared code (29).
  loaderWithEveryElement: {target: 35 * KB, now: 53.82 * KB},
  tagModule: {
    // Measured 8,439 and 17,886 bytes (2026-11-29, twenty-first session, after the leak fixes:
    // the configuration 292 less, the card 98 more, for the page's provider; see the finder's).
    'ijh-config': {target: 18 * KB},
    'ijh-focus-area-card': {target: 18 * KB},
    // Measured 18,660 bytes after the review's fixes: raised from 18.22 KB (18,657) to 18.23 KB,
    // for a moved carousel asking for no image again (its images give up their srcset only in a
    // render while removed, not at every disconnection) and the srcset back when it is added back
    // (about 20 bytes, see carouselOwnCode). Measured 18,639 bytes (2026-11-29, twenty-first
    // session). Raised this session from 18.1 KB
    // (18,534), where it was 18,513, for leak fixes (tests/node/leaks.test.ts): the page's
    // provider (see the finder's), 94 bytes, and its images' srcset given up while it is removed,
    // which Chromium would otherwise keep the carousel by (see carouselOwnCode), 32.
    // Measured 18,513 bytes (2026-11-29, twentieth session): 81 over 18 KB, which it met with 1
    // to spare until this session's fixes for the pages CMSs make (see loaderWithEveryElement):
    // as wide as its column in a flex column (it was 34 px wide), Enter kept from a page-wide
    // form, left to right on a right-to-left page; and a made-up story labelled so.
    'ijh-story-carousel': {target: 18 * KB, now: 18.23 * KB},
    // The finder's measured 27,805 bytes (2026-11-29, twenty-second session): raised from 27.14 KB
    // (27,791) to 27.16 KB (27,811) for its guided answers: each radio named by the answer alone
    // and described by its explanation (`aria-labelledby`, `aria-describedby`), where a screen
    // reader read the whole explanation as the name at every arrow key: 20 bytes.
    // Measured 24,552 and 27,787 bytes (2026-11-29, twenty-first session, after the leak fixes).
    // The finder's was raised this session from 27.05 KB (27,699), where it was 27,697, for the
    // page's data source provider (components/data/context.ts), which every element's module now
    // carries in place of @lit/context's ContextRoot, which kept a note of every element ever
    // connected, for the life of the page (tests/node/leaks.test.ts): 90 bytes; the wheel's 99
    // fitted under its budget. Measured 24,453 and 27,697 bytes before. The finder's was raised
    // in the twentieth session from 27 KB (27,648), where it was 27,597, for the same fixes and its `label`
    // (about 100 bytes).
    'ijh-strategy-wheel': {target: 18 * KB, now: 24 * KB},
    'ijh-support-finder': {target: 18 * KB, now: 27.16 * KB},
  },
  // Measured 6,251 bytes after the review's fixes: raised from 6.09 KB (6,236) to 6.11 KB, for
  // the same fix (33 bytes): a move had each image choose from its srcset again, out of the
  // document, with no width to go by: another, larger file. Measured 6,218 bytes (2026-11-29,
  // twenty-first session). Raised this session from 6.05 KB
  // (6,195), where it was 6,168, for a leak fix: its images give up their srcset while it is
  // removed, keeping the image shown, for Chromium would keep a lazy `sizes="auto"` image that
  // left the document, and with it the carousel and its tree, for good (50 bytes). Measured 6,168
  // bytes (twentieth session). Raised in the twentieth session from 6 KB (6,144),
  // where it was 6,115, for the carousel's width in a flex column or row (about 40 bytes) and its
  // "Påhittad berättelse" (about 5).
  carouselOwnCode: {target: 5 * KB, now: 6.11 * KB},
}

/** The query whose default content each tag shows. */
const CONTENT_OF: Record<string, string | undefined> = {
  'ijh-focus-area-card': 'focusArea',
  'ijh-strategy-wheel': 'strategy',
  'ijh-support-finder': 'supportFinder',
  'ijh-story-carousel': 'successStories',
}

const limit = (budget: Budget) => budget.now ?? budget.target

/** "≤ 18 KB", or "≤ 26 KB (target 18 KB, not met yet)". */
const describeBudget = (budget: Budget) =>
  budget.now === undefined
    ? `≤ ${budget.target / KB} KB`
    : `≤ ${budget.now / KB} KB (issue 7's target ${budget.target / KB} KB, not met yet)`

/** A text that only each query has (backslashes removed from the built code first). */
const QUERY_MARKERS = {
  strategy: '"vision": coalesce',
  focusArea: '_type == "focusArea" && slug.current == $slug',
  supportFinder: '_type == "supportOffer"',
  successStories: '_type == "successStory"',
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<string, string | {types: string; default: string}>
  files: string[]
  sideEffects: string[]
  customElements: string
  'web-types': string
  name: string
  version: string
  dependencies: Record<string, string>
  peerDependencies: Record<string, string>
}

/** A bare import's package: `lit/decorators.js` → `lit`, `@lit/task` → `@lit/task`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/')

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

/**
 * Every target the exports map names, as paths relative to the root; a pattern (`./dist/cdn/*`)
 * stands for the file a page loads first through it, the loader.
 */
function exportTargets(): string[] {
  return Object.values(pkg.exports)
    .flatMap((target) => (typeof target === 'string' ? [target] : [target.types, target.default]))
    .map((target) => target.replace('*', 'loader.js'))
}

/** The bare (package) imports of a built module. */
function bareImports(file: string): string[] {
  const code = readFileSync(file, 'utf8')
  return [
    ...code.matchAll(/\bfrom\s*["']([^."'/][^"']*)["']|\bimport\s*\(?\s*["']([^."'/][^"']*)["']/g),
  ].map((match) => match[1] ?? match[2])
}

const text = (file: string) => readFileSync(file, 'utf8').replaceAll('\\', '')

/** Lit's own marker: every copy of lit-html pushes its version to this list. */
const hasLit = (file: string) => readFileSync(file, 'utf8').includes('litHtmlVersions')

before(
  async () => {
    if (!existsSync(join(ROOT, 'components/data/generated/index.js'))) {
      await execFile('npm', ['run', '--silent', 'generate'], {cwd: ROOT})
    }
    await execFile('npm', ['run', '--silent', 'build:dist'], {cwd: ROOT})
  },
  {timeout: 120_000},
)

describe('npm modules (dist/components)', () => {
  it('marks the React wrappers, and only them, as a client module for React Server Components', () => {
    const first = (file: string) => text(join(DIST, 'components', file)).split('\n')[0]
    for (const name of ['index', ...Object.values(ELEMENTS).map((path) => basename(path))]) {
      assert.equal(first(`react/${name}.js`), "'use client';", name)
    }
    // The chunk they share, which calls @lit/react, too: every module that imports it.
    for (const file of filesUnder(join(DIST, 'components'), '.js')) {
      if (bareImports(file).includes('@lit/react')) {
        assert.equal(text(file).split('\n')[0], "'use client';", relative(ROOT, file))
      }
    }
    assert.notEqual(first('index.js'), "'use client';")
  })

  it('has a module and its declarations for every target of the exports map, types first', () => {
    for (const [name, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string') continue
      assert.deepEqual(Object.keys(target), ['types', 'default'], name)
    }
    for (const element of Object.values(ELEMENTS)) {
      const subpath = `./${basename(element)}`
      const target = pkg.exports[subpath]
      assert.ok(typeof target === 'object', `exports has ${subpath}`)
      assert.equal(target.default, `./dist/components/${element}.js`)
      assert.equal(target.types, `./dist/components/${element}.d.ts`)
    }
    for (const target of exportTargets()) assert.ok(existsSync(join(ROOT, target)), target)
  })

  it('declares every element in HTMLElementTagNameMap in its shipped types', () => {
    for (const [tag, element] of Object.entries(ELEMENTS)) {
      const types = readFileSync(join(DIST, 'components', `${element}.d.ts`), 'utf8')
      assert.match(types, /interface HTMLElementTagNameMap\s*{/, tag)
      assert.match(types, new RegExp(`'${tag}': Ijh\\w+;`), tag)
    }
  })

  it('types every tag for a project that imports only the loader, or one React wrapper (nodenext, library checks on)', async () => {
    // Under the package's own folder, so that `innovativa-jh/…` resolves to the package itself.
    const dir = join(DIST, '.types-test')
    mkdirSync(dir, {recursive: true})
    writeFileSync(
      join(dir, 'loader.ts'),
      `import 'innovativa-jh/loader'
      export const provider: string | undefined = document.querySelector('ijh-support-finder')?.provider
      // @ts-expect-error: the finder has no such property
      document.querySelector('ijh-support-finder')?.providr`,
    )
    writeFileSync(
      join(dir, 'wrapper.tsx'),
      `import {SupportFinder} from 'innovativa-jh/react/support-finder'
      export const page = <>
        <SupportFinder provider="almi-mitt" onSupportFinderChange={(event) => event.detail.count} />
        <ijh-story-carousel autoplay limit={3} />
        {/* @ts-expect-error: autoplay is a boolean */}
        <ijh-story-carousel autoplay={{}} />
      </>`,
    )
    // Each file a project of its own: one's imports must not declare the other's tags.
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc')
    for (const file of ['loader.ts', 'wrapper.tsx']) {
      const config = join(dir, `tsconfig.${file}.json`)
      writeFileSync(
        config,
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            jsx: 'react-jsx',
            module: 'nodenext',
            moduleResolution: 'nodenext',
            skipLibCheck: false,
            lib: ['ES2023', 'DOM'],
            types: [],
          },
          files: [file],
        }),
      )
      const {stdout} = await execFile(process.execPath, [tsc, '-p', config]).catch(
        (error: {stdout: string}) => error,
      )
      assert.equal(stdout.trim(), '', file)
    }
    // Not left in dist/, which the package ships.
    rmSync(dir, {recursive: true})
  })

  it('leaves Lit, picosanity, @sanity/image-url and React to the user’s bundler', () => {
    const allowed = /^(lit|@lit\/[\w-]+|picosanity|@sanity\/image-url|react)(\/|$)/
    const imported = new Set(filesUnder(join(DIST, 'components'), '.js').flatMap(bareImports))
    assert.ok(imported.has('lit'), 'imports lit')
    assert.deepEqual(
      [...imported].filter((name) => !allowed.test(name)),
      [],
    )
    for (const file of filesUnder(join(DIST, 'components'), '.js')) {
      assert.equal(hasLit(file), false, `${relative(ROOT, file)} bundles Lit`)
    }
  })

  it('imports, in its modules and its type declarations, only what it declares as a dependency or peer', () => {
    // The package itself, too: its documentation comments show `import … from 'innovativa-jh/react'`.
    const declared = new Set([
      pkg.name,
      ...Object.keys(pkg.dependencies),
      ...Object.keys(pkg.peerDependencies),
    ])
    const modules = filesUnder(join(DIST, 'components'), '.js')
    const files = [...modules, ...filesUnder(join(DIST, 'components'), '.d.ts')]
    const undeclared = files.flatMap((file) =>
      bareImports(file)
        .filter((specifier) => !declared.has(packageOf(specifier)))
        .map((specifier) => `${relative(ROOT, file)}: ${specifier}`),
    )
    assert.deepEqual(undeclared, [])
    // Bundled, so neither is imported at run time: groq's defineQuery and @lit/localize.
    const runtime = new Set(modules.flatMap(bareImports).map(packageOf))
    assert.equal(runtime.has('groq'), false)
    assert.equal(runtime.has('@lit/localize'), false)
  })

  it('takes React 18 or 19, and has no peer that nothing imports', () => {
    // An optional peer still blocks `npm install` in a project with a version outside its range.
    for (const version of ['18.2.0', '18.3.1', '19.0.0', '19.2.0']) {
      assert.ok(semver.satisfies(version, pkg.peerDependencies.react!), `React ${version}`)
    }
    const imported = new Set(
      [
        ...filesUnder(join(DIST, 'components'), '.js'),
        ...filesUnder(join(DIST, 'sanity-plugin'), '.js'),
      ]
        .flatMap(bareImports)
        .map(packageOf),
    )
    for (const peer of Object.keys(pkg.peerDependencies)) {
      assert.ok(imported.has(peer), `${peer} is a peer, but no built module imports it`)
    }
  })

  it('has a source map for every module', () => {
    for (const file of [
      ...filesUnder(join(DIST, 'components'), '.js'),
      ...filesUnder(join(DIST, 'cdn'), '.js'),
    ]) {
      const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(file, 'utf8'))?.[1]
      assert.ok(map, `${relative(ROOT, file)} names a map`)
      assert.ok(existsSync(resolve(dirname(file), map)), `${relative(ROOT, file)}: ${map}`)
    }
  })
})

describe('CDN modules (dist/cdn)', () => {
  it('carry no message hashing: @lit/localize’s is left out (scripts/message-ids.mjs)', () => {
    // fnv1a64's offset basis, 0xcbf29ce484222325, in the 16-bit pieces it starts from.
    for (const file of filesUnder(join(DIST, 'cdn'), '.js')) {
      assert.doesNotMatch(readFileSync(file, 'utf8'), /\b(?:52210|0xcbf2)\b/, file)
    }
  })

  for (const tag of TAGS) {
    it(`${tag}.js is self-contained (Lit bundled, no static imports), its own content, GROQ and Sanity client load lazily`, () => {
      const file = join(DIST, 'cdn', `${tag}.js`)
      const {static: imports, dynamic} = localImports(file)
      assert.deepEqual(imports, [])
      assert.ok(hasLit(file))
      // Only the content, the English UI strings and the Sanity client (with the carousel's image
      // pipeline) are loaded later; they are there, and they import nothing (the tag's module
      // again, say, under another URL).
      for (const chunk of dynamic) {
        assert.match(
          basename(chunk),
          /^((strategy|focusArea|supportFinder|successStories)\.(sv|en)-|en-|sanity-client-|sanity-image-)/,
        )
        assert.ok(existsSync(chunk), chunk)
        const imports = localImports(chunk)
        assert.deepEqual([...imports.static, ...imports.dynamic], [], basename(chunk))
      }
      // The default content of its own query only, in both languages; none for <ijh-config>.
      const content = dynamic
        .map((chunk) => basename(chunk).match(/^(\w+\.(?:sv|en))-/)?.[1])
        .filter(Boolean)
        .sort()
      const query = CONTENT_OF[tag]
      assert.deepEqual(content, query ? [`${query}.en`, `${query}.sv`] : [], 'its content')
      if (tag !== 'ijh-config') {
        assert.ok(
          dynamic.some((chunk) => basename(chunk).startsWith('en-')),
          'English UI strings',
        )
      }
      assert.ok(
        dynamic.some((chunk) => basename(chunk).startsWith('sanity-client-')),
        'the Sanity client',
      )
      assert.equal(
        dynamic.some((chunk) => basename(chunk).startsWith('sanity-image-')),
        tag === 'ijh-story-carousel',
        'the image pipeline',
      )
      const code = text(file)
      assert.equal(code.includes('createIfNotExists'), false, 'no picosanity')
      for (const [query, marker] of Object.entries(QUERY_MARKERS)) {
        assert.equal(code.includes(marker), false, `${tag} and ${query}`)
      }
    })
  }

  it('the Sanity client chunk carries every query, picosanity and its own copy of the data layer', () => {
    const chunks = readdirSync(join(DIST, 'cdn', 'chunks')).filter((name) =>
      /^sanity-client-[\w-]+\.js$/.test(name),
    )
    assert.equal(chunks.length, 1, chunks.join(', '))
    const code = text(join(DIST, 'cdn', 'chunks', chunks[0]))
    for (const [query, marker] of Object.entries(QUERY_MARKERS)) {
      assert.ok(code.includes(marker), query)
    }
    assert.ok(code.includes('createIfNotExists'), 'picosanity')
    assert.ok(code.includes('ijh.DataSourceError'), 'its DataSourceError, recognised by the others')
    assert.equal(hasLit(join(DIST, 'cdn', 'chunks', chunks[0])), false, 'no Lit')
  })

  it('the loader is tiny, loads each element as a chunk of its own, and Lit is in one shared chunk', () => {
    const loader = join(DIST, 'cdn', 'loader.js')
    assert.deepEqual(localImports(loader).static, [])
    const elements = localImports(loader).dynamic
    assert.equal(elements.length, TAGS.length)
    const all = staticClosure(elements)
    assert.equal(all.filter(hasLit).length, 1, 'one chunk has Lit')
    for (const element of elements) assert.equal(hasLit(element), false, element)
  })

  it('reserve.css, beside the loader, is components/reserve.css as it is, for every element that has a box', () => {
    const shipped = readFileSync(join(DIST, 'cdn', 'reserve.css'), 'utf8')
    assert.equal(shipped, readFileSync(join(ROOT, 'components', 'reserve.css'), 'utf8'))
    for (const tag of TAGS.filter((tag) => tag !== 'ijh-config')) {
      assert.match(shipped, new RegExp(`${tag}:not\\(:defined, \\[hidden\\]`), tag)
    }
  })
})

describe('the bundled content’s images', () => {
  for (const dir of ['components', 'cdn']) {
    it(`resolve, in dist/${dir}, for every new URL(…, import.meta.url), and every image is there`, () => {
      const urls = /new URL\(\s*["'`]([^"'`]+)["'`]\s*,\s*import\.meta\.url\s*\)/g
      const found = new Set<string>()
      for (const file of filesUnder(join(DIST, dir), '.js')) {
        for (const [, url] of readFileSync(file, 'utf8').matchAll(urls)) {
          const target = resolve(dirname(file), url)
          assert.ok(existsSync(target), `${relative(ROOT, file)}: ${url}`)
          // The name the image has in components/data/generated/images, without the hash.
          found.add(basename(target).replace(/-[\w-]{8}(\.\w+)$/, '$1'))
        }
      }
      const generated = readdirSync(join(ROOT, 'components/data/generated/images')).sort()
      assert.ok(generated.length > 0)
      assert.deepEqual([...found].sort(), generated)
    })
  }
})

describe('size budgets (gzip -9, each file apart)', () => {
  let cdn: SizeRow[]
  before(async () => {
    cdn = await cdnSizes(DIST)
  })

  const kb = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`

  it(`the loader with every element it loads, Lit and the shared code, lazily loaded chunks (content, English UI strings, Sanity client) not counted: ${describeBudget(BUDGETS.loaderWithEveryElement)}`, () => {
    const all = cdn.find((row) => row.name.startsWith('cdn/loader.js +'))
    assert.ok(all && all.files.length > TAGS.length)
    assert.ok(all.gzip <= limit(BUDGETS.loaderWithEveryElement), kb(all.gzip))
  })

  for (const tag of TAGS) {
    it(`${tag}.js, the self-contained module without its lazily loaded chunks (content, English UI strings, Sanity client): ${describeBudget(BUDGETS.tagModule[tag])}`, () => {
      const row = cdn.find((candidate) => candidate.name === `cdn/${tag}.js`)
      assert.ok(row)
      assert.deepEqual(row.files, [`dist/cdn/${tag}.js`])
      assert.ok(row.gzip <= limit(BUDGETS.tagModule[tag]), kb(row.gzip))
    })
  }

  it(`the story carousel’s own code (components/story-carousel/*; Lit, dependencies, shared, data and i18n apart): ${describeBudget(BUDGETS.carouselOwnCode)}`, async () => {
    const own = await ownCodeSize('ijh-story-carousel')
    assert.ok(own.files.length >= 5, 'the carousel’s modules are counted')
    assert.ok(
      own.files.every((file) => file.startsWith('components/story-carousel/')),
      own.files.join(),
    )
    assert.ok(own.gzip <= limit(BUDGETS.carouselOwnCode), kb(own.gzip))
  })
})

describe('server rendering: importing in plain Node', () => {
  it('every npm module and both loaders import without a DOM and touch none', async () => {
    const modules = [
      ...exportTargets().filter((target) => target.endsWith('.js')),
      './dist/cdn/loader.js',
    ].filter((target) => !target.includes('sanity-plugin'))
    const script = `
      for (const module of ${JSON.stringify(modules)}) {
        const exports = await import(module)
        if (module.endsWith('loader.js') && exports.pageLoader !== undefined) throw new Error(module + ' started')
      }
      for (const name of ['window', 'document', 'HTMLElement', 'MutationObserver']) {
        if (name in globalThis) throw new Error(name + ' was defined')
      }
      console.log('imported ' + ${modules.length})
    `
    const {stdout} = await execFile(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
    })
    assert.equal(stdout.trim(), `imported ${modules.length}`)
  })
})

describe('npm pack', () => {
  let files: string[]
  before(async () => {
    const {stdout} = await execFile('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    })
    files = (JSON.parse(stdout) as [{files: {path: string}[]}])[0].files.map((file) => file.path)
  })

  it('ships no tests, stories, scripts, demo, bench, Storybook, docs or TypeScript sources', () => {
    const forbidden = files.filter(
      (file) =>
        /^(tests|stories|scripts|demo|bench|\.storybook|\.ci|docs|components|storybook-static|tmp)\//.test(
          file,
        ) ||
        (file.endsWith('.ts') && !file.endsWith('.d.ts')) ||
        file.endsWith('.tsx') ||
        (file.startsWith('sanity-plugin/') && !file.startsWith('sanity-plugin/dataset/')) ||
        /(^|\/)(rollup|web-test-runner|eslint)\.config\.|^tsconfig|^sanity\.(cli|config)\./.test(
          file,
        ),
    )
    assert.deepEqual(forbidden, [])
  })

  it('ships every exports target, the manifest, the editor data, the dataset, README and LICENSE', () => {
    const shipped = new Set(files)
    const required = [
      ...exportTargets().map((target) => target.replace(/^\.\//, '')),
      pkg.customElements,
      pkg['web-types'].replace(/^\.\//, ''),
      'vscode.html-custom-data.json',
      'sanity-plugin/dataset/production.ndjson',
      'README.md',
      'LICENSE',
      'package.json',
      ...TAGS.map((tag) => `dist/cdn/${tag}.js`),
      'dist/cdn/loader.js',
      'dist/cdn/reserve.css',
    ]
    assert.deepEqual(
      required.filter((file) => !shipped.has(file)),
      [],
    )
    assert.ok(files.some((file) => /^sanity-plugin\/dataset\/images\/.+\.jpg$/.test(file)))
    assert.ok(files.some((file) => /^dist\/cdn\/chunks\/images\/.+\.webp$/.test(file)))
    assert.ok(files.some((file) => /^dist\/components\/chunks\/images\/.+\.webp$/.test(file)))
  })

  it('lists every element module as having side effects, so that bundlers keep the definitions', () => {
    // The modules that define the elements are the element entries themselves, not chunks
    // behind them, which `sideEffects` would not name.
    const defining = filesUnder(join(DIST, 'components'), '.js')
      .filter((file) => /\bdefineElement\(\s*["']ijh-/.test(readFileSync(file, 'utf8')))
      .map((file) => `./${relative(ROOT, file)}`)
    assert.deepEqual(
      defining,
      Object.values(ELEMENTS)
        .map((element) => `./dist/components/${element}.js`)
        .sort(),
    )
    for (const file of defining) assert.ok(pkg.sideEffects.includes(file), file)
    assert.ok(pkg.sideEffects.includes('./dist/components/index.js'))
    assert.ok(pkg.sideEffects.includes('./dist/components/loader.js'))
  })

  it('ships a custom elements manifest that names only shipped files and what they export, and the module that defines each element', async () => {
    interface Reference {
      name: string
      module?: string
      package?: string
    }
    const manifest = JSON.parse(readFileSync(join(ROOT, pkg.customElements), 'utf8')) as {
      modules: {
        path: string
        declarations?: {name: string; tagName?: string}[]
        exports?: {kind: string; name: string; declaration: Reference}[]
      }[]
    }
    assert.equal(pkg.exports['./custom-elements.json'], `./${pkg.customElements}`)
    assert.equal(files.includes('custom-elements.json'), false, 'the manifest of the sources')

    // Every `module`, wherever a reference is: exports, superclasses, `inheritedFrom`, … (one
    // into another package, `{package: 'lit'}`, names a module of that package).
    const references: Reference[] = []
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect)
      else if (value !== null && typeof value === 'object') {
        const record = value as Record<string, unknown>
        if (typeof record.module === 'string' && record.package === undefined) {
          references.push(record as unknown as Reference)
        }
        Object.values(record).forEach(collect)
      }
    }
    collect(manifest.modules)
    const shipped = new Set(files)
    const paths = manifest.modules.map((module) => module.path)
    assert.ok(paths.includes('dist/components/index.js'), paths.join(', '))
    assert.deepEqual(
      [...new Set([...paths, ...references.map((reference) => reference.module!)])].filter(
        (path) => !shipped.has(path),
      ),
      [],
    )
    // And each names what the built module exports (not `Event` in the wheel's module, nor a
    // TypeScript type such as `CardVariant`); so does each module's list of JavaScript exports.
    await lexerReady
    const exported = (module: string) =>
      new Set(parseModule(readFileSync(join(ROOT, module), 'utf8'))[1].map((entry) => entry.n))
    assert.deepEqual(
      references
        .filter((reference) => !exported(reference.module!).has(reference.name))
        .map((reference) => `${reference.name} in ${reference.module}`),
      [],
    )
    assert.deepEqual(
      manifest.modules.flatMap((module) =>
        (module.exports ?? [])
          .filter((entry) => entry.kind === 'js' && !exported(module.path).has(entry.name))
          .map((entry) => `${entry.name} from ${module.path}`),
      ),
      [],
    )

    const definitions = manifest.modules.flatMap((module) =>
      (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition'),
    )
    assert.deepEqual(definitions.map((definition) => definition.name).sort(), [...TAGS].sort())
    for (const tag of TAGS) {
      const {declaration} = definitions.find((definition) => definition.name === tag)!
      assert.equal(declaration.module, `dist/components/${ELEMENTS[tag]}.js`, tag)
      assert.match(
        readFileSync(join(ROOT, declaration.module), 'utf8'),
        new RegExp(`\\bdefineElement\\(\\s*["']${tag}["']`),
        `${tag} is defined in ${declaration.module}`,
      )
      const declared = manifest.modules
        .find((module) => module.path === declaration.module)
        ?.declarations?.find((candidate) => candidate.name === declaration.name)
      assert.equal(declared?.tagName, tag, `${declaration.name} in ${declaration.module}`)
    }
  })
})

describe('in a bundler that honours sideEffects (esbuild)', () => {
  /** `contents` bundled as a user's module that imports the package, and the code it gave. */
  async function bundled(contents: string): Promise<string> {
    const result = await build({
      stdin: {contents, resolveDir: ROOT, loader: 'js'},
      bundle: true,
      format: 'esm',
      splitting: true,
      outdir: join(ROOT, 'dist/.bundler-test'),
      write: false,
      logLevel: 'silent',
      external: ['lit', 'lit/*', '@lit/*', 'picosanity', '@sanity/image-url', 'react'],
    })
    assert.deepEqual(result.warnings, [])
    return result.outputFiles.map((file) => file.text).join('\n')
  }

  for (const [tag, element] of Object.entries(ELEMENTS)) {
    const subpath = `innovativa-jh/${basename(element)}`
    it(`import '${subpath}' keeps the definition of <${tag}>, with no warning`, async () => {
      const code = await bundled(`import '${subpath}'`)
      assert.match(code, new RegExp(`defineElement\\(\\s*"${tag}"`))
    })
  }

  // A partner's React site that shows the finder alone does not bundle the other elements.
  for (const [tag, element] of Object.entries(ELEMENTS)) {
    const subpath = `innovativa-jh/react/${basename(element)}`
    it(`import {…} from '${subpath}' defines <${tag}> and no other element`, async () => {
      const code = await bundled(`import * as wrapper from '${subpath}'; console.log(wrapper)`)
      const defined = [...code.matchAll(/defineElement\(\s*"(ijh-[\w-]+)"/g)].map((m) => m[1])
      assert.deepEqual(defined, [tag])
    })
  }
})

describe('editor data from the manifest', () => {
  interface Declaration {
    tagName?: string
    attributes?: {name: string}[]
    events?: {name: string}[]
    cssProperties?: {name: string}[]
  }
  const manifest = () =>
    JSON.parse(readFileSync(join(ROOT, pkg.customElements), 'utf8')) as {
      modules: {declarations?: Declaration[]}[]
    }

  const declarations = () =>
    new Map(
      manifest()
        .modules.flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName)
        .map((declaration) => [declaration.tagName!, declaration]),
    )

  it('the manifest lists all five tags with their attributes, and the wheel’s and finder’s events', () => {
    const tags = declarations()
    assert.deepEqual([...tags.keys()].sort(), [...TAGS].sort())
    const attributes = (tag: string) => tags.get(tag)?.attributes?.map((a) => a.name) ?? []
    for (const tag of TAGS) assert.ok(attributes(tag).includes('project-id'), tag)
    assert.ok(attributes('ijh-focus-area-card').includes('focus-area'))
    assert.ok(attributes('ijh-story-carousel').includes('autoplay'))
    assert.ok(attributes('ijh-support-finder').includes('hide-facets'))
    assert.ok(attributes('ijh-strategy-wheel').includes('selected'))
    assert.deepEqual(
      tags.get('ijh-strategy-wheel')?.events?.map((e) => e.name),
      ['ijh-focus-area-select'],
    )
    assert.deepEqual(
      tags.get('ijh-support-finder')?.events?.map((e) => e.name),
      ['ijh-support-finder-change'],
    )
  })

  it('VS Code custom data and JetBrains web types have every element with all its attributes', () => {
    const vscode = JSON.parse(readFileSync(join(ROOT, 'vscode.html-custom-data.json'), 'utf8')) as {
      tags: {name: string; attributes: {name: string}[]}[]
    }
    const webTypes = JSON.parse(readFileSync(join(ROOT, pkg['web-types']), 'utf8')) as {
      contributions: {html: {elements: {name: string; attributes: {name: string}[]}[]}}
    }
    const names = (list: {name: string}[] = []) => list.map((item) => item.name).sort()
    for (const [tag, declaration] of declarations()) {
      const expected = names(declaration.attributes)
      assert.ok(expected.length >= 4, tag)
      assert.deepEqual(names(vscode.tags.find((t) => t.name === tag)?.attributes), expected, tag)
      assert.deepEqual(
        names(webTypes.contributions.html.elements.find((e) => e.name === tag)?.attributes),
        expected,
        tag,
      )
    }
    assert.equal(vscode.tags.length, TAGS.length)
  })

  it('documents every custom property an element reads, the shared tokens included, and only those', () => {
    const shared = readFileSync(join(ROOT, 'components/shared/shared.styles.ts'), 'utf8')
    for (const [tag, declaration] of declarations()) {
      if (tag === 'ijh-config') continue
      // What the element's own styles and the shared ones read.
      const folder = tag.replace(/^ijh-/, '')
      const own = readFileSync(join(ROOT, `components/${folder}/${folder}.styles.ts`), 'utf8')
      const read = new Set(`${own}\n${shared}`.match(/--ijh-[a-z0-9-]+/g))
      const documented = (declaration.cssProperties ?? []).map((property) => property.name)
      for (const token of ['--ijh-color-accent', '--ijh-font-family', '--ijh-space']) {
        assert.ok(documented.includes(token), `${tag}: ${token}`)
      }
      for (const name of documented) assert.ok(read.has(name), `${tag}: ${name} is read nowhere`)
      const its = [...read].filter((name) => name.startsWith(`--${tag}-`))
      assert.deepEqual(
        its.filter((name) => !documented.includes(name)),
        [],
        `${tag}: undocumented`,
      )
    }
    // The CSS lists name properties and parts, not elements: each name once, in VS Code's data
    // and in the web types, with every description it has (a part of several elements).
    type Entry = {name: string; description?: string}
    const css = JSON.parse(readFileSync(join(ROOT, 'vscode.css-custom-data.json'), 'utf8')) as {
      properties: Entry[]
      pseudoElements: Entry[]
    }
    const webCss = (
      JSON.parse(readFileSync(join(ROOT, pkg['web-types']), 'utf8')) as {
        contributions: {css: {properties: Entry[]; 'pseudo-elements': Entry[]}}
      }
    ).contributions.css
    for (const [list, entries] of Object.entries({
      'VS Code properties': css.properties,
      'VS Code parts': css.pseudoElements,
      'web types properties': webCss.properties,
      'web types parts': webCss['pseudo-elements'],
    })) {
      const names = entries.map((entry) => entry.name)
      assert.equal(new Set(names).size, names.length, `${list}: each name once`)
      assert.ok(names.length > 10, list)
    }
    assert.ok(css.properties.some((property) => property.name === '--ijh-color-accent'))
    // A part of several elements, described differently: each description, naming its element.
    const title = css.pseudoElements.find((part) => part.name === '::part(title)')
    const paragraphs = title?.description?.split('\n\n') ?? []
    assert.equal(paragraphs.length, 3, 'the title part of the card, the carousel and the finder')
    assert.ok(paragraphs.some((p) => p.startsWith('`ijh-support-finder`: ')))
  })

  it('VS Code custom data offers the values of the attributes that take one of a few', () => {
    const vscode = JSON.parse(readFileSync(join(ROOT, 'vscode.html-custom-data.json'), 'utf8')) as {
      tags: {name: string; attributes: {name: string; values?: {name: string}[]}[]}[]
    }
    const values = (tag: string, attribute: string) =>
      vscode.tags
        .find((t) => t.name === tag)
        ?.attributes.find((a) => a.name === attribute)
        ?.values?.map((value) => value.name)
    // Not the names of their TypeScript types (`CardVariant`), which the analyzer cannot resolve.
    assert.deepEqual(values('ijh-focus-area-card', 'variant'), ['full', 'compact'])
    assert.deepEqual(values('ijh-strategy-wheel', 'view'), ['wheel', 'text'])
    assert.deepEqual(values('ijh-story-carousel', 'layout'), ['carousel', 'list'])
    assert.deepEqual(values('ijh-support-finder', 'mode'), ['browse', 'guided'])
  })

  it('JetBrains web types name the shipped module and class that define each element', () => {
    const webTypes = JSON.parse(readFileSync(join(ROOT, pkg['web-types']), 'utf8')) as {
      contributions: {html: {elements: {name: string; source?: {module: string; symbol: string}}[]}}
    }
    const elements = webTypes.contributions.html.elements
    assert.deepEqual(elements.map((e) => e.name).sort(), [...TAGS].sort())
    for (const element of elements) {
      const source = element.source
      assert.ok(source, `${element.name}: no source`)
      assert.ok(existsSync(join(ROOT, source.module)), `${element.name}: ${source.module}`)
      assert.match(
        readFileSync(join(ROOT, source.module), 'utf8'),
        new RegExp(`\\bclass ${source.symbol}\\b`),
        `${element.name}: ${source.symbol} in ${source.module}`,
      )
    }
  })
})

/** A story as a Sanity project would answer it, with an image in Sanity's pipeline. */
const SANITY_STORY = {
  _id: 'story-1',
  slug: 'bageriet',
  title: 'Bageriet i Ragunda',
  summary: 'Ett bageri växer.',
  date: '2025-01-01',
  image: {
    alt: 'Ett bageri',
    hotspot: null,
    crop: null,
    asset: {
      _id: 'image-Tb9Ew8CXIwaY6R1kjMvI0uRR-2000x1125-jpg',
      url: 'https://cdn.sanity.io/images/ijh00000/production/Tb9Ew8CXIwaY6R1kjMvI0uRR-2000x1125.jpg',
      lqip: null,
      dimensions: {width: 2000, height: 1125, aspectRatio: 16 / 9},
    },
  },
}

/** A page's HTML that the README or a guide in docs/ gives, with where it is. */
interface Snippet {
  where: string
  html: string
}

/**
 * Every ```html block of the README and docs/ that puts an element on a page (fenced at any indent,
 * as in a numbered step), pointed at the built files: the CDN address and the self-hosting guide's
 * `/assets/innovativa-jh/` become `/dist/cdn/`, and a block without a script tag gets the loader,
 * as the guides tell the reader to paste it once per page. Left out: blocks that only configure a
 * Sanity project (`project-id="abc123xy"` is a placeholder) or hold no element. Every CDN address
 * in those files, in code of any language or in prose, must carry the package's version.
 */
function documentedSnippets(version: string): {snippets: Snippet[]; problems: string[]} {
  const files = [
    'README.md',
    ...readdirSync(join(ROOT, 'docs'), {recursive: true, encoding: 'utf8'})
      .filter((name) => name.endsWith('.md'))
      .map((name) => join('docs', name)),
  ]
  const snippets: Snippet[] = []
  const problems: string[] = []
  const line = (text: string, index = 0) => text.slice(0, index).split('\n').length
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8')
    for (const match of text.matchAll(/innovativa-jh@([^/\s"'`]+)\//g)) {
      if (match[1] !== version) {
        problems.push(
          `${file}:${line(text, match.index)}: innovativa-jh@${match[1]}, not @${version}`,
        )
      }
    }
    for (const match of text.matchAll(/^( *)```html\n([\s\S]*?)^\1```/gm)) {
      const where = `${file}:${line(text, match.index)}`
      const indent = new RegExp(`^${match[1]}`, 'gm')
      let html = match[2]
        .replace(indent, '')
        .replace(
          /https:\/\/cdn\.jsdelivr\.net\/npm\/innovativa-jh@[^/]+\/dist\/cdn\//g,
          '/dist/cdn/',
        )
        .replaceAll('/assets/innovativa-jh/', '/dist/cdn/')
      if (!/<ijh-(?!config)[a-z-]+/.test(html) || /project-id=/.test(html)) continue
      if (!/<script\b/.test(html)) {
        html += '\n<script type="module" src="/dist/cdn/loader.js"></script>'
      }
      snippets.push({where, html})
    }
  }
  return {snippets, problems}
}

describe('in Chromium', () => {
  let server: Server
  let origin: string
  let browser: Browser
  const pages = new Map<string, string>()
  const requests: string[] = []

  const TYPES: Record<string, string> = {
    '.js': 'text/javascript',
    '.html': 'text/html',
    '.map': 'application/json',
    '.json': 'application/json',
    '.webp': 'image/webp',
    '.jpg': 'image/jpeg',
  }

  before(async () => {
    // The React wrappers as shipped, bundled with React the way an application would.
    const app = await build({
      stdin: {
        resolveDir: ROOT,
        loader: 'js',
        contents: `
          import {createElement as h, useState} from 'react'
          import {createRoot} from 'react-dom/client'
          import {FocusAreaCard, StrategyWheel, SupportFinder, IjhFocusAreaSelectEvent, IjhSupportFinderChangeEvent} from './dist/components/react/index.js'
          const received = (window.received = [])
          function App() {
            return h('div', null,
              h(FocusAreaCard, {focusArea: 'kunskap-och-kompetens', variant: 'compact', headingLevel: 3}),
              h(StrategyWheel, {id: 'wheel', onFocusAreaSelect: (event) => received.push(['select', event.type, event.detail.slug, event instanceof IjhFocusAreaSelectEvent])}),
              h(SupportFinder, {id: 'finder', onSupportFinderChange: (event) => received.push(['change', event.type, event.detail.count, event instanceof IjhSupportFinderChangeEvent])}))
          }
          window.events = {IjhFocusAreaSelectEvent, IjhSupportFinderChangeEvent}
          createRoot(document.getElementById('root')).render(h(App))
        `,
      },
      bundle: true,
      format: 'esm',
      write: false,
      define: {'process.env.NODE_ENV': '"production"'},
      logLevel: 'silent',
    })
    pages.set('/react-app.js', app.outputFiles[0].text)
    pages.set(
      '/react.html',
      '<!doctype html><div id="root"></div><script type="module" src="/react-app.js"></script>',
    )
    pages.set(
      '/loader.html',
      `<!doctype html><html lang="sv"><body>
        <ijh-focus-area-card focus-area="kunskap-och-kompetens"></ijh-focus-area-card>
        <script type="module" src="/dist/cdn/loader.js"></script></body></html>`,
    )
    // The module under another URL, as a CMS may add a version; the page's origin plays Sanity.
    for (const [name, dataset] of [
      ['sanity', 'production'],
      ['sanity-down', 'down'],
    ]) {
      pages.set(
        `/${name}.html`,
        `<!doctype html><html lang="sv"><body>
          <ijh-story-carousel project-id="ijh00000" dataset="${dataset}" api-host="__ORIGIN__" layout="list"></ijh-story-carousel>
          <script type="module" src="/dist/cdn/ijh-story-carousel.js?v=2"></script></body></html>`,
      )
    }
    // Every element from its sources, compiled as the tests compile them (esbuild, Lit's decorators
    // as decorators), beside the CDN modules, whose build writes the decorators out
    // (scripts/lit-decorators.mjs). The page's origin plays Sanity.
    const sources = await build({
      entryPoints: [join(ROOT, 'components/index.ts')],
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    })
    pages.set('/source-elements.js', sources.outputFiles[0].text)
    const configured = `<ijh-config project-id="ijh00000" api-host="__ORIGIN__"></ijh-config>
      <ijh-story-carousel layout="list"></ijh-story-carousel>`
    pages.set(
      '/source-elements.html',
      `<!doctype html><html lang="sv"><body>${configured}
        <script type="module" src="/source-elements.js"></script></body></html>`,
    )
    pages.set(
      '/cdn-elements.html',
      `<!doctype html><html lang="sv"><body>${configured}
        ${TAGS.map((tag) => `<script type="module" src="/dist/cdn/${tag}.js"></script>`).join('')}
        </body></html>`,
    )
    pages.set(
      '/two-copies.html',
      `<!doctype html><body><ijh-config></ijh-config>
        <script type="module" src="/dist/cdn/ijh-config.js"></script>
        <script type="module" src="/dist/cdn/ijh-config.js?copy=2"></script></body>`,
    )

    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://x')
      const path = decodeURIComponent(url.pathname)
      requests.push(path)
      // A stand-in for a Sanity project's query API: one story, with a Sanity image; the dataset
      // `down` is under maintenance.
      if (path === '/v2025-02-19/data/query/production') {
        const query = url.searchParams.get('query') ?? ''
        response.writeHead(200, {'content-type': 'application/json'})
        response.end(
          JSON.stringify({result: query.includes('successStory') ? [SANITY_STORY] : null}),
        )
        return
      }
      if (path === '/v2025-02-19/data/query/down') {
        response.writeHead(503, {'content-type': 'application/json', 'retry-after': '30'})
        response.end(JSON.stringify({error: {description: 'Underhåll'}}))
        return
      }
      if (path === '/favicon.ico') {
        response.writeHead(204).end()
        return
      }
      const page = pages.get(path)
      const file = join(ROOT, path)
      if (page === undefined && (!path.startsWith('/dist/') || !existsSync(file))) {
        response.writeHead(404).end()
        return
      }
      response.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream'})
      response.end(
        page?.replaceAll('__ORIGIN__', `http://${request.headers.host}`) ?? readFileSync(file),
      )
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    })
  })

  after(async () => {
    await browser?.close()
    await new Promise((done) => server?.close(done))
  })

  async function open(
    path: string,
    setup?: (page: Page) => Promise<unknown>,
  ): Promise<{page: Page; warnings: string[]; errors: string[]}> {
    const page = await browser.newPage()
    await setup?.(page)
    page.setDefaultTimeout(10_000)
    const warnings: string[] = []
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text())
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    requests.length = 0
    await page.goto(origin + path)
    return {page, warnings, errors}
  }

  it('the CDN loader defines only the tags on the page, then those added later; the images load', async () => {
    const {page, errors} = await open('/loader.html')
    await page.evaluate(() => customElements.whenDefined('ijh-focus-area-card'))
    await page.locator('ijh-focus-area-card h2').waitFor()
    assert.equal(
      await page.locator('ijh-focus-area-card h2').textContent(),
      'Kunskap och kompetens',
    )
    const defined = await page.evaluate(() =>
      ['ijh-config', 'ijh-strategy-wheel', 'ijh-support-finder', 'ijh-story-carousel'].filter(
        (tag) => customElements.get(tag),
      ),
    )
    assert.deepEqual(defined, [])
    assert.ok(
      !requests.some((path) =>
        /chunks\/(strategy-wheel|support-finder|story-carousel)-/.test(path),
      ),
    )

    await page.evaluate(() => {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<ijh-story-carousel layout="list" limit="2"></ijh-story-carousel>',
      )
    })
    await page.evaluate(() => customElements.whenDefined('ijh-story-carousel'))
    const image = page.locator('ijh-story-carousel img').first()
    await image.waitFor()
    await image.scrollIntoViewIfNeeded()
    await page.waitForFunction(() => {
      const img = document.querySelector('ijh-story-carousel')?.shadowRoot?.querySelector('img')
      return !!img && img.complete && img.naturalWidth > 0
    })
    const src = await image.evaluate((img: HTMLImageElement) => img.currentSrc)
    assert.match(src, /\/dist\/cdn\/chunks\/images\/[\w-]+\.(webp|jpg)$/)
    assert.deepEqual(
      requests.filter((path) => /sanity-(client|image)-/.test(path)),
      [],
      'no Sanity client or image pipeline for the bundled default',
    )
    assert.deepEqual(errors, [])
    await page.close()
  })

  it('a tag’s CDN module configured for a Sanity project loads the Sanity client and the image pipeline, and nothing twice', async () => {
    // Sanity's image CDN, played by an image of the bundled content.
    const images = join(ROOT, 'components/data/generated/images')
    const jpeg = readdirSync(images).find((name) => name.endsWith('.jpg'))
    assert.ok(jpeg)
    const {page, errors} = await open('/sanity.html', (page) =>
      page.route('https://cdn.sanity.io/**', (route) =>
        route.fulfill({contentType: 'image/jpeg', body: readFileSync(join(images, jpeg))}),
      ),
    )
    await page.locator('ijh-story-carousel h3').waitFor()
    assert.equal(await page.locator('ijh-story-carousel h3').textContent(), 'Bageriet i Ragunda')
    const srcset = await page.locator('ijh-story-carousel img').getAttribute('srcset')
    assert.match(
      srcset ?? '',
      /^https:\/\/cdn\.sanity\.io\/images\/ijh00000\/production\/Tb9Ew8CXIwaY6R1kjMvI0uRR-2000x1125\.jpg\?w=400&h=225&fit=crop&auto=format 400w, /,
    )
    await page.waitForFunction(() => {
      const img = document.querySelector('ijh-story-carousel')?.shadowRoot?.querySelector('img')
      return !!img?.complete && img.naturalWidth > 0
    })
    // The client and the pipeline import nothing, the tag's module (under its other URL) least.
    const loaded = requests.filter((path) => path.startsWith('/dist/'))
    assert.deepEqual(
      loaded
        .filter((path) => !path.includes('/chunks/en-'))
        .map((path) => path.replace(/(\/sanity-(client|image))-[\w-]{8}\.js$/, '$1.js')),
      [
        '/dist/cdn/ijh-story-carousel.js',
        '/dist/cdn/chunks/sanity-client.js',
        '/dist/cdn/chunks/sanity-image.js',
      ],
    )
    assert.deepEqual(errors, [])
    await page.close()
  })

  it('an HTTP failure from the Sanity client chunk is explained as one: its errors are recognised', async () => {
    const {page} = await open('/sanity-down.html')
    const error = page.locator('ijh-story-carousel [part~="error"]')
    await error.waitFor()
    const text = (await error.textContent()) ?? ''
    assert.match(text, /Servern svarade med ett fel/)
    assert.match(text, /Vänta 30 sekunder innan du försöker igen/)
    await page.close()
  })

  it('back online in a window in the background, a reader on the retry button keeps the focus in the element', async () => {
    // Two pages in one context, so that the other can come to the front.
    const context = await browser.newContext()
    const page = await context.newPage()
    requests.length = 0
    await page.goto(`${origin}/sanity-down.html`)
    const button = page.locator('ijh-story-carousel [part~="retry-button"]')
    await button.waitFor()
    await button.focus()
    // The reader reconnects from the system's menu: the window has no system focus, so :focus and
    // :focus-within match nothing, though the button is still the element's active element.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setFocusEmulationEnabled', {enabled: false})
    const other = await context.newPage()
    await other.bringToFront()
    assert.equal(await page.evaluate(() => document.hasFocus()), false)
    const asked = () => requests.filter((path) => path.endsWith('/query/down')).length
    const before = asked()
    await page.evaluate(() => window.dispatchEvent(new Event('online')))
    for (let i = 0; i < 100 && asked() === before; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    assert.equal(asked(), before + 1, 'asked again')
    // The query fails again (the dataset is still down): the focus is on the new retry button.
    await page.waitForFunction(() => {
      const root = document.querySelector('ijh-story-carousel')?.shadowRoot
      return (
        !root?.querySelector('[aria-busy="true"]') && root?.querySelector('[part~="retry-button"]')
      )
    })
    const focused = await page.evaluate(
      () =>
        document
          .querySelector('ijh-story-carousel')
          ?.shadowRoot?.activeElement?.getAttribute('part') ?? document.activeElement?.localName,
    )
    assert.equal(focused, 'retry-button')
    await context.close()
  })

  it('every page snippet of the README and docs/ shows its elements from the built CDN files, with no error or warning', async (t) => {
    const {snippets, problems} = documentedSnippets(pkg.version)
    // The README's quick start, the embedding guide's (WordPress's, in a numbered step, too) and
    // every partner preset.
    const files = snippets.map(({where}) => where.split(':')[0])
    assert.equal(files.filter((file) => file === 'README.md').length, 1, files.join(', '))
    assert.ok(files.filter((file) => file === 'docs/embedding.md').length >= 3, files.join(', '))
    assert.equal(
      files.filter((file) => file === 'docs/partner-presets.md').length,
      readFileSync(join(ROOT, 'docs/partner-presets.md'), 'utf8').match(/<ijh-support-finder\b/g)
        ?.length,
      'every partner preset',
    )
    t.diagnostic(`${snippets.length} snippets: ${snippets.map(({where}) => where).join(', ')}`)
    for (const [index, {where, html}] of snippets.entries()) {
      const path = `/snippet-${index}.html`
      pages.set(
        path,
        `<!doctype html><html lang="sv"><meta charset="utf-8"><title>${where}</title><body>\n${html}\n</body></html>`,
      )
      const {page, warnings, errors} = await open(path)
      // Every element on it has loaded, and shows its content: no error, and a preset finds offers.
      const shown = await elementsShown(page).catch((error: Error) => `${where}: ${error.message}`)
      if (typeof shown === 'string') {
        problems.push(shown)
      } else {
        for (const {tag, error, count} of shown) {
          if (error) problems.push(`${where}: <${tag}> shows an error: ${error}`)
          // A partner preset that finds nothing is a broken example.
          if (count !== null && !/[1-9]/.test(count)) {
            problems.push(`${where}: <${tag}> finds nothing: ${count}`)
          }
        }
      }
      for (const message of [...errors, ...warnings]) problems.push(`${where}: ${message}`)
      await page.close()
    }
    assert.deepEqual(problems, [])
  })

  it('two copies of a tag’s CDN module on one page: no error, one warning', async () => {
    const {page, warnings, errors} = await open('/two-copies.html')
    await page.waitForFunction(() => customElements.get('ijh-config'))
    await page.waitForLoadState('load')
    assert.ok(requests.includes('/dist/cdn/ijh-config.js'))
    assert.deepEqual(errors, [])
    assert.equal(warnings.length, 1, warnings.join('\n'))
    assert.match(warnings[0], /<ijh-config> is already defined/)
    await page.close()
  })

  it('the CDN modules, decorators written out, give each element the reactive properties, defaults, getters and context of its sources', async () => {
    /**
     * Each element's reactive properties with their options and defaults, its accessors, and the
     * project of the source the carousel got through context. A string: tsx would add its helpers
     * to a function's code, which the page does not have.
     */
    const describeElements = (page: Page) =>
      page.evaluate(`(async (tags) => {
        await Promise.all(tags.map((tag) => customElements.whenDefined(tag)))
        const carousel = document.querySelector('ijh-story-carousel')
        await carousel.updateComplete
        const option = (value) =>
          typeof value === 'function'
            ? (value.name in globalThis ? value.name : 'a function')
            : value && typeof value === 'object'
              ? 'an object with ' + Object.keys(value).sort().join(', ')
              : value
        const elements = tags.map((tag) => {
          const element = customElements.get(tag)
          const fresh = document.createElement(tag)
          // Each option, and the attribute each property observes: Lit's default, the name in
          // lower case, is left out of the built modules (scripts/lit-decorators.mjs).
          const properties = [...element.elementProperties].map(([name, options]) => [
            String(name),
            Object.fromEntries(
              Object.entries({
                ...options,
                attribute: options.state
                  ? options.attribute
                  : (options.attribute ?? String(name).toLowerCase()),
              })
                .filter(([, value]) => value !== undefined)
                .map(([key, value]) => [key, option(value)]),
            ),
            JSON.stringify(fresh[name]) ?? 'undefined',
          ])
          const accessors = []
          for (let proto = element.prototype; proto !== HTMLElement.prototype; proto = Object.getPrototypeOf(proto)) {
            for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
              if (descriptor.get || descriptor.set) accessors.push(key)
            }
          }
          return [tag, properties, accessors.sort(), element.observedAttributes]
        })
        return {elements, context: carousel.contextSource?.config?.projectId}
      })(${JSON.stringify(TAGS)})`) as Promise<{
        elements: [string, unknown[][], string[], string[]][]
        context?: string
      }>

    const source = await open('/source-elements.html')
    const expected = await describeElements(source.page)
    await source.page.close()
    const cdn = await open('/cdn-elements.html')
    const actual = await describeElements(cdn.page)
    assert.deepEqual(cdn.errors, [])
    await cdn.page.close()

    assert.deepEqual(actual, expected)
    // Not empty: the carousel's properties, the finder's queries and the context are there.
    assert.equal(expected.context, 'ijh00000')
    const [, carouselProperties] = expected.elements.find(([tag]) => tag === 'ijh-story-carousel')!
    assert.deepEqual(
      carouselProperties.find(([name]) => name === 'autoplay'),
      ['autoplay', {attribute: 'autoplay', type: 'Boolean', converter: 'a function'}, 'false'],
    )
    const [, , finderAccessors] = expected.elements.find(([tag]) => tag === 'ijh-support-finder')!
    assert.ok(finderAccessors.includes('resultsHeading'))
  })

  it('the React wrappers render the elements, set their properties and pass their events to the props', async () => {
    const {page, errors} = await open('/react.html')
    await page.locator('ijh-focus-area-card h3').waitFor()
    const card = await page.evaluate(() => {
      const element = document.querySelector('ijh-focus-area-card') as HTMLElement & {
        focusArea: string
        variant: string
        headingLevel: number
      }
      return [element.constructor.name, element.focusArea, element.variant, element.headingLevel]
    })
    assert.deepEqual(card, ['IjhFocusAreaCard', 'kunskap-och-kompetens', 'compact', 3])
    assert.equal(
      await page.locator('ijh-focus-area-card h3').textContent(),
      'Kunskap och kompetens',
    )

    const received = await page.evaluate(() => {
      const {IjhFocusAreaSelectEvent, IjhSupportFinderChangeEvent} = (
        window as never as {
          events: {
            IjhFocusAreaSelectEvent: new (detail: {slug: string; title: string}) => Event
            IjhSupportFinderChangeEvent: new (detail: {
              filters: object
              query: string
              count: number
            }) => Event
          }
        }
      ).events
      document
        .getElementById('wheel')!
        .dispatchEvent(
          new IjhFocusAreaSelectEvent({slug: 'digitalisering', title: 'Digitalisering'}),
        )
      document
        .getElementById('finder')!
        .dispatchEvent(new IjhSupportFinderChangeEvent({filters: {}, query: 'almi', count: 4}))
      return (window as never as {received: unknown[]}).received
    })
    assert.deepEqual(received, [
      ['select', 'ijh-focus-area-select', 'digitalisering', true],
      ['change', 'ijh-support-finder-change', 4, true],
    ])
    assert.deepEqual(errors, [])
    await page.close()
  })
})
