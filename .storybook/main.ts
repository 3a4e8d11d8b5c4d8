import {fileURLToPath} from 'node:url'
import type {StorybookConfig} from '@storybook/web-components-vite'

const projectDir = fileURLToPath(new URL('..', import.meta.url))

/**
 * Storybook for the `ijh-` elements: stories in `stories/`, docs generated from the custom
 * elements manifest (`npm run manifest` writes `custom-elements.json`), and the accessibility
 * addon. Builds and runs offline (no telemetry, no update checks).
 *
 * Vite 8 compiles TypeScript with Oxc, which reads `experimentalDecorators` and
 * `useDefineForClassFields` from tsconfig.json, as the elements' legacy decorators need.
 */
const config: StorybookConfig = {
  framework: {name: '@storybook/web-components-vite', options: {}},
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  viteFinal(viteConfig) {
    return {
      ...viteConfig,
      logLevel: 'warn',
      build: {...viteConfig.build, chunkSizeWarningLimit: 2048},
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        // The web-components renderer imports it; pre-bundled with the rest of Lit, so that the
        // dev server loads one copy of lit-html, not two.
        include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
      },
      plugins: [
        ...(viteConfig.plugins ?? []),
        {
          // package.json's "sideEffects" lists only dist/, so the bundler would drop the bare
          // imports that define the elements (and the story frame) from the project's own sources.
          name: 'ijh-sources-have-side-effects',
          transform(code: string, id: string) {
            const own = id.startsWith(projectDir) && !id.includes('/node_modules/')
            return own ? {code, map: null, moduleSideEffects: true} : null
          },
        },
      ],
    }
  },
}

export default config
