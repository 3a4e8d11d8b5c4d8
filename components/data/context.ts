import {ContextRoot, createContext} from '@lit/context'
import type {DataSource} from './source'

/**
 * The data source every element reads from. `Symbol.for`, so that two copies of the bundle on one
 * page still share it. Provided page-wide by `<ijh-config>` (on the document element), or by any
 * ancestor that provides it (tests, Storybook, a host application).
 */
export const dataSourceContext = createContext<DataSource | undefined>(
  Symbol.for('ijh-data-source'),
)

const ROOT_KEY = Symbol.for('ijh-context-root')

/**
 * Attaches one `ContextRoot` to the document, so that elements upgraded before `<ijh-config>`
 * (script order on CMS pages is not guaranteed) get the source when it arrives.
 */
export function ensureContextRoot(): void {
  if (typeof document === 'undefined') return
  const root = document.documentElement as HTMLElement & {[ROOT_KEY]?: ContextRoot}
  if (root[ROOT_KEY]) return
  const contextRoot = new ContextRoot()
  contextRoot.attach(root)
  root[ROOT_KEY] = contextRoot
}
