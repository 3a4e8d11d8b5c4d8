/**
 * React components for the elements, made with `@lit/react`: properties are set on the element,
 * and the elements' events are props (`onFocusAreaSelect`, `onSupportFinderChange`). React is an
 * optional peer dependency; importing this module defines every element. Each wrapper is also a
 * module of its own, which defines its element only: `innovativa-jh/react/support-finder`.
 *
 * ```tsx
 * import {StrategyWheel} from 'innovativa-jh/react'
 * <StrategyWheel hrefTemplate="/innovation/{slug}" onFocusAreaSelect={(e) => track(e.detail.slug)} />
 * ```
 */
export {Config} from './config'
export {FocusAreaCard} from './focus-area-card'
export {StrategyWheel, IjhFocusAreaSelectEvent} from './strategy-wheel'
export {SupportFinder, IjhSupportFinderChangeEvent} from './support-finder'
export {StoryCarousel} from './story-carousel'
export type {IjhTagAttribute, IjhTagName} from './tag-attributes'
export type {FocusAreaSelectDetail} from './strategy-wheel'
export type {SupportFinderChangeDetail} from './support-finder'
