import {html, nothing, type ReactiveElement, type TemplateResult} from 'lit'
import type {DataSourceError, Lang} from '../data/source'
import {t, type MessageKey} from '../i18n/strings'
import {meantAttribute, wrongHeadingLevel, type WrongValue} from './attributes'
import {retriedFrom} from './retry-focus-controller'

const ERROR_DETAIL: Record<DataSourceError['kind'], MessageKey> = {
  offline: 'errorOffline',
  timeout: 'errorTimeout',
  http: 'errorHttp',
  malformed: 'errorMalformed',
  aborted: 'errorOffline',
  config: 'errorConfig',
}

/**
 * What to say about an error. A request that never got an answer, while the browser is online,
 * was blocked or met no server: that is not the reader's connection.
 */
function detailOf(error: DataSourceError): MessageKey {
  const online = typeof navigator === 'undefined' || navigator.onLine !== false
  return error.kind === 'offline' && online ? 'errorUnreachable' : ERROR_DETAIL[error.kind]
}

/**
 * The message shown when content could not be loaded and there is nothing older to show: short,
 * with a retry button (except for a wrong configuration, which a retry cannot fix: it names the
 * attribute instead), announced politely. Not an alert: it comes unasked (on load, or when every
 * element on the page retries at once as the connection comes back), and after a retry the reader
 * started, focus returns to the button, which the message describes, so that they hear why.
 */
export function renderError(lang: Lang, error: DataSourceError, retry: () => void): TemplateResult {
  const isConfig = error.kind === 'config'
  // A rate limit (429, 503) says how long to wait: say so, so that the reader does not retry at once.
  // In whole seconds, and at least two: Swedish would need another message for one.
  const wait = error.details.retryAfter ?? 0
  const {attribute, value} = error.details
  // A wrong attribute is named in the page's language; the technical message is for the console.
  const detail =
    isConfig && attribute
      ? value
        ? t(lang, 'errorConfigValue', {name: attribute, value})
        : t(lang, 'errorConfigMissing', {name: attribute})
      : t(lang, detailOf(error), {detail: error.message})
  return html`<div class="problem" part="error" role="status">
    <div id="error-text">
      <p><strong>${t(lang, isConfig ? 'errorConfigTitle' : 'errorTitle')}</strong></p>
      <p>${detail}</p>
      ${wait > 0 ? html`<p>${t(lang, 'errorRetryAfter', {seconds: Math.max(2, Math.ceil(wait))})}</p>` : nothing}
    </div>
    ${
      isConfig
        ? nothing
        : html`<button
            class="retry"
            part="retry-button"
            type="button"
            aria-describedby="error-text"
            @click=${(event: Event) => {
              retriedFrom(event.currentTarget as Element)
              retry()
            }}
          >
            ${t(lang, 'retry')}
          </button>`
    }
  </div>`
}

/** A message for an attribute the element needs but did not get. */
export function renderProblem(message: string): TemplateResult {
  return html`<div class="problem" part="error" role="status"><p>${message}</p></div>`
}

/**
 * The messages about the element's attributes, the element going on with its defaults meanwhile,
 * so that nothing is lost:
 *
 * - values it cannot use, `heading-level`'s among them, each naming the attribute, the value and
 *   an example;
 * - names that look like misspellings of its own, which it would otherwise ignore without a word
 *   (a finder with `municipalty="krokom"` shows every offer).
 */
export function renderAttributeProblems(
  host: ReactiveElement & {headingLevel?: number | null},
  lang: Lang,
  values: readonly (WrongValue | false)[],
): TemplateResult[] {
  const known = (host.constructor as typeof ReactiveElement).observedAttributes
  return [
    ...[...values, wrongHeadingLevel(host)]
      .filter((wrong) => wrong !== false)
      .map(([name, value, example]) =>
        renderProblem(t(lang, 'wrongAttribute', {name, value: String(value), example})),
      ),
    ...host.getAttributeNames().flatMap((name) => {
      const meant = meantAttribute(name, known)
      return meant ? [renderProblem(t(lang, 'misspelt', {name, meant}))] : []
    }),
  ]
}

/** The quiet note shown above content that could not be refreshed. */
export function renderStaleNotice(lang: Lang): TemplateResult {
  return html`<p class="stale" part="stale-notice" role="status">${t(lang, 'staleNotice')}</p>`
}
