#!/usr/bin/env node
// The WCAG contrast ratios of the themes in docs/theming.md: every CSS block there that starts
// with `/* contrast: <name> */` is read (its `--ijh-*: #rrggbb` declarations over the elements'
// defaults; a colour in another notation fails, since it would not be checked), the colours each element derives from the tokens are worked out as its styles do
// (including the wheel's `color-mix()`es), and each text/background and edge pair is checked
// against WCAG 2.1 AA: 4.5:1 for text, 3:1 for focus rings, borders and shapes (1.4.11).
//
//   node scripts/theme-contrast.mjs           prints the table
//   node scripts/theme-contrast.mjs --write   also puts it in docs/theming.md, between
//                                             <!-- contrast:start --> and <!-- contrast:end -->
// Exits 1 when a pair fails.
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const DOC = fileURLToPath(new URL('../docs/theming.md', import.meta.url))

/** The shared tokens' defaults (components/shared/shared.styles.ts). */
const DEFAULTS = {
  '--ijh-color-text': '#1d2327',
  '--ijh-color-text-muted': '#4a5560',
  '--ijh-color-surface': '#ffffff',
  '--ijh-color-surface-alt': '#f3f5f7',
  '--ijh-color-border': '#8a969f',
  '--ijh-color-accent': '#005a7a',
  '--ijh-color-accent-contrast': '#ffffff',
  '--ijh-color-focus': '#b3007d',
  '--ijh-color-danger': '#a4262c',
}

function rgb(hex) {
  const value = hex.replace('#', '')
  const full = value.length === 3 ? [...value].map((c) => c + c).join('') : value
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16))
}

function hex([r, g, b]) {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`
}

/** `color-mix(in srgb, a p%, b)`: the gamma-encoded channels interpolated. */
function mix(a, percent, b) {
  const [x, y] = [rgb(a), rgb(b)]
  return hex(x.map((c, i) => c * (percent / 100) + y[i] * (1 - percent / 100)))
}

function luminance(color) {
  const [r, g, b] = rgb(color).map((c) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrast(a, b) {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (l1 + 0.05) / (l2 + 0.05)
}

/** Every colour an element uses, from a theme's declarations over the defaults. */
function resolve(declared) {
  const v = {...DEFAULTS, ...declared}
  const get = (name, fallback) => v[name] ?? fallback
  const text = v['--ijh-color-text']
  const surface = v['--ijh-color-surface']
  const accent = v['--ijh-color-accent']
  const accentContrast = v['--ijh-color-accent-contrast']
  const area = get('--ijh-strategy-wheel-area-color', accent)
  return {
    text,
    muted: v['--ijh-color-text-muted'],
    surface,
    surfaceAlt: v['--ijh-color-surface-alt'],
    border: v['--ijh-color-border'],
    accent,
    accentContrast,
    focus: v['--ijh-color-focus'],
    danger: v['--ijh-color-danger'],
    finderAccent: get('--ijh-support-finder-accent', accent),
    finderAccentContrast: get('--ijh-support-finder-accent-contrast', accentContrast),
    finderCard: get('--ijh-support-finder-card-background', surface),
    finderBackground: get('--ijh-support-finder-background', surface),
    carouselAccent: get('--ijh-story-carousel-accent', accent),
    cardAccent: get('--ijh-focus-area-card-accent', accent),
    cardBackground: get('--ijh-focus-area-card-background', surface),
    finderPanel: get('--ijh-support-finder-panel-background', v['--ijh-color-surface-alt']),
    finderOpen: get('--ijh-support-finder-open-color', '#1e6b34'),
    finderUpcoming: get('--ijh-support-finder-upcoming-color', '#7a4b00'),
    area,
    areaText: get('--ijh-strategy-wheel-area-text', accentContrast),
    areaHover: get('--ijh-strategy-wheel-area-hover-color', mix(area, 82, '#000000')),
    value: get('--ijh-strategy-wheel-value-color', mix(accent, 12, surface)),
    valueText: get('--ijh-strategy-wheel-value-text', text),
    valueEdge: get('--ijh-strategy-wheel-value-edge-color', accent),
    goal: get('--ijh-strategy-wheel-goal-color', mix(accent, 62, '#000000')),
    goalText: get('--ijh-strategy-wheel-goal-text', accentContrast),
    selected: get('--ijh-strategy-wheel-selected-color', text),
    selectedText: get('--ijh-strategy-wheel-selected-text', surface),
    highlight: get('--ijh-strategy-wheel-highlight-color', '#ffe07a'),
    highlightText: get('--ijh-strategy-wheel-highlight-text', text),
    highlightEdge: get('--ijh-strategy-wheel-highlight-edge-color', text),
    core: get('--ijh-strategy-wheel-core-color', v['--ijh-color-surface-alt']),
    coreText: get('--ijh-strategy-wheel-core-text', text),
    gap: get('--ijh-strategy-wheel-gap-color', surface),
  }
}

/** What is checked: [label, foreground key, background key, minimum ratio]. */
const PAIRS = [
  ['text on surface', 'text', 'surface', 4.5],
  ['muted text on surface', 'muted', 'surface', 4.5],
  ['text on surface-alt (panels)', 'text', 'surfaceAlt', 4.5],
  ['muted text on surface-alt', 'muted', 'surfaceAlt', 4.5],
  ['links and outlined buttons on surface', 'accent', 'surface', 4.5],
  ['links on surface-alt (help box)', 'accent', 'surfaceAlt', 4.5],
  ['accent-contrast on accent (filled buttons)', 'accentContrast', 'accent', 4.5],
  ['focus ring on surface', 'focus', 'surface', 3],
  ['borders (search field) on surface', 'border', 'surface', 3],
  ['error edge on surface', 'danger', 'surface', 3],
  ['finder: selected chip text', 'finderAccentContrast', 'finderAccent', 4.5],
  ['finder: links and outlined buttons on a card', 'finderAccent', 'finderCard', 4.5],
  ['finder: links on its background', 'finderAccent', 'finderBackground', 4.5],
  ['finder: links on its panels (help box)', 'finderAccent', 'finderPanel', 4.5],
  ['card: link and markers on the card', 'cardAccent', 'cardBackground', 4.5],
  ['card: retry button text', 'accentContrast', 'cardAccent', 4.5],
  ['carousel: retry button text', 'accentContrast', 'carouselAccent', 4.5],
  ['carousel: previous and next buttons on surface', 'carouselAccent', 'surface', 4.5],
  ['finder: "open" status on a card', 'finderOpen', 'finderCard', 4.5],
  ['finder: "upcoming" status on a card', 'finderUpcoming', 'finderCard', 4.5],
  ['wheel: focus-area label', 'areaText', 'area', 4.5],
  ['wheel: hovered focus-area label', 'areaText', 'areaHover', 4.5],
  ['wheel: selected focus-area label', 'selectedText', 'selected', 4.5],
  ['wheel: value label', 'valueText', 'value', 4.5],
  ['wheel: goal label', 'goalText', 'goal', 4.5],
  ['wheel: highlighted (linked) label', 'highlightText', 'highlight', 4.5],
  ['wheel: year and vision', 'coreText', 'core', 4.5],
  ['wheel: focus-area edge against the gaps', 'area', 'gap', 3],
  ['wheel: selected edge against the gaps', 'selected', 'gap', 3],
  ['wheel: value edge against the gaps', 'valueEdge', 'gap', 3],
  ['wheel: goal edge against the gaps', 'goal', 'gap', 3],
  ['wheel: linked edge against the gaps', 'highlightEdge', 'gap', 3],
]

/** The themes in the document: `/* contrast: name *\/` blocks and their declarations. */
export function themesIn(markdown) {
  const themes = []
  for (const [, block] of markdown.matchAll(/```css\n([\s\S]*?)```/g)) {
    const name = /^\/\* contrast: (.+?) \*\//.exec(block.trim())?.[1]
    if (!name) continue
    const declared = {}
    const unread = []
    // A declaration ends at `;`, or at `}` when it is a rule's last.
    for (const [, property, value] of block.matchAll(/(--ijh-[a-z0-9-]+)\s*:\s*([^;}]+)/gi)) {
      const colour = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim())?.[0]
      if (colour) declared[property] = colour.toLowerCase()
      // A colour in another notation would be left out, and the defaults checked in its place.
      else if (/^--ijh-color-|-(color|background|accent|accent-contrast|text)$/.test(property)) {
        unread.push(`${property}: ${value.trim()}`)
      }
    }
    themes.push({name, declared, unread})
  }
  return themes
}

export function report(markdown) {
  const themes = [{name: 'Default', declared: {}, unread: []}, ...themesIn(markdown)]
  const resolved = themes.map((theme) => resolve(theme.declared))
  // Colours the script cannot read fail, rather than pass as the defaults.
  const unreadable = themes.flatMap((theme) =>
    theme.unread.map((declaration) => `${theme.name}: ${declaration} (write it as #rrggbb)`),
  )
  let failures = unreadable.length
  const rows = PAIRS.map(([label, fg, bg, minimum]) => {
    const cells = resolved.map((colours) => {
      const ratio = contrast(colours[fg], colours[bg])
      const ok = ratio >= minimum
      if (!ok) failures++
      return `${ratio.toFixed(2)} ${ok ? '✓' : '✗'}`
    })
    return `| ${label} | ${minimum}:1 | ${cells.join(' | ')} |`
  })
  const table = [
    `| pair | needs | ${themes.map((theme) => theme.name).join(' | ')} |`,
    `| --- | --- | ${themes.map(() => '---').join(' | ')} |`,
    ...rows,
  ].join('\n')
  return {table, failures, unreadable}
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]
if (isMain) {
  const markdown = readFileSync(DOC, 'utf8')
  const {table, failures, unreadable} = report(markdown)
  console.log(table)
  for (const line of unreadable) console.error(`theme-contrast: not a colour it can read: ${line}`)
  if (process.argv.includes('--write')) {
    const start = '<!-- contrast:start -->'
    const end = '<!-- contrast:end -->'
    const from = markdown.indexOf(start)
    const to = markdown.indexOf(end)
    if (from < 0 || to < from) throw new Error(`docs/theming.md has no ${start} … ${end}`)
    writeFileSync(
      DOC,
      `${markdown.slice(0, from + start.length)}\n\n${table}\n\n${markdown.slice(to)}`,
    )
  }
  if (failures) {
    console.error(`theme-contrast: ${failures} pair(s) below WCAG 2.1 AA`)
    process.exitCode = 1
  }
}
