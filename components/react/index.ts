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
import {createComponent, type EventName, type ReactWebComponent} from '@lit/react'
import type {LitElement} from 'lit'
import React from 'react'
import {IjhConfig} from '../config/config'
import {IjhFocusAreaCard} from '../focus-area-card/focus-area-card'
import {IjhStoryCarousel} from '../story-carousel/story-carousel'
import {IjhFocusAreaSelectEvent, IjhStrategyWheel} from '../strategy-wheel/strategy-wheel'
import {IjhSupportFinder, IjhSupportFinderChangeEvent} from '../support-finder/support-finder'
import type {IjhTagAttribute, IjhTagName} from './tag-attributes'

/** 1 when `X` and `Y` are the same type (also in `readonly`), else 2. */
type Same<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? 1 : 2

/**
 * Members an element adds to `HTMLElement` that are no props: Lit's own (`hasUpdated`,
 * `renderOptions`), methods (`retry`, `setSearch`) and read-only ones (`filters`,
 * `selectedFocusArea`), which the element would throw on, or break on, when React set them.
 */
type NotProps<I> =
  | Exclude<keyof LitElement, keyof HTMLElement>
  | Exclude<
      {
        // Over `keyof I` itself, so that `{[Q in K]: I[K]}` keeps the member's `readonly`.
        [K in keyof I]-?: I[K] extends (...args: never[]) => unknown
          ? K
          : Same<{[Q in K]: I[K]}, {-readonly [Q in K]: I[K]}> extends 1
            ? never
            : K
      }[keyof I],
      keyof HTMLElement
    >

/**
 * The component `createComponent` made, with props only for what can be set: its type, not its
 * behaviour, changes.
 */
// `{}`: no events, as @lit/react's own default.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
const settableOnly = <I extends HTMLElement, E extends Record<string, string> = {}>(
  component: ReactWebComponent<I, E>,
) =>
  component as React.ForwardRefExoticComponent<
    Omit<React.ComponentPropsWithRef<ReactWebComponent<I, E>>, NotProps<I>>
  >

/** `<ijh-config>`: points every element on the page at a Sanity project. */
export const Config = settableOnly(
  createComponent({
    react: React,
    tagName: 'ijh-config',
    elementClass: IjhConfig,
    displayName: 'IjhConfig',
  }),
)

/** `<ijh-focus-area-card>`: one focus area. */
export const FocusAreaCard = settableOnly(
  createComponent({
    react: React,
    tagName: 'ijh-focus-area-card',
    elementClass: IjhFocusAreaCard,
    displayName: 'IjhFocusAreaCard',
  }),
)

/** `<ijh-strategy-wheel>`; `onFocusAreaSelect` gets `ijh-focus-area-select`. */
export const StrategyWheel = settableOnly(
  createComponent({
    react: React,
    tagName: 'ijh-strategy-wheel',
    elementClass: IjhStrategyWheel,
    displayName: 'IjhStrategyWheel',
    events: {
      onFocusAreaSelect: IjhFocusAreaSelectEvent.eventName as EventName<IjhFocusAreaSelectEvent>,
    },
  }),
)

/** `<ijh-support-finder>`; `onSupportFinderChange` gets `ijh-support-finder-change`. */
export const SupportFinder = settableOnly(
  createComponent({
    react: React,
    tagName: 'ijh-support-finder',
    elementClass: IjhSupportFinder,
    displayName: 'IjhSupportFinder',
    events: {
      onSupportFinderChange:
        IjhSupportFinderChangeEvent.eventName as EventName<IjhSupportFinderChangeEvent>,
    },
  }),
)

/** `<ijh-story-carousel>`: the success stories. */
export const StoryCarousel = settableOnly(
  createComponent({
    react: React,
    tagName: 'ijh-story-carousel',
    elementClass: IjhStoryCarousel,
    displayName: 'IjhStoryCarousel',
  }),
)

/**
 * A tag written as itself in JSX (`<ijh-support-finder provider="almi-mitt">`): React's HTML
 * attributes, and the element's own, which React 19 renders on the server as attributes. In the
 * browser React 19 sets a prop as a property when the element has one by that name: such a prop
 * (`autoplay`, `limit`, `variant`) takes the property's type, since `autoplay="false"` would be a
 * string and so on; the others (`focus-area`, `heading-level`) are attributes, strings as in HTML,
 * which the element checks. `dataset` is left out: every element's `dataset` is read-only, so
 * React 19 would throw setting it (use `<Config sanityDataset>` or `<ijh-config>` outside React).
 */
type TagProps<T extends IjhTagName> = React.DetailedHTMLProps<
  React.HTMLAttributes<HTMLElementTagNameMap[T]>,
  HTMLElementTagNameMap[T]
> & {
  [A in Exclude<IjhTagAttribute<T>, 'dataset'>]?: A extends keyof HTMLElementTagNameMap[T]
    ? HTMLElementTagNameMap[T][A]
    : string | number | boolean
}

declare module 'react' {
  // React's JSX types are a namespace, which is augmented only as one.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'ijh-config': TagProps<'ijh-config'>
      'ijh-focus-area-card': TagProps<'ijh-focus-area-card'>
      'ijh-strategy-wheel': TagProps<'ijh-strategy-wheel'>
      'ijh-support-finder': TagProps<'ijh-support-finder'>
      'ijh-story-carousel': TagProps<'ijh-story-carousel'>
    }
  }
}

export {IjhFocusAreaSelectEvent, IjhSupportFinderChangeEvent}
export type {IjhTagAttribute, IjhTagName} from './tag-attributes'
export type {FocusAreaSelectDetail} from '../strategy-wheel/strategy-wheel'
export type {SupportFinderChangeDetail} from '../support-finder/support-finder'
