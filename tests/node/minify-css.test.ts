import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {isStyleModule, minifyCssLiterals} from '../../scripts/minify-css.mjs'

describe('minifying the style modules’ CSS (the CDN build)', () => {
  it('minifies each css literal and leaves the rest of the module as it is', async () => {
    const module = [
      "import {css} from 'lit'",
      '/* a comment outside */',
      'export const a = css`',
      '  /* gone */',
      '  :host {',
      '    display: block;',
      '    --_x: var(--ijh-x, #ffffff);',
      '  }',
      '`',
      'export const b = css`.y { color: red; }`',
    ].join('\n')
    const out = await minifyCssLiterals(module, 'x.styles.ts')
    assert.equal(
      out,
      [
        "import {css} from 'lit'",
        '/* a comment outside */',
        'export const a = css`:host{display:block;--_x: var(--ijh-x, #ffffff)}`',
        'export const b = css`.y{color:red}`',
      ].join('\n'),
    )
  })

  it('keeps characters outside ASCII as they are, never as CSS escapes', async () => {
    const out = await minifyCssLiterals("css`.x::before { content: '→ å'; }`", 'x.styles.ts')
    assert.equal(out, 'css`.x:before{content:"→ å"}`')
  })

  it('refuses a literal it cannot minify safely', async () => {
    for (const literal of [
      'css`.x { color: ${color}; }`',
      "css`.x::before { content: '\\\\2192'; }`",
    ]) {
      await assert.rejects(minifyCssLiterals(literal, 'x.styles.ts'), /x\.styles\.ts/)
    }
  })

  it('applies to the style modules only', () => {
    assert.equal(isStyleModule('/a/components/x/x.styles.ts'), true)
    assert.equal(isStyleModule('/a/components/x/x.ts'), false)
  })
})
