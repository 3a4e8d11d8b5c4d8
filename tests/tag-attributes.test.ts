/**
 * The attributes `innovativa-jh/react` types the tags with in JSX (`components/react/tag-attributes.ts`)
 * are each element's own: a new attribute, or one renamed, must be typed too.
 */
import {expect} from '@open-wc/testing'
import '../components/config/config'
import '../components/focus-area-card/focus-area-card'
import '../components/story-carousel/story-carousel'
import '../components/strategy-wheel/strategy-wheel'
import '../components/support-finder/support-finder'
import {PROJECT_ATTRIBUTES, TAG_ATTRIBUTES} from '../components/react/tag-attributes'

describe('the tags’ attributes in JSX', () => {
  for (const [tag, own] of Object.entries(TAG_ATTRIBUTES)) {
    it(`${tag}: exactly what the element observes`, () => {
      const element = customElements.get(tag) as unknown as {observedAttributes: string[]}
      const typed = new Set<string>([...own, ...PROJECT_ATTRIBUTES])
      expect([...element.observedAttributes].sort()).to.deep.equal([...typed].sort())
    })
  }
})
