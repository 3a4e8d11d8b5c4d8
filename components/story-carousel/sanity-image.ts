/**
 * Sanity's image pipeline for story images (`@sanity/image-url`): cropped to a fixed aspect ratio
 * around the editor's crop and hotspot, in several widths. Only content from a Sanity project
 * needs it, so `story-image.ts` loads this module lazily (in the CDN build, as a standalone file
 * that imports nothing from the module that loads it).
 */
import {createImageUrlBuilder} from '@sanity/image-url'

export interface SanityImageRequest {
  /** The image CDN, e.g. `https://cdn.sanity.io`. */
  baseUrl: string
  projectId: string
  dataset: string
  /** The asset's document id, e.g. `image-Tb9Ew8…-2000x1000-jpg`. */
  assetId: string
  crop?: Record<'top' | 'bottom' | 'left' | 'right', number>
  hotspot?: Record<'x' | 'y' | 'width' | 'height', number>
  /** The widths to offer, narrowest first; `src` is the second, or the only one. */
  widths: number[]
  /** The aspect ratio to crop to. */
  aspect: {width: number; height: number}
}

/** The `src` and `srcset` of a Sanity image. Throws for an asset id the builder cannot read. */
export function sanityImageUrls(request: SanityImageRequest): {src: string; srcset: string} {
  const {baseUrl, projectId, dataset, assetId, crop, hotspot, widths, aspect} = request
  const builder = createImageUrlBuilder({baseUrl, projectId, dataset})
    .image({asset: {_ref: assetId}, crop, hotspot})
    .fit('crop')
    .auto('format')
  const url = (width: number) =>
    builder
      .width(width)
      .height(Math.round((width * aspect.height) / aspect.width))
      .url()
  return {
    src: url(widths[1] ?? widths[0]),
    srcset: widths.map((width) => `${url(width)} ${width}w`).join(', '),
  }
}
