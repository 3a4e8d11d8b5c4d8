/**
 * Collapses the indentation in Lit's `html` and `svg` templates: each run of white space that
 * holds a line break becomes one space. HTML renders such a run as one space anyway, outside
 * `<pre>`, `<textarea>` and `white-space: pre`, which no element uses (and `:host` resets
 * `white-space`, which a page could otherwise pass in); attribute lists do not care.
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
    for (const quasi of node.quasi.quasis) {
      const raw = code.slice(quasi.start, quasi.end)
      // HTML's white space only: \s would also take a no-break space.
      const collapsed = raw.replace(/[ \t\r\f]*\n[ \t\n\r\f]*/g, ' ')
      if (collapsed !== raw) {
        magic.overwrite(quasi.start, quasi.end, collapsed)
        changed = true
      }
    }
  }
  return changed ? {code: magic.toString(), map: magic.generateMap({hires: true})} : undefined
}
