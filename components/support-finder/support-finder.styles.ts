import {css} from 'lit'

export const supportFinderStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    /* A container has no width of its own: in a flex row, a float or a table cell it would have
       none. It asks for a narrow one and grows into the row (wrapping below a sidebar only where
       that does not leave it 20rem); in a flex column or a grid it takes the column's width. */
    contain-intrinsic-inline-size: 20rem;
    min-inline-size: 0;
    flex-grow: 1;
    place-self: stretch;
    /* Over the shared ones, so that the shared parts (the retry button) follow the finder's too. */
    --_accent: var(--ijh-support-finder-accent, var(--ijh-color-accent, #005a7a));
    --_accent-contrast: var(
      --ijh-support-finder-accent-contrast,
      var(--ijh-color-accent-contrast, #ffffff)
    );
    --_sf-bg: var(--ijh-support-finder-background, var(--_surface));
    --_sf-panel: var(--ijh-support-finder-panel-background, var(--_surface-alt));
    --_sf-card: var(--ijh-support-finder-card-background, var(--_surface));
    --_sf-border: var(--ijh-support-finder-border-color, var(--_border));
    --_sf-heading: var(--ijh-support-finder-heading-color, var(--_text));
    font-family: var(--ijh-support-finder-font-family, var(--_font));
  }
  .finder {
    max-width: var(--ijh-support-finder-max-width, 72rem);
    background: var(--_sf-bg);
    overflow-wrap: anywhere;
  }
  .loading {
    min-height: var(--ijh-support-finder-min-height, 40rem);
  }
  .loading .bar {
    height: 2.75rem;
    margin: 1rem 0;
    max-width: 36rem;
  }
  .loading .panel {
    min-height: 24rem;
  }
  .loading .card {
    height: 10rem;
    margin-bottom: 1rem;
  }
  .title,
  .result-count,
  .card-title,
  .help-heading,
  .answers-heading,
  .question {
    color: var(--_sf-heading);
    line-height: 1.25;
  }
  .title {
    margin: 0 0 0.5rem;
    font-size: 1.625rem;
  }
  .intro,
  .hint {
    margin: 0 0 0.5rem;
    color: var(--_muted);
  }
  .hint {
    font-size: 0.875rem;
  }
  .search label {
    display: block;
    font-weight: 600;
  }
  input[type='search'],
  .share-fallback input {
    width: 100%;
    max-width: 36rem;
    min-height: 44px;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_sf-border);
    border-radius: var(--_radius);
    background: var(--_sf-card);
    color: inherit;
    font: inherit;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, var(--ijh-support-finder-filters-width, 17rem)) minmax(0, 1fr);
    gap: 1.5rem;
    margin-top: 1.25rem;
    align-items: start;
  }
  .filters-toggle,
  .filters-done {
    display: none;
  }
  /* Shown only while it has focus: a keyboard user's way past the filters. */
  .skip {
    margin-bottom: 0.5rem;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_sf-card);
    color: var(--_accent);
    cursor: pointer;
  }
  /* As the shared .visually-hidden, in its order (which gzip then finds again). */
  .skip:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  .filters {
    background: var(--_sf-panel);
    border: 1px solid var(--_sf-border);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
  }
  .facet {
    border: 0;
    margin: 0 0 1rem;
    padding: 0;
    min-width: 0;
  }
  .facet legend {
    font-weight: 700;
    padding: 0;
    margin-bottom: 0.25rem;
  }
  .facet ul,
  .chips,
  .results,
  .suggestions ul,
  .choices {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .facet li {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    min-height: 44px;
    padding: 0.25rem 0;
  }
  .facet input,
  .choices input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_accent);
  }
  .facet label {
    cursor: pointer;
  }
  .count {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .zero label {
    color: var(--_muted);
    text-decoration: line-through dotted;
  }
  .chips-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-bottom: 0.75rem;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .chip,
  .show-more,
  .clear-all,
  .share-button,
  .card-toggle,
  .show-less,
  .suggestion,
  .filters-toggle,
  .primary,
  .secondary,
  .link-button {
    min-height: 44px;
    min-width: 44px;
    padding: 0.375rem 0.875rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_sf-card);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
    text-align: start;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .chip .x {
    font-size: 1.25rem;
    line-height: 1;
  }
  .clear-all,
  .link-button {
    border-color: transparent;
    background: transparent;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .primary {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .results-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-bottom: 0.75rem;
  }
  .result-count {
    margin: 0;
    font-size: 1.25rem;
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .share-status {
    color: var(--_muted);
  }
  .share-fallback {
    flex-basis: 100%;
    margin: 0;
  }
  .results {
    display: grid;
    gap: 1rem;
  }
  .show-more {
    margin-top: 1rem;
  }
  .card-title:focus {
    outline: none;
  }
  .card-title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .card {
    background: var(--_sf-card);
    border: 1px solid var(--_sf-border);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 1rem 1.25rem;
  }
  .card-title {
    margin: 0 0 0.25rem;
    font-size: 1.25rem;
  }
  .provider {
    margin: 0 0 0.25rem;
    color: var(--_muted);
  }
  .status {
    display: inline-block;
    margin: 0 0 0.5rem;
    padding: 0.125rem 0.625rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .status.open {
    color: var(--ijh-support-finder-open-color, #1e6b34);
  }
  .status.upcoming {
    color: var(--ijh-support-finder-upcoming-color, #7a4b00);
  }
  .status.closed {
    color: var(--_muted);
  }
  dl {
    margin: 0 0 0.75rem;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0 0 0.5rem;
  }
  /* A fact's paragraphs (an editor's blank lines), a little apart. */
  dd p {
    margin: 0;
  }
  dd p + p {
    margin-top: 0.5rem;
  }
  .card-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    /* Scrolled to when its panel is taller than the window: room for the focus ring above it. */
    scroll-margin-top: 1rem;
  }
  .chevron {
    width: 0.55rem;
    height: 0.55rem;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(45deg);
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(-135deg);
  }
  .panel {
    margin-top: 0.75rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--_sf-border);
  }
  .panel p {
    margin: 0 0 0.75rem;
  }
  .panel .label {
    margin-bottom: 0.25rem;
    font-weight: 700;
  }
  .actions {
    margin: 0 0 0.75rem;
    padding-inline-start: 1.25rem;
  }
  .tags div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }
  .tags dt::after {
    content: ':';
  }
  .example {
    color: var(--_muted);
    font-style: italic;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.2em;
  }
  .suggestions {
    padding: 1rem;
    border: 1px solid var(--_sf-border);
    border-radius: var(--_radius);
    background: var(--_sf-card);
  }
  .suggestions p {
    margin: 0 0 0.5rem;
  }
  .suggestions li + li {
    margin-top: 0.5rem;
  }
  .help {
    margin-top: 1.5rem;
    padding: 1rem 1.25rem;
    border-radius: var(--_radius);
    background: var(--_sf-panel);
    border: 1px solid var(--_sf-border);
  }
  .help-heading {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }
  .help p {
    margin: 0 0 0.5rem;
  }
  .answers {
    margin-top: 1rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_sf-border);
    border-radius: var(--_radius);
    background: var(--_sf-panel);
  }
  .answers-heading {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }
  .answers dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .guided {
    margin-top: 1rem;
    max-width: 44rem;
  }
  .progress {
    display: block;
    margin: 0 0 0.25rem;
    color: var(--_muted);
    font-size: 1rem;
    font-weight: 400;
    line-height: 1.5;
  }
  .guided fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .question {
    margin: 0 0 0.75rem;
    font-size: 1.375rem;
  }
  .question:focus {
    outline: none;
  }
  .question:focus-visible,
  .result-count:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .choices li {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_sf-border);
  }
  .choices label {
    display: grid;
    cursor: pointer;
  }
  .choice-label {
    font-weight: 600;
  }
  .choice-description {
    color: var(--_muted);
  }
  .guided-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: 1rem;
  }
  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 0.15s ease;
    }
  }
  /* Narrow containers (a phone, a sidebar, 200 % zoom): one column, filters in a disclosure. */
  @container (max-width: 47.99rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    /* The filters are behind their disclosure there. */
    .skip {
      display: none;
    }
    .filters-toggle {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      margin-bottom: 0.5rem;
    }
    .filters:not(.open) {
      display: none;
    }
    .filters-done {
      display: block;
      width: 100%;
      text-align: center;
    }
  }
  @media (forced-colors: active) {
    .chip,
    .primary {
      border-color: ButtonText;
    }
    .card,
    .filters,
    .help,
    .suggestions,
    .answers {
      border-color: CanvasText;
    }
    .status {
      border-color: CanvasText;
      color: CanvasText;
    }
    .zero label {
      color: GrayText;
    }
  }
  @media print {
    .filters-area,
    .share,
    .chips-bar,
    .card-toggle,
    .show-more,
    .show-less {
      display: none;
    }
    .panel[hidden] {
      display: block !important;
    }
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`
