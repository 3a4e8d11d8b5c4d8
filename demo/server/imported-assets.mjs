// What `sanity dataset import` does to the default dataset's images, for the local query endpoint:
// each `{_sanityAsset: 'image@file://./images/x.jpg'}` becomes a reference to a `sanity.imageAsset`
// document with the file's address, dimensions and low-quality placeholder (a 20-pixel-wide JPEG,
// as Sanity computes it). Without this step the endpoint answers `asset: null`, as Sanity does
// before the import. The files are served by the demo server from `sanity-plugin/dataset/images/`.
import {createHash} from 'node:crypto'
import {dirname, extname, relative} from 'node:path'
import sharp from 'sharp'
import {exportedImageFile, lqipOf} from '../../scripts/export-images.mjs'

/** The image types Sanity's asset ids name. */
const IMAGE_TYPES = new Set(['jpg', 'jpeg', 'png', 'webp'])

/**
 * The documents with every exported image imported. `datasetPath` is the ndjson file (the images
 * are beside it); `publicUrl(path)` gives the address the page loads `images/x.jpg` from.
 */
export async function withImportedAssets(documents, datasetPath, publicUrl) {
  const assets = new Map()
  const imported = []
  for (const doc of documents) {
    const file = exportedImageFile(doc.image?._sanityAsset, datasetPath)
    const extension = file ? extname(file).slice(1).toLowerCase() : ''
    if (!file || !IMAGE_TYPES.has(extension)) {
      imported.push(doc)
      continue
    }
    const path = relative(dirname(datasetPath), file).split('\\').join('/')
    if (!assets.has(path)) {
      const {width, height} = await sharp(file).metadata()
      const hash = createHash('sha1').update(path).digest('hex')
      assets.set(path, {
        _id: `image-${hash}-${width}x${height}-${extension}`,
        _type: 'sanity.imageAsset',
        url: publicUrl(path),
        metadata: {
          _type: 'sanity.imageMetadata',
          dimensions: {_type: 'sanity.imageDimensions', width, height, aspectRatio: width / height},
          lqip: await lqipOf(file),
        },
      })
    }
    const {_sanityAsset: _exported, ...image} = doc.image
    imported.push({
      ...doc,
      image: {...image, asset: {_type: 'reference', _ref: assets.get(path)._id}},
    })
  }
  return [...imported, ...assets.values()]
}
