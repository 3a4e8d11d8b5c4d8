import {css} from 'lit'

export const focusAreaCardStyles = css`
  :host {
    display: block;
    --_card-bg: var(--ijh-focus-area-card-background, var(--_surface));
    --_card-border: var(--ijh-focus-area-card-border-color, var(--_border));
    /* Over the shared one, so that the shared parts (the retry button) follow the card's too. */
    --_accent: var(--ijh-focus-area-card-accent, var(--ijh-color-accent, #005a7a));
    --_card-padding: var(--ijh-focus-area-card-padding, calc(var(--_space) * 1.25));
    --_card-heading: var(--ijh-focus-area-card-heading-color, var(--_text));
  }
  .card {
    background: var(--_card-bg);
    border: 1px solid var(--_card-border);
    border-top: 6px solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_card-padding);
    max-width: var(--ijh-focus-area-card-max-width, 60rem);
    /* Long Swedish compounds wrap anywhere rather than push the card wider (inherited). */
    overflow-wrap: anywhere;
  }
  .eyebrow {
    margin: 0;
    font-size: 0.875rem;
    font-weight: 600;
    letter-spacing: 0.02em;
    color: var(--_muted);
    text-transform: uppercase;
  }
  .title {
    margin: 0.25rem 0 0.5rem;
    font-size: var(--ijh-focus-area-card-title-size, 1.5rem);
    line-height: 1.25;
    color: var(--_card-heading);
    /* Where the browser can hyphenate the title's language, a long word at the end of a line
       breaks at a syllable, with a hyphen (Handlingskraf-tigt on a narrow card), rather than
       anywhere; only words of 10 letters or more, 4 on each side. */
    hyphens: auto;
    hyphenate-limit-chars: 10 4 4;
  }
  .summary {
    margin: 0 0 1rem;
    color: var(--_muted);
  }
  .section-title {
    margin: 1.5rem 0 0.5rem;
    font-size: 1.125rem;
    color: var(--_card-heading);
  }
  .theme {
    border-top: 1px solid var(--_card-border);
  }
  .theme-heading {
    margin: 0;
    font-size: 1rem;
  }
  .theme-toggle {
    display: flex;
    width: 100%;
    min-height: 44px;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    padding: 0.625rem 0;
    border: 0;
    background: none;
    text-align: start;
    font-weight: 600;
    cursor: pointer;
  }
  .theme-toggle:hover {
    color: var(--_accent);
  }
  .chevron {
    flex: none;
    width: 0.6rem;
    height: 0.6rem;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(45deg);
    margin-inline-end: 0.25rem;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(-135deg);
  }
  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 0.15s ease;
    }
  }
  ul {
    margin: 0 0 1rem;
    padding-inline-start: 1.25rem;
  }
  li {
    margin: 0.25rem 0;
  }
  .actions li::marker {
    color: var(--_accent);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    list-style: none;
    padding: 0;
  }
  .tags li {
    margin: 0;
    padding: 0.125rem 0.625rem;
    border: 1px solid var(--_card-border);
    border-radius: 999px;
    background: var(--_surface-alt);
    font-size: 0.875rem;
  }
  .compact .title {
    font-size: var(--ijh-focus-area-card-title-size, 1.25rem);
  }
  .compact .summary {
    margin-bottom: 0.5rem;
  }
  .link {
    color: var(--_accent);
    font-weight: 600;
    text-underline-offset: 0.2em;
  }
  .loading {
    min-height: var(--ijh-focus-area-card-min-height, 45rem);
  }
  /* About the shortest focus area at the width of the nearest ancestor that is an inline-size
     container, else of the window (cqi): a narrow card is far taller. Measured with the default
     content, less about a twentieth for fonts narrower than the test machine's, so that the page
     below moves down, rarely up. Where cqi is unknown, 45rem. */
  @supports (width: 1cqi) {
    .loading {
      min-height: var(
        --ijh-focus-area-card-min-height,
        max(
          45rem,
          346.8rem - 1516cqi,
          160.7rem - 359.6cqi,
          120.7rem - 205.1cqi,
          81.4rem - 74.1cqi,
          57rem - 23.4cqi
        )
      );
    }
  }
  .loading.compact {
    min-height: var(--ijh-focus-area-card-compact-min-height, 10rem);
  }
  .loading .skeleton {
    height: 1rem;
    margin: 0.75rem 0;
  }
  .loading .skeleton.heading {
    height: 1.75rem;
    width: 60%;
  }
  .loading .skeleton.short {
    width: 40%;
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }
  @media print {
    .card {
      border: 1px solid #000;
      break-inside: avoid-page;
    }
    .theme-panel[hidden] {
      display: block !important;
    }
    .chevron,
    .stale,
    .retry {
      display: none;
    }
    .link::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
    }
  }
`
