import type {Meta, StoryObj} from '@storybook/web-components-vite'
import {html, type TemplateResult} from 'lit'
import {ifDefined} from 'lit/directives/if-defined.js'
import '../components/focus-area-card/focus-area-card'
import type {CardVariant} from '../components/focus-area-card/card-options'
import {settled} from './support/settle'
import {ownDocsFrame} from './support/docs-frame'
import {staleStory} from './support/stale-story'

/** The card's attributes, as the story's args (named as in HTML). */
interface CardArgs {
  'focus-area'?: string
  variant?: 'full' | 'compact'
  'heading-level'?: number
  'href-template'?: string
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
  // A wheel to follow is on the page in the stories that need one ("With a card that follows it").
  'for',
  'focusArea',
  'headingLevel',
  'hrefTemplate',
  'projectId',
  'sanityDataset',
  'apiVersion',
  'apiHost',
  'dataset',
  'api-version',
  'api-host',
]

/** The card with the story's attributes. */
function card(args: CardArgs): TemplateResult {
  return html`<ijh-focus-area-card
    focus-area=${ifDefined(args['focus-area'])}
    variant=${ifDefined(args.variant)}
    heading-level=${ifDefined(args['heading-level'])}
    href-template=${ifDefined(args['href-template'])}
    project-id=${ifDefined(args['project-id'])}
  ></ijh-focus-area-card>`
}

const meta: Meta<CardArgs> = {
  title: 'Elements/Focus area card',
  component: 'ijh-focus-area-card',
  args: {
    'focus-area': 'kunskap-och-kompetens',
    variant: 'full',
    'heading-level': 2,
  },
  argTypes: {
    'focus-area': {
      description: 'The focus area’s slug. `finns-inte` shows the not-found message.',
      options: [...FOCUS_AREAS, 'finns-inte'],
      control: {type: 'select'},
    },
    variant: {options: ['full', 'compact'], control: {type: 'inline-radio'}},
    'heading-level': {options: [1, 2, 3, 4, 5, 6], control: {type: 'select'}},
    'href-template': {control: {type: 'text'}},
    'project-id': {control: {type: 'text'}},
    ...Object.fromEntries(NO_CONTROL.map((name) => [name, {control: false}])),
  },
  render: card,
  // Waits until the card shows its content (or its skeleton, for the loading state), so that the
  // accessibility check runs on what a reader sees.
  play: async ({canvasElement, globals}) => {
    await settled(canvasElement, {loading: globals.dataState === 'loading'})
  },
}

export default meta

type Story = StoryObj<CardArgs>

/** The full card: themes with their bullets, actions, guiding goals and values. */
export const Default: Story = {}

/** Title, one-line summary and a link made from `href-template`. */
export const Compact: Story = {
  args: {variant: 'compact', 'href-template': '/innovation/{slug}'},
}

/** `heading-level="3"`: the title is an `h3`, the theme and section headings `h4`. */
export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  args: {'heading-level': 3},
}

export const PositivSamhallsutveckling: Story = {
  name: 'Positiv samhällsutveckling',
  args: {'focus-area': 'positiv-samhallsutveckling'},
}

export const OppenhetOchDynamik: Story = {
  name: 'Öppenhet och dynamik',
  args: {'focus-area': 'oppenhet-och-dynamik'},
}

export const KunskapOchKompetens: Story = {
  name: 'Kunskap och kompetens',
  args: {'focus-area': 'kunskap-och-kompetens'},
}

export const KreativaMotesplatser: Story = {
  name: 'Kreativa mötesplatser',
  args: {'focus-area': 'kreativa-motesplatser'},
}

export const HandlingskraftigtInnovationsstod: Story = {
  name: 'Handlingskraftigt innovationsstöd',
  args: {'focus-area': 'handlingskraftigt-innovationsstod'},
}

/** The English content and UI strings (`lang="en"` on an ancestor). */
export const English: Story = {globals: {lang: 'en'}}

export const EnglishCompact: Story = {
  name: 'English, compact',
  args: {variant: 'compact', 'href-template': '/en/innovation/{slug}'},
  globals: {lang: 'en'},
}

/** While loading: a skeleton that keeps the card’s space, and a status for screen readers. */
export const Loading: Story = {globals: {dataState: 'loading'}}

export const LoadingCompact: Story = {
  name: 'Loading, compact',
  args: {variant: 'compact'},
  globals: {dataState: 'loading'},
}

/** Loading with reduced motion: the skeleton does not pulse. */
export const LoadingReducedMotion: Story = {
  name: 'Loading, reduced motion',
  parameters: ownDocsFrame('30rem'),
  globals: {dataState: 'loading', motion: 'reduce'},
}

/** The source has no such focus area. */
export const Empty: Story = {globals: {dataState: 'empty'}}

/** The source cannot be reached: a short message and a retry button. */
export const ErrorOffline: Story = {
  name: 'Error (service unreachable)',
  globals: {dataState: 'error'},
}

/** The reader's browser is offline (`navigator.onLine` false): the message says so. */
export const ErrorReaderOffline: Story = {
  name: 'Error (the reader is offline)',
  parameters: ownDocsFrame('16rem'),
  globals: {dataState: 'error'},
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', {configurable: true, get: () => false})
    // The instance's own property shadows the prototype's getter; removing it restores that.
    return () => {
      delete (navigator as {onLine?: boolean}).onLine
    }
  },
}

/** A rate limit: the message says how long to wait. */
export const ErrorRateLimited: Story = {
  name: 'Error (rate limited)',
  globals: {dataState: 'rateLimited'},
}

export const ErrorTimeout: Story = {name: 'Error (timeout)', globals: {dataState: 'timeout'}}

/** Loaded, then a language switch fails to load: the card stays, under a quiet note. */
export const Stale: Story = {...staleStory(card, '50rem'), name: 'Stale (a language switch failed)'}

/** Texts the editors have not translated show in Swedish, marked `lang="sv"` (WCAG 3.1.2). */
export const EnglishSwedishFallback: Story = {
  name: 'English, some texts only in Swedish',
  globals: {lang: 'en', dataState: 'swedishFallback'},
}

/** On a page in another language (South Sami, `lang="sma"`), the card says it speaks Swedish. */
export const PageInSouthSami: Story = {
  name: 'On a page in South Sami',
  render: (args) => html`<div lang="sma">${card(args)}</div>`,
}

/** A phone. */
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  render: (args) => html`<div style="max-width: 320px">${card(args)}</div>`,
}

export const ErrorEnglish: Story = {
  name: 'Error, English',
  globals: {dataState: 'error', lang: 'en'},
}

/** Every text four times as long, and a 200-character word in every title and heading. */
export const LongTexts: Story = {
  name: 'Very long texts',
  globals: {dataState: 'long'},
}

export const LongTextsCompact: Story = {
  name: 'Very long texts, compact',
  args: {variant: 'compact', 'href-template': '/innovation/{slug}'},
  globals: {dataState: 'long'},
}

/** Example municipal branding through the `--ijh-*` tokens. */
export const ThemeOstersund: Story = {
  name: 'Theme: Östersund',
  globals: {theme: 'ostersund'},
}

export const ThemeHarjedalen: Story = {
  name: 'Theme: Härjedalen, compact',
  args: {variant: 'compact', 'href-template': '/innovation/{slug}'},
  globals: {theme: 'harjedalen'},
}

/** Wrong attribute: no `focus-area`. The card says which attribute to set. */
export const MissingFocusArea: Story = {
  name: 'Wrong attribute: no focus-area',
  args: {'focus-area': undefined},
}

/** Wrong attribute: `for` names no wheel on the page. */
export const UnknownFor: Story = {
  name: 'Wrong attribute: for names no wheel',
  parameters: {controls: {disable: true}},
  render: () => html`<ijh-focus-area-card for="finns-inte"></ijh-focus-area-card>`,
}

/** `for` names a wheel that is missing, and the card shows its own `focus-area` meanwhile. */
export const UnknownForWithFocusArea: Story = {
  name: 'Wrong attribute: for names no wheel, with a focus-area',
  parameters: {controls: {disable: true}},
  render: () =>
    html`<ijh-focus-area-card
      for="finns-inte"
      focus-area="kunskap-och-kompetens"
    ></ijh-focus-area-card>`,
}

/** A misspelt attribute name (`focus_area`): named, with the one meant. */
export const MisspeltAttribute: Story = {
  name: 'Wrong attribute: misspelt name',
  parameters: {controls: {disable: true}},
  render: () =>
    html`<ijh-focus-area-card focus_area="kunskap-och-kompetens"></ijh-focus-area-card>`,
}

/** The focus area by its Swedish title, as an editor may paste it: read as its slug. */
export const FocusAreaByTitle: Story = {
  name: 'focus-area written as the title (Kreativa mötesplatser)',
  args: {'focus-area': 'Kreativa mötesplatser'},
}

/** Wrong attribute: a slug no focus area has. */
export const UnknownFocusArea: Story = {
  name: 'Wrong attribute: unknown focus-area',
  args: {'focus-area': 'finns-inte'},
}

/** Wrong attribute: `heading-level="9"` is named in a message, and falls back to 2. */
export const InvalidHeadingLevel: Story = {
  name: 'Wrong attribute: heading-level 9',
  args: {'heading-level': 9},
}

/** Wrong attribute: `variant="kompakt"` is named in a message, and the full card shows. */
export const InvalidVariant: Story = {
  name: 'Wrong attribute: variant kompakt',
  // A value the type does not allow, as a page may write it.
  args: {variant: 'kompakt' as string as CardVariant},
}

/** Wrong attribute: a `javascript:` link template is named in a message, and gives no link. */
export const UnsafeHrefTemplate: Story = {
  name: 'Wrong attribute: javascript: href-template',
  args: {variant: 'compact', 'href-template': 'javascript:alert(1)//{slug}'},
}

/** Wrong attribute: an invalid `project-id` is explained, with no retry button. */
export const InvalidProjectId: Story = {
  name: 'Wrong attribute: invalid project-id',
  args: {'project-id': 'Not valid!'},
}

/** A theme the reader has collapsed: its bullets hidden, its button saying it can show them. */
export const ThemeCollapsed: Story = {
  name: 'A theme collapsed',
  parameters: ownDocsFrame('50rem'),
  play: async ({canvasElement}) => {
    await settled(canvasElement)
    const el = canvasElement.querySelector('ijh-focus-area-card')
    el?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="theme-toggle"]')?.click()
    await el?.updateComplete
  },
}
