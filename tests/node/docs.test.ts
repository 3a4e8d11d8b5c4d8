import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {after, describe, it} from 'node:test'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const COMMITTED = join(ROOT, 'docs/elements')
const ANALYZER = join(ROOT, 'node_modules/@custom-elements-manifest/analyzer/cem.js')

/** The arguments of `npm run manifest` (after `cem`), with the manifest written to `outdir`. */
function manifestArgs(outdir: string): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>
  }
  const words = [...pkg.scripts.manifest.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map(
    (match) => match[1] ?? match[2] ?? match[3],
  )
  assert.equal(words.shift(), 'cem', 'the manifest script runs cem')
  const at = words.indexOf('--outdir')
  assert.ok(at >= 0, 'the manifest script names an --outdir')
  // The analyzer joins --outdir to the working directory, so it takes a relative path.
  words[at + 1] = relative(ROOT, outdir)
  return words
}

describe('the generated element docs', () => {
  const temp = mkdtempSync(join(tmpdir(), 'ijh-docs-'))
  after(() => rmSync(temp, {recursive: true, force: true}))

  it('are up to date with the sources (run `npm run docs` and commit docs/elements/)', () => {
    execFileSync(process.execPath, [ANALYZER, ...manifestArgs(temp), '--quiet'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
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
