import {createComponent} from '@lit/react'
import React from 'react'
import {IjhFocusAreaCard} from '../focus-area-card/focus-area-card'
import {settableOnly} from './wrapper'

// The tags' types in JSX come with every wrapper (the declarations inline `settableOnly`'s type).
export type {} from './wrapper'

/** `<ijh-focus-area-card>`: one focus area. */
export const FocusAreaCard = settableOnly(
  createComponent({
    react: React,
    tagName: 'ijh-focus-area-card',
    elementClass: IjhFocusAreaCard,
    displayName: 'IjhFocusAreaCard',
  }),
)
