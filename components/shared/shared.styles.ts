import {css} from 'lit'

/**
 * Styles every element shares: the design tokens (`--ijh-*`) with defaults that meet WCAG 2.2 AA
 * contrast, focus rings, the error and notice blocks, and the loading skeleton.
 */
export const sharedStyles = css`
  :host {
    --_text: var(--ijh-color-text, #1d2327);
    --_muted: var(--ijh-color-text-muted, #4a5560);
    --_surface: var(--ijh-color-surface, #ffffff);
    --_surface-alt: var(--ijh-color-surface-alt, #f3f5f7);
    --_border: var(--ijh-color-border, #8a969f);
    --_accent: var(--ijh-color-accent, #005a7a);
    --_accent-contrast: var(--ijh-color-accent-contrast, #ffffff);
    --_focus: var(--ijh-color-focus, #b3007d);
    --_radius: var(--ijh-radius, 0.5rem);
    --_font: var(--ijh-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_space: var(--ijh-space, 1rem);
    box-sizing: border-box;
    /* Not the page's: its pre or pre-line would show the templates' line breaks, a right-to-left
       page would mirror Swedish and English, and its centring would centre every paragraph. */
    white-space: normal;
    direction: ltr;
    text-align: start;
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  .problem {
    border: 2px solid var(--_border);
    border-left: 6px solid var(--ijh-color-danger, #a4262c);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: calc(var(--_space) * 0.75) var(--_space);
  }
  /* A message may quote a value with no place to break (a mistyped attribute, an address). */
  .problem,
  .stale {
    overflow-wrap: anywhere;
  }
  .problem p {
    margin: 0 0 0.5rem;
  }
  .problem p:last-of-type {
    margin-bottom: 0;
  }
  .retry {
    margin-top: 0.75rem;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    cursor: pointer;
  }
  .stale {
    margin: 0 0 0.75rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .skeleton {
    display: block;
    border-radius: 0.25rem;
    background: var(--_surface-alt);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: ijh-pulse 1.6s ease-in-out infinite;
    }
  }
  .reduce-motion,
  .reduce-motion * {
    animation: none !important;
    transition: none !important;
  }
  @keyframes ijh-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (forced-colors: active) {
    .skeleton {
      border: 1px solid CanvasText;
    }
    .problem {
      border-color: CanvasText;
    }
  }
`
