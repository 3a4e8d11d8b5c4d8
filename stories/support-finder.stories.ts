import type {Meta, StoryObj} from '@storybook/web-components-vite'
import {html, type TemplateResult} from 'lit'
import {ifDefined} from 'lit/directives/if-defined.js'
import {styleMap} from 'lit/directives/style-map.js'
import {action} from 'storybook/actions'
import '../components/support-finder/support-finder'
import type {IjhSupportFinder} from '../components/support-finder/support-finder'
import {URL_PREFIX} from '../components/support-finder/url-state'
import {slugSelect} from './support/dataset-slugs'
import {settled} from './support/settle'
import {OWN_SOURCE, ownDocsFrame} from './support/docs-frame'
import {staleStory} from './support/stale-story'
import {bundledSource} from '../components/data/bundled-source'
import type {DataSource, QueryName, QueryParamsMap, QueryResultMap} from '../components/data/source'

/** 45 offers (the bundled 29, and copies), so that the list has a "show more" button. */
const MANY_OFFERS: DataSource = {
  key: 'storybook-finder-many',
  async fetch<N extends QueryName>(name: N, params: QueryParamsMap[N]) {
    const value = await bundledSource.fetch(name, params)
    if (name !== 'supportFinder' || !value) return value
    const offers = (value as QueryResultMap['supportFinder'])?.offers ?? []
    const many = Array.from({length: 45}, (_, i) => {
      const offer = offers[i % offers.length]!
      const copy = Math.floor(i / offers.length)
      return copy === 0
        ? offer
        : {
            ...offer,
            _id: `${offer._id}-${copy}`,
            slug: `${offer.slug}-${copy}`,
            title: `${offer.title} (${copy + 1})`,
          }
    })
    return {...(value as object), offers: many} as QueryResultMap[N]
  },
}

/** The finder's attributes, as the story's args (named as in HTML). */
interface FinderArgs {
  mode?: 'browse' | 'guided'
  need?: string
  stage?: string
  'target-group'?: string
  sector?: string
  municipality?: string
  provider?: string
  'hide-facets'?: string
  'heading-level'?: number
  label?: string
  'url-key'?: string
  /** CSS custom properties: the story frame sets them (their controls are in the Docs table). */
  [property: `--${string}`]: string | undefined
}

/** Properties the attributes already cover, and the Sanity settings stories do not use. */
const NO_CONTROL = [
  'targetGroup',
  'hideFacets',
  'headingLevel',
  'projectId',
  'sanityDataset',
  'apiVersion',
  'apiHost',
  'project-id',
  'dataset',
  'api-version',
  'api-host',
  'filters',
  // A page with two finders needs it; one story has no use for it.
  'url-key',
]

/**
 * The finder keeps its state in the page URL. Storybook shows stories one after another in the
 * same frame, so each story starts from a URL without the finder's parameters.
 */
function clearFinderUrl(): void {
  const url = new URL(window.location.href)
  const names = [...url.searchParams.keys()].filter((name) => name.startsWith(URL_PREFIX))
  if (!names.length) return
  for (const name of names) url.searchParams.delete(name)
  window.history.replaceState(window.history.state, '', url.href)
}

function finderIn(canvas: HTMLElement): IjhSupportFinder {
  const el = canvas.querySelector('ijh-support-finder')
  if (!el) throw new Error('no ijh-support-finder in the story')
  return el
}

/** Answers the guided questions in order: `answers[i]` is the option's slug (or `skip`). */
async function answerGuided(canvas: HTMLElement, answers: string[]): Promise<void> {
  const el = finderIn(canvas)
  for (const answer of answers) {
    const root = el.shadowRoot
    const radio = root?.querySelector<HTMLInputElement>(`.guided input[id$="-${answer}"]`)
    radio?.click()
    root?.querySelector<HTMLButtonElement>('.guided button[type="submit"]')?.click()
    await el.updateComplete
  }
}

/** The finder with the story's attributes, from a URL without the finder's parameters. */
function finder(args: FinderArgs): TemplateResult {
  clearFinderUrl()
  return html`<ijh-support-finder
    mode=${ifDefined(args.mode)}
    need=${ifDefined(args.need)}
    stage=${ifDefined(args.stage)}
    target-group=${ifDefined(args['target-group'])}
    sector=${ifDefined(args.sector)}
    municipality=${ifDefined(args.municipality)}
    provider=${ifDefined(args.provider)}
    hide-facets=${ifDefined(args['hide-facets'])}
    heading-level=${ifDefined(args['heading-level'])}
    label=${ifDefined(args.label)}
    url-key=${ifDefined(args['url-key'])}
    @ijh-support-finder-change=${action('ijh-support-finder-change')}
  ></ijh-support-finder>`
}

const meta: Meta<FinderArgs> = {
  title: 'Elements/Support finder',
  component: 'ijh-support-finder',
  args: {mode: 'browse', 'heading-level': 2},
  argTypes: {
    mode: {options: ['browse', 'guided'], control: {type: 'inline-radio'}},
    need: slugSelect('need', 'Fixes the need facet, e.g. `finansiering`.'),
    stage: slugSelect('businessStage', 'Fixes the business stage, e.g. `ide`.'),
    'target-group': slugSelect('targetGroup', 'Fixes the target group.'),
    sector: slugSelect('sector', 'Fixes the sector.'),
    municipality: slugSelect('municipality', 'Fixes the municipality, e.g. `krokom`.'),
    provider: slugSelect('actor', 'Fixes the provider, e.g. `almi-mitt`.'),
    'hide-facets': {
      control: {type: 'text'},
      description: 'Facet names to hide, or empty to hide the facets the presets fix.',
    },
    'heading-level': {options: [1, 2, 3, 4, 5, 6], control: {type: 'select'}},
    label: {
      control: {type: 'text'},
      description: 'The heading in the partner’s words; it names the finder’s search too.',
    },
    ...Object.fromEntries(NO_CONTROL.map((name) => [name, {control: false}])),
  },
  render: finder,
  // Waits until the finder shows its content (or its skeleton, for the loading state), so that
  // the accessibility check runs on what a reader sees.
  play: async ({canvasElement, globals}) => {
    await settled(canvasElement, {loading: globals.dataState === 'loading'})
  },
}

export default meta

type Story = StoryObj<FinderArgs>

/** Every example offer: facets with counts, search, open offers first. */
export const Loaded: Story = {}

/** Filters set (as a link someone shared would set them): need and municipality, with chips. */
export const Filtered: Story = {
  parameters: ownDocsFrame('60rem'),
  play: async ({canvasElement}) => {
    await settled(canvasElement)
    const el = finderIn(canvasElement)
    el.setSearch({need: ['finansiering'], municipality: ['krokom']})
    await el.updateComplete
  },
}

/** A search with no results: which filter to remove, how many results that gives, and who to ask. */
export const NoResults: Story = {
  name: 'Zero results, with suggestions',
  parameters: ownDocsFrame('60rem'),
  play: async ({canvasElement}) => {
    await settled(canvasElement)
    const el = finderIn(canvasElement)
    el.setSearch({need: ['utmarkelser'], municipality: ['ragunda'], stage: ['vaxande']})
    await el.updateComplete
  },
}

/** The source has no offers at all: still a human way in. */
export const Empty: Story = {globals: {dataState: 'empty'}}

/** While loading: a skeleton that keeps the finder’s space, and a status for screen readers. */
export const Loading: Story = {globals: {dataState: 'loading'}}

/** The source cannot be reached: a short message and a retry button. */
export const ErrorOffline: Story = {
  name: 'Error (service unreachable)',
  globals: {dataState: 'error'},
}

/** Loaded, then a language switch fails to load: the offers stay, under a quiet note. */
export const Stale: Story = {
  ...staleStory(finder, '60rem'),
  name: 'Stale (a language switch failed)',
}

/** A phone: the filters wait behind a button above the results. */
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  render: (args) => html`<div style="max-width: 320px">${finder(args)}</div>`,
}

/** A phone with the filters shown. */
export const NarrowFiltersOpen: Story = {
  name: 'Narrow (320 px), filters shown',
  parameters: ownDocsFrame('60rem'),
  render: (args) => html`<div style="max-width: 320px">${finder(args)}</div>`,
  play: async ({canvasElement}) => {
    await settled(canvasElement)
    const el = finderIn(canvasElement)
    el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="filters-toggle"]')?.click()
    await el.updateComplete
  },
}

/** More offers than a page shows (30): the button under the list shows the rest. */
export const ManyOffers: Story = {
  name: 'Many offers (show more)',
  globals: OWN_SOURCE,
  render: (args) => html`<story-frame .source=${MANY_OFFERS}>${finder(args)}</story-frame>`,
}

/** An offer's card opened: everything about the offer, and how to get in touch. */
export const OfferExpanded: Story = {
  name: 'An offer expanded',
  parameters: ownDocsFrame('60rem'),
  play: async ({canvasElement}) => {
    await settled(canvasElement)
    const el = finderIn(canvasElement)
    el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="card-toggle"]')?.click()
    await el.updateComplete
  },
}

/** The English UI and content, with English dates. */
export const English: Story = {globals: {lang: 'en'}}

/** Every text four times as long, and a 200-character word in every title. */
export const LongTexts: Story = {name: 'Very long texts', globals: {dataState: 'long'}}

/** Guided mode, question 1 of 3: what do you need? */
export const GuidedStep1: Story = {name: 'Guided: 1 what do you need', args: {mode: 'guided'}}

/** Guided mode, question 2 of 3: where is your business? */
export const GuidedStep2: Story = {
  name: 'Guided: 2 where is your business',
  parameters: ownDocsFrame('60rem'),
  args: {mode: 'guided'},
  play: async ({canvasElement}) => {
    await settled(canvasElement)
    await answerGuided(canvasElement, ['finansiering'])
  },
}

/** Guided mode, question 3 of 3: what stage are you at? */
export const GuidedStep3: Story = {
  name: 'Guided: 3 what stage are you at',
  parameters: ownDocsFrame('60rem'),
  args: {mode: 'guided'},
  play: async ({canvasElement}) => {
    await settled(canvasElement)
    await answerGuided(canvasElement, ['finansiering', 'krokom'])
  },
}

/** Guided mode, the results: the answers applied as filters, and editable. */
export const GuidedResults: Story = {
  name: 'Guided: 4 results',
  parameters: ownDocsFrame('60rem'),
  args: {mode: 'guided'},
  play: async ({canvasElement}) => {
    await settled(canvasElement)
    await answerGuided(canvasElement, ['finansiering', 'krokom', 'skip'])
  },
}

/** Guided mode in English, question 1 of 3: what do you need? */
export const GuidedEnglish: Story = {
  name: 'Guided: 1 what do you need, English',
  args: {mode: 'guided'},
  globals: {lang: 'en'},
}

/**
 * A partner's finder: Almi's offers only (`provider="almi-mitt"`), the provider facet hidden
 * (`hide-facets`), under the partner's own `h3` in its own words (`label`), in its colours through
 * `--ijh-support-finder-*` and the shared tokens.
 */
export const PartnerPreset: Story = {
  name: 'Partner preset with a partner theme',
  // The partner's theme as args, so that its controls change it, set on a wrapper of the story's
  // own, so that "Show code" has it too (the story frame, which sets them as well, is not shown).
  render: (args) =>
    html`<div
      style=${styleMap(Object.fromEntries(Object.entries(args).filter(([name]) => name.startsWith('--'))))}
    >
      ${finder(args)}
    </div>`,
  args: {
    provider: 'almi-mitt',
    'hide-facets': '',
    'heading-level': 3,
    label: 'Almis stöd för ditt företag',
    '--ijh-support-finder-accent': '#6a1b4d',
    '--ijh-support-finder-panel-background': '#fbf3f7',
    '--ijh-support-finder-border-color': '#8c6a7d',
    '--ijh-support-finder-font-family': "Georgia, 'Times New Roman', serif",
    '--ijh-radius': '0.125rem',
  },
}

/**
 * Two partners' finders on one page, each with its own `label`, which names its search landmark
 * too (two searches a screen reader can tell apart), and its own `url-key`, which keeps its
 * filters in the address apart from the other's (`?ijh-sf-almi-need=…`).
 */
export const TwoFinders: Story = {
  name: 'Two finders on one page',
  parameters: {controls: {include: ['mode', 'heading-level']}},
  render: (args) =>
    html`<div style="display: grid; gap: 2rem">
      ${finder({
        ...args,
        provider: 'almi-mitt',
        'hide-facets': 'provider',
        'url-key': 'almi',
        label: 'Almis stöd för ditt företag',
      })}
      ${finder({
        ...args,
        provider: 'mid-sweden-science-park',
        'hide-facets': 'provider',
        'url-key': 'science-park',
        label: 'Mid Sweden Science Parks stöd',
      })}
    </div>`,
}

/** Guided mode on a municipality's page: the municipality question is skipped (two questions). */
export const GuidedPreset: Story = {
  name: 'Guided, municipality preset (two questions)',
  args: {mode: 'guided', municipality: 'krokom'},
}

/** A municipality's page: the municipality fixed and shown locked, its business office named. */
export const MunicipalityPreset: Story = {
  name: 'Municipality preset (Krokom)',
  args: {municipality: 'krokom'},
}

/**
 * Wrong attributes: each named, with an example. A provider preset that matches no offer lists
 * none (a partner's page never shows every provider's offers).
 */
export const WrongAttributes: Story = {
  name: 'Wrong attributes',
  args: {provider: 'finns-inte', mode: 'wizard' as 'browse', 'hide-facets': 'colour'},
}

/** A misspelt attribute name (`municipalty`), which the finder would otherwise ignore: named. */
export const MisspeltAttribute: Story = {
  name: 'Misspelt attribute name',
  parameters: {controls: {disable: true}},
  render: () => {
    clearFinderUrl()
    return html`<ijh-support-finder municipalty="krokom"></ijh-support-finder>`
  },
}

/** The presets written as the names are spelt, with å, ä and ö: read as their slugs. */
export const PresetWithDiacritics: Story = {
  name: 'Preset written with å, ä, ö (Östersund)',
  args: {municipality: 'Östersund'},
}

/** The source cannot be reached, on an English page. */
export const ErrorEnglish: Story = {
  name: 'Error, English',
  globals: {dataState: 'error', lang: 'en'},
}

/** Härjedalen's colours and font through the shared tokens. */
export const ThemeHarjedalen: Story = {name: 'Theme: Härjedalen', globals: {theme: 'harjedalen'}}
