import {defineConfig} from 'sanity'
import {innovationStrategy} from './sanity-plugin'

/**
 * A Studio for developing the plugin. Set SANITY_STUDIO_PROJECT_ID and SANITY_STUDIO_DATASET to
 * point it at a real project; offline it still validates and extracts the schema.
 */
export default defineConfig({
  name: 'default',
  title: 'Innovativa Jämtland/Härjedalen',
  projectId: process.env.SANITY_STUDIO_PROJECT_ID || 'ijh00000',
  dataset: process.env.SANITY_STUDIO_DATASET || 'production',
  plugins: [innovationStrategy()],
})
