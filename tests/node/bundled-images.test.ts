import assert from 'node:assert/strict'
import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {after, describe, it} from 'node:test'
import sharp from 'sharp'
import {loaders} from '../../components/data/generated/index.js'
import type {BundledImageAsset} from '../../components/shared/image-variants'
import {
  VARIANT_WIDTHS,
  makeBundledImage,
  moduleUrl,
  storyImageFiles,
  toModuleSource,
  withBundledImages,
} from '../../scripts/bundled-images'
import {DATASET_PATH, loadDataset} from './helpers/dataset'

const dataset = loadDataset()

const asset: BundledImageAsset = {
  _id: 'bundled:x.jpg',
  url: 'x-800.jpg',
  lqip: 'data:image/jpeg;base64,AA==',
  dimensions: {_type: 'sanity.imageDimensions', width: 1600, height: 900, aspectRatio: 16 / 9},
  variants: [{width: 400, url: 'x-400.webp'}],
}

describe('the bundled images step', () => {
  const out = mkdtempSync(join(tmpdir(), 'ijh-bundled-images-'))
  after(() => rmSync(out, {recursive: true, force: true}))

  it('finds the image file of every story in export format', () => {
    const files = storyImageFiles(dataset, DATASET_PATH)
    const stories = dataset.filter((doc) => doc._type === 'successStory')
    assert.equal(files.size, stories.length)
    for (const file of files.values()) assert.ok(existsSync(file), file)
    assert.match(
      files.get('successStory-unga-foretagare-i-ragunda') ?? '',
      /sanity-plugin\/dataset\/images\/unga-foretagare-i-ragunda\.jpg$/,
    )
  })

  it('ignores images that are not files in export format, and paths that leave the images folder', () => {
    const files = storyImageFiles(
      [
        {_id: 'a', _type: 'successStory', image: {_sanityAsset: 'image@https://example.com/a.jpg'}},
        {_id: 'b', _type: 'successStory', image: {_sanityAsset: 'image@file://../../etc/passwd'}},
        {_id: 'c', _type: 'successStory', image: null},
        {_id: 'd', _type: 'supportOffer', image: {_sanityAsset: 'image@file://./images/d.jpg'}},
      ],
      DATASET_PATH,
    )
    assert.equal(files.size, 0)
  })

  it('puts a bundled asset only where the query answered asset: null, and changes nothing else', () => {
    const real = {_id: 'image-abc-10x10-jpg', url: 'https://cdn.sanity.io/x.jpg', lqip: null}
    const stories = [
      {_id: 'a', title: 'A', image: {alt: 'a', asset: null}},
      {_id: 'b', title: 'B', image: {alt: 'b', asset: real}},
      {_id: 'c', title: 'C', image: null},
      {_id: 'd', title: 'D', image: {alt: 'd', asset: null}},
    ]
    const before = structuredClone(stories)
    const assets = new Map([
      ['a', asset],
      ['b', asset],
      ['c', asset],
    ])
    const result = withBundledImages(stories, assets)
    assert.deepEqual(stories, before, 'the input is not changed')
    assert.deepEqual(result, [
      {_id: 'a', title: 'A', image: {alt: 'a', asset}},
      stories[1],
      stories[2],
      stories[3],
    ])
    assert.equal(withBundledImages(null, assets), null)
  })

  it('writes module addresses as new URL(…, import.meta.url), and nothing else', () => {
    const source = toModuleSource({url: moduleUrl('./images/x-400.webp'), text: './images/x.webp'})
    assert.equal(
      source,
      '{"url":new URL("./images/x-400.webp", import.meta.url).href,"text":"./images/x.webp"}',
    )
    assert.throws(() => moduleUrl('../secret.jpg'))
    assert.throws(() => moduleUrl('./images/"+alert(1)+".jpg'))
  })

  it('makes WebP copies, a JPEG copy, the dimensions and a 20-pixel LQIP from the file', async () => {
    const [file] = storyImageFiles(dataset, DATASET_PATH).values()
    const made = await makeBundledImage(file, out)
    assert.deepEqual(made.dimensions, {
      _type: 'sanity.imageDimensions',
      width: 1600,
      height: 900,
      aspectRatio: 1600 / 900,
    })
    assert.deepEqual(
      made.variants.map((variant) => variant.width),
      VARIANT_WIDTHS,
    )
    for (const variant of made.variants) {
      const path = join(out, variant.url.replace(/^.*module-url:\.\//, ''))
      const meta = await sharp(path).metadata()
      assert.equal(meta.format, 'webp')
      assert.equal(meta.width, variant.width)
      assert.equal(meta.height, Math.round((variant.width * 900) / 1600))
    }
    const jpeg = await sharp(join(out, made.url.replace(/^.*module-url:\.\//, ''))).metadata()
    assert.equal(jpeg.format, 'jpeg')
    const lqip = /^data:image\/jpeg;base64,(.+)$/.exec(made.lqip)
    assert.ok(lqip, made.lqip.slice(0, 40))
    const placeholder = await sharp(Buffer.from(lqip[1], 'base64')).metadata()
    assert.equal(placeholder.width, 20)
    assert.ok(made.lqip.length < 1000, 'the placeholder stays small')
  })

  it('gives the generated stories images that exist beside the generated modules', async () => {
    for (const lang of ['sv', 'en']) {
      const {results} = await loaders[`successStories.${lang}`]()
      const stories = Object.values(results)[0] as {image: {asset: BundledImageAsset}}[]
      assert.ok(stories.length > 0)
      for (const {image} of stories) {
        for (const url of [image.asset.url, ...image.asset.variants.map((v) => v.url)]) {
          assert.match(url, /^file:.*\/components\/data\/generated\/images\/[\w-]+\.(webp|jpg)$/)
          assert.ok(existsSync(fileURLToPath(url)), url)
        }
      }
    }
  })
})
