/**
 * The Studio as the region's developers build it: `sanity build` with the plugin (sanity.config.ts)
 * bundles, offline, with no warning. A warning there (a dependency range Sanity does not accept,
 * a plugin that does not resolve) is one the region's developers would meet first.
 */
import assert from 'node:assert/strict'
import {execFile as execFileCallback} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {after, describe, it} from 'node:test'

const execFile = promisify(execFileCallback)
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SANITY = join(ROOT, 'node_modules/sanity/bin/sanity')

describe('sanity build', () => {
  const out = mkdtempSync(join(tmpdir(), 'ijh-studio-'))
  after(() => rmSync(out, {recursive: true, force: true}))

  it('bundles the Studio with the plugin, with no warning', async () => {
    const {stdout, stderr} = await execFile(process.execPath, [SANITY, 'build', out, '-y'], {
      cwd: ROOT,
      env: {...process.env, DO_NOT_TRACK: '1', SANITY_TELEMETRY_DISABLED: '1', NO_COLOR: '1'},
      maxBuffer: 16 * 1024 * 1024,
    })
    const output = `${stdout}\n${stderr}`
    assert.match(output, /Build Sanity Studio/)
    assert.deepEqual(
      output.split('\n').filter((line) => /warn|error/i.test(line)),
      [],
      'no warning or error',
    )
    assert.match(readFileSync(join(out, 'index.html'), 'utf8'), /<script/)
    // The plugin is in the bundle: the Swedish title of a focus area's type.
    const scripts = readdirSync(join(out, 'static')).filter((name) => name.endsWith('.js'))
    assert.ok(
      scripts.some((name) =>
        readFileSync(join(out, 'static', name), 'utf8').includes('Insatsområde'),
      ),
      'the plugin’s types are in the bundle',
    )
  })
})
