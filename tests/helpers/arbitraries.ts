/**
 * fast-check arbitraries for what a query can answer: the shapes of `sanity.types.ts`, but with
 * everything a careless editor, a changed schema or a broken proxy can make of them. Any field may
 * be missing, `null` or of the wrong JSON type; lists may be empty or huge and hold `null` where a
 * reference did not resolve; keys, ids and slugs repeat; texts are long, unbroken, right-to-left,
 * emoji, combining marks or markup. Only JSON values: that is all a query can answer.
 *
 * The texts never contain "undefined", "NaN" or "[object Object]", so that a test can tell
 * those words in the rendered output apart from content: they only appear when an element turned
 * a missing or non-text value into text.
 */
import fc from 'fast-check'

/** A field left out of its object (removed by `rec()`). */
const MISSING = Symbol('missing')
type Missing = typeof MISSING

/** Words that, in rendered output, mean an element printed a value that was not text. */
export const NOT_TEXT_WORDS = /\bundefined\b|\bnull\b|\bNaN\b|\[object \w+\]/

function isPlainText(value: string): boolean {
  return !NOT_TEXT_WORDS.test(value)
}

/** Texts that break layouts and naive text handling. */
export const AWKWARD_TEXTS: readonly string[] = [
  'مرحبا بالعالم: استراتيجية الابتكار في المنطقة',
  'שלום עולם, אסטרטגיית החדשנות',
  '\u202eRTL override\u202c mitt i texten',
  '👩‍👩‍👧‍👦🏳️‍🌈🇸🇪👍🏽 emoji med sammanfogning',
  '🚀'.repeat(120),
  'Z̸̡̛̛̖̗a̷̢̛l̵̨̛g̸̢̛o̵̡̧ med kombinerande tecken',
  'noll\u200bbredds\u200btecken\u200dhär\ufeff',
  'Åre, Östersund och Härjedalen – “citat” ’och’ «mer»',
  '   ',
  '\n\n',
  'rad ett\n\nrad två\n\n\n\nrad tre',
  '<b>fet</b> & <i>kursiv</i> &amp; &lt;',
  '${1+1} {{1+1}} %s %d',
  'a'.repeat(1),
]

/** A word too long for any line, with nowhere to break. */
const unbrokenWord = fc.integer({min: 80, max: 2500}).map((n) => 'W'.repeat(n))

/** Many words: long text that can wrap. */
const manyWords = fc
  .integer({min: 50, max: 800})
  .map((n) => Array.from({length: n}, (_, i) => `ord${i % 17}`).join(' '))

/** Any text an editor could type, weighted towards the ordinary. */
export const text: fc.Arbitrary<string> = fc.oneof(
  {weight: 6, arbitrary: fc.string({minLength: 1, maxLength: 30}).filter(isPlainText)},
  {weight: 2, arbitrary: fc.string({unit: 'grapheme', maxLength: 24}).filter(isPlainText)},
  {weight: 2, arbitrary: fc.constantFrom(...AWKWARD_TEXTS)},
  {weight: 1, arbitrary: unbrokenWord},
  {weight: 1, arbitrary: manyWords},
  {weight: 1, arbitrary: fc.constant('')},
)

/** Any JSON value that is not what a field should hold. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double({noNaN: true, noDefaultInfinity: true}),
  fc.boolean(),
  fc.constant({}),
  fc.constant([]),
  fc.array(fc.string({maxLength: 5}), {maxLength: 3}),
  fc.dictionary(fc.constantFrom('a', 'title', 'sv', 'en', '_type'), fc.string({maxLength: 5}), {
    maxKeys: 3,
  }),
)

/** A field: usually `good`, sometimes missing, `null` or of the wrong type. */
export function field<T>(good: fc.Arbitrary<T>): fc.Arbitrary<T | null | unknown | Missing> {
  return fc.oneof(
    {weight: 12, arbitrary: good},
    {weight: 1, arbitrary: fc.constant(MISSING)},
    {weight: 1, arbitrary: fc.constant(null)},
    {weight: 1, arbitrary: wrongType},
  )
}

/** An object with the given fields, those drawn as missing left out. */
export function rec(
  model: Record<string, fc.Arbitrary<unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record(model)
    .map(
      (value) =>
        Object.fromEntries(Object.entries(value).filter(([, item]) => item !== MISSING)) as Record<
          string,
          unknown
        >,
    )
}

/** A list item: usually `good`, sometimes `null` (a reference that did not resolve) or wrong. */
function item<T>(good: fc.Arbitrary<T>): fc.Arbitrary<T | null | unknown> {
  return fc.oneof(
    {weight: 10, arbitrary: good},
    {weight: 1, arbitrary: fc.constant(null)},
    {weight: 1, arbitrary: wrongType},
  )
}

/**
 * A list: usually a few items, sometimes none, sometimes `huge` (from `min` to `max` items, the
 * same few repeated so that generating them stays cheap).
 */
export function list<T>(
  good: fc.Arbitrary<T>,
  {
    maxLength = 6,
    huge = {min: 60, max: 150},
  }: {maxLength?: number; huge?: {min: number; max: number}} = {},
): fc.Arbitrary<unknown[]> {
  const hugeList = fc
    .tuple(fc.array(item(good), {minLength: 1, maxLength: 4}), fc.integer(huge))
    .map(([few, length]) => Array.from({length}, (_, i) => few[i % few.length]))
  return fc.oneof(
    {weight: 12, arbitrary: fc.array(item(good), {maxLength})},
    {weight: 2, arbitrary: fc.constant<unknown[]>([])},
    {weight: 1, arbitrary: hugeList},
  )
}

/** Slugs from a small pool, so that they repeat (duplicates) and filters find them. */
export const SLUGS = ['a', 'b', 'kunskap-och-kompetens', 'ostersund', 'almi-mitt', 'finansiering']

export const slug: fc.Arbitrary<string> = fc.oneof(
  {weight: 8, arbitrary: fc.constantFrom(...SLUGS)},
  {weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/)},
  {weight: 1, arbitrary: text},
)

/** Ids and keys: mostly from a tiny pool (duplicates), sometimes with spaces, quotes or markup. */
export const key: fc.Arbitrary<string> = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom('k1', 'k2', 'k3')},
  {weight: 1, arbitrary: fc.constantFrom('', ' ', 'a b', '"q"', "x'y", '#x', '<i>', 'a.b:c')},
  {weight: 1, arbitrary: fc.string({maxLength: 12})},
)

/** Web addresses, good and bad. */
export const url: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'https://example.com/',
    'https://example.com/a path/?q=1#x',
    'mailto:info@example.com',
    'tel:+46 63 12 34 56',
    'http://example.com/',
    'javascript:void(0)',
    'data:text/html,hej',
    '//example.com/x',
    '/relative',
    '',
  ),
  text,
)

/** `YYYY-MM-DD` dates, impossible ones, and anything else. */
export const date: fc.Arbitrary<string> = fc.oneof(
  fc
    .date({min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true})
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2025-02-30', '2025-13-01', '0000-00-00', '2025-1-1', '2025-06-01T12:00:00Z'),
  text,
)

// The strategy wheel: STRATEGY_QUERY_RESULT.

const strategyArea = rec({
  _id: key,
  slug: field(slug),
  title: field(text),
  summary: field(text),
  guidingGoals: field(list(slug)),
  values: field(list(slug)),
})

const strategyValue = rec({_id: key, slug: field(slug), title: field(text), statement: field(text)})

const strategyGoal = rec({
  _id: key,
  slug: field(slug),
  title: field(text),
  subGoals: field(
    list(
      rec({
        _key: key,
        title: field(text),
        bullets: field(list(rec({_key: key, text: field(text)}))),
      }),
    ),
  ),
})

/** What the strategy query can answer. */
export const strategyResult: fc.Arbitrary<unknown> = fc.oneof(
  {weight: 1, arbitrary: fc.constant(null)},
  {weight: 1, arbitrary: wrongType},
  {
    weight: 12,
    arbitrary: rec({
      brand: field(text),
      targetYear: field(fc.oneof(fc.integer({min: 1900, max: 2200}), text)),
      vision: field(text),
      ambition: field(text),
      purpose: field(text),
      valuesIntro: field(text),
      values: field(list(strategyValue, {huge: {min: 20, max: 60}})),
      guidingGoals: field(list(strategyGoal, {huge: {min: 20, max: 60}})),
      focusAreasIntro: field(text),
      focusAreas: field(list(strategyArea, {huge: {min: 20, max: 60}})),
    }),
  },
)

// The focus-area card: FOCUS_AREA_QUERY_RESULT.

const linked = rec({_id: key, slug: field(slug), title: field(text)})

/** What the focus-area query can answer. */
export const focusAreaResult: fc.Arbitrary<unknown> = fc.oneof(
  {weight: 1, arbitrary: fc.constant(null)},
  {weight: 1, arbitrary: wrongType},
  {
    weight: 12,
    arbitrary: rec({
      _id: key,
      slug: field(slug),
      title: field(text),
      summary: field(text),
      themes: field(
        list(
          rec({
            _key: key,
            heading: field(text),
            bullets: field(list(rec({_key: key, text: field(text)}))),
          }),
        ),
      ),
      actions: field(
        list(rec({_id: key, slug: field(slug), title: field(text), description: field(text)})),
      ),
      guidingGoals: field(list(linked)),
      values: field(list(linked)),
    }),
  },
)

// The support finder: SUPPORT_FINDER_QUERY_RESULT.

const taxon = rec({slug: field(slug), title: field(text), description: field(text)})

const actorRef = rec({slug: field(slug), name: field(text), website: field(url)})

const offer = rec({
  _id: key,
  slug: field(slug),
  title: field(text),
  isExample: field(fc.boolean()),
  summary: field(text),
  provider: field(rec({_id: key, slug: field(slug), name: field(text), website: field(url)})),
  eligibility: field(text),
  covers: field(text),
  amount: field(text),
  howToApply: field(text),
  contact: field(rec({label: field(text), url: field(url), actor: field(actorRef)})),
  needs: field(list(slug)),
  stages: field(list(slug)),
  targetGroups: field(list(slug)),
  sectors: field(list(slug)),
  municipalities: field(list(slug)),
  focusAreas: field(list(slug)),
  actions: field(list(rec({slug: field(slug), title: field(text)}))),
  status: field(fc.constantFrom('open', 'upcoming', 'closed', 'paused', '')),
  opensAt: field(date),
  closesAt: field(date),
})

/** What the support-finder query can answer. */
export const supportFinderResult: fc.Arbitrary<unknown> = fc.oneof(
  {weight: 1, arbitrary: fc.constant(null)},
  {weight: 1, arbitrary: wrongType},
  {
    weight: 12,
    arbitrary: rec({
      offers: field(list(offer, {maxLength: 8, huge: {min: 40, max: 120}})),
      needs: field(list(taxon)),
      stages: field(list(taxon)),
      targetGroups: field(list(taxon)),
      sectors: field(list(taxon)),
      municipalities: field(
        list(
          rec({
            slug: field(slug),
            name: field(text),
            website: field(url),
            businessOffice: field(text),
          }),
        ),
      ),
      entryPoint: field(
        rec({slug: field(slug), name: field(text), description: field(text), website: field(url)}),
      ),
    }),
  },
)

// The story carousel: SUCCESS_STORIES_QUERY_RESULT.

/** Portable Text, with block, style, list and mark types the schema does not have. */
export const portableText: fc.Arbitrary<unknown> = list(
  rec({
    _type: field(fc.constantFrom('block', 'image', 'code', 'unknownType')),
    _key: key,
    style: field(fc.constantFrom('normal', 'h3', 'h4', 'h1', 'blockquote', 'unknownStyle')),
    listItem: field(fc.constantFrom('bullet', 'number', 'unknownList')),
    level: field(fc.integer({min: -1, max: 12})),
    markDefs: field(
      list(
        rec({_key: key, _type: field(fc.constantFrom('link', 'unknownMark')), href: field(url)}),
      ),
    ),
    children: field(
      list(
        rec({
          _type: field(fc.constantFrom('span', 'unknownChild')),
          _key: key,
          text: field(text),
          marks: field(list(fc.oneof(fc.constantFrom('strong', 'em', 'unknownDecorator'), key))),
        }),
      ),
    ),
  }),
)

/** Image addresses: Sanity CDN shapes (on a closed port, so nothing is fetched), others, bad. */
const imageUrl: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'https://127.0.0.1:9/images/proj1/production/image-abc123-1600x900-jpg.jpg',
    'https://127.0.0.1:9/images/proj1/production/not-an-asset.png',
    '/__none__/image.jpg',
    'javascript:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
  ),
  url,
)

const lqip: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
    'data:image/png;base64,iVBORw0KGgo=") ; background: url(x',
    'data:text/html;base64,PHNjcmlwdD4=',
  ),
  text,
)

const story = rec({
  _id: key,
  slug: field(slug),
  title: field(text),
  isExample: field(fc.boolean()),
  summary: field(text),
  body: field(portableText),
  quote: field(text),
  quoteRole: field(text),
  organisation: field(text),
  municipality: field(rec({slug: field(slug), name: field(text)})),
  focusAreas: field(list(rec({slug: field(slug), title: field(text)}))),
  image: field(
    rec({
      alt: field(text),
      hotspot: field(
        rec({
          x: field(fc.double({min: 0, max: 1})),
          y: field(fc.double({min: 0, max: 1})),
          width: field(fc.double({min: 0, max: 1})),
          height: field(fc.double({min: 0, max: 1})),
        }),
      ),
      crop: field(
        rec({
          top: field(fc.double({min: 0, max: 1})),
          bottom: field(fc.double({min: 0, max: 1})),
          left: field(fc.double({min: 0, max: 1})),
          right: field(fc.double({min: 0, max: 1})),
        }),
      ),
      asset: field(
        rec({
          _id: field(fc.oneof(fc.constantFrom('image-abc123-1600x900-jpg', 'bundled:x.jpg'), key)),
          url: field(imageUrl),
          lqip: field(lqip),
          dimensions: field(
            rec({
              width: field(fc.integer({min: -10, max: 5000})),
              height: field(fc.integer({min: -10, max: 5000})),
              aspectRatio: field(fc.double({noNaN: true, noDefaultInfinity: true})),
            }),
          ),
          variants: field(
            list(rec({width: field(fc.integer({min: -10, max: 3000})), url: field(imageUrl)})),
          ),
        }),
      ),
    }),
  ),
  date: field(date),
})

/** What the success-stories query can answer. */
export const successStoriesResult: fc.Arbitrary<unknown> = fc.oneof(
  {weight: 1, arbitrary: fc.constant(null)},
  {weight: 1, arbitrary: wrongType},
  {weight: 12, arbitrary: list(story, {maxLength: 6, huge: {min: 30, max: 80}})},
)

/** How a source can fail: a `DataSourceError` of any kind, or anything else thrown. */
export const failure = fc.oneof(
  fc.record({
    kind: fc.constantFrom('offline', 'http', 'timeout', 'malformed', 'config', 'aborted'),
    message: text,
  }),
  fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.integer()).map((thrown) => ({
    thrown,
  })),
)

/** An attribute value: absent (`null`), or one of the given values, or any text. */
export function attribute(...values: string[]): fc.Arbitrary<string | null> {
  return fc.oneof(
    {weight: 3, arbitrary: fc.constant(null)},
    {weight: 4, arbitrary: values.length ? fc.constantFrom(...values) : text},
    {weight: 1, arbitrary: text},
  )
}
