import {expect} from '@open-wc/testing'
import type {Story} from '../components/story-carousel/select-stories'
import {
  isSanityImage,
  loadSanityImages,
  paintPlaceholder,
  storyImage,
} from '../components/story-carousel/story-image'

const LQIP = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD'
const ID = 'image-Tb9Ew8CXIwaY6R1kjMvI0uRR-2000x1000-jpg'
const URL =
  'https://cdn.sanity.io/images/abc123xy/production/Tb9Ew8CXIwaY6R1kjMvI0uRR-2000x1000.jpg'

function sanityImage(overrides: Record<string, unknown> = {}): Story['image'] {
  return {
    alt: 'Ett bageri',
    hotspot: null,
    crop: null,
    asset: {
      _id: ID,
      url: URL,
      lqip: LQIP,
      dimensions: {_type: 'sanity.imageDimensions', width: 2000, height: 1000, aspectRatio: 2},
    },
    ...overrides,
  } as Story['image']
}

// First, while the pipeline is not loaded yet: the module loads it only when asked.
describe('story-image, before Sanity’s image pipeline is loaded', () => {
  it('tells Sanity images apart, which need the pipeline', () => {
    expect(isSanityImage(sanityImage())).to.equal(true)
    expect(
      isSanityImage(sanityImage({asset: {_id: ID, url: 'https://example.com/x.jpg'}})),
    ).to.equal(false)
    expect(isSanityImage(sanityImage({asset: {_id: ID, url: URL, variants: []}}))).to.equal(false)
    for (const hostile of [null, undefined, 'x', 1, [], {asset: 'x'}]) {
      expect(isSanityImage(hostile)).to.equal(false)
    }
  })

  it('gives a Sanity image’s original until the pipeline is loaded', () => {
    expect(storyImage(sanityImage())).to.deep.equal({
      src: URL,
      srcset: '',
      lqip: LQIP,
      alt: 'Ett bageri',
    })
  })

  it('a failed load rejects and leaves the originals; the next call loads it', async () => {
    let failed = false
    await loadSanityImages(() => Promise.reject(new TypeError('blocked'))).catch(() => {
      failed = true
    })
    expect(failed).to.equal(true)
    expect(storyImage(sanityImage())?.srcset).to.equal('')
    await loadSanityImages()
    expect(storyImage(sanityImage())?.srcset).to.match(/ 400w, /)
  })
})

describe('story-image', () => {
  before(() => loadSanityImages())

  it('builds a 16:9 srcset from Sanity’s image pipeline, never wider than the original', () => {
    const image = storyImage(sanityImage())
    const candidates = image?.srcset.split(', ') ?? []
    expect(candidates.map((c) => c.split(' ').at(-1))).to.deep.equal([
      '400w',
      '800w',
      '1200w',
      '1600w',
    ])
    expect(candidates[0]).to.match(
      /^https:\/\/cdn\.sanity\.io\/images\/abc123xy\/production\/Tb9Ew8CXIwaY6R1kjMvI0uRR-2000x1000\.jpg\?/,
    )
    expect(candidates[0]).to.contain('w=400&h=225')
    expect(candidates[0]).to.contain('fit=crop')
    expect(candidates[0]).to.contain('auto=format')
    expect(image?.src).to.contain('w=800&h=450')
    expect(image?.lqip).to.equal(LQIP)
    expect(image?.alt).to.equal('Ett bageri')
    const small = storyImage(
      sanityImage({
        asset: {_id: ID, url: URL, lqip: null, dimensions: {width: 900, height: 600}},
      }),
    )
    expect(small?.srcset.split(', ').map((c) => c.split(' ').at(-1))).to.deep.equal([
      '400w',
      '800w',
    ])
  })

  it('crops around the editor’s crop and hotspot', () => {
    const plain = storyImage(sanityImage())?.src
    const cropped = storyImage(
      sanityImage({
        crop: {_type: 'sanity.imageCrop', top: 0, bottom: 0, left: 0.5, right: 0},
        hotspot: {_type: 'sanity.imageHotspot', x: 0.9, y: 0.5, width: 0.1, height: 0.1},
      }),
    )?.src
    expect(cropped).to.match(/rect=1000,\d+,1000,\d+/)
    expect(cropped).not.to.equal(plain)
    const partial = storyImage(sanityImage({crop: {_type: 'sanity.imageCrop', top: 0.1}}))?.src
    expect(partial).to.equal(plain)
  })

  it('uses the generated copies of a bundled image', () => {
    const image = storyImage({
      alt: 'Bageri',
      hotspot: null,
      crop: null,
      asset: {
        _id: 'bundled:x.jpg',
        url: '/generated/images/x-800.jpg',
        lqip: LQIP,
        dimensions: null,
        variants: [
          {width: 400, url: '/generated/images/x-400.webp'},
          {width: 800, url: 'javascript:alert(1)'},
          {width: 1200, url: 'http://localhost/generated/images/x-1200.webp'},
        ],
      },
    } as unknown as Story['image'])
    expect(image).to.deep.equal({
      src: '/generated/images/x-800.jpg',
      srcset:
        '/generated/images/x-400.webp 400w, http://localhost/generated/images/x-1200.webp 1200w',
      lqip: LQIP,
      alt: 'Bageri',
    })
  })

  it('gives nothing for a missing image or asset, and never an unsafe address or placeholder', () => {
    expect(storyImage(null)).to.equal(undefined)
    expect(storyImage(sanityImage({asset: null}))).to.equal(undefined)
    const hostile = (url: string, lqip: string) =>
      storyImage(sanityImage({asset: {_id: 'x', url, lqip, dimensions: null}}))
    expect(hostile('javascript:alert(1)', LQIP)).to.equal(undefined)
    expect(hostile('data:text/html,<script>1</script>', LQIP)).to.equal(undefined)
    expect(
      hostile('https://example.com/x.jpg', 'data:image/jpeg,") url(https://evil'),
    ).to.deep.equal({
      src: 'https://example.com/x.jpg',
      srcset: '',
      lqip: undefined,
      alt: 'Ett bageri',
    })
    expect(hostile('https://example.com/x.jpg', 'https://tracker.example/x.gif')?.lqip).to.equal(
      undefined,
    )
  })

  it('shows the original when the asset id cannot be read', () => {
    const image = storyImage(
      sanityImage({asset: {_id: 'not-an-image-id', url: URL, lqip: null, dimensions: null}}),
    )
    expect(image).to.deep.equal({src: URL, srcset: '', lqip: undefined, alt: 'Ett bageri'})
  })
})

describe('paintPlaceholder', () => {
  /** A PNG data URI of one colour, `size` pixels square. */
  function png(color: string, size: number): string {
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = size
    const context = canvas.getContext('2d') as CanvasRenderingContext2D
    context.fillStyle = color
    context.fillRect(0, 0, size, size)
    return canvas.toDataURL('image/png')
  }

  const pixel = (canvas: HTMLCanvasElement) =>
    Array.from((canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, 1, 1).data)

  it('paints the placeholder from its bytes', async () => {
    const canvas = document.createElement('canvas')
    await paintPlaceholder(canvas, png('#ff0000', 2))
    expect([canvas.width, canvas.height]).to.deep.equal([2, 2])
    expect(pixel(canvas)).to.deep.equal([255, 0, 0, 255])
  })

  it('shows the last placeholder asked for, also when an earlier one decodes later', async () => {
    const canvas = document.createElement('canvas')
    await Promise.all([
      paintPlaceholder(canvas, png('#ff0000', 40)),
      paintPlaceholder(canvas, png('#0000ff', 3)),
    ])
    expect(canvas.width).to.equal(3)
    expect(pixel(canvas)).to.deep.equal([0, 0, 255, 255])
  })

  it('clears the last story’s placeholder when the next one does not decode', async () => {
    const canvas = document.createElement('canvas')
    await paintPlaceholder(canvas, png('#ff0000', 2))
    await paintPlaceholder(canvas, 'data:image/png;base64,AAAA')
    expect(pixel(canvas)).to.deep.equal([0, 0, 0, 0])
  })
})
