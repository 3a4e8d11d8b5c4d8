import {definePlugin} from 'sanity'
import {structureTool} from 'sanity/structure'
import {STRATEGY_ID} from './constants'
import {schemaTypes} from './schema'
import {structure} from './structure'

export {API_VERSION, LANGUAGES, STRATEGY_ID, URL_SCHEMES} from './constants'
export {schemaTypes, documentTypeNames} from './schema'
export {structure} from './structure'

/** Options for {@link innovationStrategy}. */
export interface InnovationStrategyOptions {
  /**
   * Adds a Studio tool, "Innovationsstrategi", with the strategy as a singleton and the other types
   * grouped. Set to `false` to compose `structure` into your own structure tool instead.
   * @defaultValue true
   */
  structureTool?: boolean
}

/** Document actions the singleton keeps: it can be edited and published, never deleted or copied. */
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore'])

/**
 * The Sanity Studio plugin for the innovation strategy: registers the content model and, unless
 * turned off, a structure tool that shows the strategy as a singleton.
 *
 * ```ts
 * import {defineConfig} from 'sanity'
 * import {innovationStrategy} from 'innovativa-jh/sanity'
 *
 * export default defineConfig({projectId, dataset, plugins: [innovationStrategy()]})
 * ```
 */
export const innovationStrategy = definePlugin<InnovationStrategyOptions | void>((options) => {
  if (options && typeof options !== 'object') {
    throw new Error('innovationStrategy(): options must be an object, e.g. {structureTool: false}')
  }
  const withStructure = options?.structureTool ?? true
  return {
    name: 'innovativa-jh',
    schema: {
      types: schemaTypes,
      templates: (templates) => templates.filter((template) => template.schemaType !== 'strategy'),
    },
    document: {
      actions: (actions, {schemaType}) =>
        schemaType === 'strategy'
          ? actions.filter(({action}) => action !== undefined && SINGLETON_ACTIONS.has(action))
          : actions,
      newDocumentOptions: (items) => items.filter((item) => item.templateId !== STRATEGY_ID),
    },
    plugins: withStructure
      ? [structureTool({name: 'innovationsstrategi', title: 'Innovationsstrategi', structure})]
      : [],
  }
})
