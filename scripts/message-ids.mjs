// @lit/localize's id hashing, which never runs (every message has an id), replaced in our builds
// by components/i18n/message-ids.ts. Pinned to @lit/localize 0.12.2 (package.json), whose
// internal/runtime-msg.js imports it; tests/node/localize.test.ts checks both facts.
import {fileURLToPath} from 'node:url'

export const ID_GENERATION = /[\\/]@lit[\\/]localize[\\/]internal[\\/]id-generation\.js$/
export const MESSAGE_IDS = fileURLToPath(
  new URL('../components/i18n/message-ids.ts', import.meta.url),
)

/** The rollup plugin. */
export const noIdHashing = () => ({
  name: 'ijh-no-id-hashing',
  async resolveId(source, importer, options) {
    if (!source.endsWith('id-generation.js')) return null
    const resolved = await this.resolve(source, importer, {...options, skipSelf: true})
    return resolved && ID_GENERATION.test(resolved.id) ? MESSAGE_IDS : null
  },
})

/** The esbuild plugin. */
export const noIdHashingEsbuild = {
  name: 'ijh-no-id-hashing',
  setup(build) {
    build.onResolve({filter: /id-generation\.js$/}, (args) =>
      args.importer.replaceAll('\\', '/').includes('/@lit/localize/') ? {path: MESSAGE_IDS} : null,
    )
  },
}
