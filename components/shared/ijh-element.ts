import {consume} from '@lit/context'
import {LitElement} from 'lit'
import {property, state} from 'lit/decorators.js'
import {dataSourceContext, pageProvider} from '../data/context'
import {LangController} from '../data/lang'
import {MotionController} from './motion'
import {RetryFocusController} from './retry-focus-controller'
import {resolveSource, shareSource} from '../data/resolve'
import {DataSourceError, type DataSource, type Lang, type SourceConfig} from '../data/source'

pageProvider()

const sharedContextSources = new WeakMap<DataSource, DataSource>()

/** A setting as given, if it says anything: blank is as absent. */
const given = (value: string | undefined) => value?.trim() || undefined

/**
 * The configuration of the page's `<ijh-config>` (the last one, as `<ijh-config>` itself decides),
 * read from its attributes, so that it works even before that element has upgraded.
 */
function pageConfig(): SourceConfig {
  const config =
    typeof document === 'undefined' ? null : [...document.querySelectorAll('ijh-config')].at(-1)
  const read = (name: string) => config?.getAttribute(name) ?? undefined
  return {
    projectId: read('project-id'),
    dataset: read('dataset'),
    apiVersion: read('api-version'),
    apiHost: read('api-host'),
  }
}

/**
 * The base of every `ijh-` element: where its content comes from and in which language.
 *
 * - Source: the one provided through `dataSourceContext` (by `<ijh-config>` page-wide, or by an
 *   ancestor), else the page's `<ijh-config>`, else the bundled default. The element's own
 *   `project-id`, `dataset`, `api-version` and `api-host` attributes override any of them.
 * - Language: the element's `lang`, else the nearest ancestor's, else the document's, else Swedish.
 *
 * The shared design tokens, which every element reads (docs/theming.md); each element's own
 * `--ijh-<element>-*` properties fall back to them:
 *
 * @cssproperty [--ijh-color-text=#1d2327] - Body text and headings.
 * @cssproperty [--ijh-color-text-muted=#4a5560] - Secondary text: hints, counts, meta lines.
 * @cssproperty [--ijh-color-surface=#ffffff] - Backgrounds.
 * @cssproperty [--ijh-color-surface-alt=#f3f5f7] - Panels and loading skeletons.
 * @cssproperty [--ijh-color-border=#8a969f] - Borders, including fields'.
 * @cssproperty [--ijh-color-accent=#005a7a] - Links, buttons, selections; 4.5:1 against the surface.
 * @cssproperty [--ijh-color-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssproperty [--ijh-color-focus=#b3007d] - The keyboard focus ring.
 * @cssproperty [--ijh-color-danger=#a4262c] - The edge of an error message.
 * @cssproperty [--ijh-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - All text.
 * @cssproperty [--ijh-radius=0.5rem] - Rounded corners.
 * @cssproperty [--ijh-space=1rem] - The padding of error messages, and of the card's and the carousel's frames.
 */
export class IjhElement extends LitElement {
  /** The Sanity project to read from; overrides `<ijh-config>`. */
  @property({attribute: 'project-id', reflect: true}) projectId?: string

  /** The Sanity dataset; overrides `<ijh-config>`. */
  @property({attribute: 'dataset', reflect: true}) sanityDataset?: string

  /** The Sanity API version; overrides `<ijh-config>`. */
  @property({attribute: 'api-version', reflect: true}) apiVersion?: string

  /** The query API host, e.g. a local endpoint; overrides `<ijh-config>`. */
  @property({attribute: 'api-host', reflect: true}) apiHost?: string

  /** The source provided through context, if any. */
  @consume({context: dataSourceContext, subscribe: true})
  @state()
  protected contextSource?: DataSource

  protected readonly langController = new LangController(this, () => this.content)

  /** The wrapper the element renders into, inside its shadow root: it carries a `lang` if needed. */
  private content?: HTMLElement

  /** Whether motion is reduced (the reader's setting or the page's `data-ijh-reduced-motion`). */
  protected readonly motion = new MotionController(this)

  /** Keeps the focus in the element when the reader retries from the error message. */
  protected readonly retryFocus = new RetryFocusController(this)

  override connectedCallback(): void {
    // Moved out of the element that provided its source: what answers now (or the page's), not
    // the old one. A provider answers at once, as the element connects.
    this.contextSource = undefined
    super.connectedCallback()
  }

  /**
   * Renders into a wrapper in the shadow root rather than into the root itself, so that the
   * element's language can be said there without a `lang` on the element (see `LangController`).
   */
  protected override createRenderRoot(): HTMLElement {
    const shadow = super.createRenderRoot()
    // Enter stays in the element: a page whose form has a default button (ASP.NET WebForms, as
    // older Optimizely sites are) clicks it on a keypress that reaches the form from anything but a
    // button, a link or a textarea, and the element's host is none of those.
    shadow.addEventListener('keypress', (event) => event.stopPropagation())
    this.content = document.createElement('div')
    this.content.className = 'content'
    shadow.append(this.content)
    this.renderOptions.renderBefore = null
    return this.content
  }

  /** The language content and UI strings are shown in. */
  protected get contentLang(): Lang {
    return this.langController.lang
  }

  /** Whether the element has settings of its own; blank ones (a CMS's empty field) do not count. */
  private hasOwnConfig(): boolean {
    return [this.projectId, this.sanityDataset, this.apiVersion, this.apiHost].some(given)
  }

  /**
   * The shared source this element reads from. Throws a `DataSourceError` of kind `config` when
   * the attributes cannot work, so that the element can say what is wrong.
   */
  protected resolveDataSource(): DataSource {
    if (this.contextSource && !this.hasOwnConfig()) {
      let shared = sharedContextSources.get(this.contextSource)
      if (!shared) {
        shared = shareSource(this.contextSource)
        sharedContextSources.set(this.contextSource, shared)
      }
      return shared
    }
    const base = this.contextSource?.config ?? pageConfig()
    const own: SourceConfig = {
      projectId: given(this.projectId) ?? base.projectId,
      dataset: given(this.sanityDataset) ?? base.dataset,
      apiVersion: given(this.apiVersion) ?? base.apiVersion,
      apiHost: given(this.apiHost) ?? base.apiHost,
    }
    if (this.hasOwnConfig() && !own.projectId?.trim()) {
      // The page says which attribute (errorConfigMissing), not this message.
      throw new DataSourceError('config', 'project-id is missing', {
        attribute: 'project-id',
        value: '',
      })
    }
    return resolveSource(own)
  }
}
