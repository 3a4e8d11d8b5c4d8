import type {EventName} from '@lit/react'
import {IjhSupportFinder, IjhSupportFinderChangeEvent} from '../support-finder/support-finder'
import {wrap} from './wrapper'

// The tags' types in JSX come with every wrapper (the declarations inline `wrap`'s type).
export type {} from './wrapper'

/** `<ijh-support-finder>`; `onSupportFinderChange` gets `ijh-support-finder-change`. */
export const SupportFinder = wrap({
  tagName: 'ijh-support-finder',
  elementClass: IjhSupportFinder,
  displayName: 'IjhSupportFinder',
  events: {
    onSupportFinderChange:
      IjhSupportFinderChangeEvent.eventName as EventName<IjhSupportFinderChangeEvent>,
  },
})

export {IjhSupportFinderChangeEvent}
export type {SupportFinderChangeDetail} from '../support-finder/support-finder'
