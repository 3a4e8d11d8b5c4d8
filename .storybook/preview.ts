/// <reference types="vite/client" />
import {
  setCustomElementsManifest,
  type Decorator,
  type Preview,
} from '@storybook/web-components-vite'
import type {ArgTypesEnhancer} from 'storybook/internal/types'
import {html} from 'lit'
import {styleMap} from 'lit/directives/style-map.js'
import {REDUCED_MOTION_ATTRIBUTE} from '../components/shared/motion'
import {DATA_STATES, isDataState, sourceFor} from '../stories/support/story-sources'
import {publicApi} from './manifest'
import './story-frame'
import {THEMES, themeFor, type ThemeName} from './themes'
import wcagTags from './wcag-tags.json'

// The manifest is generated (`npm run manifest`, run by `npm run storybook` and
// `npm run build-storybook`), so it is looked up rather than imported: without it, Storybook
// still runs, only without the generated API tables.
const manifests = import.meta.glob<unknown>('../custom-elements.json', {
  eager: true,
  import: 'default',
})
const manifest = manifests['../custom-elements.json']
const publicManifest = manifest ? publicApi(manifest) : undefined
if (publicManifest) setCustomElementsManifest(publicManifest)
else console.warn('custom-elements.json is missing: run `npm run manifest` for the API tables.')

/** The "Reduced motion" toolbar: the page-level request `components/shared/motion.ts` honours. */
const withReducedMotion: Decorator = (story, {globals}) => {
  document.documentElement.toggleAttribute(REDUCED_MOTION_ATTRIBUTE, globals.motion === 'reduce')
  return story()
}

/** The CSS custom properties a designer set in the Controls panel (`--ijh-…` args). */
function customProperties(args: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args).filter(
      (entry): entry is [string, string] =>
        entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1].trim() !== '',
    ),
  )
}

/**
 * Renders the story in a `<story-frame>` with the toolbar's language, theme and data state: the
 * frame provides the state's `DataSource` through `@lit/context` (a story with the `pageSource`
 * parameter, which shows `<ijh-config>`, gets a plain frame that provides none). CSS custom
 * properties set in the Controls panel are set on the frame, as a page would set them, over the
 * theme's.
 */
const withStoryFrame: Decorator = (story, {globals, args, parameters}) => {
  const state = isDataState(globals.dataState) ? globals.dataState : 'loaded'
  const theme = themeFor(globals.theme)
  const style = styleMap({
    ...theme.tokens,
    ...customProperties(args),
    display: 'block',
    padding: '1rem',
    background: 'var(--ijh-color-surface, #ffffff)',
    color: 'var(--ijh-color-text, #1d2327)',
  })
  // `pageSource`: no frame to provide a source, so that the elements read the page's
  // <ijh-config>, and follow it when a control changes it.
  if (parameters.pageSource) {
    return html`<div lang=${globals.lang === 'en' ? 'en' : 'sv'} style=${style}>${story()}</div>`
  }
  return html`<story-frame
    lang=${globals.lang === 'en' ? 'en' : 'sv'}
    data-ijh-story-state=${state}
    .source=${sourceFor(state)}
    style=${style}
    >${story()}</story-frame
  >`
}

/** The properties that an attribute already covers, by tag: `focusArea` beside `focus-area`. */
const coveredProperties = new Map<string, Set<string>>()
for (const module of publicManifest?.modules ?? []) {
  for (const declaration of module.declarations ?? []) {
    const tag = declaration.tagName
    if (typeof tag !== 'string') continue
    const covered = (declaration.members ?? [])
      .filter((member) => member.attribute && member.attribute !== member.name)
      .map((member) => member.name as string)
    coveredProperties.set(tag, new Set(covered))
  }
}

/**
 * Controls that do something: each CSS custom property gets a colour picker (a colour) or a text
 * field, applied by `withStoryFrame`; parts, slots and events get none, having nothing to set;
 * a property that an attribute covers is left out of the tables, which list the attribute.
 */
const workingControls: ArgTypesEnhancer = ({argTypes, component}) => {
  const covered = coveredProperties.get(String(component)) ?? new Set<string>()
  return Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category
      if (category === 'css custom properties') {
        const color = /^--ijh-color-|-(colou?r|accent|accent-contrast|background|text)$/.test(name)
        return [name, {...argType, control: {type: color ? 'color' : 'text'}}]
      }
      if (category === 'css shadow parts' || category === 'slots' || category === 'events') {
        return [name, {...argType, control: false}]
      }
      if (category === 'properties' && covered.has(name)) {
        return [name, {...argType, control: false, table: {...argType.table, disable: true}}]
      }
      return [name, argType]
    }),
  )
}

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withStoryFrame, withReducedMotion],
  argTypesEnhancers: [workingControls],
  globalTypes: {
    lang: {
      description: 'The language of content and UI strings (the frame’s lang attribute)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          {value: 'sv', right: 'sv', title: 'Svenska'},
          {value: 'en', right: 'en', title: 'English'},
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Design tokens (--ijh-color-*, --ijh-font-family) set by the host page',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: (Object.keys(THEMES) as ThemeName[]).map((value) => ({
          value,
          title: THEMES[value].title,
        })),
        dynamicTitle: true,
      },
    },
    motion: {
      description: `Reduced motion (the ${REDUCED_MOTION_ATTRIBUTE} attribute on <html>)`,
      toolbar: {
        title: 'Motion',
        icon: 'lightning',
        items: [
          {value: 'system', title: 'Motion: the reader’s setting'},
          {value: 'reduce', title: 'Motion: reduced'},
        ],
        dynamicTitle: true,
      },
    },
    dataState: {
      description: 'What the data source answers',
      toolbar: {
        title: 'Data',
        icon: 'database',
        items: DATA_STATES.map(({value, title}) => ({value, title})),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {lang: 'sv', theme: 'default', motion: 'system', dataState: 'loaded'},
  parameters: {
    layout: 'fullscreen',
    controls: {expanded: true},
    // "Show code" shows the element as a page writes it, without Storybook's frame around it.
    docs: {source: {excludeDecorators: true}},
    // Fail on violations (in the test runner, the Vitest addon and the panel's status), checking
    // the same WCAG 2.0, 2.1 and 2.2 A and AA rules as `npm run test:stories`.
    a11y: {test: 'error', options: {runOnly: {type: 'tag', values: wcagTags}}},
  },
}

export default preview
