/**
 * The image asset the bundled default gives a story whose image file ships with the package.
 *
 * A Sanity project answers the stories query with a real asset (`_id`, `url`, `lqip`,
 * `dimensions`) and elements build their `srcset` with `@sanity/image-url`. The default dataset
 * is in Sanity's export format (`_sanityAsset: 'image@file://./images/<slug>.jpg'`), so the query
 * over it answers `asset: null`; `npm run generate` (`scripts/bundled-images.ts`) then gives the
 * bundled results an asset of this shape instead: the same fields, computed from the file, plus the
 * resized copies it wrote beside the generated modules, from which elements build the `srcset`.
 */
export interface ImageVariant {
  /** The copy's width in pixels. */
  width: number
  /** Its address, resolved against the generated module (`new URL('./images/…', import.meta.url)`). */
  url: string
}

export interface BundledImageAsset {
  /** `bundled:<file name>`: never a Sanity asset id, so no Sanity URL is ever built from it. */
  _id: string
  /** A JPEG copy that any consumer can show. */
  url: string
  /** The low-quality placeholder, a tiny JPEG as a data URI, as Sanity's metadata gives it. */
  lqip: string
  dimensions: {_type: 'sanity.imageDimensions'; width: number; height: number; aspectRatio: number}
  /** WebP copies, narrowest first. */
  variants: ImageVariant[]
}
