/**
 * The browsers the elements support (README "Browser support"): those of package.json's
 * `browserslist`, `baseline <year>`, that is, every browser that has every web feature Baseline
 * in that year. Three tools hold the elements to it:
 *
 * - the JavaScript APIs in the sources: eslint-plugin-compat, in `npm run lint`;
 * - the built JavaScript's syntax and language features: es-check, in `npm run test:package`;
 * - the CSS: this test. @eslint/css's `use-baseline` rule reads every `css` literal in
 *   components/ and components/reserve.css, and allows only the progressive enhancements below,
 *   each with what a browser without it shows.
 *
 * This test also checks that the other two are set up, and that each fails on a feature the
 * browsers lack.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {globSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, it} from 'node:test'
import css from '@eslint/css'
import {ESLint, type Linter} from 'eslint'

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  browserslist?: string[]
  scripts: Record<string, string>
}

/** Per option of the rule, the names it allows, each with why. */
type Allowances = Record<string, Record<string, string>>

/**
 * What each allowed feature does, and why a supported browser without it, or with part of it,
 * still shows the elements as they should be (README "Browser support").
 */
const ENHANCEMENTS = {
  allowProperties: {
    // Deprecated, and in every browser: the usual pattern for the visually hidden texts.
    clip: 'shared.styles.ts, support-finder.styles.ts: hides the visually hidden texts',
    // Safari does not adjust it for contrast; the accent has enough (theme-contrast.test.ts).
    'accent-color': "support-finder.styles.ts: the check boxes' colour",
    // Safari, and Firefox before 137, lack it: they hyphenate short words too (`hyphens: auto`).
    'hyphenate-limit-chars': "focus-area-card.styles.ts: only long words' hyphenation",
  },
  allowSelectors: {
    // Safari supports only a marker's colour and size, and colour is all the card sets.
    marker: "focus-area-card.styles.ts: the actions' bullets in the accent colour",
  },
} satisfies Allowances

/** The CSS of every `css` literal in the elements' modules, and of reserve.css, by file. */
function stylesheets(): [file: string, css: string][] {
  const modules = globSync('components/**/*.ts').filter((file) => !file.includes('/generated/'))
  return [
    ...modules.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bcss`([^`]*)`/g)].map((match): [string, string] => [
        file,
        match[1],
      ]),
    ),
    ['components/reserve.css', readFileSync('components/reserve.css', 'utf8')],
  ]
}

/** The Baseline year the package supports, from package.json's `browserslist`. */
function baselineYear(): number {
  const query = pkg.browserslist?.join(', ') ?? ''
  const year = /^baseline (\d{4})$/.exec(query)?.[1]
  assert.ok(year, `package.json's browserslist is "baseline <year>", not "${query}"`)
  return Number(year)
}

async function problems(allowed: Allowances): Promise<string[]> {
  const options = Object.fromEntries(
    Object.entries(allowed).map(([key, names]) => [key, Object.keys(names)]),
  )
  const config: Linter.Config[] = [
    {
      files: ['**/*.css'],
      plugins: {css},
      language: 'css/css',
      rules: {'css/use-baseline': ['error', {available: baselineYear(), ...options}]},
    },
  ]
  const eslint = new ESLint({overrideConfigFile: true, overrideConfig: config})
  const found: string[] = []
  for (const [file, text] of stylesheets()) {
    const [result] = await eslint.lintText(text, {filePath: 'styles.css'})
    for (const message of result?.messages ?? []) {
      found.push(`${file} (its CSS's line ${message.line}): ${message.message}`)
    }
  }
  return found
}

describe('browser support', () => {
  it('says which browsers in package.json, as a Baseline year', () => {
    assert.ok(baselineYear() >= 2023)
  })

  it('the CSS uses only features Baseline in that year, and the listed enhancements', async () => {
    const read = new Set(stylesheets().map(([file]) => file))
    for (const file of globSync('components/**/*.styles.ts')) assert.ok(read.has(file), file)
    assert.deepEqual(await problems(ENHANCEMENTS), [])
  })

  it('each listed enhancement is used, and is not Baseline in that year', async () => {
    // Without its allowance each one is reported: the list holds only what it must, and the rule
    // does report what is not Baseline.
    for (const [key, names] of Object.entries(ENHANCEMENTS)) {
      for (const name of Object.keys(names)) {
        const {[name]: _, ...others} = names as Record<string, string>
        const found = await problems({...ENHANCEMENTS, [key]: others})
        assert.ok(
          found.some((problem) => problem.includes(`'${name}'`)),
          `${name} is reported without its allowance`,
        )
      }
    }
  })

  it('lints the sources with eslint-plugin-compat, which flags a browser API they lack', async () => {
    // The project's own ESLint configuration, as `npm run lint` runs it.
    const eslint = new ESLint()
    const [result] = await eslint.lintText('requestIdleCallback(() => {})\n', {
      filePath: 'components/shared/probe.ts',
    })
    const compat = result?.messages.filter((message) => message.ruleId === 'compat/compat')
    assert.match(compat?.[0]?.message ?? '', /requestIdleCallback.*Safari 17\.2/)
  })

  it('runs es-check over the built modules, which fails on a language feature they lack', () => {
    const script = pkg.scripts['test:package'] ?? ''
    const flags = ['--module', '--checkFeatures']
    assert.match(script, /es-check checkBrowser "dist\/cdn\/\*\*\/\*\.js"/)
    for (const flag of flags) assert.ok(script.includes(` ${flag}`), `test:package runs it ${flag}`)
    // Run here, in the project, as the script is: browserslist reads package.json from here.
    const dir = mkdtempSync(join(tmpdir(), 'ijh-es-check-'))
    const check = (code: string) => {
      writeFileSync(join(dir, 'probe.js'), code)
      const args = ['checkBrowser', join(dir, 'probe.js'), ...flags]
      return spawnSync(process.execPath, ['node_modules/es-check/lib/cli/index.js', ...args], {
        encoding: 'utf8',
      })
    }
    try {
      assert.equal(check('export const last = [1, 2].at(-1)\n').status, 0, 'Array.at is in 2023')
      const lacking = check('export const {promise} = Promise.withResolvers()\n')
      assert.equal(lacking.status, 1)
      assert.match(lacking.stdout + lacking.stderr, /PromiseWithResolvers.*safari 17\.2/)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})
