import type {Meta, StoryObj} from '@storybook/web-components-vite'
import {html, type TemplateResult} from 'lit'
import {ifDefined} from 'lit/directives/if-defined.js'
import {action} from 'storybook/actions'
import '../components/focus-area-card/focus-area-card'
import '../components/strategy-wheel/strategy-wheel'
import type {WheelView} from '../components/strategy-wheel/strategy-wheel'
import {bundledSource} from '../components/data/bundled-source'
import type {
  DataSource,
  Lang,
  QueryName,
  QueryParamsMap,
  QueryResultMap,
} from '../components/data/source'
import {settled} from './support/settle'
import {OWN_SOURCE, ownDocsFrame} from './support/docs-frame'
import {staleStory} from './support/stale-story'

/** The wheel's attributes, as the story's args (named as in HTML). */
interface WheelArgs {
  selected?: string
  'href-template'?: string
  view?: 'wheel' | 'text'
  'heading-level'?: number
  'no-fragment'?: boolean
  'project-id'?: string
}

/** The focus areas of the strategy, in its order. */
const FOCUS_AREAS = [
  'positiv-samhallsutveckling',
  'oppenhet-och-dynamik',
  'kunskap-och-kompetens',
  'kreativa-motesplatser',
  'handlingskraftigt-innovationsstod',
] as const

/** Properties the attributes already cover, and the Sanity settings stories do not use. */
const NO_CONTROL = [
  'hrefTemplate',
  'headingLevel',
  'noFragment',
  'selectedFocusArea',
  'projectId',
  'sanityDataset',
  'apiVersion',
  'apiHost',
  'dataset',
  'api-version',
  'api-host',
]

/**
 * The wheel reads and writes its selection in the URL fragment. Storybook shows stories one
 * after another in the same frame, so each story starts without it (or with `hash`).
 */
function setFragment(hash = ''): void {
  const url = new URL(window.location.href)
  if (url.hash === hash) return
  url.hash = hash
  window.history.replaceState(window.history.state, '', url.href)
}

// Example strategies of other sizes, as another region might have (the wheel draws any number of
// focus areas 3–8, values 3–7 and goals 2–5). Titles in Swedish and English.
const AREA_TITLES: [string, string][] = [
  ['Hållbar besöksnäring', 'Sustainable tourism'],
  ['Skogens nya värden', 'New values from the forest'],
  ['Digital välfärd på distans', 'Digital welfare at a distance'],
  ['Livsmedel och förädling', 'Food and processing'],
  ['Energiomställning', 'Energy transition'],
  ['Kultur och kreativa näringar', 'Culture and creative industries'],
  ['Entreprenörskap i skolan', 'Entrepreneurship in school'],
  ['Forskning och samverkan', 'Research and collaboration'],
]
const VALUE_TITLES: [string, string][] = [
  ['Tillit', 'Trust'],
  ['Nyfikenhet', 'Curiosity'],
  ['Jämställdhet', 'Equality'],
  ['Mod', 'Courage'],
  ['Hållbarhet', 'Sustainability'],
  ['Öppenhet', 'Openness'],
  ['Samarbete', 'Collaboration'],
]
const GOAL_TITLES: [string, string][] = [
  ['Fler växande företag i hela länet', 'More growing companies across the county'],
  ['En attraktiv region att bo och verka i', 'An attractive region to live and work in'],
  ['Kunskap som kommer till användning', 'Knowledge that is put to use'],
  ['Halverade utsläpp till 2030', 'Emissions halved by 2030'],
  ['Kompetens för framtidens arbetsliv', 'Skills for the working life of the future'],
]

interface Counts {
  areas: number
  values: number
  goals: number
}

function slugOf(title: string): string {
  return title
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/**
 * A strategy with `counts` items, each focus area linked to some goals and values (a different
 * pattern for each), so that hovering shows different highlights.
 */
function exampleStrategy(counts: Counts, lang: Lang): QueryResultMap['strategy'] {
  const pick = ([sv, en]: [string, string]) => (lang === 'en' ? en : sv)
  const values = VALUE_TITLES.slice(0, counts.values)
  const goals = GOAL_TITLES.slice(0, counts.goals)
  return {
    brand: lang === 'en' ? 'An example region 2030' : 'Exempelregionen 2030',
    targetYear: 2030,
    vision: lang === 'en' ? 'Innovation for a living region' : 'Innovation för en levande region',
    valuesIntro: null,
    focusAreasIntro: null,
    inSwedish: [],
    values: values.map((title) => ({
      _id: `value-${slugOf(title[0])}`,
      slug: slugOf(title[0]),
      title: pick(title),
      statement:
        lang === 'en' ? `What ${title[1]} means to us.` : `Vad ${title[0]} betyder för oss.`,
      inSwedish: [],
    })),
    guidingGoals: goals.map((title) => ({
      _id: `guidingGoal-${slugOf(title[0])}`,
      slug: slugOf(title[0]),
      title: pick(title),
      inSwedish: [],
      subGoals: [
        {
          _key: 'sub',
          title: lang === 'en' ? 'What we measure' : 'Det vi mäter',
          inSwedish: [],
          bullets: [
            {
              _key: 'b',
              text: lang === 'en' ? 'A measurable result.' : 'Ett mätbart resultat.',
              inSwedish: [],
            },
          ],
        },
      ],
    })),
    focusAreas: AREA_TITLES.slice(0, counts.areas).map((title, i) => ({
      _id: `focusArea-${slugOf(title[0])}`,
      slug: slugOf(title[0]),
      title: pick(title),
      summary: null,
      inSwedish: [],
      guidingGoals: goals.filter((_, g) => (i + g) % 2 === 0).map(([sv]) => slugOf(sv)),
      values: values.filter((_, v) => (i + v) % 3 === 0).map(([sv]) => slugOf(sv)),
    })),
  }
}

/** A source answering `strategy` with an example of `counts`, and everything else as bundled. */
function exampleSource(counts: Counts): DataSource {
  return {
    key: `storybook-wheel-${counts.areas}-${counts.values}-${counts.goals}`,
    async fetch<N extends QueryName>(name: N, params: QueryParamsMap[N]) {
      if (name === 'strategy') return exampleStrategy(counts, params.lang) as QueryResultMap[N]
      return bundledSource.fetch(name, params)
    },
  }
}

/** The wheel of an example strategy with other counts, in a frame that provides its source. */
function withCounts(counts: Counts, wheel: TemplateResult): TemplateResult {
  return html`<story-frame .source=${exampleSource(counts)}>${wheel}</story-frame>`
}

function wheelOf(args: WheelArgs, id = 'strategihjul'): TemplateResult {
  return html`<ijh-strategy-wheel
    id=${id}
    selected=${ifDefined(args.selected)}
    href-template=${ifDefined(args['href-template'])}
    view=${ifDefined(args.view)}
    heading-level=${ifDefined(args['heading-level'])}
    ?no-fragment=${args['no-fragment']}
    project-id=${ifDefined(args['project-id'])}
    @ijh-focus-area-select=${action('ijh-focus-area-select')}
  ></ijh-strategy-wheel>`
}

const meta: Meta<WheelArgs> = {
  title: 'Elements/Strategy wheel',
  component: 'ijh-strategy-wheel',
  args: {view: 'wheel', 'heading-level': 2, 'no-fragment': false},
  argTypes: {
    selected: {
      description:
        'The selected focus area’s slug. `finns-inte` shows the wrong-attribute message.',
      options: [undefined, ...FOCUS_AREAS, 'finns-inte'],
      control: {type: 'select'},
    },
    'href-template': {control: {type: 'text'}},
    view: {options: ['wheel', 'text'], control: {type: 'inline-radio'}},
    'heading-level': {options: [1, 2, 3, 4, 5, 6], control: {type: 'select'}},
    'no-fragment': {control: {type: 'boolean'}},
    'project-id': {control: {type: 'text'}},
    ...Object.fromEntries(NO_CONTROL.map((name) => [name, {control: false}])),
  },
  render: (args) => {
    setFragment()
    return wheelOf(args)
  },
  // Waits until the wheel shows its content (or its skeleton, for the loading state), so that the
  // accessibility check runs on what a reader sees.
  play: async ({canvasElement, globals}) => {
    await settled(canvasElement, {loading: globals.dataState === 'loading'})
  },
}

export default meta

type Story = StoryObj<WheelArgs>

/** The bundled strategy: 2025 and the vision, five focus areas, five values, three goals. */
export const Default: Story = {}

/** A focus area selected: darker, framed, and its goals and values highlighted. */
export const Selected: Story = {args: {selected: 'kunskap-och-kompetens'}}

/** The text version, which carries everything: vision, focus areas, values, goals and sub-goals. */
export const TextVersion: Story = {name: 'Text version', args: {view: 'text'}}

export const TextVersionSelected: Story = {
  name: 'Text version, selected',
  args: {view: 'text', selected: 'kreativa-motesplatser', 'heading-level': 3},
}

/** `href-template`: the focus areas are links, for sites that want navigation instead. */
export const Links: Story = {args: {'href-template': '/innovation/{slug}'}}

export const TextVersionLinks: Story = {
  name: 'Text version, with links',
  args: {view: 'text', 'href-template': '/innovation/{slug}'},
}

/**
 * A card on the same page follows the wheel (`for="hjul-med-kort"`), with no script. Each story
 * with a card gives its wheel an id of its own, so that on the docs page each card follows its
 * own wheel.
 */
export const WithCard: Story = {
  name: 'With a card that follows it',
  render: (args) => {
    setFragment()
    return html`${wheelOf(args, 'hjul-med-kort')}
      <ijh-focus-area-card for="hjul-med-kort" variant="compact"></ijh-focus-area-card>`
  },
}

/** Opened from a shared link (`#ijh-focus-area-kreativa-motesplatser`): that area is selected. */
export const SharedLink: Story = {
  name: 'Opened from a shared link',
  parameters: ownDocsFrame('50rem'),
  render: (args) => {
    setFragment('#ijh-focus-area-kreativa-motesplatser')
    return html`${wheelOf(args, 'hjul-delad-lank')}
      <ijh-focus-area-card for="hjul-delad-lank"></ijh-focus-area-card>`
  },
}

/**
 * `no-fragment`, for pages that route with the fragment: the wheel leaves it alone. Opened from a
 * shared link (`#ijh-focus-area-kreativa-motesplatser`), nothing is selected, and a click selects
 * a focus area without writing it there.
 */
export const NoFragment: Story = {
  name: 'No fragment, opened from a shared link',
  parameters: ownDocsFrame('50rem'),
  args: {'no-fragment': true},
  render: (args) => {
    setFragment('#ijh-focus-area-kreativa-motesplatser')
    return wheelOf(args, 'hjul-utan-fragment')
  },
}

/** The English content and UI strings (`lang="en"` on an ancestor). */
export const English: Story = {globals: {lang: 'en'}}

export const EnglishText: Story = {
  name: 'English, text version',
  args: {view: 'text'},
  globals: {lang: 'en'},
}

/** A smaller wheel of 3 focus areas, 3 values and 2 goals. */
export const Counts332: Story = {
  name: 'Counts: 3 areas, 3 values, 2 goals',
  globals: OWN_SOURCE,
  render: (args) => {
    setFragment()
    return withCounts({areas: 3, values: 3, goals: 2}, wheelOf(args))
  },
}

/** The largest wheel: 8 focus areas, 7 values and 5 goals. */
export const Counts875: Story = {
  name: 'Counts: 8 areas, 7 values, 5 goals',
  globals: OWN_SOURCE,
  render: (args) => {
    setFragment()
    return withCounts({areas: 8, values: 7, goals: 5}, wheelOf(args))
  },
}

export const Counts875English: Story = {
  name: 'Counts: 8, 7, 5, English',
  render: (args) => {
    setFragment()
    return withCounts({areas: 8, values: 7, goals: 5}, wheelOf(args))
  },
  globals: {...OWN_SOURCE, lang: 'en'},
}

/** Focus areas linked to different goals and values: hover or focus one to see its links. */
export const Counts654Selected: Story = {
  name: 'Counts: 6, 4, 4, each area with its own links',
  globals: OWN_SOURCE,
  parameters: {controls: {exclude: ['selected']}},
  render: (args) => {
    setFragment()
    return withCounts(
      {areas: 6, values: 4, goals: 4},
      wheelOf({...args, selected: 'energiomstallning'}),
    )
  },
}

export const Counts875Text: Story = {
  name: 'Counts: 8, 7, 5, text version',
  globals: OWN_SOURCE,
  render: (args) => {
    setFragment()
    return withCounts({areas: 8, values: 7, goals: 5}, wheelOf({...args, view: 'text'}))
  },
}

/** At 280 px: labels are larger and shortened where they must be; nothing scrolls sideways. */
export const Narrow: Story = {
  name: 'Narrow (280 px)',
  render: (args) => {
    setFragment()
    return html`<div style="width: 280px">${wheelOf(args)}</div>`
  },
}

/** The description replaced through the `description` slot. */
export const OwnDescription: Story = {
  name: 'Own description (slot)',
  parameters: {controls: {include: ['view']}},
  render: (args) => {
    setFragment()
    return html`<ijh-strategy-wheel view=${ifDefined(args.view)}>
      <span slot="description">Så här hänger kommunens arbete ihop med regionens strategi.</span>
    </ijh-strategy-wheel>`
  },
}

/** While loading: a round skeleton of the wheel's size, and a status for screen readers. */
export const Loading: Story = {globals: {dataState: 'loading'}}

export const LoadingText: Story = {
  name: 'Loading, text version',
  args: {view: 'text'},
  globals: {dataState: 'loading'},
}

/** Loading with reduced motion: the skeleton does not pulse. */
export const LoadingReducedMotion: Story = {
  name: 'Loading, reduced motion',
  parameters: ownDocsFrame('50rem'),
  globals: {dataState: 'loading', motion: 'reduce'},
}

/** A strategy with no focus areas, values or goals yet: only the centre. */
export const Empty: Story = {globals: {dataState: 'empty'}}

export const EmptyText: Story = {
  name: 'Empty, text version',
  args: {view: 'text'},
  globals: {dataState: 'empty'},
}

/** The source fails: a short message and a retry button. */
export const ErrorOffline: Story = {
  name: 'Error (service unreachable)',
  globals: {dataState: 'error'},
}

/** Loaded, then a language switch fails to load: the wheel stays, under a quiet note. */
export const Stale: Story = {
  ...staleStory((args: WheelArgs) => {
    setFragment()
    return wheelOf(args)
  }, '50rem'),
  name: 'Stale (a language switch failed)',
}

/** The source has no strategy at all: the wheel says so. */
export const StrategyMissing: Story = {
  name: 'No strategy in the source',
  globals: OWN_SOURCE,
  render: (args) => {
    setFragment()
    const source: DataSource = {
      key: 'storybook-wheel-no-strategy',
      async fetch<N extends QueryName>(name: N, params: QueryParamsMap[N]) {
        if (name === 'strategy') return null as QueryResultMap[N]
        return bundledSource.fetch(name, params)
      },
    }
    return html`<story-frame .source=${source}>${wheelOf(args)}</story-frame>`
  },
}

export const ErrorEnglish: Story = {
  name: 'Error, English',
  globals: {dataState: 'error', lang: 'en'},
}

/** Every text four times as long and a 200-character word in every title: labels shorten. */
export const LongTexts: Story = {name: 'Very long texts', globals: {dataState: 'long'}}

export const LongTextsText: Story = {
  name: 'Very long texts, text version',
  args: {view: 'text'},
  globals: {dataState: 'long'},
}

/** Example municipal branding through the `--ijh-*` tokens: the wheel follows the accent. */
export const ThemeOstersund: Story = {
  name: 'Theme: Östersund',
  args: {selected: 'oppenhet-och-dynamik'},
  globals: {theme: 'ostersund'},
}

export const ThemeHarjedalen: Story = {
  name: 'Theme: Härjedalen',
  args: {selected: 'kreativa-motesplatser'},
  globals: {theme: 'harjedalen'},
}

/** Reduced motion: colours change without transitions. */
export const ReducedMotion: Story = {
  parameters: ownDocsFrame('50rem'),
  name: 'Reduced motion',
  globals: {motion: 'reduce'},
}

/** Wrong attribute: a `selected` no focus area has. The wheel says which attribute to fix. */
export const UnknownSelected: Story = {
  name: 'Wrong attribute: unknown selected',
  args: {selected: 'finns-inte'},
}

/** Wrong attribute: `view="hjul"` is named in a message, and the wheel shows. */
export const InvalidView: Story = {
  name: 'Wrong attribute: view hjul',
  // A value the type does not allow, as a page may write it.
  args: {view: 'hjul' as string as WheelView},
}

/** Wrong attribute: a `javascript:` link template is named in a message; buttons, not links. */
export const UnsafeHrefTemplate: Story = {
  name: 'Wrong attribute: javascript: href-template',
  args: {'href-template': 'javascript:alert(1)//{slug}'},
}

/** Wrong attribute: an invalid `project-id` is explained, with no retry button. */
export const InvalidProjectId: Story = {
  name: 'Wrong attribute: invalid project-id',
  args: {'project-id': 'Not valid!'},
}

/** A misspelt attribute name (`selcted`): the message names it and the attribute meant. */
export const MisspeltAttribute: Story = {
  name: 'Misspelt attribute name',
  parameters: {controls: {disable: true}},
  render: () => {
    setFragment()
    return html`<ijh-strategy-wheel selcted="kunskap-och-kompetens"></ijh-strategy-wheel>`
  },
}
