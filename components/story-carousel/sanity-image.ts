/**
 * Sanity's image pipeline for story images (`@sanity/image-url`): cropped to the fixed aspect
 * ratio around the editor's crop and hotspot, in several widths. Only content from a Sanity
 * project needs it, so `story-image.ts` loads this module lazily (in the CDN build, as a
 * standalone file that imports nothing from the module that loads it).
 */
import {createImageUrlBuilder} from '@sanity/image-url'
import type {Story} from './select-stories'

/** Every story image is shown at 16:9, whatever its own shape (no layout shift). */
export const ASPECT_WIDTH = 16
export const ASPECT_HEIGHT = 9

/** Where a Sanity asset lives: its image CDN, project and dataset, from its URL. */
export interface SanityAssetHome {
  baseUrl: string
  projectId: string
  dataset: string
}

/** An object whose `keys` are all numbers (a whole crop or hotspot), else `undefined`. */
function whole<K extends string>(value: unknown, keys: K[]): Record<K, number> | undefined {
  const record = value as Record<K, unknown> | null | undefined
  return keys.every((key) => typeof record?.[key] === 'number')
    ? (record as Record<K, number>)
    : undefined
}

/**
 * The `src` and `srcset` of a Sanity image in `widths` (never wider than the original, but always
 * the narrowest; `src` is the second width, or the only one), or `undefined` for an asset id the
 * builder cannot read. `home` comes from the asset's URL (`story-image.ts` reads it).
 */
export function sanityImageUrls(
  image: Story['image'],
  {baseUrl, projectId, dataset}: SanityAssetHome,
  widths: number[],
): {src: string; srcset: string} | undefined {
  const asset = image?.asset
  if (typeof asset?._id !== 'string') return undefined
  const original = asset.dimensions?.width ?? Infinity
  const offered = widths.filter((width, i) => !i || width <= original)
  try {
    const builder = createImageUrlBuilder({baseUrl, projectId, dataset})
      .image({
        asset: {_ref: asset._id},
        crop: whole(image?.crop, ['top', 'bottom', 'left', 'right']),
        hotspot: whole(image?.hotspot, ['x', 'y', 'width', 'height']),
      })
      .fit('crop')
      .auto('format')
    const url = (width: number) =>
      builder
        .width(width)
        .height(Math.round((width * ASPECT_HEIGHT) / ASPECT_WIDTH))
        .url()
    return {
      src: url(offered[1] ?? offered[0]),
      srcset: offered.map((width) => `${url(width)} ${width}w`).join(', '),
    }
  } catch {
    return undefined
  }
}
