import {createComponent, type EventName} from '@lit/react'
import React from 'react'
import {IjhSupportFinder, IjhSupportFinderChangeEvent} from '../support-finder/support-finder'
import {settableOnly} from './wrapper'

// The tags' types in JSX come with every wrapper (the declarations inline `settableOnly`'s type).
export type {} from './wrapper'

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

export {IjhSupportFinderChangeEvent}
export type {SupportFinderChangeDetail} from '../support-finder/support-finder'
