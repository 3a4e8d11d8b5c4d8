/**
 * The `<img>` attributes of a story image: Sanity's image pipeline (`@sanity/image-url`, cropped
 * to the fixed aspect ratio around the editor's crop and hotspot) for a Sanity asset, or the copies
 * that `npm run generate` made for the bundled default (`BundledImageAsset`).
 *
 * The pipeline (`sanity-image.ts`) loads lazily, only for content with Sanity images
 * (`isSanityImage`): `loadSanityImages()`, which the carousel awaits with its stories.
 */
import {text} from '../shared/content'
import type {BundledImageAsset} from '../shared/image-variants'
import type * as SanityImageModule from './sanity-image'
import type {Story} from './select-stories'

/** The widths offered in `srcset` for Sanity images (never wider than the original). */
export const SANITY_WIDTHS = [400, 800, 1200, 1600]

export interface StoryImage {
  src: string
  srcset: string
  /** The low-quality placeholder shown until the image loads; only a `data:image/` URI. */
  lqip?: string
  alt: string
}

type Asset = NonNullable<NonNullable<Story['image']>['asset']> & Partial<BundledImageAsset>

/** http(s) addresses, and addresses relative to the page: never `javascript:` or `data:`. */
const safe = (url: unknown): url is string =>
  typeof url === 'string' && /^(https?:\/\/|\.{0,2}\/)/i.test(url)

/** A placeholder must be a base64 image data URI: nothing that could load or break out of CSS. */
const LQIP = /^data:image\/(jpeg|png|webp|gif);base64,([a-z0-9+/]+=*)$/i

/** The CDN, project and dataset of a Sanity asset URL (`https://cdn.sanity.io/images/p/d/…`). */
const SANITY_URL = /^(https:\/\/[^/]+)\/images\/([\w-]+)\/([\w-]+)\/[\w-]+\.\w+$/

let sanityImageUrls: typeof SanityImageModule.sanityImageUrls | undefined
let loading: Promise<void> | undefined

/**
 * Loads Sanity's image pipeline, once. A failed load rejects, and the next call asks again (which
 * Chromium answers with the same failure until the page reloads: whatwg/html#6768); meanwhile
 * `storyImage` gives a Sanity image's original. `load` is for tests.
 */
export function loadSanityImages(
  load: () => Promise<typeof SanityImageModule> = () => import('./sanity-image'),
): Promise<void> {
  loading ??= load().then(
    (module) => {
      sanityImageUrls = module.sanityImageUrls
    },
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}

/** The CDN, project and dataset of a Sanity asset's URL, for an image in Sanity's pipeline. */
function sanityHome(image: unknown): RegExpExecArray | null {
  const asset = (image as Story['image'])?.asset as Asset | null | undefined
  if (!asset || typeof asset !== 'object' || Array.isArray(asset.variants)) return null
  if (typeof asset._id !== 'string' || typeof asset.url !== 'string') return null
  return SANITY_URL.exec(asset.url)
}

/** Whether a story image is a Sanity asset, whose addresses `loadSanityImages()` must build. */
export function isSanityImage(image: unknown): boolean {
  return sanityHome(image) !== null
}

/**
 * The image of a story, or `undefined` when it has none that can be shown (no asset, or an
 * address that is not http(s) or relative).
 */
export function storyImage(image: Story['image'], widths = SANITY_WIDTHS): StoryImage | undefined {
  const asset = image?.asset as Asset | null | undefined
  if (!asset || typeof asset !== 'object') return undefined
  const alt = text(image?.alt).trim()
  // test() and exec() read a non-string as text, which never matches.
  const lqip = LQIP.test(asset.lqip as string) ? (asset.lqip as string) : undefined
  if (Array.isArray(asset.variants) && safe(asset.url)) {
    const srcset = asset.variants
      // An address with a space or comma would break the srcset list apart.
      .filter(
        (variant) =>
          safe(variant?.url) &&
          !/[\s,]/.test(variant.url) &&
          Number.isInteger(variant.width) &&
          variant.width > 0,
      )
      .map((variant) => `${variant.url} ${variant.width}w`)
    return {src: asset.url, srcset: srcset.join(', '), lqip, alt}
  }
  const original = safe(asset.url) ? {src: asset.url, srcset: '', lqip, alt} : undefined
  const sanity = sanityHome(image)
  if (!sanity) return original
  const [, baseUrl, projectId, dataset] = sanity
  // An asset id the builder cannot read, or no pipeline: the original rather than nothing.
  const urls = sanityImageUrls?.(image, {baseUrl, projectId, dataset}, widths)
  return urls ? {...urls, lqip, alt} : original
}

const painted = new WeakMap<HTMLCanvasElement, string>()

/**
 * Paints a low-quality placeholder (`StoryImage.lqip`) on a canvas, decoded from its bytes. Not as a
 * CSS background or an `<img>`: a page whose Content Security Policy allows images only from
 * itself and Sanity's CDN (`img-src 'self' https://cdn.sanity.io`) blocks `data:` images, and
 * decoding bytes loads nothing. Resolves when painted; a placeholder that does not decode leaves
 * the canvas blank (the frame's background shows).
 */
export async function paintPlaceholder(canvas: HTMLCanvasElement, lqip: string): Promise<void> {
  if (painted.get(canvas) === lqip) return
  painted.set(canvas, lqip)
  // A canvas reused for another story loses the last story's placeholder at once. Setting its
  // width clears it, and costs nothing on a new one, whose drawing surface is set up only when
  // it is drawn on (clearRect() would set it up now, in the render's task).
  // eslint-disable-next-line no-self-assign -- setting the width is what clears a canvas
  canvas.width = canvas.width
  const match = LQIP.exec(lqip)
  if (!match || typeof createImageBitmap !== 'function') return
  try {
    const bytes = Uint8Array.from(atob(match[2]), (char) => char.charCodeAt(0))
    const bitmap = await createImageBitmap(new Blob([bytes], {type: `image/${match[1]}`}))
    // A later placeholder for this canvas may have been asked for while this one decoded.
    if (painted.get(canvas) !== lqip) {
      bitmap.close()
      return
    }
    canvas.width = bitmap.width
    canvas.height = bitmap.height
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0)
    bitmap.close()
  } catch {
    // Not an image after all: the canvas stays blank.
  }
}
