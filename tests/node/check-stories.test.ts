/**
 * The story check (scripts/check-stories.mjs) fails when it should: its selftest serves broken
 * stand-ins for stories and Docs pages and exits 1, as a run with a broken story does, when it
 * caught each fault and passed the clean pages; 2 when it missed one.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {describe, it} from 'node:test'
import {ROOT} from '../../scripts/sizes'

describe('the story check', () => {
  it('catches a thrown error, a console error, axe violations, sideways scrolling, a missing focus outline and a Docs page’s changed address', () => {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'scripts/check-stories.mjs'), '--selftest'],
      {cwd: ROOT, encoding: 'utf8', timeout: 180_000},
    )
    assert.equal(run.status, 1, `${run.stdout}\n${run.stderr}`)
    assert.match(
      run.stdout,
      /^selftest: the check caught .* and passed the clean page and the clean Docs pages/m,
    )
  })
})
