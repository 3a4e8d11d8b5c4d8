#!/usr/bin/env node
// Gives the relative imports in the emitted declarations (dist/**/*.d.ts) the `.js` extension that
// Node's ES module resolution needs (`./data/source` → `./data/source.js`): the sources import
// without one, for the bundler. `npm run build` runs it after tsgo; it fails on an import that
// names no declaration file.
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'

const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g
const unresolved = []
let changed = 0

for (const entry of readdirSync('dist', {recursive: true, withFileTypes: true})) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue
  const file = join(entry.parentPath, entry.name)
  const text = readFileSync(file, 'utf8')
  const fixed = text.replace(SPECIFIER, (match, before, quote, specifier) => {
    if (/\.(js|json)$/.test(specifier)) return match
    const base = resolve(dirname(file), specifier)
    if (existsSync(`${base}.d.ts`)) return `${before}${quote}${specifier}.js${quote}`
    if (existsSync(join(base, 'index.d.ts')))
      return `${before}${quote}${specifier}/index.js${quote}`
    unresolved.push(`${file}: ${specifier}`)
    return match
  })
  if (fixed !== text) {
    writeFileSync(file, fixed)
    changed++
  }
}

if (unresolved.length) {
  console.error(`fix-dts-imports: no declaration file for:\n  ${unresolved.join('\n  ')}`)
  process.exit(1)
}
console.log(`fix-dts-imports: ${changed} declaration files given .js imports`)
