import {expect, fixture, html} from '@open-wc/testing'
import {render} from 'lit'
import {heading} from '../components/shared/heading'

async function rendered(level: number, attributes = {}): Promise<HTMLElement> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`)
  render(heading(level, attributes, 'Rubrik'), container)
  return container.firstElementChild as HTMLElement
}

describe('heading', () => {
  it('is accessible', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`)
    render(heading(2, {part: 'title'}, 'Rubrik'), container)
    await expect(container).to.be.accessible()
  })

  it('renders each level from 1 to 6, clamping the rest (2 for 0 and anything not a finite number)', async () => {
    const cases: [number, string][] = [
      [1, 'H1'],
      [2, 'H2'],
      [3, 'H3'],
      [4, 'H4'],
      [5, 'H5'],
      [6, 'H6'],
      [0, 'H2'],
      [-3, 'H1'],
      [-0.5, 'H2'],
      [9, 'H6'],
      [3.7, 'H3'],
      [Number.NaN, 'H2'],
      [Number.POSITIVE_INFINITY, 'H2'],
      [Number.NEGATIVE_INFINITY, 'H2'],
    ]
    for (const [level, tag] of cases) {
      const element = await rendered(level)
      expect(element.tagName, String(level)).to.equal(tag)
      expect(element.textContent).to.equal('Rubrik')
    }
  })

  it('sets the attributes it is given, and no others', async () => {
    const bare = await rendered(3)
    expect(bare.getAttributeNames()).to.deep.equal([])
    const full = await rendered(4, {
      className: 'title',
      part: 'card-title',
      id: 'x',
      focusable: true,
    })
    expect(full.className).to.equal('title')
    expect(full.getAttribute('part')).to.equal('card-title')
    expect(full.id).to.equal('x')
    expect(full.getAttribute('tabindex')).to.equal('-1')
  })
})
