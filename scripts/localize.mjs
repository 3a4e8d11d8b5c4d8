#!/usr/bin/env node
/**
 * The UI strings' translation workflow, with @lit/localize's own tool (lit-localize), once per
 * scope: each config in components/i18n/localize/ covers one element's `*.strings.ts`, so that each
 * element's module carries only its own English templates.
 *
 *   node scripts/localize.mjs extract   source messages → components/i18n/xliff/<scope>/en.xlf
 *                                       (new units, and units whose Swedish changed, come without
 *                                       a <target>: translate them)
 *   node scripts/localize.mjs build     XLIFF → components/i18n/generated/<scope>/en.ts
 *
 * `build` runs in `npm run generate` and fails, with the unit named, when a translation is missing
 * or when lit-localize escaped `<`, `>` or `&` in a text message (lit/lit#5012: our messages are
 * text, so an escape would show on the page). The XLIFF checks live in tests/node/localize.test.ts.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const CONFIG_DIR = join(ROOT, 'components/i18n/localize')
const CLI = join(ROOT, 'node_modules/@lit/localize-tools/bin/lit-localize.js')

/** Every scope, by the name of its config file. */
export const SCOPES = readdirSync(CONFIG_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort()

/**
 * A scope's files, as its config names them (absolute paths): the config, its input files, its
 * English XLIFF and the English module `build` generates.
 */
export function scopeFiles(scope) {
  const config = join(CONFIG_DIR, `${scope}.json`)
  const {inputFiles, interchange, output} = JSON.parse(readFileSync(config, 'utf8'))
  return {
    config,
    inputFiles: inputFiles.map((file) => resolve(CONFIG_DIR, file)),
    xliff: resolve(CONFIG_DIR, interchange.xliffDir, 'en.xlf'),
    generated: resolve(CONFIG_DIR, output.outputDir, 'en.ts'),
  }
}

/** A path as the messages show it, from the repository's root. */
const shown = (path) => relative(ROOT, path)

/** Runs lit-localize and returns what it printed, stdout and stderr (where it warns). */
export function litLocalize(command, config) {
  const run = spawnSync(process.execPath, [CLI, command, '--config', config], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  const output = `${run.stdout}${run.stderr}`
  if (run.status !== 0) throw new Error(`lit-localize ${command} failed (${config}):\n${output}`)
  return output
}

/** Problems in a generated locale module: HTML escapes that would show as text. */
export function escapedEntities(module) {
  return [...module.matchAll(/^\s*'([^']+)': .*&(lt|gt|amp|quot|apos);/gm)].map((m) => m[1])
}

function build() {
  const problems = []
  for (const scope of SCOPES) {
    const files = scopeFiles(scope)
    const output = litLocalize('build', files.config)
    // lit-localize writes "en message <id> is missing, using canonical text as fallback".
    for (const [, id] of output.matchAll(/en message (\S+) is missing/g)) {
      problems.push(`${id}: no English translation in ${shown(files.xliff)}`)
    }
    const generated = inlineStr(readFileSync(files.generated, 'utf8'), shown(files.generated))
    writeFileSync(files.generated, generated)
    for (const id of escapedEntities(generated)) {
      problems.push(
        `${id}: lit-localize escaped <, > or & in this text message (lit/lit#5012); pass the markup as a placeholder`,
      )
    }
  }
  if (problems.length) {
    throw new Error(`The English UI strings are incomplete:\n- ${problems.join('\n- ')}`)
  }
}

/**
 * `str` as @lit/localize 0.12 defines it (internal/str-tag.js): inlined into each generated module,
 * so that the lazily loaded English imports nothing. An import would be of the page's tag module,
 * which a URL with a query string (`?v=2`, as CMSs add) would load a second time.
 */
export const INLINE_STR =
  '// `str` of @lit/localize (internal/str-tag.js), inlined: this lazily loaded module imports nothing.\n' +
  'const str = (strings: TemplateStringsArray, ...values: number[]) =>\n' +
  '  ({strTag: true as const, strings, values});'

/** A generated module with `str` inlined; throws if lit-localize imports something else. */
export function inlineStr(module, path) {
  const index = /import \{str\} from '@lit\/localize';/
  if (!index.test(module)) {
    if (module.includes("'@lit/localize'")) {
      throw new Error(`${path}: lit-localize imports @lit/localize in a new way; update inlineStr`)
    }
    return module
  }
  return module.replace(index, INLINE_STR)
}

/** The trans-units of an XLIFF 1.2 file as lit-localize writes it, by id. */
export function xliffUnits(xml) {
  return new Map(
    [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => [
      id,
      {
        source: /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '',
        target: /<target>([\s\S]*?)<\/target>/.exec(body)?.[1],
      },
    ]),
  )
}

/**
 * After an extraction: drops the English of every unit whose Swedish source changed, since the
 * translation no longer says the same (lit-localize keeps it by id). Returns the units' ids.
 */
export function dropStaleTargets(before, after) {
  const old = xliffUnits(before)
  const stale = []
  const xml = after.replace(
    /(<trans-unit id="([^"]+)">\n\s*<source>([\s\S]*?)<\/source>\n)\s*<target>[\s\S]*?<\/target>\n/g,
    (unit, head, id, source) => {
      const previous = old.get(id)
      if (!previous || previous.source === source) return unit
      stale.push(id)
      return head
    },
  )
  return {xml, stale}
}

function extract() {
  for (const scope of SCOPES) {
    const {config, xliff} = scopeFiles(scope)
    const before = existsSync(xliff) ? readFileSync(xliff, 'utf8') : ''
    process.stdout.write(litLocalize('extract', config))
    const {xml, stale} = dropStaleTargets(before, readFileSync(xliff, 'utf8'))
    writeFileSync(xliff, xml)
    for (const id of stale) {
      console.log(`${id}: the Swedish changed; translate it again in ${shown(xliff)}`)
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv[2]
  try {
    if (command === 'build') build()
    else if (command === 'extract') extract()
    else throw new Error('Usage: node scripts/localize.mjs extract|build')
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}
