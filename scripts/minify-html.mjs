/**
 * Collapses the indentation in Lit's `html` and `svg` templates: each run of white space that
 * holds a line break becomes one space. HTML renders such a run as one space anyway, outside
 * `<pre>`, `<textarea>` and `white-space: pre`, which no element uses; attribute lists do not care.
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
  if (!tags.size) return undefined
  for (const node of nodes(ast)) {
    if (node.type !== 'TaggedTemplateExpression') continue
    if (node.tag.type !== 'Identifier' || !tags.has(node.tag.name)) continue
    for (const quasi of node.quasi.quasis) {
      const raw = code.slice(quasi.start, quasi.end)
      const collapsed = raw.replace(/\s*\n\s*/g, ' ')
      if (collapsed !== raw) {
        magic.overwrite(quasi.start, quasi.end, collapsed)
        changed = true
      }
    }
  }
  return changed ? {code: magic.toString(), map: magic.generateMap({hires: true})} : undefined
}
