/**
 * The strategy wheel's geometry, as pure functions: rings and their sectors as SVG path data, and
 * where each label goes, wrapped or shortened so that it stays inside its own sector (so labels
 * never overlap). Nothing here knows how many focus areas, values or goals a strategy has.
 *
 * Conventions: lengths are in the SVG's user units (the wheel is drawn in a `size` × `size`
 * viewBox, 1000 by default), angles in degrees, 0 at 12 o'clock, growing clockwise.
 */

export interface Point {
  x: number
  y: number
}

/** One sector of a ring: from `start` to `end` degrees, between two radii. */
export interface Sector {
  cx: number
  cy: number
  inner: number
  outer: number
  start: number
  end: number
}

/** A ring's radii. */
export interface Ring {
  inner: number
  outer: number
}

/** How wide a text is, in user units, at a font size (also in user units). */
export type Measure = (text: string, fontSize: number) => number

/** A line of a horizontal label: `x`, `y` are its centre (`text-anchor: middle`, `dominant-baseline: central`). */
export interface LabelLine {
  text: string
  x: number
  y: number
  width: number
}

/** A horizontal label placed in a sector or in the centre circle. */
export interface BoxLabel {
  fontSize: number
  lineHeight: number
  lines: LabelLine[]
  /** Whether the text had to be shortened (with an ellipsis). */
  shortened: boolean
}

/** A line of a label that follows a ring: drawn with `<textPath>` on `path`, centred. */
export interface ArcLine {
  text: string
  radius: number
  /** The arc the line is written along (start to end in reading direction). */
  path: string
  width: number
}

/** A label written along a ring. */
export interface ArcLabel {
  fontSize: number
  lines: ArcLine[]
  /** Written counter-clockwise, so that it reads left to right in the lower half of the wheel. */
  flipped: boolean
  shortened: boolean
}

export interface LabelOptions {
  /** Font sizes to try, largest first; the first at which the whole text fits wins. */
  fontSizes: readonly number[]
  /** Line spacing as a multiple of the font size. */
  lineHeight?: number
  maxLines: number
  /** The width of the gap between neighbouring sectors (half of it is on each side). */
  gap?: number
  /** Space kept between the text and its sector's edges. */
  padding?: number
  measure?: Measure
  /** When false, a text that does not fit gives `null` rather than a shortened label. */
  shorten?: boolean
  /** The text is Swedish: how its words may be broken (`hyphenate`). */
  swedish?: boolean
}

const ELLIPSIS = '…'
const EPSILON = 1e-9

const toRadians = (degrees: number) => (degrees * Math.PI) / 180
const toDegrees = (radians: number) => (radians * 180) / Math.PI

/** A number for path data: two decimals, no `-0`. */
function num(value: number): string {
  const rounded = Math.round(value * 100) / 100
  return String(rounded === 0 ? 0 : rounded)
}

function pt(point: Point): string {
  return `${num(point.x)} ${num(point.y)}`
}

/** The point at `radius` and `angle` around (`cx`, `cy`). */
export function polar(cx: number, cy: number, radius: number, angle: number): Point {
  const rad = toRadians(angle)
  return {x: cx + radius * Math.sin(rad), y: cy - radius * Math.cos(rad)}
}

/** The angle of a point around (`cx`, `cy`), in [0, 360). */
export function angleOf(cx: number, cy: number, point: Point): number {
  const angle = toDegrees(Math.atan2(point.x - cx, cy - point.y))
  return (angle + 360) % 360
}

/**
 * `count` equal sectors of a ring, clockwise, the first centred at `offset` degrees (12 o'clock
 * by default). No sectors for a count below 1.
 */
export function ringSectors(count: number, ring: Ring, centre: Point, offset = 0): Sector[] {
  const n = Math.max(0, Math.floor(count))
  if (!n) return []
  const span = 360 / n
  return Array.from({length: n}, (_, i) => ({
    cx: centre.x,
    cy: centre.y,
    inner: ring.inner,
    outer: ring.outer,
    start: offset - span / 2 + i * span,
    end: offset + span / 2 + i * span,
  }))
}

/** The sector's middle angle. */
export function midAngle(sector: Sector): number {
  return (sector.start + sector.end) / 2
}

/** The angle by which an edge offset `distance` from a radial line moves in at `radius`. */
function edgeInset(distance: number, radius: number): number {
  if (radius <= 0) return 90
  return toDegrees(Math.asin(Math.min(1, distance / radius)))
}

/**
 * An annular sector as path data, shrunk by half of `gap` on every side, so that neighbouring
 * sectors (and rings) are `gap` apart with straight, even gaps. A sector of 360° is a full ring.
 * Gives an empty string when the sector is too small to draw.
 */
export function sectorPath(sector: Sector, gap = 0): string {
  const {cx, cy} = sector
  const d = Math.max(0, gap / 2)
  const outer = sector.outer - d
  const inner = sector.inner > 0 ? sector.inner + d : 0
  const span = sector.end - sector.start
  if (outer <= inner || span <= 0) return ''
  if (span >= 360 - EPSILON) {
    const top = polar(cx, cy, outer, 0)
    const bottom = polar(cx, cy, outer, 180)
    let path = `M${pt(top)}A${num(outer)} ${num(outer)} 0 1 1 ${pt(bottom)}A${num(outer)} ${num(outer)} 0 1 1 ${pt(top)}Z`
    if (inner > 0) {
      const innerTop = polar(cx, cy, inner, 0)
      const innerBottom = polar(cx, cy, inner, 180)
      path += `M${pt(innerTop)}A${num(inner)} ${num(inner)} 0 1 0 ${pt(innerBottom)}A${num(inner)} ${num(inner)} 0 1 0 ${pt(innerTop)}Z`
    }
    return path
  }
  const a0 = sector.start + edgeInset(d, outer)
  const a1 = sector.end - edgeInset(d, outer)
  if (a1 - a0 <= EPSILON) return ''
  const large = a1 - a0 > 180 ? 1 : 0
  let path = `M${pt(polar(cx, cy, outer, a0))}A${num(outer)} ${num(outer)} 0 ${large} 1 ${pt(polar(cx, cy, outer, a1))}`
  const b0 = sector.start + edgeInset(d, inner)
  const b1 = sector.end - edgeInset(d, inner)
  if (inner > 0 && b1 - b0 > EPSILON) {
    const innerLarge = b1 - b0 > 180 ? 1 : 0
    path += `L${pt(polar(cx, cy, inner, b1))}A${num(inner)} ${num(inner)} 0 ${innerLarge} 0 ${pt(polar(cx, cy, inner, b0))}`
  } else {
    // The two straight edges meet before the inner radius: a point (the apex of a pie slice).
    const apex = span < 180 && d > 0 ? d / Math.sin(toRadians(span / 2)) : 0
    path += `L${pt(polar(cx, cy, apex, midAngle(sector)))}`
  }
  return `${path}Z`
}

/**
 * Whether `point` lies inside `sector` with at least `margin` to every edge. (The angular check
 * treats the sector as the intersection of two half-planes, which holds for sectors up to 180°;
 * a full ring has no straight edges.)
 */
export function insideSector(point: Point, sector: Sector, margin = 0): boolean {
  const x = point.x - sector.cx
  const y = point.y - sector.cy
  const r = Math.hypot(x, y)
  if (r > sector.outer - margin + EPSILON) return false
  if (sector.inner > 0 && r < sector.inner + margin - EPSILON) return false
  const span = sector.end - sector.start
  if (span >= 360 - EPSILON) return true
  if (span > 180) {
    const angle = (angleOf(0, 0, {x, y}) - sector.start + 720) % 360
    if (angle > span) return false
  }
  const s = toRadians(sector.start)
  const e = toRadians(sector.end)
  // Signed distances from the two straight edges, positive towards the inside.
  const fromStart = x * Math.cos(s) + y * Math.sin(s)
  const fromEnd = -(x * Math.cos(e) + y * Math.sin(e))
  return fromStart >= margin - EPSILON && fromEnd >= margin - EPSILON
}

/** Half of the widest line that fits in a circle between heights `top` and `bottom`. */
export function halfWidthInCircle(
  centre: Point,
  radius: number,
  top: number,
  bottom: number,
): number {
  const far = Math.max(Math.abs(top - centre.y), Math.abs(bottom - centre.y))
  return far >= radius ? 0 : Math.sqrt(radius * radius - far * far)
}

// Average advance widths (in em) of a sans-serif at weight 600, erring on the wide side, so that
// an estimate rarely falls short of the real text.
const NARROW = new Set([..."iljI.,:;!|'’`´ı"])
const SEMI = new Set([...'ftr()[]{}-–/ "'])
const WIDE = new Set([...'mwMW@%ÆŒæœ'])

/** An estimate of a text's width (no DOM needed): the wheel's default measure. */
export const estimateWidth: Measure = (text, fontSize) => {
  let em = 0
  for (const char of text) {
    if (NARROW.has(char)) em += 0.3
    else if (SEMI.has(char)) em += 0.38
    else if (WIDE.has(char)) em += 0.92
    else if (char >= '0' && char <= '9') em += 0.6
    else if (char !== char.toLowerCase()) em += 0.72
    else em += 0.6
  }
  return em * fontSize
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean)
}

/**
 * Wraps `text` greedily into lines no wider than `widths` (one per line). Gives `null` when it
 * needs more lines, or when a word is wider than its line.
 */
export function wrapToWidths(
  text: string,
  widths: readonly number[],
  fontSize: number,
  measure: Measure = estimateWidth,
): string[] | null {
  const queue = words(text)
  const lines: string[] = []
  for (const width of widths) {
    if (!queue.length) break
    let line = queue[0]
    if (measure(line, fontSize) > width) return null
    queue.shift()
    while (queue.length && measure(`${line} ${queue[0]}`, fontSize) <= width) {
      line = `${line} ${queue.shift()}`
    }
    lines.push(line)
  }
  return queue.length ? null : lines
}

/** The longest start of `text` that, followed by `suffix`, fits in `width`. */
function longestFit(
  text: string,
  suffix: string,
  width: number,
  fontSize: number,
  measure: Measure,
): string {
  const chars = [...text]
  let low = 0
  let high = chars.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (measure(chars.slice(0, mid).join('') + suffix, fontSize) <= width) low = mid
    else high = mid - 1
  }
  return chars.slice(0, low).join('')
}

const isLetter = (char = '') => /\p{L}/u.test(char)
const isVowel = (char = '') => /[aeiouyåäöæøéü]/i.test(char)
const isConsonant = (char = '') => isLetter(char) && !isVowel(char)

/** Where `hyphenate` may break a word. */
export interface BreakOptions {
  /** Anywhere between two letters when no better place fits (default); else only good places. */
  anywhere?: boolean
  /** The word is Swedish: a compound may break after the s that joins its parts. */
  swedish?: boolean
}

/**
 * Breaks a word too wide for a line into a start that fits `width`, ending with a hyphen, and the
 * rest. The kinds of break, best first: after a hyphen of its own (innovation-|driven, e-|post);
 * in Swedish, after the s that joins a compound (samhälls-|utveckling, innovations-|stöd); between
 * two consonants between vowels (develop-|ment); with `anywhere`, between any two letters. Except
 * after its own hyphen, a word breaks only between two letters (never before a digit, a
 * combining mark or an emoji), with at least three characters on each side. The start is as long
 * as the best kind of break that fits allows. `undefined` when no break fits.
 */
export function hyphenate(
  word: string,
  width: number,
  fontSize: number,
  measure: Measure = estimateWidth,
  {anywhere = true, swedish = false}: BreakOptions = {},
): [string, string] | undefined {
  const chars = [...word]
  // The last position that fits for each kind of break, best kind first.
  const breaks: number[] = []
  for (let at = 1; at < chars.length; at++) {
    const last = chars[at - 1]
    const own = last === '-'
    if (measure(chars.slice(0, at).join('') + (own ? '' : '-'), fontSize) > width) break
    const next = chars[at]
    if (
      own
        ? at < 2 || !/[\p{L}\p{N}]/u.test(next)
        : !isLetter(last) || !isLetter(next) || at < 3 || chars.length - at < 3
    ) {
      continue
    }
    const kind = own
      ? 0
      : swedish && last === 's' && isLetter(chars[at - 2]) && chars[at - 2] !== 's' && at > 3
        ? 1
        : isVowel(chars[at - 2]) && isConsonant(last) && isConsonant(next) && isVowel(chars[at + 1])
          ? 2
          : 3
    breaks[kind] = at
  }
  const at = breaks.slice(0, anywhere ? 4 : 3).find(Boolean)
  if (!at) return undefined
  const head = chars.slice(0, at).join('')
  return [head.endsWith('-') ? head : `${head}-`, chars.slice(at).join('')]
}

/**
 * Like `wrapToWidths`, but always gives lines that fit. A word wider than a whole line is broken
 * with a hyphen (`hyphenate`) when another line follows; when no break fits, or on the last line,
 * it is cut short with an ellipsis (and the words after it go on the next line, if there is one).
 * What does not fit in the last line is cut and ends with an ellipsis. When that cuts the text,
 * words are also broken to fill the ends of lines, first at good places only (`hyphenate` without
 * `anywhere`), then anywhere, and the first that cuts nothing is taken: a word broken in an odd
 * place can still be read, one cut short cannot. `shortened` says whether anything was cut.
 */
export function shortenToWidths(
  text: string,
  widths: readonly number[],
  fontSize: number,
  measure: Measure = estimateWidth,
  swedish = false,
): {lines: string[]; shortened: boolean} {
  const plain = fillLines(text, widths, fontSize, measure, 0, swedish)
  if (!plain.shortened) return plain
  for (const fillEnds of [1, 2] as const) {
    const filled = fillLines(text, widths, fontSize, measure, fillEnds, swedish)
    if (!filled.shortened) return filled
  }
  return plain
}

/**
 * Fills lines as `shortenToWidths` describes; `fillEnds` breaks words after a line's words too:
 * 0 never, 1 at good places, 2 anywhere.
 */
function fillLines(
  text: string,
  widths: readonly number[],
  fontSize: number,
  measure: Measure,
  fillEnds: 0 | 1 | 2,
  swedish: boolean,
): {lines: string[]; shortened: boolean} {
  const queue = words(text)
  const lines: string[] = []
  let shortened = false
  const cut = (value: string, width: number) => {
    const head = longestFit(value, ELLIPSIS, width, fontSize, measure).trimEnd()
    if (head) return `${head}${ELLIPSIS}`
    return measure(ELLIPSIS, fontSize) <= width ? ELLIPSIS : ''
  }
  widths.forEach((width, index) => {
    if (!queue.length) return
    const last = index === widths.length - 1
    let line = ''
    while (queue.length) {
      const word = queue[0]
      const candidate = line ? `${line} ${word}` : word
      if (measure(candidate, fontSize) <= width) {
        line = candidate
        queue.shift()
        continue
      }
      // A word that does not fit here is broken when a line follows for the rest: alone on its
      // line, anywhere; after the line's words (`fillEnds`), at a good place or anywhere.
      if (!last && (!line || fillEnds)) {
        const prefix = line ? `${line} ` : ''
        const measureAfter: Measure = (part, size) => measure(prefix + part, size)
        const anywhere = !line || fillEnds > 1
        const parts = hyphenate(word, width, fontSize, measureAfter, {anywhere, swedish})
        if (parts) {
          line = prefix + parts[0]
          queue[0] = parts[1]
        }
      }
      break
    }
    if (!line) {
      // A word wider than the whole line, with no break that fits: cut.
      line = cut(queue.shift() ?? '', width)
      shortened = true
    }
    if (last && queue.length) {
      if (!line.endsWith(ELLIPSIS)) line = cut([line, ...queue].join(' '), width)
      queue.length = 0
      shortened = true
    }
    if (line) lines.push(line)
  })
  return {lines, shortened}
}

interface Slot {
  widths: number[]
  /** Each line's centre. */
  centres: Point[]
}

/**
 * Fits `text` into the first slot that takes it, trying fonts from the largest and, for each,
 * from one line up. `slotFor` gives the lines' centres and widths for a font and line count, or
 * `undefined` when that many lines do not fit at all.
 */
function fitBox(
  text: string,
  options: LabelOptions,
  slotsFor: (fontSize: number, lineHeight: number, lines: number) => Slot[],
): BoxLabel | null {
  const measure = options.measure ?? estimateWidth
  const lineHeight = options.lineHeight ?? 1.15
  const fonts = options.fontSizes.length ? options.fontSizes : [16]
  if (!words(text).length) {
    return {fontSize: fonts[0], lineHeight, lines: [], shortened: false}
  }
  const place = (fontSize: number, slot: Slot, lines: string[], shortened: boolean): BoxLabel => ({
    fontSize,
    lineHeight,
    shortened,
    lines: lines.map((line, i) => ({
      text: line,
      x: slot.centres[i].x,
      y: slot.centres[i].y,
      width: measure(line, fontSize),
    })),
  })
  for (const fontSize of fonts) {
    for (let count = 1; count <= options.maxLines; count++) {
      for (const slot of slotsFor(fontSize, lineHeight, count)) {
        const lines = wrapToWidths(text, slot.widths, fontSize, measure)
        if (lines) return place(fontSize, slot, lines, false)
      }
    }
  }
  if (options.shorten === false) return null
  const smallest = fonts[fonts.length - 1]
  for (let count = options.maxLines; count >= 1; count--) {
    const slot = slotsFor(smallest, lineHeight, count)[0]
    if (!slot) continue
    const {lines, shortened} = shortenToWidths(
      text,
      slot.widths,
      smallest,
      measure,
      options.swedish,
    )
    return place(smallest, slot, lines, shortened || lines.length === 0)
  }
  return {fontSize: smallest, lineHeight, lines: [], shortened: true}
}

/** A label in the wheel's centre: a heading line (the target year) above a wrapped text. */
export interface CentreLabel {
  heading?: LabelLine & {fontSize: number}
  body: BoxLabel
}

/**
 * The centre: `heading` (e.g. "2025") in `headingSize` above `text` (the vision), both inside
 * the circle of `radius` less `padding`.
 */
export function placeCentreLabel(
  heading: string,
  text: string,
  centre: Point,
  radius: number,
  options: LabelOptions & {headingSize: number},
): CentreLabel {
  const measure = options.measure ?? estimateWidth
  const inner = radius - (options.padding ?? 0)
  // A heading too wide for the circle (a long "year") gets smaller.
  const headingSize = heading
    ? Math.min(options.headingSize, (1.5 * inner) / Math.max(measure(heading, 1), EPSILON))
    : 0
  const headingHeight = headingSize * 1.1
  const body = fitBox(text, {...options, shorten: true}, (fontSize, lineHeight, count) => {
    const height = headingHeight + count * fontSize * lineHeight
    const top = centre.y - height / 2
    const widths: number[] = []
    const centres: Point[] = []
    for (let i = 0; i < count; i++) {
      const lineTop = top + headingHeight + i * fontSize * lineHeight
      widths.push(2 * halfWidthInCircle(centre, inner, lineTop, lineTop + fontSize * lineHeight))
      centres.push({x: centre.x, y: lineTop + (fontSize * lineHeight) / 2})
    }
    return widths.every((width) => width > fontSize) ? [{widths, centres}] : []
  }) ?? {fontSize: options.fontSizes[0] ?? 16, lineHeight: 1.15, lines: [], shortened: true}
  if (!heading) return {body}
  const first = body.lines[0]
  const y = first ? first.y - (body.fontSize * body.lineHeight) / 2 - headingHeight / 2 : centre.y
  return {
    heading: {
      text: heading,
      x: centre.x,
      y,
      width: measure(heading, headingSize),
      fontSize: headingSize,
    },
    body,
  }
}

/** Whether a label centred at `angle` is written counter-clockwise (the lower half). */
export function isFlipped(angle: number): boolean {
  return Math.cos(toRadians(angle)) < -EPSILON
}

/** An arc at `radius` from `from` to `to` degrees (either way round), as path data. */
export function arcPath(centre: Point, radius: number, from: number, to: number): string {
  const sweep = to >= from ? 1 : 0
  const large = Math.abs(to - from) > 180 ? 1 : 0
  return `M${pt(polar(centre.x, centre.y, radius, from))}A${num(radius)} ${num(radius)} 0 ${large} ${sweep} ${pt(polar(centre.x, centre.y, radius, to))}`
}

/** The angles (start, end) a line at `radius` may use in `sector`, keeping `margin` from its edges. */
function usableAngles(sector: Sector, radius: number, margin: number): [number, number] {
  const span = sector.end - sector.start
  if (span >= 360 - EPSILON) {
    const mid = midAngle(sector)
    return [mid - 179, mid + 179]
  }
  const inset = edgeInset(margin, radius)
  return [sector.start + inset, sector.end - inset]
}

/**
 * A label written along a ring (the values and the guiding goals): lines follow arcs inside the
 * sector, read left to right in both halves of the wheel, and stay clear of the sector's edges.
 */
export function placeArcLabel(
  text: string,
  sector: Sector,
  options: LabelOptions,
): ArcLabel | null {
  const measure = options.measure ?? estimateWidth
  const lineHeight = options.lineHeight ?? 1.15
  const margin = (options.gap ?? 0) / 2 + (options.padding ?? 0)
  const centre = {x: sector.cx, y: sector.cy}
  const mid = midAngle(sector)
  const flipped = isFlipped(mid)
  const fonts = options.fontSizes.length ? options.fontSizes : [16]
  const thickness = sector.outer - sector.inner - 2 * margin
  const middle = (sector.inner + sector.outer) / 2

  /** The radii of `count` lines in reading order, and how long each may be. */
  const slot = (fontSize: number, count: number) => {
    const pitch = fontSize * lineHeight
    if ((count - 1) * pitch + fontSize > thickness + EPSILON) return undefined
    const radii = Array.from({length: count}, (_, i) => {
      const offset = ((count - 1) / 2 - i) * pitch
      return flipped ? middle - offset : middle + offset
    })
    const lengths = radii.map((radius) => {
      // The inner edge of the glyphs is the tightest: the straight edges come closest there.
      const [from, to] = usableAngles(sector, radius - fontSize / 2, margin)
      return Math.max(0, radius * toRadians(to - from))
    })
    return {radii, lengths}
  }
  const build = (
    fontSize: number,
    radii: number[],
    lines: string[],
    shortened: boolean,
  ): ArcLabel => {
    return {
      fontSize,
      flipped,
      shortened,
      lines: lines.map((line, i) => {
        const radius = radii[i]
        const [from, to] = usableAngles(sector, radius, margin)
        return {
          text: line,
          radius,
          path: flipped ? arcPath(centre, radius, to, from) : arcPath(centre, radius, from, to),
          width: measure(line, fontSize),
        }
      }),
    }
  }
  if (!words(text).length) return {fontSize: fonts[0], flipped, shortened: false, lines: []}
  for (const fontSize of fonts) {
    for (let count = 1; count <= options.maxLines; count++) {
      const lines = slot(fontSize, count)
      if (!lines) break
      const wrapped = wrapToWidths(text, lines.lengths, fontSize, measure)
      if (wrapped) return build(fontSize, lines.radii, wrapped, false)
    }
  }
  if (options.shorten === false) return null
  const smallest = fonts[fonts.length - 1]
  for (let count = options.maxLines; count >= 1; count--) {
    const lines = slot(smallest, count)
    if (!lines) continue
    const shortened = shortenToWidths(text, lines.lengths, smallest, measure, options.swedish)
    return build(
      smallest,
      lines.radii,
      shortened.lines,
      shortened.shortened || !shortened.lines.length,
    )
  }
  return {fontSize: smallest, flipped, shortened: true, lines: []}
}

/** The radii of the wheel's parts, from the centre out; a ring with no items is left out. */
export interface WheelLayout {
  size: number
  centre: Point
  /** The radius of the centre circle (year and vision). */
  core: number
  areas?: Ring
  values?: Ring
  goals?: Ring
}

export interface WheelCounts {
  areas: number
  values: number
  goals: number
}

/** How much of the radius each part takes, when present. */
const WEIGHTS = {core: 0.36, areas: 0.32, values: 0.145, goals: 0.175}

/** The radii of the wheel for these counts, in a `size` × `size` box with `margin` around it. */
export function wheelLayout(counts: WheelCounts, size = 1000, margin = 8): WheelLayout {
  const radius = size / 2 - margin
  const parts = (['areas', 'values', 'goals'] as const).filter((part) => counts[part] > 0)
  const total = WEIGHTS.core + parts.reduce((sum, part) => sum + WEIGHTS[part], 0)
  const layout: WheelLayout = {
    size,
    centre: {x: size / 2, y: size / 2},
    core: (radius * WEIGHTS.core) / total,
  }
  let inner = layout.core
  for (const part of parts) {
    const outer = inner + (radius * WEIGHTS[part]) / total
    layout[part] = {inner, outer}
    inner = outer
  }
  return layout
}

/** The texts the wheel shows. */
export interface WheelTexts {
  /** The centre's heading, e.g. the target year "2025" (empty for none). */
  year: string
  vision: string
  areas: readonly string[]
  values: readonly string[]
  goals: readonly string[]
}

export interface WheelSegment {
  sector: Sector
  path: string
}

export interface WheelDrawing {
  layout: WheelLayout
  /** The centre circle's radius less the gap. */
  coreRadius: number
  centre: CentreLabel
  areas: (WheelSegment & {label: ArcLabel})[]
  values: (WheelSegment & {label: ArcLabel})[]
  goals: (WheelSegment & {label: ArcLabel})[]
}

export interface WheelOptions {
  size?: number
  gap?: number
  measure?: Measure
  /**
   * The smallest font size to use (units of a 1000-unit wheel), e.g. larger when the wheel is
   * drawn small, so that its labels stay legible; texts that do not fit at it are shortened.
   */
  minFontSize?: number
  /** Whether a text is Swedish, for where its words may be broken (`hyphenate`). */
  swedish?: (text: string) => boolean
}

/** Font sizes per ring (user units of a 1000-unit wheel), largest first. */
export const FONT_SIZES = {
  year: 84,
  vision: [34, 32, 30, 28, 26, 24, 22],
  areas: [34, 32, 30, 28, 26, 24, 22, 20],
  values: [32, 30, 28, 26, 24, 22, 20],
  goals: [30, 28, 26, 24, 22, 20, 18],
} as const

/**
 * Every label of a ring in one font size: the largest at which all of them fit whole, else the
 * smallest, with the texts that still do not fit shortened.
 */
function placeRing<L>(
  texts: readonly string[],
  sectors: readonly Sector[],
  fonts: readonly number[],
  place: (text: string, sector: Sector, fontSizes: readonly number[], shorten: boolean) => L | null,
): L[] {
  for (const fontSize of fonts) {
    const labels = texts.map((text, i) => place(text, sectors[i], [fontSize], false))
    if (labels.every((label) => label !== null)) return labels as L[]
  }
  const smallest = [fonts[fonts.length - 1]]
  return texts.map((text, i) => place(text, sectors[i], smallest, true) as L)
}

/**
 * The whole wheel: every ring's sectors as paths and every label placed, for any number of
 * focus areas, values and goals. Pure: the same texts and measure give the same drawing.
 */
export function drawWheel(texts: WheelTexts, options: WheelOptions = {}): WheelDrawing {
  const size = options.size ?? 1000
  const scale = size / 1000
  const gap = (options.gap ?? 8) * scale
  const measure = options.measure ?? estimateWidth
  const minimum = options.minFontSize ?? 0
  /** The sizes at or above the minimum (the minimum alone when none is), scaled to `size`. */
  const fonts = (sizes: readonly number[]) => {
    const allowed = sizes.filter((fontSize) => fontSize >= minimum)
    return (allowed.length ? allowed : [minimum]).map((fontSize) => fontSize * scale)
  }
  const layout = wheelLayout(
    {areas: texts.areas.length, values: texts.values.length, goals: texts.goals.length},
    size,
  )
  const centre = layout.centre
  const coreRadius = layout.core - gap / 2
  const centreLabel = placeCentreLabel(texts.year, texts.vision, centre, coreRadius, {
    headingSize: FONT_SIZES.year * scale,
    fontSizes: fonts(FONT_SIZES.vision),
    maxLines: 5,
    padding: 22 * scale,
    measure,
    swedish: options.swedish?.(texts.vision),
  })
  const ring = (count: number, band: Ring | undefined) =>
    band ? ringSectors(count, band, centre) : []
  const areaSectors = ring(texts.areas.length, layout.areas)
  const valueSectors = ring(texts.values.length, layout.values)
  const goalSectors = ring(texts.goals.length, layout.goals)
  const arcRing = (
    texts: readonly string[],
    sectors: Sector[],
    sizes: readonly number[],
    maxLines: number,
  ) =>
    placeRing(texts, sectors, fonts(sizes), (text, sector, fontSizes, shorten) =>
      placeArcLabel(text, sector, {
        fontSizes,
        maxLines,
        gap,
        padding: 8 * scale,
        measure,
        shorten,
        lineHeight: 1.1,
        swedish: options.swedish?.(text),
      }),
    )
  const areaLabels = arcRing(texts.areas, areaSectors, FONT_SIZES.areas, 3)
  const valueLabels = arcRing(texts.values, valueSectors, FONT_SIZES.values, 2)
  const goalLabels = arcRing(texts.goals, goalSectors, FONT_SIZES.goals, 2)
  return {
    layout,
    coreRadius,
    centre: centreLabel,
    areas: areaSectors.map((sector, i) => ({
      sector,
      path: sectorPath(sector, gap),
      label: areaLabels[i],
    })),
    values: valueSectors.map((sector, i) => ({
      sector,
      path: sectorPath(sector, gap),
      label: valueLabels[i],
    })),
    goals: goalSectors.map((sector, i) => ({
      sector,
      path: sectorPath(sector, gap),
      label: goalLabels[i],
    })),
  }
}

/**
 * The smallest font size (units of a `size`-unit wheel) at which labels still come out at least
 * `targetPx` CSS pixels high when the wheel is drawn `renderedWidth` pixels wide; 0 when the
 * usual sizes already do. Rounded up to even units, so that small resizes do not redraw.
 */
export function legibleMinFontSize(renderedWidth: number, size = 1000, targetPx = 9): number {
  if (!(renderedWidth > 0)) return 0
  const units = (targetPx * size) / renderedWidth
  const floor = Math.min(...Object.values(FONT_SIZES).flat())
  if (units <= floor) return 0
  return Math.min(Math.ceil(units / 2) * 2, Math.max(...FONT_SIZES.areas))
}
