#!/usr/bin/env node
// The package's custom elements manifest and editor support, made from custom-elements.json (the
// stock analyzer's, `npm run manifest`): the manifest the package ships, dist/custom-elements.json
// (made here, below), and from it, with the stock generators, VS Code custom data
// (vscode.html-custom-data.json, vscode.css-custom-data.json) and JetBrains web types
// (web-types.json), in the package root. `npm run build:dist` runs it, after Rollup has written
// dist/components/.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {posix} from 'node:path'
import {generateJetBrainsWebTypes} from 'custom-element-jet-brains-integration'
import {init as lexerReady, parse as parseModule} from 'es-module-lexer'
import {generateVsCodeCustomElementData} from 'custom-element-vs-code-integration'

if (!existsSync('dist/components/index.js')) {
  throw new Error('dist/components/ is not built: run Rollup first (`npm run build:dist`).')
}

/** The analyzer's manifest, of the TypeScript sources (Storybook and the docs read it as it is). */
const analyzed = JSON.parse(readFileSync('custom-elements.json', 'utf8'))

/** The base class has no tag; it documents attributes every element inherits. */
const exclude = ['IjhElement']

/**
 * A module reference as the analyzer writes it, as a source's path from the root: a path from the
 * root (`components/shared/ijh-element.ts`, or `/components/shared/ijh-element`), or an import
 * specifier relative to the module that refers to it (`./config/config`, `../strategy-wheel/…`).
 */
function sourcePath(reference, from) {
  const path = /^\.\.?\//.test(reference)
    ? posix.join(posix.dirname(from), reference)
    : posix.normalize(reference.replace(/^\/+/, ''))
  return `${path.replace(/\.[cm]?[jt]s$/, '')}.ts`
}

/**
 * The module the package ships for a source (`components/X.ts` → `dist/components/X.js`), or
 * undefined when there is none: the source is bundled into a chunk of the modules that import it.
 */
function shippedModule(path) {
  const module = path.replace(/^components\/(.+)\.ts$/, 'dist/components/$1.js')
  return module !== path && existsSync(module) ? module : undefined
}

await lexerReady
const exportsByModule = new Map()

/**
 * The names a shipped module exports, read from the built file: a type the source exports (the
 * analyzer lists `CardVariant` as one) is not there.
 */
function exportedBy(path) {
  if (!exportsByModule.has(path)) {
    const [, exports] = parseModule(readFileSync(path, 'utf8'))
    exportsByModule.set(path, new Set(exports.map((entry) => entry.n)))
  }
  return exportsByModule.get(path)
}

/**
 * A copy of a part of the manifest whose every `module` names the shipped module. A reference to a
 * source that is bundled into a chunk (components/shared/ijh-element.ts, say) loses its `module`
 * rather than name a path that is not in the package: the schema allows a reference without one,
 * its `name` still says what is meant, and an element's inherited members are written out in its
 * own declaration. A reference into another package (`package`: 'lit') is left as it is.
 */
function withShippedModules(value, from) {
  if (Array.isArray(value)) return value.map((item) => withShippedModules(item, from))
  if (value === null || typeof value !== 'object') return value
  const copy = {}
  for (const [key, item] of Object.entries(value)) {
    if (key === 'module' && typeof item === 'string' && value.package === undefined) {
      const module = shippedModule(sourcePath(item, from))
      // Only where the module exports the name: the analyzer says that a class extending a global
      // (`Event`) extends one of its own module, and refers to types.
      if (module && exportedBy(module).has(value.name)) copy.module = module
    } else {
      copy[key] = withShippedModules(item, from)
    }
  }
  return copy
}

/**
 * The elements register their tags through `defineElement()` (components/shared/define.ts), which
 * the stock analyzer does not read as a definition; their JSDoc `@tag` gives the tag. Each tagged
 * class is given the definition export that says which module defines it, so that tools (an IDE,
 * a JSX type generator) can import it.
 */
function definitions(module) {
  const defined = new Set(
    (module.exports ?? [])
      .filter((entry) => entry.kind === 'custom-element-definition')
      .map((entry) => entry.name),
  )
  return (module.declarations ?? [])
    .filter((declaration) => declaration.tagName && !exclude.includes(declaration.name))
    .filter((declaration) => !defined.has(declaration.tagName))
    .map((declaration) => ({
      kind: 'custom-element-definition',
      name: declaration.tagName,
      declaration: {name: declaration.name, module: module.path},
    }))
}

/**
 * The package's manifest: the analyzer's, with only the modules the package ships as modules of
 * their own (the element entries, index, loader, react), each named by its built module, its
 * references likewise, and the definition exports.
 */
const manifest = {
  ...analyzed,
  modules: analyzed.modules.flatMap((module) => {
    const path = shippedModule(module.path)
    if (!path) return []
    const shipped = {...withShippedModules(module, module.path), path}
    // The module's JavaScript exports, without the types it exports to TypeScript.
    const exports = (shipped.exports ?? []).filter(
      (entry) => entry.kind !== 'js' || exportedBy(path).has(entry.name),
    )
    return [{...shipped, exports: [...exports, ...definitions(shipped)]}]
  }),
}
writeFileSync('dist/custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`)

generateVsCodeCustomElementData(manifest, {
  outdir: '.',
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  descriptionSrc: 'summary',
  exclude,
  hideLogs: true,
})

/** The elements that document each CSS property and part with each description. */
const owners = new Map()
for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
  if (!declaration.tagName) continue
  const documented = [
    ...(declaration.cssProperties ?? []).map(({name, description}) => [name, description]),
    ...(declaration.cssParts ?? []).map(({name, description}) => [`part(${name})`, description]),
  ]
  for (const [name, description] of documented) {
    const key = `${name}\u0000${description ?? ''}`
    owners.set(key, [...(owners.get(key) ?? []), declaration.tagName])
  }
}

/**
 * Each name once. Every element inherits the shared tokens (`--ijh-color-*`) from IjhElement, and
 * several elements have a part of one name (`::part(title)`): the CSS lists name properties and
 * parts, not elements, so a name is listed once. Where the elements describe it differently, each
 * description is kept, in a paragraph of its own that names its elements.
 */
function once(entries) {
  const byName = new Map()
  for (const entry of entries) {
    const descriptions = byName.get(entry.name)?.descriptions ?? new Set()
    if (entry.description) descriptions.add(entry.description)
    byName.set(entry.name, {entry: byName.get(entry.name)?.entry ?? entry, descriptions})
  }
  return [...byName.values()].map(({entry, descriptions}) => {
    if (descriptions.size < 2) return entry
    const bare = entry.name.replace(/^::/, '')
    const described = [...descriptions].map((description) => {
      const tags = owners.get(`${bare}\u0000${description}`) ?? []
      return `${tags.map((tag) => `\`${tag}\``).join(', ')}: ${description}`
    })
    return {...entry, description: described.join('\n\n')}
  })
}

const cssData = JSON.parse(readFileSync('vscode.css-custom-data.json', 'utf8'))
cssData.properties = once(cssData.properties)
cssData.pseudoElements = once(cssData.pseudoElements)
writeFileSync('vscode.css-custom-data.json', `${JSON.stringify(cssData, null, 2)}\n`)

generateJetBrainsWebTypes(manifest, {
  outdir: '.',
  webTypesFileName: 'web-types.json',
  descriptionSrc: 'summary',
  exclude,
  hideLogs: true,
  // The definitions name the shipped modules from the package root.
  modulePathTemplate: (_name, modulePath) => `./${modulePath}`,
})

const webTypes = JSON.parse(readFileSync('web-types.json', 'utf8'))
const css = webTypes.contributions.css
css.properties = once(css.properties)
css['pseudo-elements'] = once(css['pseudo-elements'])
writeFileSync('web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`)
