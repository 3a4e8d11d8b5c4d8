import {ContextProvider, createContext} from '@lit/context'
import type {DataSource} from './source'

/**
 * The data source every element reads from. `Symbol.for`, so that two copies of the bundle on one
 * page still share it. Provided page-wide by `<ijh-config>` (through `pageProvider()`), or by any
 * ancestor that provides it (tests, Storybook, a host application).
 */
export const dataSourceContext = createContext<DataSource | undefined>(
  Symbol.for('ijh-data-source'),
)

const PROVIDER_KEY = Symbol.for('ijh-data-source-provider')

/**
 * The page's provider, on the document, made when the first element module loads and shared by
 * every copy of the bundle. It answers every element that nothing nearer answered (with no source
 * until `<ijh-config>` publishes one there), so that an element upgraded before `<ijh-config>`
 * (script order on CMS pages is not guaranteed) gets the source when it arrives; and it hands an
 * element on to a nearer provider that connects later. On the document, not its element, so that a
 * provider an application put on the document element stays nearer, whenever it came. Not
 * @lit/context's `ContextRoot`, which kept a note of every element that asked (unanswered, as it
 * heard them before any provider), for the life of the page: one more for each element a
 * single-page app mounts on each route.
 */
export function pageProvider(): ContextProvider<typeof dataSourceContext> | undefined {
  if (typeof document === 'undefined') return undefined
  // A document takes the listeners a provider adds, and contains the elements, as its host must;
  // it is no element, which is all the cast hides.
  const root = document as unknown as HTMLElement & {
    [PROVIDER_KEY]?: ContextProvider<typeof dataSourceContext>
  }
  return (root[PROVIDER_KEY] ??= new ContextProvider(root, {context: dataSourceContext}))
}
