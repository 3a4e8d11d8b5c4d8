/**
 * React components for the elements, made with `@lit/react`: properties are set on the element,
 * and the elements' events are props (`onFocusAreaSelect`, `onSupportFinderChange`). React is an
 * optional peer dependency; importing this module defines the elements.
 *
 * ```tsx
 * import {StrategyWheel} from 'innovativa-jh/react'
 * <StrategyWheel hrefTemplate="/innovation/{slug}" onFocusAreaSelect={(e) => track(e.detail.slug)} />
 * ```
 */
import {createComponent, type EventName} from '@lit/react'
import React from 'react'
import {IjhConfig} from '../config/config'
import {IjhFocusAreaCard} from '../focus-area-card/focus-area-card'
import {IjhStoryCarousel} from '../story-carousel/story-carousel'
import {IjhFocusAreaSelectEvent, IjhStrategyWheel} from '../strategy-wheel/strategy-wheel'
import {IjhSupportFinder, IjhSupportFinderChangeEvent} from '../support-finder/support-finder'

/** `<ijh-config>`: points every element on the page at a Sanity project. */
export const Config = createComponent({
  react: React,
  tagName: 'ijh-config',
  elementClass: IjhConfig,
  displayName: 'IjhConfig',
})

/** `<ijh-focus-area-card>`: one focus area. */
export const FocusAreaCard = createComponent({
  react: React,
  tagName: 'ijh-focus-area-card',
  elementClass: IjhFocusAreaCard,
  displayName: 'IjhFocusAreaCard',
})

/** `<ijh-strategy-wheel>`; `onFocusAreaSelect` gets `ijh-focus-area-select`. */
export const StrategyWheel = createComponent({
  react: React,
  tagName: 'ijh-strategy-wheel',
  elementClass: IjhStrategyWheel,
  displayName: 'IjhStrategyWheel',
  events: {
    onFocusAreaSelect: IjhFocusAreaSelectEvent.eventName as EventName<IjhFocusAreaSelectEvent>,
  },
})

/** `<ijh-support-finder>`; `onSupportFinderChange` gets `ijh-support-finder-change`. */
export const SupportFinder = createComponent({
  react: React,
  tagName: 'ijh-support-finder',
  elementClass: IjhSupportFinder,
  displayName: 'IjhSupportFinder',
  events: {
    onSupportFinderChange:
      IjhSupportFinderChangeEvent.eventName as EventName<IjhSupportFinderChangeEvent>,
  },
})

/** `<ijh-story-carousel>`: the success stories. */
export const StoryCarousel = createComponent({
  react: React,
  tagName: 'ijh-story-carousel',
  elementClass: IjhStoryCarousel,
  displayName: 'IjhStoryCarousel',
})

export {IjhFocusAreaSelectEvent, IjhSupportFinderChangeEvent}
export type {FocusAreaSelectDetail} from '../strategy-wheel/strategy-wheel'
export type {SupportFinderChangeDetail} from '../support-finder/support-finder'
