/**
 * The contrast check of docs/theming.md (scripts/theme-contrast.mjs): the table there is the
 * script's, and a theme the elements would show below WCAG 2.1 AA fails it, also where the colour
 * is set on one element only, or written in a notation the script cannot read.
 */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {describe, it} from 'node:test'
import {report} from '../../scripts/theme-contrast.mjs'

const theme = (css: string) => `\`\`\`css\n/* contrast: Test */\n${css}\n\`\`\`\n`

describe('scripts/theme-contrast.mjs', () => {
  it('wrote the table that docs/theming.md has, and every theme there passes', () => {
    const markdown = readFileSync(new URL('../../docs/theming.md', import.meta.url), 'utf8')
    const {table, failures} = report(markdown)
    assert.ok(markdown.includes(table), 'run node scripts/theme-contrast.mjs --write')
    assert.equal(failures, 0)
  })

  it('fails a light accent set on the finder alone, where its links and buttons are', () => {
    const {table, failures} = report(
      theme('ijh-support-finder { --ijh-support-finder-accent: #f39200; }'),
    )
    assert.ok(failures > 0)
    assert.match(
      table,
      /finder: links and outlined buttons on a card \| 4\.5:1 \| [\d.]+ ✓ \| 2\.\d+ ✗/,
    )
  })

  it('reads a rule’s last declaration, with no semicolon, and checks the finder’s panels', () => {
    // 4.35:1 on the panel's #f3f5f7, above 4.5:1 on white.
    const {table, failures} = report(
      theme('ijh-support-finder { --ijh-support-finder-accent: #3a7a98 }'),
    )
    assert.equal(failures, 1)
    assert.match(
      table,
      /finder: links on its panels \(help box\) \| 4\.5:1 \| [\d.]+ ✓ \| 4\.3\d ✗/,
    )
  })

  it('checks the text on the card’s own accent, which its retry button is filled with', () => {
    const {table} = report(theme('ijh-focus-area-card { --ijh-focus-area-card-accent: #7fd0ff; }'))
    assert.match(table, /card: retry button text \| 4\.5:1 \| [\d.]+ ✓ \| 1\.\d+ ✗/)
  })

  it('fails a colour it cannot read, rather than checking the default in its place', () => {
    const {failures, unreadable} = report(
      theme('.site { --ijh-color-accent: rgb(243, 146, 0); --ijh-space: 1.5rem; }'),
    )
    assert.deepEqual(unreadable, [
      'Test: --ijh-color-accent: rgb(243, 146, 0) (write it as #rrggbb)',
    ])
    assert.equal(failures, 1)
  })
})
