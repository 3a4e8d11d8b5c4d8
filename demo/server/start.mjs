#!/usr/bin/env node
// `npm start`: serves the demo pages from the sources (TypeScript via esbuild), with a local
// stand-in for Sanity's query API over the default dataset. SANITY_PROJECT_ID (and optionally
// SANITY_DATASET, SANITY_API_VERSION) point the demo at a real project instead. PORT sets the port
// (8000 by default; 0: any free port, which the message names).
import {esbuildPlugin} from '@web/dev-server-esbuild'
import {startDevServer} from '@web/dev-server'
import {withImportedAssets} from './imported-assets.mjs'
import {DEFAULT_DATASET_PATH, loadNdjson, sanityQueryEndpoint} from './query-endpoint.mjs'

const port = /^\d+$/.test(process.env.PORT?.trim() ?? '') ? Number(process.env.PORT) : 8000

/** The stand-in for Sanity's query API, set once the server knows its address. */
let queryEndpoint = (_ctx, next) => next()

/** `/demo/demo-config.js`: where the demo pages read content from. */
function demoConfig(ctx, next) {
  if (ctx.path !== '/demo/demo-config.js') return next()
  const projectId = process.env.SANITY_PROJECT_ID?.trim()
  const config = projectId
    ? {
        projectId,
        dataset: process.env.SANITY_DATASET?.trim() || 'production',
        apiVersion: process.env.SANITY_API_VERSION?.trim() || undefined,
        label: `Sanity-projektet ${projectId}`,
      }
    : {
        projectId: 'local',
        dataset: 'production',
        apiHost: 'same-origin',
        label: 'lokal query-endpoint',
      }
  ctx.type = 'application/javascript'
  ctx.body = `export const demoConfig = ${JSON.stringify(config)}\n`
}

const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: 'localhost',
    nodeResolve: true,
    appIndex: undefined,
    middleware: [
      (ctx, next) => {
        if (ctx.path === '/') ctx.redirect('/demo/')
        else return next()
      },
      demoConfig,
      (ctx, next) => queryEndpoint(ctx, next),
    ],
    plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'})],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
})
const base = `http://localhost:${server.server.address().port}`

// The default dataset as it reads after `sanity dataset import`: with its story images uploaded.
const documents = await withImportedAssets(
  loadNdjson(DEFAULT_DATASET_PATH),
  DEFAULT_DATASET_PATH,
  (path) => `${base}/sanity-plugin/dataset/${path}`,
)
queryEndpoint = sanityQueryEndpoint({documents})

console.log(`
Innovativa Jämtland/Härjedalen – demo

  Alla element med kodsnuttar:   ${base}/demo/
  En kommunal webbsida:          ${base}/demo/kommun.html
  Sanitys query-API (lokalt):    ${base}/v2025-02-19/data/query/production?query=*[_type=="focusArea"].title.sv

Innehåll: ${process.env.SANITY_PROJECT_ID ? `Sanity-projektet ${process.env.SANITY_PROJECT_ID}` : 'standardinnehållet (sanity-plugin/dataset) via den lokala query-endpointen'}
Avsluta med Ctrl+C.
`)

for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => server.stop().then(() => process.exit(0)))
