/**
 * The build writes Lit's decorators out as plain JavaScript (scripts/lit-decorators.mjs). Whether
 * the built elements behave as the sources do is checked in a browser in package.test.ts; these
 * tests check the rewrite itself.
 */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, it} from 'node:test'
import ts from 'typescript'
import {
  defaultAttributesDropped,
  otherDecoratorsApart,
  writeOutLitDecorators,
} from '../../scripts/lit-decorators.mjs'
import {ROOT} from '../../scripts/sizes'

const DECORATED = [
  'shared/ijh-element',
  'config/config',
  'focus-area-card/focus-area-card',
  'strategy-wheel/strategy-wheel',
  'support-finder/support-finder',
  'story-carousel/story-carousel',
]

const writeOut = (path: string) => {
  const id = join(ROOT, 'components', `${path}.ts`)
  return writeOutLitDecorators(readFileSync(id, 'utf8'), id, ROOT)
}

/** `code` transformed by one of the build's own passes, printed. */
function transformed(code: string, pass: ts.TransformerFactory<ts.SourceFile>): string {
  const file = ts.createSourceFile('x.ts', code, ts.ScriptTarget.ES2022, true)
  const result = ts.transform(file, [pass])
  return ts.createPrinter().printFile(result.transformed[0]!)
}

/** `code` with the other decorators moved apart, printed. */
const apart = (code: string) => transformed(code, otherDecoratorsApart)

/** The decorators left in JavaScript code. */
function decorators(code: string): string[] {
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isDecorator(node)) found.push(node.getText())
    ts.forEachChild(node, visit)
  }
  visit(ts.createSourceFile('x.js', code, ts.ScriptTarget.ES2022, true))
  return found
}

describe('Lit’s decorators written out (the build)', () => {
  for (const path of DECORATED) {
    it(`${path}: no decorator left, its reactive properties declared statically`, () => {
      const out = writeOut(path)
      assert.ok(out, path)
      assert.deepEqual(decorators(out.code), [])
      assert.doesNotMatch(out.code, /lit\/decorators/)
      assert.doesNotMatch(out.code, /__decorate/)
      assert.match(out.code, /this\.properties = \{/)
      // The source map leads back to the source as written, decorators and all.
      assert.match(out.map.sourcesContent?.[0] ?? '', /@property\(|@state\(/)
    })
  }

  it('keeps @consume, applied after the class to the field that @state makes reactive', () => {
    const out = writeOut('shared/ijh-element')!.code
    assert.match(
      out,
      /\}\nconsume\(\{ context: dataSourceContext, subscribe: true \}\)\(IjhElement\.prototype, "contextSource"\);/,
    )
    assert.match(out, /contextSource: \{ state: true \}/)
  })

  it('leaves out the attribute names that are Lit’s default, the field’s name in lower case', () => {
    const out = transformed(
      [
        "import {property as prop} from 'lit/decorators.js'",
        "import {property} from './other'",
        'class C extends LitElement {',
        "  @prop({attribute: 'label'}) label?: string",
        "  @prop({type: Number, attribute: 'limit', reflect: true}) limit?: number",
        "  @prop({attribute: 'focus-area'}) focusArea?: string",
        "  @prop({attribute: 'hreftemplate'}) hrefTemplate?: string",
        "  @prop({attribute: 'other'}) label2?: string",
        '  @prop({attribute: false}) data?: object',
        "  @property({attribute: 'x'}) x?: string",
        '}',
      ].join('\n'),
      defaultAttributesDropped,
    )
    assert.match(out, /@prop\(\{\}\)\n\s*label\?: string;/)
    assert.match(out, /@prop\(\{ type: Number, reflect: true \}\)\n\s*limit\?: number;/)
    assert.match(out, /@prop\(\{ attribute: 'focus-area' \}\)/)
    assert.match(out, /@prop\(\{\}\)\n\s*hrefTemplate\?: string;/)
    assert.match(out, /@prop\(\{ attribute: 'other' \}\)/)
    assert.match(out, /@prop\(\{ attribute: false \}\)/)
    // Not Lit's decorator: left as it is.
    assert.match(out, /@property\(\{ attribute: 'x' \}\)/)
  })

  it('gives the built carousel Lit’s default attribute names, and keeps the others', () => {
    const out = writeOut('story-carousel/story-carousel')!.code
    assert.match(out, /\blimit: \{\},/)
    assert.match(out, /autoplay: \{ type: Boolean, converter: flag \}/)
    assert.match(out, /focusArea: \{ attribute: 'focus-area' \}/)
  })

  it('leaves a module without Lit’s decorators to the next step', () => {
    const id = join(ROOT, 'components', 'shared', 'define.ts')
    assert.equal(writeOutLitDecorators(readFileSync(id, 'utf8'), id, ROOT), undefined)
  })

  it('refuses a module that an earlier step changed', () => {
    const id = join(ROOT, 'components', 'config', 'config.ts')
    assert.throws(
      () => writeOutLitDecorators(readFileSync(id, 'utf8') + '\n', id, ROOT),
      /changed before its decorators were written out/,
    )
  })

  it('moves other decorators off a field with Lit’s, last first, on the prototype or the class', () => {
    const out = apart(
      [
        "import {state} from 'lit/decorators.js'",
        "import {a, b} from './x'",
        'class C extends LitElement {',
        '  @a() @b(1) @state() x?: string',
        '  @a() @state() static y = 1',
        '  @state() @a() z = 2',
        '  @a() alone?: string',
        '}',
      ].join('\n'),
    )
    assert.match(out, /@state\(\)\n\s*x\?: string;/)
    assert.match(out, /@state\(\)\n\s*static y = 1;/)
    assert.match(out, /@state\(\)\n\s*z = 2;/)
    assert.match(out, /@a\(\)\n\s*alone\?: string;/)
    assert.match(
      out,
      /\}\nb\(1\)\(C\.prototype, "x"\);\na\(\)\(C\.prototype, "x"\);\na\(\)\(C, "y"\);\na\(\)\(C\.prototype, "z"\);\n$/,
    )
  })

  it('stops where both kinds sit in a class it cannot rewrite: an expression, a nested class', () => {
    for (const code of [
      'const C = class extends LitElement { @a() @state() x?: string }',
      'function mixin() { class C extends LitElement { @a() @state() x?: string } return C }',
    ]) {
      assert.throws(
        () => apart(`import {state} from 'lit/decorators.js'\n${code}`),
        /x\.ts:2: .*only in a named class at the top of the module/,
        code,
      )
    }
  })

  it('stops where written-out initializers would run in another order, and only there', () => {
    const check = (body: string) => () =>
      apart(
        `import {eventOptions, property, query, state} from 'lit/decorators.js'\nclass C extends LitElement {\n${body}\n}`,
      )
    assert.throws(
      check("  @property() mode = 'a'\n  constructor() { super(); this.mode = 'b' }"),
      /x\.ts:4: a class with Lit's decorators has a constructor of its own/,
    )
    assert.throws(
      check('  @state() private level = 2\n  private label = `h${this.level}`'),
      /x\.ts:4: this field's initializer reads this\.level, a reactive property/,
    )
    assert.throws(
      check('  @state() private level = 2\n  private heading = new Heading(this, this.level)'),
      /reads this\.level/,
    )
    // Read later, in functions, or not a reactive property: as the elements do.
    assert.doesNotThrow(
      check(
        [
          '  @state() private level = 2',
          '  private label = () => `h${this.level}`',
          '  private controller = new Controller(this, {level: () => this.level})',
          '  private other = this.notReactive',
          '  private onEvent = function (this: C) { return this.level }',
        ].join('\n'),
      ),
    )
    // A class without Lit's decorators is not Lit's transformer's business.
    assert.doesNotThrow(() => apart('class D { constructor() {} x = this.y; y = 1 }'))
    // Nor are initializers that Lit's transformer leaves where they are: a method's or a query's
    // reads, a constructor beside fields without initializers, static fields.
    assert.doesNotThrow(
      check(
        [
          '  @property() mode?: string',
          '  @query("#x") box?: HTMLElement',
          '  @eventOptions({passive: true}) onScroll() {}',
          '  private listener = this.onScroll.bind(this)',
          '  private first = this.box',
          '  static label = this.name',
          '  constructor() { super() }',
        ].join('\n'),
      ),
    )
    // Lit's names, however they are imported.
    assert.throws(
      () =>
        apart(
          "import {state as s} from 'lit/decorators.js'\nclass C extends LitElement {\n  @s() level = 2\n  label = this.level\n}",
        ),
      /reads this\.level/,
    )
  })

  it('stops where a member other than a field has both kinds', () => {
    assert.throws(
      () =>
        apart(
          [
            "import {property} from 'lit/decorators.js'",
            'class C extends LitElement {',
            '  @a() @property() get x() { return 1 }',
            '}',
          ].join('\n'),
        ),
      /x\.ts:3: Lit's decorators and others on one member are written out only on a field/,
    )
  })
})
