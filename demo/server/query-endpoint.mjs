// A local stand-in for Sanity's query API: `GET` and `POST /v<apiVersion>/data/query/<dataset>`,
// answered by groq-js over the default dataset, with Sanity's response and error shapes. The demo
// and the tests go through the same HTTP path as production.
//
// Fault injection for tests and demos: prefix the path with `/__fault/<kind>`, e.g. an api-host of
// `http://localhost:8000/__fault/500`. Kinds: 500, 503, 429 (with Retry-After), 404, slow (answers
// after 3 s), truncated (cut-off JSON), html (a proxy's error page), reset (closes the connection),
// cors (answers without CORS headers, as Sanity does for an origin not in the project's list).
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {evaluate, parse} from 'groq-js'

export const DEFAULT_DATASET_PATH = fileURLToPath(
  new URL('../../sanity-plugin/dataset/production.ndjson', import.meta.url),
)

export function loadNdjson(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
}

const PATH = /^(?:\/__fault\/([\w-]+))?\/v(\d{4}-\d{2}-\d{2}|1|X)\/data\/query\/([\w-]+)\/?$/

async function readBody(req) {
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  return Buffer.concat(chunks).toString('utf8')
}

function send(ctx, status, body, headers = {}) {
  ctx.status = status
  ctx.set('content-type', 'application/json; charset=utf-8')
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value)
  ctx.body = JSON.stringify(body)
}

function queryError(ctx, description, extra = {}) {
  send(ctx, 400, {error: {type: 'queryParseError', description, ...extra}})
}

/** Reads `query` and `$params` from a GET query string or a POST JSON body. */
async function readRequest(ctx) {
  if (ctx.method === 'POST') {
    const body = JSON.parse((await readBody(ctx.req)) || '{}')
    return {query: body.query, params: body.params ?? {}}
  }
  const params = {}
  for (const [name, value] of new URLSearchParams(ctx.querystring)) {
    if (!name.startsWith('$')) continue
    params[name.slice(1)] = JSON.parse(value)
  }
  return {query: new URLSearchParams(ctx.querystring).get('query'), params}
}

/**
 * A koa middleware (as used by @web/dev-server and @web/test-runner) answering Sanity query API
 * requests for `dataset` from the given documents.
 */
export function sanityQueryEndpoint({
  documents = loadNdjson(DEFAULT_DATASET_PATH),
  dataset = 'production',
} = {}) {
  return async function queryEndpoint(ctx, next) {
    const match = PATH.exec(ctx.path)
    if (!match) return next()
    const [, fault, , requestedDataset] = match
    ctx.set('access-control-allow-origin', '*')
    ctx.set('access-control-allow-headers', 'content-type')
    if (ctx.method === 'OPTIONS') {
      ctx.status = 204
      return
    }
    if (ctx.method !== 'GET' && ctx.method !== 'POST') {
      send(ctx, 405, {error: {description: 'Only GET and POST are allowed'}})
      return
    }
    if (fault) {
      await injectFault(ctx, fault)
      if (ctx.respond === false || ctx.body !== undefined) return
    }
    if (requestedDataset !== dataset) {
      send(ctx, 404, {
        error: {description: `Dataset "${requestedDataset}" not found`, type: 'datasetNotFound'},
      })
      return
    }
    let request
    try {
      request = await readRequest(ctx)
    } catch (error) {
      queryError(ctx, `Malformed request: ${error.message}`)
      return
    }
    if (typeof request.query !== 'string' || !request.query.trim()) {
      queryError(ctx, 'Missing query')
      return
    }
    const started = performance.now()
    let tree
    try {
      tree = parse(request.query, {params: request.params})
    } catch (error) {
      queryError(ctx, error.message, {
        query: request.query,
        start: error.position,
        end: error.position,
      })
      return
    }
    try {
      const result = await (
        await evaluate(tree, {dataset: documents, params: request.params})
      ).get()
      send(ctx, 200, {query: request.query, result, ms: Math.round(performance.now() - started)})
    } catch (error) {
      send(ctx, 400, {error: {type: 'queryExecutionError', description: error.message}})
    }
  }
}

async function injectFault(ctx, fault) {
  switch (fault) {
    case '500':
    case '503':
      send(ctx, Number(fault), {
        error: {description: 'Injected server error', type: 'internalServerError'},
      })
      return
    case '404':
      send(ctx, 404, {error: {description: 'Injected not found', type: 'notFound'}})
      return
    case '429':
      send(
        ctx,
        429,
        {error: {description: 'Injected rate limit', type: 'rateLimited'}},
        {'retry-after': '30'},
      )
      return
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, 3000))
      return
    case 'truncated':
      ctx.status = 200
      ctx.set('content-type', 'application/json; charset=utf-8')
      ctx.body = '{"query":"*","result":{"_id":"strate'
      return
    case 'html':
      ctx.status = 502
      ctx.set('content-type', 'text/html')
      ctx.body = '<html><body>Bad gateway</body></html>'
      return
    case 'reset':
      ctx.respond = false
      ctx.req.socket.destroy()
      return
    case 'cors':
      ctx.remove('access-control-allow-origin')
      ctx.remove('access-control-allow-headers')
      return
    default:
      send(ctx, 400, {error: {description: `Unknown fault "${fault}"`}})
  }
}
