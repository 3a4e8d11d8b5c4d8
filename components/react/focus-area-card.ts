import {IjhFocusAreaCard} from '../focus-area-card/focus-area-card'
import {wrap} from './wrapper'

// The tags' types in JSX come with every wrapper (the declarations inline `wrap`'s type).
export type {} from './wrapper'

/** `<ijh-focus-area-card>`: one focus area. */
export const FocusAreaCard = wrap({
  tagName: 'ijh-focus-area-card',
  elementClass: IjhFocusAreaCard,
  displayName: 'IjhFocusAreaCard',
})
