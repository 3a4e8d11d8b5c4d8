// Types for query-endpoint.mjs, for the TypeScript tests that serve it.

/** A Koa-style context, as far as the endpoint uses it. */
export interface EndpointContext {
  path: string
  method: string
  querystring: string
  req: import('node:http').IncomingMessage
  status: number
  body: unknown
  respond?: boolean
  set(name: string, value: string): void
}

export type Middleware = (ctx: EndpointContext, next: () => Promise<void>) => Promise<void>

export declare const DEFAULT_DATASET_PATH: string

export declare function loadNdjson(path: string): Record<string, unknown>[]

export declare function sanityQueryEndpoint(options?: {
  documents?: Record<string, unknown>[]
  dataset?: string
}): Middleware
