/**
 * Each tag's attributes, as written in HTML. `innovativa-jh/react` types the tags themselves in
 * JSX with them, for pages that render a tag rather than its wrapper (React 19 server rendering
 * keeps attributes, which the wrappers set as properties only when the page hydrates). A test
 * holds them equal to each element's `observedAttributes`.
 */
export const TAG_ATTRIBUTES = {
  'ijh-config': ['project-id', 'dataset', 'api-version', 'api-host'],
  'ijh-focus-area-card': ['focus-area', 'variant', 'heading-level', 'href-template', 'for'],
  'ijh-strategy-wheel': ['selected', 'href-template', 'view', 'heading-level', 'no-fragment'],
  'ijh-support-finder': [
    'mode',
    'need',
    'stage',
    'target-group',
    'sector',
    'municipality',
    'provider',
    'hide-facets',
    'heading-level',
    'url-key',
    'label',
  ],
  'ijh-story-carousel': [
    'focus-area',
    'municipality',
    'limit',
    'layout',
    'autoplay',
    'href-template',
    'heading-level',
    'label',
  ],
} as const

/** The attributes every element but `<ijh-config>` reads too: a project of its own. */
export const PROJECT_ATTRIBUTES = ['project-id', 'dataset', 'api-version', 'api-host'] as const

export type IjhTagName = keyof typeof TAG_ATTRIBUTES

/** The attributes of `tag`, with the project's (the same on every tag). */
export type IjhTagAttribute<T extends IjhTagName> =
  (typeof TAG_ATTRIBUTES)[T][number] | (typeof PROJECT_ATTRIBUTES)[number]
