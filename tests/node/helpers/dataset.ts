import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {evaluateDocumentInternal, getFallbackLocaleSource} from '@sanity/validation/_internal'
import {evaluate, parse} from 'groq-js'
import {from} from 'rxjs'
import {createSchema} from 'sanity'
import {schemaTypes} from '../../../sanity-plugin/schema/index'

export type Doc = {_id: string; _type: string; [field: string]: unknown}

export const DATASET_PATH = fileURLToPath(
  new URL('../../../sanity-plugin/dataset/production.ndjson', import.meta.url),
)

/** The default dataset, one document per NDJSON line. */
export function loadDataset(path = DATASET_PATH): Doc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
      try {
        return JSON.parse(line) as Doc
      } catch (error) {
        throw new Error(`${path}:${index + 1} is not valid JSON: ${(error as Error).message}`, {
          cause: error,
        })
      }
    })
}

/**
 * A document as `sanity dataset import` stores it: each `_sanityAsset` (an image to upload) becomes
 * a reference to the uploaded asset, as validation then sees it.
 */
export function asImported<T>(value: T): T {
  if (Array.isArray(value)) return value.map(asImported) as T
  if (!value || typeof value !== 'object') return value
  const {_sanityAsset: file, ...rest} = value as Record<string, unknown>
  const copy = Object.fromEntries(
    Object.entries(rest).map(([key, child]) => [key, asImported(child)]),
  )
  if (typeof file === 'string') {
    const name = file.replace(/^.*\//, '').replace(/\W+/g, '-')
    copy.asset = {_type: 'reference', _ref: `image-${name}-1600x900-jpg`}
  }
  return copy as T
}

/**
 * Whether a referenced document exists once the dataset is imported: one of `dataset`, or an image
 * asset (the import uploads every image).
 */
export function documentExists(dataset: Doc[]) {
  const ids = new Set(dataset.map((d) => d._id))
  return async ({id}: {id: string}) => ids.has(id) || id.startsWith('image-')
}

/** The plugin's types compiled with Sanity's built-in types, as the Studio compiles them. */
export const compiledSchema = createSchema({name: 'default', types: schemaTypes})

/** Runs a GROQ query over documents with groq-js, as Sanity's query API would. */
export async function query<T = unknown>(
  dataset: Doc[],
  groq: string,
  params: Record<string, unknown> = {},
): Promise<T> {
  const tree = parse(groq, {params})
  return (await (await evaluate(tree, {dataset, params})).get()) as T
}

/**
 * A stand-in for the Sanity client that validation uses: queries run over the given documents
 * with groq-js, so that rules such as slug uniqueness are checked against the whole dataset.
 */
export function datasetClient(dataset: Doc[]) {
  const client = {
    fetch: (groq: string, params?: Record<string, unknown>) => query(dataset, groq, params),
    getDataUrl: (operation: string, path?: string) => `/data/${operation}/${path ?? ''}`,
    observable: {
      fetch: (groq: string, params?: Record<string, unknown>) => from(query(dataset, groq, params)),
      request: () => from(Promise.reject(new Error('no network in tests'))),
    },
    withConfig: () => client,
  }
  return client
}

/** A validation problem as an editor sees it: where, how bad, and the message. */
export interface Marker {
  /** The field's path, e.g. `contact.url` or `themes[t1].bullets` (array items by `_key`). */
  path: string
  level: string
  message: string
}

function pathString(path: unknown[]): string {
  return path
    .map((segment) => {
      if (typeof segment === 'object' && segment && '_key' in segment)
        return `[${(segment as {_key: string})._key}]`
      return typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`
    })
    .join('')
    .replace(/^\./, '')
}

/**
 * Validates a document exactly as the Studio does (`environment: 'studio'`), against the given
 * documents: the level and message an editor sees. (`validateDocument` runs the "cli"
 * environment, which adds a check for unknown fields to every object-typed field and so replaces
 * that field's own message with Sanity's English "Required" and lowers it to a warning.) Images
 * are validated as imported (`asImported`).
 */
export async function studioMarkers(document: Doc, dataset: Doc[]): Promise<Marker[]> {
  const client = datasetClient(dataset)
  const result = await evaluateDocumentInternal({
    document: asImported(document) as never,
    schema: compiledSchema,
    getClient: () => client as never,
    getDocumentExists: documentExists(dataset),
    i18n: getFallbackLocaleSource(),
    environment: 'studio',
  })
  return result.markers.map((marker) => ({
    path: pathString(marker.path as unknown[]),
    level: marker.level,
    message: marker.message,
  }))
}
