/// <reference types="vite/client" />
import {
  setCustomElementsManifest,
  type Decorator,
  type Preview,
} from '@storybook/web-components-vite'
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
if (manifest) setCustomElementsManifest(publicApi(manifest))
else console.warn('custom-elements.json is missing: run `npm run manifest` for the API tables.')

/** The "Reduced motion" toolbar: the page-level request `components/shared/motion.ts` honours. */
const withReducedMotion: Decorator = (story, {globals}) => {
  document.documentElement.toggleAttribute(REDUCED_MOTION_ATTRIBUTE, globals.motion === 'reduce')
  return story()
}

/**
 * Renders the story in a `<story-frame>` with the toolbar's language, theme and data state: the
 * frame provides the state's `DataSource` through `@lit/context`.
 */
const withStoryFrame: Decorator = (story, {globals}) => {
  const state = isDataState(globals.dataState) ? globals.dataState : 'loaded'
  const theme = themeFor(globals.theme)
  return html`<story-frame
    lang=${globals.lang === 'en' ? 'en' : 'sv'}
    data-ijh-story-state=${state}
    .source=${sourceFor(state)}
    style=${styleMap({
      ...theme.tokens,
      display: 'block',
      padding: '1rem',
      background: 'var(--ijh-color-surface, #ffffff)',
      color: 'var(--ijh-color-text, #1d2327)',
    })}
    >${story()}</story-frame
  >`
}

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withStoryFrame, withReducedMotion],
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
    // Fail on violations (in the test runner, the Vitest addon and the panel's status), checking
    // the same WCAG 2.0, 2.1 and 2.2 A and AA rules as `npm run test:stories`.
    a11y: {test: 'error', options: {runOnly: {type: 'tag', values: wcagTags}}},
  },
}

export default preview
