import {expect} from '@open-wc/testing'
import fc from 'fast-check'
import {
  FONT_SIZES,
  angleOf,
  arcPath,
  drawWheel,
  estimateWidth,
  insideSector,
  isFlipped,
  legibleMinFontSize,
  midAngle,
  placeArcLabel,
  placeCentreLabel,
  polar,
  ringSectors,
  sectorPath,
  shortenToWidths,
  hyphenate,
  wheelLayout,
  wrapToWidths,
  type ArcLabel,
  type Sector,
} from '../components/strategy-wheel/geometry'

const CENTRE = {x: 500, y: 500}
const close = (actual: number, expected: number, what = '') =>
  expect(Math.abs(actual - expected), `${what} ${actual} ≈ ${expected}`).to.be.lessThan(0.02)

/** The numbers of a path's commands, e.g. `M1 2A3 3 0 0 1 4 5` → [['M', 1, 2], ['A', 3, …]]. */
function commands(path: string): [string, ...number[]][] {
  return [...path.matchAll(/([MLAZ])([^MLAZ]*)/g)].map(([, command, args]) => [
    command,
    ...args
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number),
  ])
}

/** Every corner of a curved line's glyph box lies inside its sector, `margin` from the edges. */
function expectArcLineInside(label: ArcLabel, sector: Sector, margin: number, what: string) {
  expect(label.lines.length, `${what}: a label with no lines, nothing to check`).to.be.greaterThan(
    0,
  )
  for (const line of label.lines) {
    const half = ((line.width / line.radius) * 180) / Math.PI / 2
    const mid = midAngle(sector)
    for (const radius of [line.radius - label.fontSize / 2, line.radius + label.fontSize / 2]) {
      for (const angle of [mid - half, mid, mid + half]) {
        const corner = polar(sector.cx, sector.cy, radius, angle)
        expect(
          insideSector(corner, sector, margin - 0.01),
          `${what}: "${line.text}" at r ${radius.toFixed(1)}, ${angle.toFixed(1)}°`,
        ).to.equal(true)
      }
    }
  }
}

/** Lines of a label that do not overlap each other (distinct radii at least a font size apart). */
function expectLinesApart(label: ArcLabel, what: string) {
  const radii = label.lines.map((line) => line.radius).sort((a, b) => a - b)
  for (let i = 1; i < radii.length; i++) {
    expect(radii[i] - radii[i - 1], what).to.be.at.least(label.fontSize - 0.01)
  }
}

const LONG = [
  'Handlingskraftigt innovationsstöd',
  'Stärkt omvärldsbild av vad som gör oss unika',
  'A stronger image in the wider world of what makes us unique',
  'Kunskap och kompetens',
  'Positiv samhällsutveckling',
  'Öppenhet och dynamik',
  'Kreativa mötesplatser',
  'Effektiv användning av gemensamma resurser',
]
const WORD = 'innovationsstödsverksamhetsutvecklingsprojektledningskompetensförsörjning'

function texts(count: number, offset = 0): string[] {
  return Array.from({length: count}, (_, i) => LONG[(i + offset) % LONG.length])
}

describe('strategy wheel geometry', () => {
  it('puts 0° at 12 o’clock and turns clockwise', () => {
    const top = polar(500, 500, 100, 0)
    close(top.x, 500)
    close(top.y, 400)
    const right = polar(500, 500, 100, 90)
    close(right.x, 600)
    close(right.y, 500)
    close(angleOf(500, 500, polar(500, 500, 50, 225)), 225)
  })

  it('divides a ring into equal, contiguous sectors for any count, the first centred at the top', () => {
    for (let count = 1; count <= 8; count++) {
      const sectors = ringSectors(count, {inner: 100, outer: 200}, CENTRE)
      expect(sectors).to.have.length(count)
      close(midAngle(sectors[0]), 0, 'first centred at 0°')
      sectors.forEach((sector, i) => {
        close(sector.end - sector.start, 360 / count, 'span')
        if (i) close(sector.start, sectors[i - 1].end, 'contiguous')
      })
      close(sectors[count - 1].end - sectors[0].start, 360, 'whole circle')
    }
    expect(ringSectors(0, {inner: 1, outer: 2}, CENTRE)).to.deep.equal([])
  })

  it('draws an annular sector as two arcs joined by straight edges, `gap` from its neighbours', () => {
    const [sector] = ringSectors(5, {inner: 200, outer: 340}, CENTRE)
    const gap = 8
    const path = sectorPath(sector, gap)
    const parts = commands(path)
    expect(parts.map(([command]) => command).join('')).to.equal('MALAZ')
    const [, x0, y0] = parts[0]
    const outerArc = parts[1]
    const [, x1, y1] = parts[2]
    const innerArc = parts[3]
    // Radii: the outer arc at outer − gap/2, the inner at inner + gap/2; sweeps go clockwise out
    // and back anticlockwise; a 72° sector needs no large-arc flag.
    close(outerArc[1], 340 - gap / 2)
    close(innerArc[1], 200 + gap / 2)
    expect(outerArc.slice(4, 6)).to.deep.equal([0, 1])
    expect(innerArc.slice(4, 6)).to.deep.equal([0, 0])
    close(Math.hypot(x0 - 500, y0 - 500), 340 - gap / 2, 'start on the outer arc')
    close(Math.hypot(x1 - 500, y1 - 500), 200 + gap / 2, 'corner on the inner arc')
    // The straight edges are parallel to the sector's radial edge, gap/2 inside it: a constant gap.
    const normal = {
      x: Math.cos((sector.start * Math.PI) / 180),
      y: Math.sin((sector.start * Math.PI) / 180),
    }
    const innerStart = {x: innerArc[6], y: innerArc[7]}
    for (const point of [{x: x0, y: y0}, innerStart]) {
      close(
        (point.x - 500) * normal.x + (point.y - 500) * normal.y,
        gap / 2,
        'distance from the edge',
      )
    }
  })

  it('sets the large-arc flag for sectors over 180°, and draws a full ring for one item', () => {
    const sector: Sector = {cx: 500, cy: 500, inner: 100, outer: 200, start: -120, end: 120}
    const [, arc] = commands(sectorPath(sector))
    expect(arc[4]).to.equal(1)
    const ring = sectorPath(ringSectors(1, {inner: 100, outer: 200}, CENTRE)[0], 8)
    expect(ring.match(/A/g)).to.have.length(4)
    expect(ring.match(/Z/g)).to.have.length(2)
    expect(sectorPath({...sector, inner: 150, outer: 150})).to.equal('')
  })

  it('tells whether a point is inside a sector, with a margin', () => {
    const [sector] = ringSectors(4, {inner: 100, outer: 200}, CENTRE)
    expect(insideSector(polar(500, 500, 150, 0), sector)).to.equal(true)
    expect(insideSector(polar(500, 500, 150, 0), sector, 60)).to.equal(false)
    expect(insideSector(polar(500, 500, 90, 0), sector)).to.equal(false)
    expect(insideSector(polar(500, 500, 210, 0), sector)).to.equal(false)
    expect(insideSector(polar(500, 500, 150, 50), sector)).to.equal(false)
    expect(insideSector(polar(500, 500, 150, 44), sector)).to.equal(true)
    expect(insideSector(polar(500, 500, 150, 44), sector, 10)).to.equal(false)
  })

  it('wraps words into lines of given widths, or says it cannot', () => {
    const measure = (text: string) => text.length * 10
    expect(wrapToWidths('Kunskap och kompetens', [120, 120], 1, measure)).to.deep.equal([
      'Kunskap och',
      'kompetens',
    ])
    expect(wrapToWidths('Kunskap och kompetens', [300], 1, measure)).to.deep.equal([
      'Kunskap och kompetens',
    ])
    expect(wrapToWidths('Kunskap och kompetens', [60, 60], 1, measure)).to.equal(null)
    expect(wrapToWidths('Kunskap och kompetens', [120], 1, measure)).to.equal(null)
    expect(wrapToWidths('', [10], 1, measure)).to.deep.equal([])
  })

  it('shortens what does not fit with an ellipsis, never wider than its line', () => {
    const measure = (text: string) => [...text].length * 10
    const short = shortenToWidths(
      'Stärkt omvärldsbild av vad som gör oss unika',
      [120, 120],
      1,
      measure,
    )
    expect(short.shortened).to.equal(true)
    expect(short.lines).to.have.length(2)
    expect(short.lines[1].endsWith('…')).to.equal(true)
    short.lines.forEach((line) => expect(measure(line)).to.be.at.most(120))
    // A word wider than its line, on the last line, is cut; the next words are lost with it.
    const word = shortenToWidths(`${WORD} och mer`, [100], 1, measure)
    expect(word).to.deep.equal({lines: ['innovatio…'], shortened: true})
    // With a line below, it is broken instead, and the next words carry on below.
    const broken = shortenToWidths(`${WORD} och mer`, [100, 100, 200, 200], 1, measure)
    expect(broken.lines.slice(0, 2)).to.deep.equal(['innovatio-', 'nsstödsve-'])
    expect(broken.lines[3]).to.match(/…$/)
    const long = shortenToWidths('innovationsstöd och mer', [100, 100, 100], 1, measure)
    expect(long).to.deep.equal({lines: ['innovatio-', 'nsstöd och', 'mer'], shortened: false})
    const fits = shortenToWidths('Kunskap och kompetens', [300], 1, measure)
    expect(fits).to.deep.equal({lines: ['Kunskap och kompetens'], shortened: false})
    expect(shortenToWidths('abc', [5], 1, measure).lines).to.deep.equal([])
  })

  it('breaks a word too wide for its line at the best place that fits, with a hyphen', () => {
    const measure = (text: string) => [...text].length * 10
    const sv = {swedish: true}
    // After a hyphen of its own, adding none, also with a short rest.
    expect(hyphenate('innovation-driven', 120, 1, measure)).to.deep.equal(['innovation-', 'driven'])
    expect(hyphenate('COVID-19', 60, 1, measure)).to.deep.equal(['COVID-', '19'])
    expect(hyphenate('e-postadress', 80, 1, measure)).to.deep.equal(['e-', 'postadress'])
    // In Swedish, after the s that joins a compound, rather than further on.
    expect(hyphenate('samhällsutveckling', 150, 1, measure, sv)).to.deep.equal([
      'samhälls-',
      'utveckling',
    ])
    expect(hyphenate('innovationsstöd', 140, 1, measure, sv)).to.deep.equal([
      'innovations-',
      'stöd',
    ])
    expect(hyphenate('Handlingskraftigt', 160, 1, measure, sv)).to.deep.equal([
      'Handlings-',
      'kraftigt',
    ])
    // Not in English: con-siderations, between consonants between vowels, not cons-iderations.
    const good = {anywhere: false}
    expect(hyphenate('considerations', 70, 1, measure, good)).to.deep.equal(['con-', 'siderations'])
    expect(hyphenate('considerations', 70, 1, measure, {...good, ...sv})).to.deep.equal([
      'cons-',
      'iderations',
    ])
    expect(hyphenate('development', 100, 1, measure)).to.deep.equal(['develop-', 'ment'])
    // Else as far as fits, between two letters, each part at least three characters long.
    expect(hyphenate('development', 60, 1, measure)).to.deep.equal(['devel-', 'opment'])
    expect(hyphenate('development', 60, 1, measure, {anywhere: false})).to.equal(undefined)
    expect(hyphenate('development', 30, 1, measure)).to.equal(undefined)
    expect(hyphenate('abcde', 100, 1, measure)).to.equal(undefined)
    // Never before a digit, a combining mark or the second half of an emoji.
    expect(hyphenate('abc123456', 80, 1, measure)).to.equal(undefined)
    expect(hyphenate('innova\u0301tionsstod', 80, 1, measure)).to.deep.equal([
      'innov-',
      'a\u0301tionsstod',
    ])
    expect(hyphenate('abc👩‍🔬defghij', 60, 1, measure)).to.equal(undefined)
  })

  it('never gives a line wider than its width, and loses no character unless it says so (property)', () => {
    const measure = (text: string, fontSize: number) => estimateWidth(text, fontSize)
    const word = fc.oneof(
      fc.constantFrom(
        'och',
        'i',
        'samhällsutveckling',
        'innovation-driven',
        'COVID-19',
        'e-post',
        '2025',
        'a\u0308ndring',
        'ide👩‍🔬er',
        'innova\u0301tionsstod',
        'abcd👩‍🔬efgh',
        'abc123456',
        'Mångfald',
        'x',
      ),
      fc.stringMatching(/^[a-zåäöA-Z][a-zåäöA-Z0-9-]{0,23}$/),
    )
    /**
     * Whether `lines` give `text` back, each joined to the next by a space, by nothing after the
     * word's own hyphen, or, after a hyphen added between two letters, by nothing without it.
     */
    const rebuilds = (lines: readonly string[], text: string): boolean => {
      if (lines.length <= 1) return (lines[0] ?? '') === text
      const [first, second, ...rest] = lines
      const joins = [`${first} ${second}`]
      if (first.endsWith('-')) joins.push(`${first}${second}`)
      if (/\p{L}-$/u.test(first) && /^\p{L}/u.test(second)) {
        joins.push(`${first.slice(0, -1)}${second}`)
      }
      return joins.some((joined) => rebuilds([joined, ...rest], text))
    }
    fc.assert(
      fc.property(
        fc.array(word, {minLength: 1, maxLength: 8}),
        fc.array(fc.integer({min: 10, max: 300}), {minLength: 1, maxLength: 5}),
        fc.boolean(),
        (words, widths, swedish) => {
          const text = words.join(' ')
          const {lines, shortened} = shortenToWidths(text, widths, 10, measure, swedish)
          expect(lines.length).to.be.at.most(widths.length)
          lines.forEach((line, i) => expect(measure(line, 10)).to.be.at.most(widths[i]))
          // No line starts with a hyphen (no word does), nor with a combining mark or a joiner.
          lines.forEach((line) => expect(line).to.not.match(/^[-\p{M}\u200d]/u))
          if (!shortened) {
            expect(lines.join('')).to.not.contain('…')
            expect(rebuilds(lines, text), JSON.stringify(lines)).to.equal(true)
          }
        },
      ),
      {numRuns: 500},
    )
  })

  it('fills the ends of lines with broken words only when that keeps a text whole', () => {
    const measure = (text: string) => [...text].length * 10
    // Whole on three lines without filling: words are moved, not broken.
    expect(
      shortenToWidths('Positiv samhällsutveckling', [100, 100, 100], 1, measure, true),
    ).to.deep.equal({lines: ['Positiv', 'samhälls-', 'utveckling'], shortened: false})
    // Two lines: only a break after "Positiv" keeps it whole, at a good place.
    expect(
      shortenToWidths('Positiv samhällsutveckling', [170, 100], 1, measure, true),
    ).to.deep.equal({lines: ['Positiv samhälls-', 'utveckling'], shortened: false})
    // No good place fits: anywhere, rather than cut.
    expect(
      shortenToWidths('Positive community development', [130, 130, 60], 1, measure),
    ).to.deep.equal({lines: ['Positive com-', 'munity devel-', 'opment'], shortened: false})
    // Nothing keeps it whole: as without filling.
    expect(shortenToWidths('Positiv samhällsutveckling', [100, 60], 1, measure)).to.deep.equal({
      lines: ['Positiv', 'samhä…'],
      shortened: true,
    })
  })

  it('says a ring label is shortened only when something was cut, not when a word was broken', () => {
    const sectors = ringSectors(8, {inner: 300, outer: 440}, CENTRE)
    const options = {fontSizes: [40], maxLines: 3, swedish: true}
    const broken = placeArcLabel('Positiv samhällsutveckling', sectors[0], options)
    expect(broken?.lines.map((line) => line.text)).to.deep.equal([
      'Positiv',
      'samhälls-',
      'utveckling',
    ])
    expect(broken?.shortened).to.equal(false)
    expect(placeArcLabel(`${WORD} ${WORD}`, sectors[0], options)?.shortened).to.equal(true)
  })

  it('writes a ring label left to right in both halves: clockwise on top, anticlockwise below', () => {
    const sectors = ringSectors(4, {inner: 300, outer: 400}, CENTRE)
    const top = placeArcLabel('Attraktivitet', sectors[0], {fontSizes: [30], maxLines: 1})
    const bottom = placeArcLabel('Attraktivitet', sectors[2], {fontSizes: [30], maxLines: 1})
    expect(top?.flipped).to.equal(false)
    expect(bottom?.flipped).to.equal(true)
    expect(commands(top?.lines[0].path ?? '')[1][5]).to.equal(1)
    expect(commands(bottom?.lines[0].path ?? '')[1][5]).to.equal(0)
    expect(isFlipped(180)).to.equal(true)
    expect(isFlipped(90)).to.equal(false)
    expect(isFlipped(-30)).to.equal(false)
    // Two lines: the first is the outer one on top, the inner one below, so both read downwards.
    const twoTop = placeArcLabel('Stärkt omvärldsbild av vad som gör oss unika', sectors[0], {
      fontSizes: [30],
      maxLines: 2,
    })
    const twoBottom = placeArcLabel('Stärkt omvärldsbild av vad som gör oss unika', sectors[2], {
      fontSizes: [30],
      maxLines: 2,
    })
    expect(twoTop?.lines).to.have.length(2)
    expect(twoTop!.lines[0].radius).to.be.greaterThan(twoTop!.lines[1].radius)
    expect(twoBottom!.lines[0].radius).to.be.lessThan(twoBottom!.lines[1].radius)
  })

  it('draws arcs in either direction', () => {
    const forward = commands(arcPath(CENTRE, 100, -30, 30))
    const back = commands(arcPath(CENTRE, 100, 30, -30))
    expect(forward[1][5]).to.equal(1)
    expect(back[1][5]).to.equal(0)
    close(forward[0][1], back[1][6])
  })

  it('picks the largest font at which a label fits whole, and shortens it only at the smallest', () => {
    const [sector] = ringSectors(5, {inner: 180, outer: 335}, CENTRE)
    const label = placeArcLabel('Kunskap och kompetens', sector, {
      fontSizes: [80, 60, 40, 30],
      maxLines: 3,
      gap: 8,
      padding: 8,
    })
    expect(label?.shortened).to.equal(false)
    expect(label?.fontSize).to.be.lessThan(80)
    expect(label?.lines.map((line) => line.text).join(' ')).to.equal('Kunskap och kompetens')
    const bigger = placeArcLabel('Kunskap och kompetens', sector, {
      fontSizes: [(label?.fontSize ?? 0) + 20],
      maxLines: 3,
      gap: 8,
      padding: 8,
      shorten: false,
    })
    expect(bigger).to.equal(null)
    const squeezed = placeArcLabel(`${WORD} ${WORD}`, sector, {
      fontSizes: [30],
      maxLines: 2,
      gap: 8,
    })
    expect(squeezed?.shortened).to.equal(true)
    expectArcLineInside(squeezed as ArcLabel, sector, 4, 'shortened')
  })

  it('fits the vision below the year inside the centre circle', () => {
    const centre = placeCentreLabel(
      '2025',
      'En innovationsdriven samhällsutveckling i världsklass',
      CENTRE,
      170,
      {headingSize: 84, fontSizes: [34, 30, 26, 22], maxLines: 5, padding: 20},
    )
    expect(centre.heading?.text).to.equal('2025')
    expect(centre.body.lines.map((line) => line.text).join(' ')).to.equal(
      'En innovationsdriven samhällsutveckling i världsklass',
    )
    expect(centre.heading!.y).to.be.lessThan(centre.body.lines[0].y)
    for (const line of centre.body.lines) {
      const height = centre.body.fontSize * centre.body.lineHeight
      for (const dx of [-line.width / 2, line.width / 2]) {
        for (const dy of [-height / 2, height / 2]) {
          expect(Math.hypot(line.x + dx - 500, line.y + dy - 500), line.text).to.be.at.most(150.01)
        }
      }
    }
    const noYear = placeCentreLabel('', 'Vision', CENTRE, 170, {
      headingSize: 84,
      fontSizes: [30],
      maxLines: 2,
    })
    expect(noYear.heading).to.equal(undefined)
    close(noYear.body.lines[0].y, 500)
  })

  it('nests the rings from the centre out, leaving out a ring with no items', () => {
    const layout = wheelLayout({areas: 5, values: 5, goals: 3})
    expect(layout.core).to.equal(layout.areas?.inner)
    expect(layout.areas?.outer).to.equal(layout.values?.inner)
    expect(layout.values?.outer).to.equal(layout.goals?.inner)
    expect(layout.goals?.outer).to.be.at.most(500)
    const noValues = wheelLayout({areas: 5, values: 0, goals: 3})
    expect(noValues.values).to.equal(undefined)
    expect(noValues.areas?.outer).to.equal(noValues.goals?.inner)
    close(noValues.goals?.outer ?? 0, layout.goals?.outer ?? 0)
    const none = wheelLayout({areas: 0, values: 0, goals: 0})
    close(none.core, 492)
  })

  it('places every label inside its own segment for 3–8 focus areas, 3–7 values and 2–5 goals', () => {
    const gap = 8
    for (let areas = 3; areas <= 8; areas++) {
      for (let values = 3; values <= 7; values++) {
        for (const goals of [2, 3, 4, 5]) {
          const drawing = drawWheel(
            {
              year: '2025',
              vision: 'En innovationsdriven samhällsutveckling i världsklass',
              areas: texts(areas),
              values: texts(values, 3),
              goals: texts(goals, 1),
            },
            {gap},
          )
          const what = `${areas}/${values}/${goals}`
          expect(drawing.areas, what).to.have.length(areas)
          expect(drawing.values, what).to.have.length(values)
          expect(drawing.goals, what).to.have.length(goals)
          for (const ring of [drawing.areas, drawing.values, drawing.goals]) {
            // One font size per ring, so that the ring reads evenly.
            expect(new Set(ring.map((segment) => segment.label.fontSize)).size, what).to.equal(1)
            ring.forEach((segment, i) => {
              expect(segment.path, what).to.match(/^M.*Z$/)
              expect(segment.label.lines.length, `${what} #${i}`).to.be.greaterThan(0)
              expectArcLineInside(segment.label, segment.sector, gap / 2, `${what} #${i}`)
              expectLinesApart(segment.label, what)
            })
          }
        }
      }
    }
  })

  it('keeps every word of the default strategy’s labels, in Swedish and in English', () => {
    const sv = drawWheel({
      year: '2025',
      vision: 'En innovationsdriven samhällsutveckling i världsklass',
      areas: [
        'Positiv samhällsutveckling',
        'Öppenhet och dynamik',
        'Kunskap och kompetens',
        'Kreativa mötesplatser',
        'Handlingskraftigt innovationsstöd',
      ],
      values: ['Attraktivitet', 'Hållbarhet', 'Öppenhet', 'Dynamik', 'Mångfald'],
      goals: [
        'Smart specialisering utifrån våra villkor',
        'Stärkt omvärldsbild av vad som gör oss unika',
        'Effektiv användning av gemensamma resurser',
      ],
    })
    for (const segment of [...sv.areas, ...sv.values, ...sv.goals]) {
      expect(segment.label.shortened, segment.label.lines[0]?.text).to.equal(false)
    }
    expect(sv.centre.body.shortened).to.equal(false)
  })

  it('shortens labels, never overflows, when texts are far too long', () => {
    const drawing = drawWheel({
      year: '2025',
      vision: `${WORD} ${WORD} ${WORD}`,
      areas: Array.from({length: 8}, () => `${WORD} ${WORD}`),
      values: Array.from({length: 7}, () => WORD),
      goals: Array.from({length: 5}, () => `${WORD} ${WORD} ${WORD}`),
    })
    for (const ring of [drawing.areas, drawing.values, drawing.goals]) {
      for (const segment of ring) {
        expect(segment.label.shortened).to.equal(true)
        expectArcLineInside(segment.label, segment.sector, 4, 'long')
      }
    }
    expect(drawing.centre.body.shortened).to.equal(true)
  })

  it('keeps labels legible on a small wheel by raising the smallest font size', () => {
    expect(legibleMinFontSize(800)).to.equal(0)
    const small = legibleMinFontSize(300)
    expect(small).to.be.greaterThan(Math.min(...FONT_SIZES.areas))
    expect(legibleMinFontSize(400)).to.be.within(1, small)
    expect(legibleMinFontSize(0)).to.equal(0)
    const drawing = drawWheel(
      {year: '2025', vision: 'Vision', areas: texts(8), values: texts(7), goals: texts(5)},
      {minFontSize: small},
    )
    for (const segment of [...drawing.areas, ...drawing.values, ...drawing.goals]) {
      expect(segment.label.fontSize).to.be.at.least(small)
    }
  })

  it('estimates wider text for more and wider letters', () => {
    expect(estimateWidth('mmm', 10)).to.be.greaterThan(estimateWidth('iii', 10))
    expect(estimateWidth('abcd', 20)).to.equal(2 * estimateWidth('abcd', 10))
    expect(estimateWidth('', 10)).to.equal(0)
  })
})
