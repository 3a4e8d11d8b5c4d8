/**
 * The image step of the bundled default, run by `generate-bundled.ts` after the queries.
 *
 * The default dataset is in Sanity's export format: a story's image is
 * `{_sanityAsset: 'image@file://./images/<slug>.jpg', alt}`, which `sanity dataset import` uploads.
 * Until then no asset document exists, so SUCCESS_STORIES_QUERY over the file answers
 * `image.asset: null`. This step gives those images, and only those, a usable asset
 * (`BundledImageAsset`): a JPEG copy as `url`, the file's `dimensions`, an `lqip` computed here as
 * Sanity computes it (a 20-pixel-wide JPEG data URI), and WebP copies for `srcset`. The copies are
 * written to `components/data/generated/images/` and referenced from the generated modules with
 * `new URL('./images/…', import.meta.url)`, so that they resolve wherever the modules are served
 * from (the package, the dev server, a bundler that follows such URLs). Nothing else in the results
 * changes; `tests/node/queries.test.ts` proves that.
 */
import {mkdirSync} from 'node:fs'
import {basename, resolve} from 'node:path'
import sharp from 'sharp'
import type {BundledImageAsset} from '../components/shared/image-variants'
import {exportedImageFile, lqipOf} from './export-images.mjs'

/** The widths of the WebP copies: enough for a carousel up to ~60rem wide on a 1.25× screen. */
export const VARIANT_WIDTHS = [400, 800, 1200]

/** The width of the JPEG copy given as the asset's `url`. */
export const FALLBACK_WIDTH = 800

const MODULE_URL = '\u0000module-url:'

/** A string that `toModuleSource` writes as `new URL(path, import.meta.url).href`. */
export function moduleUrl(path: string): string {
  if (!/^\.\/images\/[\w.-]+$/.test(path)) throw new Error(`Not a generated image path: ${path}`)
  return `${MODULE_URL}${path}`
}

/**
 * A value as JavaScript source: JSON, except that every `moduleUrl()` string becomes an address
 * resolved against the module itself.
 */
export function toModuleSource(value: unknown): string {
  return JSON.stringify(value).replace(
    /"\\u0000module-url:(\.\/images\/[\w.-]+)"/g,
    (_match, path: string) => `new URL(${JSON.stringify(path)}, import.meta.url).href`,
  )
}

type Doc = {_id: string; _type: string; image?: {_sanityAsset?: unknown} | null}

/**
 * The image file of each story whose image is still in export format, by story id, resolved
 * against the dataset's folder (`image@file://./images/x.jpg` → `<dataset dir>/images/x.jpg`).
 */
export function storyImageFiles(dataset: Doc[], datasetPath: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const doc of dataset) {
    if (doc._type !== 'successStory') continue
    const file = exportedImageFile(doc.image?._sanityAsset, datasetPath)
    if (file) files.set(doc._id, file)
  }
  return files
}

/**
 * Writes the WebP copies and the JPEG copy of one image to `<outDir>/images/` and returns its
 * asset, with addresses made by `moduleUrl()`.
 */
export async function makeBundledImage(file: string, outDir: string): Promise<BundledImageAsset> {
  const name = basename(file).replace(/\.[a-z]+$/i, '')
  const imagesDir = resolve(outDir, 'images')
  mkdirSync(imagesDir, {recursive: true})
  const source = sharp(file)
  const {width = 0, height = 0} = await source.metadata()
  if (!width || !height) throw new Error(`${file} has no dimensions`)
  const widths = VARIANT_WIDTHS.filter((w) => w < width).concat(
    VARIANT_WIDTHS.some((w) => w >= width) ? [width] : [],
  )
  const variants = []
  for (const w of widths) {
    const out = `${name}-${w}.webp`
    await sharp(file).resize(w).webp({quality: 70}).toFile(resolve(imagesDir, out))
    variants.push({width: w, url: moduleUrl(`./images/${out}`)})
  }
  const jpeg = `${name}-${Math.min(FALLBACK_WIDTH, width)}.jpg`
  await sharp(file)
    .resize(Math.min(FALLBACK_WIDTH, width))
    .jpeg({quality: 75, mozjpeg: true})
    .toFile(resolve(imagesDir, jpeg))
  return {
    _id: `bundled:${basename(file)}`,
    url: moduleUrl(`./images/${jpeg}`),
    lqip: await lqipOf(file),
    dimensions: {_type: 'sanity.imageDimensions', width, height, aspectRatio: width / height},
    variants,
  }
}

/** Makes the asset of every story image in export format; by story id. */
export async function makeBundledImages(
  dataset: Doc[],
  datasetPath: string,
  outDir: string,
): Promise<Map<string, BundledImageAsset>> {
  const assets = new Map<string, BundledImageAsset>()
  for (const [id, file] of storyImageFiles(dataset, datasetPath)) {
    assets.set(id, await makeBundledImage(file, outDir))
  }
  return assets
}

type Story = {_id?: unknown; image?: {asset?: unknown} | null}

/**
 * The story results with the bundled asset put where the query answered `asset: null` for an
 * image in export format. Pure: every other story, field and asset is left exactly as it was.
 */
export function withBundledImages<T>(
  stories: T,
  assets: ReadonlyMap<string, BundledImageAsset>,
): T {
  if (!Array.isArray(stories)) return stories
  return stories.map((story: Story) => {
    const asset = typeof story?._id === 'string' ? assets.get(story._id) : undefined
    if (!asset || !story.image || story.image.asset != null) return story
    return {...story, image: {...story.image, asset}}
  }) as T
}
