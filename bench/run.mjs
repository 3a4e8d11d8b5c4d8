#!/usr/bin/env node
// `npm run bench`: sizes beside peers, the support finder at scale, time to first render and the
// demo page's requests, measured in one run, printed as tables and written to bench/RESULTS.md.
// Measures only: nothing here fails on a time or a size.
//
// Options: --quick (fewer runs, for trying the bench out; not for RESULTS.md), --no-write.
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import * as esbuild from 'esbuild'
import {BENCH, ROOT, launchBrowser, machine} from './lib.mjs'

const args = new Set(process.argv.slice(2))
const quick = args.has('--quick')

if (!existsSync(join(BENCH, 'node_modules'))) {
  console.log('bench: installing the comparison peers (npm ci --prefix bench)…')
  execFileSync('npm', ['ci', '--prefix', 'bench', '--no-audit', '--no-fund'], {
    cwd: ROOT,
    stdio: 'inherit',
  })
}
console.log('bench: npm run generate…')
execFileSync('npm', ['run', '--silent', 'generate'], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
})

// Imported after generate: the bundled content modules must exist.
const {sizes} = await import('./sizes.mjs')
const {finder} = await import('./finder.mjs')
const {render} = await import('./render.mjs')
const {requests} = await import('./requests.mjs')

const where = machine()
const browser = await launchBrowser()
const measuredOn =
  `Measured by \`npm run bench\`${quick ? ' --quick' : ''} on ${where.date}: ${where.cpu}, ` +
  `${where.memory}, ${where.platform}, Node ${where.node}, Chromium ${browser.version()}, ` +
  `esbuild ${esbuild.version}; load average at the start ${where.load}. Times depend on the ` +
  'machine and on what else runs on it; compare rows within one run, not across runs.'
console.log(`\n${measuredOn}\n`)

const out = mkdtempSync(join(tmpdir(), 'ijh-bench-'))
const sections = []
const print = (section, number) => {
  const text = [
    `## ${number}. ${section.title}`,
    '',
    section.intro,
    '',
    section.table,
    ...(section.byChange ? ['', section.byChange] : []),
    ...(section.extra ? ['', section.extra] : []),
    ...(section.verdict ? ['', `**${section.verdict}**`] : []),
  ].join('\n')
  sections.push(text)
  console.log(`${text}\n`)
}

try {
  print(await sizes(), 1)
  print(await finder({browser, out, runs: quick ? 10 : 30, warmup: quick ? 2 : 5}), 2)
  print(await render({browser, out, loads: quick ? 3 : 10}), 3)
  print(await requests({browser, out}), 4)
} finally {
  await browser.close()
  rmSync(out, {recursive: true, force: true})
}

const loadAtEnd = machine().load
console.log(`bench: load average at the end ${loadAtEnd}`)
if (!args.has('--no-write')) {
  writeFileSync(
    join(BENCH, 'RESULTS.md'),
    `${['# Benchmark results', measuredOn.replace('. Times depend', `, at the end ${loadAtEnd}. Times depend`), ...sections].join('\n\n')}\n`,
  )
  console.log('bench: written to bench/RESULTS.md')
}
