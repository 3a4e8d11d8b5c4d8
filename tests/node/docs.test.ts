import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {after, describe, it} from 'node:test'
import {publicApi} from '../../.storybook/manifest'
import {releaseProblem} from '../../scripts/check-release.mjs'
import {SUPPORT_FINDER_QUERY} from '../../components/data/queries'
import {loadDataset, query} from './helpers/dataset'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const COMMITTED = join(ROOT, 'docs/elements')
const ANALYZER = join(ROOT, 'node_modules/@custom-elements-manifest/analyzer/cem.js')
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string
  scripts: Record<string, string>
}

/** The arguments of `npm run manifest` (after `cem`), with the manifest written to `outdir`. */
function manifestArgs(outdir: string): string[] {
  const words = [...PKG.scripts.manifest.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map(
    (match) => match[1] ?? match[2] ?? match[3],
  )
  assert.equal(words.shift(), 'cem', 'the manifest script runs cem')
  const at = words.indexOf('--outdir')
  assert.ok(at >= 0, 'the manifest script names an --outdir')
  // The analyzer joins --outdir to the working directory, so it takes a relative path.
  words[at + 1] = relative(ROOT, outdir)
  return words
}

/** Runs the analyzer as `npm run manifest` does, writing `custom-elements.json` to `outdir`. */
function writeManifest(outdir: string): void {
  execFileSync(process.execPath, [ANALYZER, ...manifestArgs(outdir), '--quiet'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}

describe('the generated element docs', () => {
  const temp = mkdtempSync(join(tmpdir(), 'ijh-docs-'))
  after(() => rmSync(temp, {recursive: true, force: true}))

  it('are up to date with the sources (run `npm run docs` and commit docs/elements/)', () => {
    writeManifest(temp)
    const fresh = join(temp, 'elements')
    execFileSync(
      process.execPath,
      [
        'scripts/docs-elements.mjs',
        '--manifest',
        join(temp, 'custom-elements.json'),
        '--out',
        fresh,
      ],
      {cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit']},
    )
    const files = readdirSync(fresh).sort()
    assert.deepEqual(readdirSync(COMMITTED).sort(), files, 'the same pages, no more, no fewer')
    assert.ok(files.includes('ijh-support-finder.md'))
    for (const file of files) {
      assert.equal(
        readFileSync(join(COMMITTED, file), 'utf8'),
        readFileSync(join(fresh, file), 'utf8'),
        `docs/elements/${file} is out of date: run \`npm run docs\``,
      )
    }
  })
})

describe('the documented parts', () => {
  /** The folders (and shared modules) whose templates each element renders. */
  const SOURCES: Record<string, string[]> = {
    'ijh-focus-area-card': ['components/focus-area-card', 'components/shared/states.ts'],
    'ijh-strategy-wheel': ['components/strategy-wheel', 'components/shared/states.ts'],
    'ijh-support-finder': ['components/support-finder', 'components/shared/states.ts'],
    'ijh-story-carousel': ['components/story-carousel', 'components/shared/states.ts'],
  }
  /** Part names written out in templates: `part="a b"` and `part: 'a b'` (not computed ones). */
  const PART = /\bpart(?:="([\w\s-]+)"|: '([\w\s-]+)')/g
  /**
   * Parts chosen in a `part` variable, `const part = selected ? 'a b' : 'a'`, also when its
   * branches are on lines of their own.
   */
  const PART_VARIABLE = /\b(?:const|let) part =(.*(?:\n\s*[?:].*)*)/g

  const temp = mkdtempSync(join(tmpdir(), 'ijh-parts-'))
  after(() => rmSync(temp, {recursive: true, force: true}))

  it('name every part an element’s templates write (`@csspart` in its JSDoc)', () => {
    writeManifest(temp)
    const manifest = JSON.parse(readFileSync(join(temp, 'custom-elements.json'), 'utf8')) as {
      modules: {declarations?: {tagName?: string; cssParts?: {name: string}[]}[]}[]
    }
    for (const [tag, paths] of Object.entries(SOURCES)) {
      const declaration = manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .find((candidate) => candidate.tagName === tag)
      const documented = new Set(declaration?.cssParts?.map((part) => part.name))
      const files = paths.flatMap((path) =>
        path.endsWith('.ts')
          ? [path]
          : readdirSync(join(ROOT, path))
              .filter((file) => file.endsWith('.ts'))
              .map((file) => `${path}/${file}`),
      )
      const written = new Set(
        files.flatMap((file) => {
          const source = readFileSync(join(ROOT, file), 'utf8')
          return [
            ...[...source.matchAll(PART)].map((match) => match[1] ?? match[2]),
            ...[...source.matchAll(PART_VARIABLE)].flatMap((match) =>
              [...match[1].matchAll(/'([\w\s-]+)'/g)].map((literal) => literal[1]),
            ),
          ].flatMap((names) => names.split(/\s+/).filter(Boolean))
        }),
      )
      assert.ok(written.size > 5, `${tag}: parts found`)
      const missing = [...written].filter((name) => !documented.has(name))
      assert.deepEqual(missing, [], `${tag}: parts without @csspart`)
    }
  })
})

describe('the manifest as Storybook shows it', () => {
  const temp = mkdtempSync(join(tmpdir(), 'ijh-storybook-'))
  after(() => rmSync(temp, {recursive: true, force: true}))

  it('gives Storybook each attribute, property, slot, event, custom property and part a name of its own', () => {
    writeManifest(temp)
    interface Named {
      name: string
    }
    const shown = publicApi(JSON.parse(readFileSync(join(temp, 'custom-elements.json'), 'utf8')))
    const declarations = (shown.modules ?? [])
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
    assert.equal(declarations.length, 5)
    const carousel = declarations.find((d) => d.tagName === 'ijh-story-carousel')
    assert.ok(
      carousel?.cssParts?.some((part) => part.name === '::part(municipality)'),
      'the carousel’s municipality part, as CSS selects it',
    )
    // Storybook keys its table and controls by name, one entry a name: a part, a slot or an event
    // named as something else would hide it. Only a property and its attribute share one.
    for (const declaration of declarations) {
      const kinds = new Map<string, Set<string>>()
      for (const kind of [
        'members',
        'attributes',
        'slots',
        'events',
        'cssProperties',
        'cssParts',
      ]) {
        for (const {name} of (declaration[kind] as Named[] | undefined) ?? []) {
          kinds.set(name, new Set([...(kinds.get(name) ?? []), kind]))
        }
      }
      const shared = [...kinds]
        .filter(
          ([, of]) => of.size > 1 && [...of].some((k) => k !== 'members' && k !== 'attributes'),
        )
        .map(([name, of]) => `${name} (${[...of].join(', ')})`)
      assert.deepEqual(shared, [], `${declaration.tagName}: names Storybook would show once`)
    }
  })
})

/** GitHub's id for a heading: lower case, punctuation dropped, spaces made hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/`|\*\*|\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
    .replace(/ /g, '-')
}

/** The ids a Markdown file's links can point at: its headings' (numbered when repeated), and ids. */
function anchors(markdown: string): Set<string> {
  const ids = new Set<string>()
  const seen = new Map<string, number>()
  const prose = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1/gm, '')
  for (const [, heading] of prose.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = slug(heading)
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    ids.add(n ? `${base}-${n}` : base)
  }
  for (const [, id] of prose.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) ids.add(id)
  return ids
}

describe('the README, CONTRIBUTING.md, the changelog and docs/', () => {
  const files = [
    join(ROOT, 'README.md'),
    join(ROOT, 'CONTRIBUTING.md'),
    join(ROOT, 'CHANGELOG.md'),
    ...readdirSync(join(ROOT, 'docs'), {recursive: true, encoding: 'utf8'})
      .filter((name) => name.endsWith('.md'))
      .map((name) => join(ROOT, 'docs', name)),
  ]

  /**
   * A file as these tests read it. Of the changelog, only what is not yet published: a released
   * entry says what was true then, and is not rewritten when a file or a script is renamed.
   */
  const read = (file: string) => {
    const text = readFileSync(file, 'utf8')
    if (!file.endsWith('CHANGELOG.md')) return text
    return text
      .split(/^(?=## )/m)
      .filter((section, i) => i === 0 || /^## .*not yet published/.test(section))
      .join('')
  }

  /** A file's prose: its text without fenced code blocks. */
  const prose = (file: string) => read(file).replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1/gm, '')

  it('link to files and headings that exist', () => {
    const broken: string[] = []
    let checked = 0
    for (const file of files) {
      for (const [, target] of prose(file).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        if (/^[a-z][a-z+.-]*:/i.test(target)) continue
        checked++
        const [path, hash] = target.split('#')
        const to = path ? join(file, '..', decodeURIComponent(path)) : file
        const where = `${relative(ROOT, file)} → ${target}`
        let content: string
        try {
          content = readFileSync(to, 'utf8')
        } catch {
          try {
            readdirSync(to)
            continue
          } catch {
            broken.push(`${where}: no such file`)
            continue
          }
        }
        if (hash && to.endsWith('.md') && !anchors(content).has(decodeURIComponent(hash))) {
          broken.push(`${where}: no such heading`)
        }
      }
    }
    assert.ok(checked > 50, `links found: ${checked}`)
    assert.deepEqual(broken, [])
  })

  it('name only npm scripts that package.json has', (t) => {
    const {scripts} = PKG
    const unknown: string[] = []
    const named = new Set<string>()
    let checked = 0
    for (const file of files) {
      // Code blocks too: the commands a reader copies are there.
      for (const [, name] of read(file).matchAll(/npm run (?:--silent )?([\w:-]+)/g)) {
        checked++
        named.add(name)
        if (!(name in scripts)) unknown.push(`${relative(ROOT, file)}: npm run ${name}`)
      }
    }
    t.diagnostic(`${checked} mentions of ${named.size} scripts`)
    assert.ok(checked > 20, `npm run … found: ${checked}`)
    assert.deepEqual(unknown, [])
  })

  it('name only paths in the repository that exist (`tests/…`, `scripts/…`, `components/…`)', (t) => {
    const missing: string[] = []
    const paths = new Set<string>()
    let checked = 0
    const path =
      /`((?:tests|scripts|components|sanity-plugin|stories|docs|demo|bench|\.storybook|\.ci)\/[^`\s]*)`/g
    for (const file of files) {
      for (const [, named] of prose(file).matchAll(path)) {
        // Patterns and placeholders (`tests/<name>.test.ts`, `components/**`) name no one file.
        if (/[<>*{}…]/.test(named)) continue
        checked++
        paths.add(named)
        try {
          readdirSync(join(ROOT, named.split('#')[0]))
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOTDIR') {
            missing.push(`${relative(ROOT, file)}: ${named}`)
          }
        }
      }
    }
    t.diagnostic(`${checked} mentions of ${paths.size} paths`)
    assert.ok(checked > 50, `paths found: ${checked}`)
    assert.deepEqual(missing, [])
  })

  it('the heading ids are GitHub’s', () => {
    assert.equal(slug("Show the region's live content"), 'show-the-regions-live-content')
    assert.equal(
      slug('`ijh-config`: the page’s Sanity project'),
      'ijh-config-the-pages-sanity-project',
    )
    assert.deepEqual([...anchors('## A\n\n## A\n\n```\n# not a heading\n```\n')], ['a', 'a-1'])
  })
})

describe('the WordPress guide', () => {
  const temp = mkdtempSync(join(tmpdir(), 'ijh-kses-'))
  after(() => rmSync(temp, {recursive: true, force: true}))

  it("lets through KSES every attribute of every element (the manifest's), where the guide allows the tags", () => {
    const guide = readFileSync(join(ROOT, 'docs/embedding.md'), 'utf8')
    const php = /^```php\n([\s\S]*?wp_kses_allowed_html[\s\S]*?)^```/m.exec(guide)?.[1]
    assert.ok(php, 'the KSES sketch in docs/embedding.md')
    const list = (source: string) => [...source.matchAll(/'([a-z-]+)'/g)].map((match) => match[1])
    const common = list(/\$common = array_fill_keys\(\s*\[([\s\S]*?)\]/.exec(php)?.[1] ?? '')
    assert.ok(common.includes('project-id'), `the common attributes: ${common.join(', ')}`)
    const allowed = new Map<string, string[]>()
    for (const [, tag, rest] of php.matchAll(
      /\$tags\['(ijh-[a-z-]+)'\] = \$common(?:;| \+ array_fill_keys\(\s*\[([\s\S]*?)\])/g,
    )) {
      allowed.set(tag, [...common, ...list(rest ?? '')])
    }
    writeManifest(temp)
    const manifest = JSON.parse(readFileSync(join(temp, 'custom-elements.json'), 'utf8')) as {
      modules: {declarations?: {tagName?: string; attributes?: {name: string}[]}[]}[]
    }
    const missing: string[] = []
    let elements = 0
    for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
      if (!declaration.tagName) continue
      elements++
      const tags = allowed.get(declaration.tagName)
      if (!tags) {
        missing.push(`<${declaration.tagName}> itself`)
        continue
      }
      for (const {name} of declaration.attributes ?? []) {
        if (!tags.includes(name)) missing.push(`${declaration.tagName} ${name}`)
      }
    }
    assert.equal(elements, 5, 'the five elements')
    assert.deepEqual(missing, [])
  })
})

describe('the partner presets guide', () => {
  it('says how many offers each partner has in the default dataset, as it has them', async () => {
    // What the finder shows: its query over the default dataset, as the bundled content is made.
    const answer = await query<{offers: {provider?: {slug?: string | null} | null}[]}>(
      loadDataset(),
      SUPPORT_FINDER_QUERY,
      {lang: 'sv'},
    )
    const count = (provider: string) =>
      answer.offers.filter((offer) => offer.provider?.slug === provider).length
    const guide = readFileSync(join(ROOT, 'docs/partner-presets.md'), 'utf8')
    const NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
    for (const [provider, sentence] of [
      ['almi-mitt', /In the default dataset this lists (\w+) offers/],
      ['mid-sweden-science-park', /(\w+) offers in the default dataset/],
    ] as const) {
      const said = sentence.exec(guide)?.[1]?.toLowerCase()
      assert.ok(said, `docs/partner-presets.md says how many offers ${provider} has`)
      assert.equal(said, NUMBERS[count(provider)], `${provider}: the guide says ${said}`)
    }
  })
})

describe('the changelog', () => {
  it("has the package's version as its newest release (bump both together)", () => {
    const {version} = PKG
    const releases = [
      ...readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8').matchAll(/^## (\S+) – (.+)$/gm),
    ]
    assert.ok(releases.length > 0, 'CHANGELOG.md has "## <version> – <date>" headings')
    assert.equal(releases[0]![1], version, 'the newest entry is the version in package.json')
    for (const [heading, , when] of releases) {
      assert.match(when!, /^(\d{4}-\d{2}-\d{2}|not yet published)$/, heading)
    }
  })

  it('cannot be published while its newest entry has no date (prepublishOnly)', () => {
    const entry = (heading: string) =>
      `# Changelog\n\n${heading}\n\n- A fix.\n\n## 0.1.0 – 2026-12-01\n`
    assert.equal(releaseProblem(entry('## 0.2.0 – 2027-01-15'), '0.2.0'), undefined)
    assert.match(releaseProblem(entry('## 0.2.0 – not yet published'), '0.2.0') ?? '', /day/)
    assert.match(
      releaseProblem(entry('## 0.2.0 – 2027-01-15'), '0.2.1') ?? '',
      /0\.2\.0, not 0\.2\.1/,
    )
    assert.match(releaseProblem('# Changelog\n', '0.2.0') ?? '', /no "## <version>/)
    assert.match(PKG.scripts.prepublishOnly ?? '', /^node scripts\/check-release\.mjs && /)
  })
})
