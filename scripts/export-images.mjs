// Images in Sanity's export format, as the default dataset holds them
// (`{_sanityAsset: 'image@file://./images/<file>'}`). Shared by the bundled default
// (scripts/bundled-images.ts) and the demo server's stand-in for `sanity dataset import`
// (demo/server/imported-assets.mjs), so both read the same files and make the same placeholder.
import {dirname, resolve} from 'node:path'
import sharp from 'sharp'

const EXPORTED = /^image@file:\/\/(\.\/images\/[\w.-]+)$/

/** The file an exported image reference names, resolved against the dataset's folder; else `undefined`. */
export function exportedImageFile(ref, datasetPath) {
  const match = typeof ref === 'string' ? EXPORTED.exec(ref) : null
  return match ? resolve(dirname(datasetPath), match[1]) : undefined
}

/** A low-quality placeholder as Sanity computes it: a 20-pixel-wide JPEG, as a data URI. */
export async function lqipOf(file) {
  const jpeg = await sharp(file).resize(20).jpeg({quality: 40}).toBuffer()
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`
}
