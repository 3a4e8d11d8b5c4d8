/**
 * The UI strings' translations (@lit/localize, components/i18n): the XLIFF files are in step with
 * the source messages, every unit is translated with the same placeholders, the generated English
 * templates show no HTML escapes. `translate` itself: tests/node/translate.test.ts.
 */
import assert from 'node:assert/strict'
import {
  copyFileSync,
  globSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {after, describe, it} from 'node:test'
import {str} from '@lit/localize/internal/str-tag.js'
import {
  ROOT,
  INLINE_STR,
  SCOPES,
  dropStaleTargets,
  escapedEntities,
  inlineStr,
  litLocalize,
  scopeFiles,
  xliffUnits,
} from '../../scripts/localize.mjs'

/** The trans-units of a scope's XLIFF, with their ids. */
const units = (scope: string) =>
  [...xliffUnits(readFileSync(scopeFiles(scope).xliff, 'utf8'))].map(([id, unit]) => ({
    id,
    ...unit,
  }))

/** A unit's placeholders, sorted: `0=${v.title}`. */
const placeholders = (text: string) =>
  [...text.matchAll(/<x id="(\d+)" equiv-text="([^"]*)"\/>/g)]
    .map(([, id, equiv]) => `${id}=${equiv}`)
    .sort()

/** Units whose English is rightly the same as their Swedish, by scope. */
const SAME_IN_ENGLISH: Partial<Record<string, string[]>> = {wheel: ['vision', 'visionYear']}

/**
 * Each message id in a catalog's source, with the key it is written under: the nearest key
 * before it (`    label: () =>` or `    label: (v) =>`).
 */
const idsAndKeys = (source: string) =>
  [...source.matchAll(/\bid: '([^']*)'/g)].map(({0: match, 1: id, index}) => ({
    id,
    match,
    key: [...source.slice(0, index).matchAll(/^ {4}(\w+): \(v?\) =>/gm)].at(-1)?.[1],
  }))

const scratch = mkdtempSync(join(tmpdir(), 'ijh-localize-'))
after(() => rmSync(scratch, {recursive: true, force: true}))

describe('UI strings: XLIFF and the generated English', () => {
  it('has a scope for every module that writes messages, and each scope’s files exist', () => {
    const covered = SCOPES.flatMap((scope) =>
      scopeFiles(scope).inputFiles.map((file) => relative(ROOT, file)),
    )
    const writers = globSync('components/**/*.ts', {cwd: ROOT}).filter(
      (file) =>
        !file.includes('/generated/') &&
        readFileSync(join(ROOT, file), 'utf8').includes("from '@lit/localize/init/install.js'"),
    )
    assert.ok(writers.length >= 5, 'modules with msg() calls')
    assert.deepEqual([...covered].sort(), [...writers].sort())
  })

  for (const scope of SCOPES) {
    it(`${scope}: the XLIFF holds exactly the messages in the source (npm run localize:extract)`, () => {
      // Extract again into a copy, with the committed translations, and compare.
      const files = scopeFiles(scope)
      const dir = join(scratch, scope)
      mkdirSync(dir, {recursive: true})
      copyFileSync(files.xliff, join(dir, 'en.xlf'))
      const config = JSON.parse(readFileSync(files.config, 'utf8')) as {
        inputFiles: string[]
        interchange: {xliffDir: string}
        output: {outputDir: string}
        $schema?: string
      }
      delete config.$schema
      config.inputFiles = files.inputFiles
      config.interchange.xliffDir = dir
      config.output.outputDir = join(dir, 'out')
      const configPath = join(dir, 'config.json')
      writeFileSync(configPath, JSON.stringify(config))
      litLocalize('extract', configPath)
      assert.equal(
        readFileSync(join(dir, 'en.xlf'), 'utf8'),
        readFileSync(files.xliff, 'utf8'),
        `components/i18n/xliff/${scope}/en.xlf is out of step with the source: run npm run localize:extract and translate the new units`,
      )
    })

    it(`${scope}: every unit is translated, with the source's placeholders`, () => {
      const found = units(scope)
      assert.ok(found.length > 0)
      for (const unit of found) {
        assert.ok(unit.target?.trim(), `${unit.id} has no English translation`)
        assert.deepEqual(
          placeholders(unit.target ?? ''),
          placeholders(unit.source),
          `${unit.id}: placeholders`,
        )
        // A target that is the Swedish again reads as translated but is not (a copied unit).
        if (!SAME_IN_ENGLISH[scope]?.includes(unit.id)) {
          assert.notEqual(
            unit.target?.trim(),
            unit.source.trim(),
            `${unit.id}: the English is the Swedish copied; translate it, or list the id in SAME_IN_ENGLISH`,
          )
        }
      }
    })

    it(`${scope}: the generated English shows no HTML escapes (lit/lit#5012)`, () => {
      const generated = readFileSync(scopeFiles(scope).generated, 'utf8')
      assert.deepEqual(escapedEntities(generated), [])
      for (const unit of units(scope)) {
        assert.ok(generated.includes(`'${unit.id}'`), `${unit.id} is not in the generated module`)
      }
    })
  }

  it('every message is used: its key is named in the code that imports its catalog', () => {
    const files = globSync('components/**/*.ts', {cwd: ROOT})
      .filter((file) => !file.includes('/generated/'))
      .map((file) => ({
        file,
        code: readFileSync(join(ROOT, file), 'utf8')
          // Comments may name a key; a catalog names every key. Only the uses count.
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/^\s*\/\/.*$/gm, '')
          .replace(/defineMessages\([\s\S]*?\n\)\n/g, ''),
      }))
    const unused: string[] = []
    let keys = 0
    for (const scope of SCOPES) {
      for (const input of scopeFiles(scope).inputFiles) {
        const path = relative(ROOT, input)
        const name = path.replace(/^.*\//, '').replace(/\.ts$/, '')
        // The strings module itself, and the modules that import it.
        const code = files
          .filter(({file, code}) => file === path || code.includes(`/${name}'`))
          .map(({code}) => code)
          .join('\n')
        // Keys made from a template, e.g. `facet_${key}`, by their prefix.
        const prefixes = [...code.matchAll(/`(\w+)\$\{/g)].map(([, prefix]) => prefix)
        const source = readFileSync(input, 'utf8')
        for (const [, key] of source.matchAll(/^ {4}(\w+): \(v?\) =>/gm)) {
          keys++
          const used =
            code.includes(`'${key}'`) || prefixes.some((prefix) => key.startsWith(prefix))
          if (!used) unused.push(`${path}: ${key}`)
        }
      }
    }
    assert.ok(keys > 100, `${keys} messages`)
    assert.deepEqual(unused, [], 'messages no element uses')
  })

  // `translate` looks a message up in its own scope's English only, so an id need not name its
  // scope: each is the key of its message, which also keeps them unique within the scope.
  it('each message id is the key its message is written under', () => {
    let count = 0
    for (const scope of SCOPES) {
      for (const input of scopeFiles(scope).inputFiles) {
        for (const {id, key, match} of idsAndKeys(readFileSync(input, 'utf8'))) {
          count++
          assert.equal(id, key, `${relative(ROOT, input)}: ${match} is under the key ${key}`)
        }
      }
      const ids = units(scope).map((unit) => unit.id)
      assert.equal(new Set(ids).size, ids.length, `${scope}: ids are unique`)
    }
    assert.ok(count > 100, `${count} messages`)
  })

  it('finds the key each id is written under', () => {
    const source = `{
    label: () => msg('Etikett', {id: 'label'}),
    count: (v) =>
      msg(str\`\${v.n} st\`, {
        id: 'label',
      }),
  }`
    assert.deepEqual(
      idsAndKeys(source).map(({id, key}) => [id, key]),
      [
        ['label', 'label'],
        ['label', 'count'],
      ],
    )
  })

  it('drops the English of a unit whose Swedish changed, and keeps the rest', () => {
    const unit = (id: string, source: string, target?: string) =>
      `<trans-unit id="${id}">\n  <source>${source}</source>\n${target ? `  <target>${target}</target>\n` : ''}</trans-unit>\n`
    const before = unit('a.same', 'Hej', 'Hello') + unit('a.changed', 'Visa', 'Show')
    const after =
      unit('a.same', 'Hej', 'Hello') + unit('a.changed', 'Visa alla', 'Show') + unit('a.new', 'Ny')
    const {xml, stale} = dropStaleTargets(before, after)
    assert.deepEqual(stale, ['a.changed'])
    assert.equal(
      xml,
      unit('a.same', 'Hej', 'Hello') + unit('a.changed', 'Visa alla') + unit('a.new', 'Ny'),
    )
  })

  it('inlines str in the generated modules, the same as the package’s, and stops on an import it does not know', async () => {
    const module = "import {str} from '@lit/localize';\nexport const templates = {}"
    const inlined = inlineStr(module, 'en.ts')
    assert.doesNotMatch(inlined, /\bimport\b/)
    assert.equal(inlineStr('export const templates = {}', 'en.ts'), 'export const templates = {}')
    assert.throws(() => inlineStr("import {str, msg} from '@lit/localize';", 'en.ts'), /en\.ts/)
    // The inlined tag makes what the package's does.
    const {transform} = await import('esbuild')
    const {code} = await transform(`${INLINE_STR}\nexport default str\`a\${1}b\${0}\``, {
      loader: 'ts',
    })
    const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
    const inline = ((await import(url)) as {default: unknown}).default
    assert.deepEqual(inline, str`a${1}b${0}`)
  })

  it('finds HTML escapes in a generated module', () => {
    const module = "export const templates = {\n'a.ok': `1 < 2`,\n'a.bad': str`${0} &lt;b&gt;`,\n}"
    assert.deepEqual(escapedEntities(module), ['a.bad'])
  })
})

describe('message ids, which let our builds leave out @lit/localize’s hashing', () => {
  it('every msg() call has an id, so msg() never hashes a message into one', () => {
    const files = [
      'components/i18n/strings.ts',
      ...readdirSync(join(ROOT, 'components'), {recursive: true, encoding: 'utf8'})
        .filter((file) => file.endsWith('.strings.ts'))
        .map((file) => `components/${file.replaceAll('\\', '/')}`),
    ]
    assert.ok(files.length >= 5)
    for (const file of files) {
      const source = readFileSync(join(ROOT, file), 'utf8')
      const calls = source.match(/\bmsg\(/g)?.length ?? 0
      const ids = source.match(/\{\s*id: '[\w.-]+',?\s*\},?\s*\)/g)?.length ?? 0
      assert.ok(calls > 0, file)
      assert.equal(ids, calls, `${file}: a msg() call without {id: '…'}`)
    }
  })

  it('@lit/localize 0.12.2 hashes only there (internal/id-generation.js), which the builds replace', async () => {
    const pkg = JSON.parse(
      readFileSync(join(ROOT, 'node_modules/@lit/localize/package.json'), 'utf8'),
    ) as {version: string}
    assert.equal(pkg.version, '0.12.2', 'check scripts/message-ids.mjs against the new version')
    const runtime = readFileSync(
      join(ROOT, 'node_modules/@lit/localize/internal/runtime-msg.js'),
      'utf8',
    )
    assert.match(runtime, /import \{ generateMsgId \} from '\.\/id-generation\.js';/)
    assert.match(runtime, /options\?\.id \?\? generateId\(template\)/)
    const {generateMsgId, HASH_DELIMITER} = await import('../../components/i18n/message-ids')
    const real = await import('@lit/localize/internal/id-generation.js')
    assert.equal(HASH_DELIMITER, real.HASH_DELIMITER)
    assert.equal(generateMsgId(), '', 'no id: the Swedish source shows')
  })
})
