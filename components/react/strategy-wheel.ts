import type {EventName} from '@lit/react'
import {IjhFocusAreaSelectEvent, IjhStrategyWheel} from '../strategy-wheel/strategy-wheel'
import {wrap} from './wrapper'

// The tags' types in JSX come with every wrapper (the declarations inline `wrap`'s type).
export type {} from './wrapper'

/** `<ijh-strategy-wheel>`; `onFocusAreaSelect` gets `ijh-focus-area-select`. */
export const StrategyWheel = wrap({
  tagName: 'ijh-strategy-wheel',
  elementClass: IjhStrategyWheel,
  displayName: 'IjhStrategyWheel',
  events: {
    onFocusAreaSelect: IjhFocusAreaSelectEvent.eventName as EventName<IjhFocusAreaSelectEvent>,
  },
})

export {IjhFocusAreaSelectEvent}
export type {FocusAreaSelectDetail} from '../strategy-wheel/strategy-wheel'
