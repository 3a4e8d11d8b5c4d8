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
        'const a = h`<p class="x"> ${1} </p>`',
        'const b = svg`<g> <path d="M0 0"></path> </g>`',
        'const c = h`<b>one two</b>`',
      ].join('\n'),
    )
  })

  it('collapses templates nested in expressions, and leaves CSS, messages and untagged ones', () => {
    const code = [
      "import {css, html} from 'lit'",
      "import {str} from '@lit/localize'",
      'const a = css`:host {',
      '  display: block }`',
      'const b = str`line',
      '  two ${1}`',
      'const c = `line',
      '  two`',
      'const d = html`<ul>',
      '  ${[1].map((n) => html`<li>',
      '    ${n}',
      '  </li>`)}',
      '</ul>`',
      'const e = html`<p>no\u00a0break</p>`',
    ].join('\n')
    assert.equal(
      collapse(code),
      [
        "import {css, html} from 'lit'",
        "import {str} from '@lit/localize'",
        'const a = css`:host {',
        '  display: block }`',
        'const b = str`line',
        '  two ${1}`',
        'const c = `line',
        '  two`',
        'const d = html`<ul> ${[1].map((n) => html`<li> ${n} </li>`)} </ul>`',
        'const e = html`<p>no\u00a0break</p>`',
      ].join('\n'),
    )
  })

  it('drops the line break before a tag’s `>`, and only there: not in text, a value or a comment, nor before `/>`', () => {
    const code = [
      "import {html} from 'lit'",
      'const a = html`<button',
      '  title="a',
      '    > b"',
      '  @click=${f}',
      '>',
      '  1 <',
      '  2',
      '  >',
      '  3 <!-- c',
      '  > -->',
      '</button',
      '>`',
      'const b = html`<img alt=${x}',
      '  />`',
      "const c = html`<i data-x='y",
      "  >'",
      '  >${y}</i>`',
    ].join('\n')
    assert.equal(
      collapse(code),
      [
        "import {html} from 'lit'",
        'const a = html`<button title="a > b" @click=${f}> 1 < 2 > 3 <!-- c > --> </button>`',
        'const b = html`<img alt=${x} />`',
        "const c = html`<i data-x='y >'>${y}</i>`",
      ].join('\n'),
    )
  })

  it('leaves a module alone whose html is also declared by the module (a minifier reuses names)', () => {
    const code = [
      "import {html} from 'lit'",
      'const a = html`<p>',
      '  x</p>`',
      'function f({html}) {',
      '  return html`<p>',
      '    kept</p>`',
      '}',
    ].join('\n')
    assert.equal(collapse(code), undefined)
  })

  it('keeps a no-break space beside a line break', () => {
    const code = ["import {html} from 'lit'", 'const a = html`<p>a\u00a0', '  b</p>`'].join('\n')
    assert.equal(
      collapse(code),
      ["import {html} from 'lit'", 'const a = html`<p>a\u00a0 b</p>`'].join('\n'),
    )
  })
})
