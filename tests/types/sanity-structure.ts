/**
 * Type test for docs/sanity.md, checked by `npm run typecheck` and never run: a Studio with a
 * structure of its own composes the plugin's, as the guide shows.
 */
import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {innovationStrategy, structure as strategyStructure} from '../../sanity-plugin'

export default defineConfig({
  projectId: 'abc123xy',
  dataset: 'production',
  plugins: [
    innovationStrategy({structureTool: false}),
    structureTool({
      structure: (S, context) =>
        S.list()
          .title('Innehåll')
          .items([
            S.listItem().title('Innovationsstrategi').child(strategyStructure(S, context)),
            // … the site's own items
          ]),
    }),
  ],
})
