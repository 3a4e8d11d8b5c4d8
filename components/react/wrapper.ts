/**
 * What the React wrappers share: `wrap`, which makes a wrapper with props only for what can be
 * set, and the tags' own types in JSX. Each wrapper is a module of its own
 * (`innovativa-jh/react/support-finder`), so that a site that uses one element does not bundle the
 * others; `innovativa-jh/react` has them all.
 */
import {createComponent, type Options, type ReactWebComponent} from '@lit/react'
import type {LitElement} from 'lit'
import React from 'react'
import type {IjhConfig} from '../config/config'
import type {IjhFocusAreaCard} from '../focus-area-card/focus-area-card'
import type {IjhStoryCarousel} from '../story-carousel/story-carousel'
import type {IjhStrategyWheel} from '../strategy-wheel/strategy-wheel'
import type {IjhSupportFinder} from '../support-finder/support-finder'
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
 * An element's wrapper, made by `createComponent` with this package's React peer, typed with props
 * only for what can be set: its type, not its behaviour, differs from `createComponent`'s.
 */
// `{}`: no events, as @lit/react's own default.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export const wrap = <I extends HTMLElement, E extends Record<string, string> = {}>(
  options: Omit<Options<I, E>, 'react'>,
) =>
  createComponent({react: React, ...options}) as React.ForwardRefExoticComponent<
    Omit<React.ComponentPropsWithRef<ReactWebComponent<I, E>>, NotProps<I>>
  >

/**
 * A tag written as itself in JSX (`<ijh-support-finder provider="almi-mitt">`): React's HTML
 * attributes, and the element's own, which React 19 renders on the server as attributes. In the
 * browser React 19 sets a prop as a property when the element has one by that name: such a prop
 * (`autoplay`, `limit`, `variant`) takes the property's type, since `autoplay="false"` would be a
 * string and so on; the others (`focus-area`, `heading-level`) are attributes, strings as in HTML,
 * which the element checks. `dataset` is left out: every element's `dataset` is read-only, so
 * React 19 would throw setting it (use `<Config sanityDataset>` or `<ijh-config>` outside React).
 */
type TagProps<T extends IjhTagName, E extends HTMLElement> = React.DetailedHTMLProps<
  React.HTMLAttributes<E>,
  E
> & {
  [A in Exclude<IjhTagAttribute<T>, 'dataset'>]?: A extends keyof E
    ? E[A]
    : string | number | boolean
}

declare module 'react' {
  // React's JSX types are a namespace, which is augmented only as one.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'ijh-config': TagProps<'ijh-config', IjhConfig>
      'ijh-focus-area-card': TagProps<'ijh-focus-area-card', IjhFocusAreaCard>
      'ijh-strategy-wheel': TagProps<'ijh-strategy-wheel', IjhStrategyWheel>
      'ijh-support-finder': TagProps<'ijh-support-finder', IjhSupportFinder>
      'ijh-story-carousel': TagProps<'ijh-story-carousel', IjhStoryCarousel>
    }
  }
}
