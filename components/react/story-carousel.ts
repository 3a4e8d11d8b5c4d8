import {createComponent} from '@lit/react'
import React from 'react'
import {IjhStoryCarousel} from '../story-carousel/story-carousel'
import {settableOnly} from './wrapper'

// The tags' types in JSX come with every wrapper (the declarations inline `settableOnly`'s type).
export type {} from './wrapper'

/** `<ijh-story-carousel>`: the success stories. */
export const StoryCarousel = settableOnly(
  createComponent({
    react: React,
    tagName: 'ijh-story-carousel',
    elementClass: IjhStoryCarousel,
    displayName: 'IjhStoryCarousel',
  }),
)
