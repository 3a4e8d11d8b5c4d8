import {defineCliConfig} from 'sanity/cli'

export default defineCliConfig({
  api: {
    projectId: process.env.SANITY_STUDIO_PROJECT_ID || 'ijh00000',
    dataset: process.env.SANITY_STUDIO_DATASET || 'production',
  },
  typegen: {
    path: './components/data/queries/*.ts',
    schema: './sanity-plugin/schema-extract.json',
    generates: './components/data/sanity.types.ts',
    // No query map for @sanity/client: the elements use picosanity, and the shipped types must
    // not augment a module (or the global scope) of the user's.
    overloadClientMethods: false,
  },
})
