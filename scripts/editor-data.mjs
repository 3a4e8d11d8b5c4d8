#!/usr/bin/env node
// Editor support, made from custom-elements.json (`npm run manifest`) with the stock generators:
// VS Code custom data (vscode.html-custom-data.json, vscode.css-custom-data.json) and JetBrains
// web types (web-types.json), in the package root. `npm run build` runs it.
import {readFileSync, writeFileSync} from 'node:fs'
import {generateJetBrainsWebTypes} from 'custom-element-jet-brains-integration'
import {generateVsCodeCustomElementData} from 'custom-element-vs-code-integration'

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'))

/** The base class has no tag; it documents attributes every element inherits. */
const exclude = ['IjhElement']

/**
 * The elements register their tags through `defineElement()` (components/shared/define.ts), which
 * the stock analyzer does not read as a definition; their JSDoc `@tag` gives the tag. For the
 * JetBrains data only (the manifest is left as the analyzer wrote it), each tagged class is given
 * the definition export that says which module defines it, so that the IDE can import it.
 */
const withDefinitions = {
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    exports: [
      ...(module.exports ?? []),
      ...(module.declarations ?? [])
        .filter((declaration) => declaration.tagName && !exclude.includes(declaration.name))
        .map((declaration) => ({
          kind: 'custom-element-definition',
          name: declaration.tagName,
          declaration: {name: declaration.name, module: module.path},
        })),
    ],
  })),
}

generateVsCodeCustomElementData(manifest, {
  outdir: '.',
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  descriptionSrc: 'summary',
  exclude,
  hideLogs: true,
})

// Every element inherits the shared tokens (`--ijh-color-*`) from IjhElement: once is enough for
// the CSS data, which lists properties, not elements.
const cssData = JSON.parse(readFileSync('vscode.css-custom-data.json', 'utf8'))
const seen = new Set()
cssData.properties = cssData.properties.filter(
  (property) => !seen.has(property.name) && seen.add(property.name),
)
writeFileSync('vscode.css-custom-data.json', `${JSON.stringify(cssData, null, 2)}\n`)

generateJetBrainsWebTypes(withDefinitions, {
  outdir: '.',
  webTypesFileName: 'web-types.json',
  descriptionSrc: 'summary',
  exclude,
  hideLogs: true,
  // The manifest names the TypeScript sources; the package ships the built modules.
  modulePathTemplate: (_name, modulePath) => `./dist/${modulePath.replace(/\.ts$/, '.js')}`,
})
