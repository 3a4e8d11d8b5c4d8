import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {parseAst} from 'rollup/parseAst'
import {collapseTemplateWhitespace} from '../../scripts/minify-html.mjs'

const collapse = (code: string) => collapseTemplateWhitespace(code, parseAst(code))?.code

describe('collapsing the indentation of Lit templates (the CDN build)', () => {
  it('collapses each run of white space with a line break in html and svg templates to a space', () => {
    const code = [
      "import {html as h, svg} from 'lit'",
      'const a = h`<p',
      '    class="x"',
      '  >',
      '    ${1}',
      '  </p>`',
      'const b = svg`<g>',
      '  <path d="M0 0"></path>',
      '</g>`',
      'const c = h`<b>one two</b>`',
    ].join('\n')
    assert.equal(
      collapse(code),
      [
        "import {html as h, svg} from 'lit'",
        'const a = h`<p class="x" > ${1} </p>`',
        'const b = svg`<g> <path d="M0 0"></path> </g>`',
        'const c = h`<b>one two</b>`',
      ].join('\n'),
    )
  })

  it('leaves other templates alone: messages, CSS, and tags with the same name not from Lit', () => {
    const code = [
      "import {css} from 'lit'",
      "import {msg} from '@lit/localize'",
      'const html = (s) => s',
      'const a = html`<p>',
      '  x</p>`',
      'const b = css`:host {',
      '  display: block }`',
      'const c = `line',
      '  two`',
    ].join('\n')
    assert.equal(collapse(code), undefined)
  })
})
