import type {Meta, StoryObj} from '@storybook/web-components-vite'
import {html, type TemplateResult} from 'lit'
import {ifDefined} from 'lit/directives/if-defined.js'
import '../components/story-carousel/story-carousel'
import {bundledSource} from '../components/data/bundled-source'
import type {DataSource, QueryName, QueryParamsMap, QueryResultMap} from '../components/data/source'
import type {StoryLayout, Story as SuccessStory} from '../components/story-carousel/select-stories'
import {settled} from './support/settle'
import {OWN_SOURCE, ownDocsFrame} from './support/docs-frame'
import {staleStory} from './support/stale-story'

/** The carousel's attributes, as the story's args (named as in HTML). */
interface CarouselArgs {
  'focus-area'?: string
  municipality?: string
  limit?: string
  layout?: 'carousel' | 'list'
  autoplay?: boolean
  'href-template'?: string
  'heading-level'?: number
  label?: string
}

/** Properties the attributes already cover, and the Sanity settings stories do not use. */
const NO_CONTROL = [
  'focusArea',
  'hrefTemplate',
  'headingLevel',
  'projectId',
  'sanityDataset',
  'apiVersion',
  'apiHost',
  'project-id',
  'dataset',
  'api-version',
  'api-host',
]

function carousel(args: CarouselArgs): TemplateResult {
  return html`<ijh-story-carousel
    focus-area=${ifDefined(args['focus-area'])}
    municipality=${ifDefined(args.municipality)}
    limit=${ifDefined(args.limit)}
    layout=${ifDefined(args.layout)}
    ?autoplay=${args.autoplay}
    href-template=${ifDefined(args['href-template'])}
    heading-level=${ifDefined(args['heading-level'])}
    label=${ifDefined(args.label)}
  ></ijh-story-carousel>`
}

type Stories = SuccessStory[]

/** A source answering `successStories` with `change` applied to the bundled stories. */
function storiesSource(key: string, change: (stories: Stories) => Stories): DataSource {
  return {
    key: `storybook-stories-${key}`,
    async fetch<N extends QueryName>(name: N, params: QueryParamsMap[N]) {
      const value = await bundledSource.fetch(name, params)
      return (name === 'successStories' ? change(value as Stories) : value) as QueryResultMap[N]
    },
  }
}

/** The carousel reading from `source`, in a frame that provides it. */
function withSource(source: DataSource, args: CarouselArgs): TemplateResult {
  return html`<story-frame .source=${source}>${carousel(args)}</story-frame>`
}

const ONE = storiesSource('one', (stories) => stories.slice(0, 1))

/** Twenty stories: the bundled eight, and copies of them. */
const MANY = storiesSource('many', (stories) =>
  Array.from({length: 20}, (_, i) => {
    const story = stories[i % stories.length]
    return i < stories.length
      ? story
      : {
          ...story,
          _id: `${story._id}-${i}`,
          slug: `${story.slug}-${i}`,
          title: `${story.title} (${i + 1})`,
        }
  }),
)

/** Every other story without an image, and one whose image has no asset (not uploaded yet). */
const MISSING_IMAGES = storiesSource('missing-images', (stories) =>
  stories.map((story, i) =>
    i % 2
      ? story
      : ({...story, image: i === 0 ? null : {...story.image, asset: null}} as SuccessStory),
  ),
)

/** Quotes five times as long, and one 200-character word. */
const LONG_QUOTES = storiesSource('long-quotes', (stories) =>
  stories.map((story) => ({
    ...story,
    quote: `${Array.from({length: 5}, () => story.quote).join(' ')} ${'innovationsstödsverksamhetsutveckling'.repeat(6)}`,
    quoteRole: `${story.quoteRole}, ${story.quoteRole}`,
  })),
)

const meta: Meta<CarouselArgs> = {
  title: 'Elements/Story carousel',
  component: 'ijh-story-carousel',
  args: {layout: 'carousel', autoplay: false, 'heading-level': 3},
  argTypes: {
    'focus-area': {
      description:
        'Only stories in this focus area. `finns-inte` shows the wrong-attribute message.',
      options: [
        undefined,
        'positiv-samhallsutveckling',
        'oppenhet-och-dynamik',
        'kunskap-och-kompetens',
        'kreativa-motesplatser',
        'handlingskraftigt-innovationsstod',
        'finns-inte',
      ],
      control: {type: 'select'},
    },
    municipality: {
      options: [
        undefined,
        'are',
        'berg',
        'bracke',
        'harjedalen',
        'krokom',
        'ostersund',
        'ragunda',
        'stromsund',
      ],
      control: {type: 'select'},
    },
    limit: {control: {type: 'text'}},
    layout: {options: ['carousel', 'list'], control: {type: 'inline-radio'}},
    autoplay: {control: {type: 'boolean'}},
    'href-template': {control: {type: 'text'}},
    'heading-level': {options: [1, 2, 3, 4, 5, 6], control: {type: 'select'}},
    label: {control: {type: 'text'}},
    ...Object.fromEntries(NO_CONTROL.map((name) => [name, {control: false}])),
  },
  render: (args) => carousel(args),
  // Waits until the carousel shows its stories (or its skeleton, for the loading state), so that
  // the accessibility check runs on what a reader sees.
  play: async ({canvasElement, globals}) => {
    await settled(canvasElement, {loading: globals.dataState === 'loading'})
  },
}

export default meta

type Story = StoryObj<CarouselArgs>

/** Every bundled example story, newest first: the APG tabbed carousel, not rotating. */
export const Default: Story = {}

/**
 * `autoplay`: rotates every 7 s, with the stop/start button first. Hover pauses it; keyboard
 * focus stops it, and it never starts again by itself; focus in the slide shown is never hidden.
 */
export const Autoplay: Story = {args: {autoplay: true}}

/** `autoplay` with reduced motion: nothing rotates and there is no rotation button. */
export const AutoplayReducedMotion: Story = {
  name: 'Autoplay, reduced motion',
  parameters: ownDocsFrame(),
  args: {autoplay: true},
  globals: {motion: 'reduce'},
}

/** `layout="list"`: every story at once, for sites that want no carousel. */
export const List: Story = {args: {layout: 'list', 'href-template': '/goda-exempel/{slug}'}}

/** The same stories as a carousel and as a plain list, side by side. */
export const CarouselAndList: Story = {
  name: 'Carousel and list, side by side',
  args: {limit: '3'},
  render: (args) =>
    html`<div
      style="display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem"
    >
      ${carousel({...args, layout: 'carousel'})} ${carousel({...args, layout: 'list'})}
    </div>`,
}

/** One story: a single slide, no controls. */
export const OneStory: Story = {
  name: 'One story',
  globals: OWN_SOURCE,
  render: (args) => withSource(ONE, args),
}

/** Twenty stories: the picker wraps onto more rows, nothing scrolls sideways at 320 px. */
export const ManyStories: Story = {
  name: 'Many stories',
  globals: OWN_SOURCE,
  render: (args) => withSource(MANY, args),
}

export const ManyStoriesNarrow: Story = {
  name: 'Many stories, narrow (320 px)',
  globals: OWN_SOURCE,
  render: (args) => html`<div style="max-width: 320px">${withSource(MANY, args)}</div>`,
}

/** Stories without an image keep the 16:9 frame, so slides do not jump. */
export const MissingImages: Story = {
  name: 'Missing images',
  globals: OWN_SOURCE,
  render: (args) => withSource(MISSING_IMAGES, args),
}

/** Long quotes: the carousel takes the height of its tallest slide, and never changes it. */
export const LongQuotes: Story = {
  name: 'Long quotes',
  globals: OWN_SOURCE,
  render: (args) => withSource(LONG_QUOTES, args),
}

/** Stories in one focus area, from one municipality, or the newest three. */
export const ByFocusArea: Story = {
  name: 'Filtered: focus-area',
  args: {'focus-area': 'kreativa-motesplatser'},
}

export const ByMunicipality: Story = {
  name: 'Filtered: municipality',
  args: {municipality: 'ostersund'},
}

export const Limit3: Story = {name: 'Filtered: limit 3', args: {limit: '3'}}

/**
 * `label`: the carousel's accessible name in the page's own words, apart from another carousel's
 * on the same page (the default is "Goda exempel").
 */
export const OwnLabel: Story = {
  name: 'Own label',
  args: {label: 'Goda exempel från Krokom', municipality: 'krokom'},
}

export const OwnLabelList: Story = {
  name: 'Own label, list',
  args: {label: 'Goda exempel från Krokom', municipality: 'krokom', layout: 'list'},
}

/** Each title links to the story's page through `href-template`. */
export const Linked: Story = {args: {'href-template': '/goda-exempel/{slug}'}}

/** The English content and UI strings (`lang="en"` on an ancestor). */
export const English: Story = {globals: {lang: 'en'}}

/** Rotation offered (`autoplay`), then stopped with the button, which now offers to start it. */
export const AutoplayStopped: Story = {
  name: 'Autoplay, stopped',
  parameters: ownDocsFrame(),
  args: {autoplay: true},
  play: async ({canvasElement}) => {
    await settled(canvasElement)
    const el = canvasElement.querySelector('ijh-story-carousel')
    el?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="rotation-button"]')?.click()
    await el?.updateComplete
  },
}

/** While loading: a skeleton of the carousel's size, and a status for screen readers. */
export const Loading: Story = {globals: {dataState: 'loading'}}

export const LoadingReducedMotion: Story = {
  name: 'Loading, reduced motion',
  parameters: ownDocsFrame(),
  globals: {dataState: 'loading', motion: 'reduce'},
}

/** The source has no stories at all. */
export const Empty: Story = {globals: {dataState: 'empty'}}

/** The source fails: a short message and a retry button. */
export const ErrorOffline: Story = {
  name: 'Error (service unreachable)',
  globals: {dataState: 'error'},
}

/** Loaded, then a language switch fails to load: the stories stay, under a quiet note. */
export const Stale: Story = {
  ...staleStory(carousel, '40rem'),
  name: 'Stale (a language switch failed)',
}

/** Every text four times as long, and a 200-character word in every title. */
export const LongTexts: Story = {name: 'Very long texts', globals: {dataState: 'long'}}

/** Example municipal branding through the `--ijh-*` tokens. */
export const ThemeOstersund: Story = {name: 'Theme: Östersund', globals: {theme: 'ostersund'}}

/** Wrong attribute: a focus area no story has. The message names it and gives an example. */
export const UnknownFocusArea: Story = {
  name: 'Wrong attribute: unknown focus-area',
  args: {'focus-area': 'finns-inte'},
}

export const UnknownMunicipality: Story = {
  name: 'Wrong attribute: unknown municipality',
  args: {municipality: 'stockholm'},
}

/** Wrong attribute: `limit="abc"` is named in a message, and every story shows. */
export const InvalidLimit: Story = {name: 'Wrong attribute: limit abc', args: {limit: 'abc'}}

/** Wrong attribute: `layout="grid"` is named in a message, and the carousel shows. */
export const InvalidLayout: Story = {
  name: 'Wrong attribute: layout grid',
  // A value the type does not allow, as a page may write it.
  args: {layout: 'grid' as string as StoryLayout},
}

/** Wrong attribute: a `javascript:` link template is named in a message, and gives no links. */
export const UnsafeHrefTemplate: Story = {
  name: 'Wrong attribute: javascript: href-template',
  args: {'href-template': 'javascript:alert(1)//{slug}'},
}

/** The source cannot be reached, on an English page. */
export const ErrorEnglish: Story = {
  name: 'Error, English',
  globals: {dataState: 'error', lang: 'en'},
}
