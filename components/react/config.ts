import {IjhConfig} from '../config/config'
import {wrap} from './wrapper'

// The tags' types in JSX come with every wrapper (the declarations inline `wrap`'s type).
export type {} from './wrapper'

/** `<ijh-config>`: points every element on the page at a Sanity project. */
export const Config = wrap({
  tagName: 'ijh-config',
  elementClass: IjhConfig,
  displayName: 'IjhConfig',
})
