#!/usr/bin/env node
/**
 * The UI strings' translation workflow, with @lit/localize's own tool (lit-localize), once per
 * scope: each config in components/i18n/localize/ covers one element's `*.strings.ts`, so that each
 * element's module carries only its own English templates.
 *
 *   node scripts/localize.mjs extract   source messages → components/i18n/xliff/<scope>/en.xlf
 *                                       (new units come without a <target>: translate them)
 *   node scripts/localize.mjs build     XLIFF → components/i18n/generated/<scope>/en.ts
 *
 * `build` runs in `npm run generate` and fails, with the unit named, when a translation is missing
 * or when lit-localize escaped `<`, `>` or `&` in a text message (lit/lit#5012: our messages are
 * text, so an escape would show on the page). The XLIFF checks live in tests/node/localize.test.ts.
 */
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const CONFIG_DIR = join(ROOT, 'components/i18n/localize')
const CLI = join(ROOT, 'node_modules/@lit/localize-tools/bin/lit-localize.js')

/** Every scope, by the name of its config file. */
export const SCOPES = readdirSync(CONFIG_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort()

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
    const config = join(CONFIG_DIR, `${scope}.json`)
    const output = litLocalize('build', config)
    // lit-localize writes "en message <id> is missing, using canonical text as fallback".
    for (const [, id] of output.matchAll(/en message (\S+) is missing/g)) {
      problems.push(`${id}: no English translation in components/i18n/xliff/${scope}/en.xlf`)
    }
    const path = join(ROOT, `components/i18n/generated/${scope}/en.ts`)
    // The package's index would bring its page-global runtime into every bundle; `str` alone will do.
    const generated = readFileSync(path, 'utf8').replace(
      "import {str} from '@lit/localize';",
      "import {str} from '@lit/localize/internal/str-tag.js';",
    )
    writeFileSync(path, generated)
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

function extract() {
  for (const scope of SCOPES) {
    process.stdout.write(litLocalize('extract', join(CONFIG_DIR, `${scope}.json`)))
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
