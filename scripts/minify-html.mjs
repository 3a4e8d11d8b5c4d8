/**
 * Collapses the indentation in Lit's `html` and `svg` templates: each run of white space that
 * holds a line break becomes one space, as HTML renders it anyway outside `<pre>`, `<textarea>`
 * and `white-space: pre`, which no element uses (and `:host` resets `white-space`, which a page
 * could otherwise pass in); attribute lists do not care. Before the `>` that ends a tag, where
 * HTML ignores it, the run goes altogether.
 * esbuild's minifier keeps template literals as written. The CDN build only (rollup.config.mjs).
 */
import MagicString from 'magic-string'

const TAGS = new Set(['html', 'svg'])

/** Every node of an ESTree AST, depth first. */
function* nodes(node) {
  if (!node || typeof node.type !== 'string') return
  yield node
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue
    if (Array.isArray(value)) {
      for (const child of value) yield* nodes(child)
    } else if (value && typeof value === 'object') {
      yield* nodes(value)
    }
  }
}

/** The names a binding pattern declares. */
function* patternNames(pattern) {
  if (!pattern) return
  switch (pattern.type) {
    case 'Identifier':
      yield pattern.name
      break
    case 'AssignmentPattern':
      yield* patternNames(pattern.left)
      break
    case 'RestElement':
      yield* patternNames(pattern.argument)
      break
    case 'ArrayPattern':
      for (const element of pattern.elements) yield* patternNames(element)
      break
    case 'ObjectPattern':
      for (const property of pattern.properties) {
        yield* patternNames(property.type === 'RestElement' ? property : property.value)
      }
      break
  }
}

/** Every name the module declares other than by import: variables, functions, classes, params. */
function declaredNames(ast) {
  const names = new Set()
  for (const node of nodes(ast)) {
    if (node.type === 'VariableDeclarator')
      for (const name of patternNames(node.id)) names.add(name)
    if (/^(Function|Class)(Declaration|Expression)$/.test(node.type) && node.id) {
      names.add(node.id.name)
    }
    if (/Function/.test(node.type)) {
      for (const param of node.params ?? []) for (const name of patternNames(param)) names.add(name)
    }
    if (node.type === 'CatchClause') for (const name of patternNames(node.param)) names.add(name)
  }
  return names
}

/** A run of HTML's white space with a line break (\s would also take a no-break space). */
const BREAK = /[ \t\r\f]*\n[ \t\n\r\f]*/y

/**
 * One piece of a template's markup, collapsed: each run of white space with a line break becomes
 * one space, or nothing when it ends a start or end tag (`…\n  >`), where HTML ignores it. Not
 * before `/>`: after an unquoted value (`alt=${x} />`) the slash would join the value. `state`
 * says where the piece begins (in text, a tag, a quoted value or a comment); returns the piece and
 * where it ends.
 */
function collapseQuasi(raw, state) {
  let out = ''
  let at = 0
  while (at < raw.length) {
    BREAK.lastIndex = at
    const run = BREAK.exec(raw)
    if (run) {
      at += run[0].length
      if (!(state === 'tag' && raw[at] === '>')) out += ' '
      continue
    }
    const char = raw[at]
    if (state === 'text' && char === '<') {
      if (raw.startsWith('<!--', at)) state = 'comment'
      else if (/[a-z/]/i.test(raw[at + 1] ?? '')) state = 'tag'
    } else if (state === 'tag') {
      if (char === '"' || char === "'") state = char
      else if (char === '>') state = 'text'
    } else if (state === char) {
      state = 'tag'
    } else if (state === 'comment' && raw.startsWith('-->', at)) {
      out += '-->'
      at += 3
      state = 'text'
      continue
    }
    out += char
    at++
  }
  return [out, state]
}

/**
 * The module with the indentation of its templates tagged with Lit's `html` and `svg` (imported
 * from `lit` or `lit-html`) collapsed, or `undefined` when it has none. `ast` is the module's
 * ESTree AST (rollup's `this.parse`).
 */
export function collapseTemplateWhitespace(code, ast) {
  const magic = new MagicString(code)
  let changed = false
  // The names the module gave Lit's html and svg (a minifier may have renamed them).
  const tags = new Set()
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !/^lit(-html)?(\/|$)/.test(node.source.value)) continue
    for (const specifier of node.specifiers) {
      if (specifier.type === 'ImportSpecifier' && TAGS.has(specifier.imported.name)) {
        tags.add(specifier.local.name)
      }
    }
  }
  // A name also declared elsewhere in the module (a minifier reuses short names) is not Lit's.
  for (const name of declaredNames(ast)) tags.delete(name)
  if (!tags.size) return undefined
  for (const node of nodes(ast)) {
    if (node.type !== 'TaggedTemplateExpression') continue
    if (node.tag.type !== 'Identifier' || !tags.has(node.tag.name)) continue
    // Where the template is, read in order across its expressions.
    let state = 'text'
    for (const quasi of node.quasi.quasis) {
      const raw = code.slice(quasi.start, quasi.end)
      const [collapsed, after] = collapseQuasi(raw, state)
      state = after
      if (collapsed !== raw) {
        magic.overwrite(quasi.start, quasi.end, collapsed)
        changed = true
      }
    }
  }
  return changed ? {code: magic.toString(), map: magic.generateMap({hires: true})} : undefined
}
