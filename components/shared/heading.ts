import {html, nothing, type TemplateResult} from 'lit'

/** A heading's attributes; each is left out when not given. */
export interface HeadingAttributes {
  className?: string
  part?: string
  id?: string
  /** Takes focus from script (`tabindex="-1"`), e.g. when a view changes. */
  focusable?: boolean
}

/**
 * A heading at `level`, which the embedding page chooses so that its outline stays whole: 1 to 6,
 * a fraction cut to a whole number and the rest clamped into that range, but 2 for 0 or anything
 * not a finite number. (The elements pass levels they have read with `parseHeadingLevel`.)
 *
 * Lit cannot bind a tag name. Six templates do it in fewer bytes than `lit/static-html.js`, which
 * every element would otherwise carry for this alone.
 */
export function heading(
  level: number,
  {className, part, id, focusable}: HeadingAttributes,
  content: unknown,
): TemplateResult {
  const c = className ?? nothing
  const p = part ?? nothing
  const i = id ?? nothing
  const t = focusable ? '-1' : nothing
  // `level | 0`: the whole number, 0 for NaN and ±Infinity.
  switch (Math.min(Math.max(level | 0 || 2, 1), 6)) {
    case 1:
      return html`<h1 class=${c} part=${p} id=${i} tabindex=${t}>${content}</h1>`
    case 2:
      return html`<h2 class=${c} part=${p} id=${i} tabindex=${t}>${content}</h2>`
    case 3:
      return html`<h3 class=${c} part=${p} id=${i} tabindex=${t}>${content}</h3>`
    case 4:
      return html`<h4 class=${c} part=${p} id=${i} tabindex=${t}>${content}</h4>`
    case 5:
      return html`<h5 class=${c} part=${p} id=${i} tabindex=${t}>${content}</h5>`
    default:
      return html`<h6 class=${c} part=${p} id=${i} tabindex=${t}>${content}</h6>`
  }
}
