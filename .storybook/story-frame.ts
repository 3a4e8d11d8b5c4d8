import {ContextProvider} from '@lit/context'
import {dataSourceContext} from '../components/data/context'
import type {DataSource} from '../components/data/source'

/**
 * `<story-frame>`: the element every story is rendered in. It provides the story's data source
 * through `@lit/context` (as `<ijh-config>` or a host application would), and carries the story's
 * `lang` and theme tokens, which the elements inherit. A Storybook helper, not part of the
 * product (hence no `ijh-` prefix).
 */
export class StoryFrame extends HTMLElement {
  private readonly provider = new ContextProvider(this, {context: dataSourceContext})

  /** The source the elements in the frame read from. */
  get source(): DataSource | undefined {
    return this.provider.value
  }

  set source(source: DataSource | undefined) {
    this.provider.setValue(source)
  }
}

if (!customElements.get('story-frame')) customElements.define('story-frame', StoryFrame)

declare global {
  interface HTMLElementTagNameMap {
    'story-frame': StoryFrame
  }
}
