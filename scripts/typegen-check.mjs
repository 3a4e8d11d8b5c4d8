#!/usr/bin/env node
// Fails when the committed schema extract or TypeGen types are out of date with the schema and
// the queries. Regenerates both (`npm run typegen`), compares, and restores the committed files.
import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'

const FILES = ['sanity-plugin/schema-extract.json', 'components/data/sanity.types.ts']
const committed = new Map(FILES.map((file) => [file, readFileSync(file, 'utf8')]))

try {
  execFileSync('npm', ['run', '--silent', 'typegen'], {stdio: ['ignore', 'ignore', 'inherit']})
} catch (error) {
  for (const [file, text] of committed) writeFileSync(file, text)
  console.error(`typegen-check: \`npm run typegen\` failed: ${error.message}`)
  process.exit(1)
}

const stale = FILES.filter((file) => readFileSync(file, 'utf8') !== committed.get(file))
for (const [file, text] of committed) writeFileSync(file, text)
if (stale.length) {
  console.error(
    `typegen-check: out of date: ${stale.join(', ')}.\nRun \`npm run typegen\` and commit the result.`,
  )
  process.exit(1)
}
console.log('typegen-check: schema.json and sanity.types.ts are up to date')
