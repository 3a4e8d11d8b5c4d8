import {LitElement, css, html, type TemplateResult} from 'lit'
import {property} from 'lit/decorators.js'
import {pageProvider} from '../data/context'
import {resolveSource} from '../data/resolve'
import type {DataSource} from '../data/source'
import {meantAttribute} from '../shared/attributes'
import {defineElement} from '../shared/define'

/** The `<ijh-config>` elements on the page, in the order they connected; the last one is used. */
const connected: IjhConfig[] = []
let warnedTwice = false

/**
 * An attribute that looks like a misspelt setting (`projectid`, `project_id`, `apiHost`), not one
 * a framework or the page adds (`_ngcontent-…`, `x-data`, `data-…`, `class`).
 */
const SETTING_LIKE = /^(?!data-|aria-).*(?:proj|dataset|api|host|sanity)/

/** The configurations whose unknown attributes have been warned about: once each. */
const warnedAbout = new WeakSet<IjhConfig>()

/** The settings each configuration last published, so that only a change publishes again. */
const published = new WeakMap<IjhConfig, string>()

const settingsOf = (config: IjhConfig): string =>
  JSON.stringify([config.projectId, config.sanityDataset, config.apiVersion, config.apiHost])

/** Provides the last connected configuration's source to the whole page (none: the default). */
function publish(): void {
  const config = connected.at(-1)
  if (config) published.set(config, settingsOf(config))
  pageProvider()?.setValue(config?.source(), true)
}

/**
 * @summary Configures every `ijh-` element on the page to read from a Sanity project. Place one
 * anywhere on the page; it need not wrap the elements. Without it, elements show the bundled
 * official strategy. An element's own `project-id`, `dataset`, `api-version` and `api-host`
 * override it. It renders nothing of its own. Content inside it is shown as if it were outside:
 * an HTML `<ijh-config … />` does not close the element, so the rest of the page ends up inside.
 *
 * @slot - Nothing belongs here; content put here by mistake is shown as it would be outside.
 * @tag ijh-config
 */
export class IjhConfig extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    :host([hidden]) {
      display: none;
    }
  `

  /** The Sanity project id. */
  @property({attribute: 'project-id', reflect: true}) projectId?: string

  /** The dataset; defaults to `production`. */
  @property({attribute: 'dataset', reflect: true}) sanityDataset?: string

  /** The Sanity API version; defaults to the version the queries are tested against. */
  @property({attribute: 'api-version', reflect: true}) apiVersion?: string

  /** The query API host; defaults to the project's Sanity API CDN. */
  @property({attribute: 'api-host', reflect: true}) apiHost?: string

  override connectedCallback(): void {
    super.connectedCallback()
    connected.push(this)
    if (connected.length > 1 && !warnedTwice) {
      warnedTwice = true
      console.warn(
        'ijh-config: more than one <ijh-config> on the page; the last one connected is used.',
      )
    }
    this.warnUnknown()
    publish()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    connected.splice(connected.indexOf(this), 1)
    publish()
  }

  override willUpdate(): void {
    // Also the first update: a script may create the element, connect it, then configure it.
    if (connected.at(-1) === this && settingsOf(this) !== published.get(this)) publish()
  }

  /**
   * Says in the console which attribute that looks like a setting it does not know, such as
   * `projectid` (HTML lowercases `projectId`), `project_id` or `datset`: otherwise a misspelt
   * project silently shows the bundled content.
   */
  private warnUnknown(): void {
    if (warnedAbout.has(this)) return
    warnedAbout.add(this)
    // The attributes it reads, as its properties declare them.
    const settings = (this.constructor as typeof IjhConfig).observedAttributes
    const unknown = this.getAttributeNames().filter(
      (name) =>
        !settings.includes(name) &&
        (SETTING_LIKE.test(name) || meantAttribute(name, settings) !== undefined),
    )
    if (unknown.length === 0) return
    console.warn(
      `ijh-config: unknown attribute ${unknown.map((name) => `"${name}"`).join(', ')}; ` +
        `it reads ${settings.join(', ')}.` +
        (this.hasAttribute('project-id')
          ? ''
          : ' Without project-id the bundled default content is shown.'),
    )
  }

  /**
   * The shared source for this configuration; none without a project (the elements then show the
   * bundled content). A wrong setting is reported by the elements, naming the attribute, once the
   * Sanity client has loaded.
   */
  source(): DataSource | undefined {
    if (!this.projectId?.trim()) {
      if (this.sanityDataset || this.apiHost || this.apiVersion) {
        console.warn('ijh-config: project-id is missing, so the bundled default content is shown.')
      }
      return undefined
    }
    return resolveSource({
      projectId: this.projectId,
      dataset: this.sanityDataset,
      apiVersion: this.apiVersion,
      apiHost: this.apiHost,
    })
  }

  override render(): TemplateResult {
    return html`<slot></slot>`
  }
}

defineElement('ijh-config', IjhConfig)

declare global {
  interface HTMLElementTagNameMap {
    'ijh-config': IjhConfig
  }
}
