import {IjhStoryCarousel} from '../story-carousel/story-carousel'
import {wrap} from './wrapper'

// The tags' types in JSX come with every wrapper (the declarations inline `wrap`'s type).
export type {} from './wrapper'

/** `<ijh-story-carousel>`: the success stories. */
export const StoryCarousel = wrap({
  tagName: 'ijh-story-carousel',
  elementClass: IjhStoryCarousel,
  displayName: 'IjhStoryCarousel',
})
