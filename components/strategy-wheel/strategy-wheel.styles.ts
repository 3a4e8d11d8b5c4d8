import {css} from 'lit'

/**
 * The wheel's colours default to the shared tokens, so that a page's accent re-colours it. The
 * defaults meet WCAG 2.2 AA: every label ≥ 4.5:1 against its segment, every segment's edge ≥ 3:1
 * against the gaps (the surface) or drawn with an outline that is.
 */
export const strategyWheelStyles = css`
  :host {
    display: block;
    --_wheel-max: var(--ijh-strategy-wheel-max-size, 40rem);
    --_wheel-core: var(--ijh-strategy-wheel-core-color, var(--_surface-alt));
    --_wheel-core-text: var(--ijh-strategy-wheel-core-text, var(--_text));
    --_wheel-area: var(--ijh-strategy-wheel-area-color, var(--_accent));
    --_wheel-area-hover: var(
      --ijh-strategy-wheel-area-hover-color,
      color-mix(in srgb, var(--_wheel-area) 82%, #000)
    );
    --_wheel-area-text: var(--ijh-strategy-wheel-area-text, var(--_accent-contrast));
    --_wheel-value: var(
      --ijh-strategy-wheel-value-color,
      color-mix(in srgb, var(--_accent) 12%, var(--_surface))
    );
    --_wheel-value-text: var(--ijh-strategy-wheel-value-text, var(--_text));
    --_wheel-value-edge: var(--ijh-strategy-wheel-value-edge-color, var(--_accent));
    --_wheel-goal: var(
      --ijh-strategy-wheel-goal-color,
      color-mix(in srgb, var(--_accent) 62%, #000)
    );
    --_wheel-goal-text: var(--ijh-strategy-wheel-goal-text, var(--_accent-contrast));
    --_wheel-selected: var(--ijh-strategy-wheel-selected-color, var(--_text));
    --_wheel-selected-text: var(--ijh-strategy-wheel-selected-text, var(--_surface));
    --_wheel-highlight: var(--ijh-strategy-wheel-highlight-color, #ffe07a);
    --_wheel-highlight-text: var(--ijh-strategy-wheel-highlight-text, var(--_text));
    --_wheel-highlight-edge: var(--ijh-strategy-wheel-highlight-edge-color, var(--_text));
    --_wheel-gap: var(--ijh-strategy-wheel-gap-color, var(--_surface));
  }
  .description {
    margin: 0 0 0.5rem;
    max-width: 65ch;
    overflow-wrap: anywhere;
  }
  .controls {
    margin: 0 0 0.75rem;
  }
  .switch {
    min-height: 44px;
    min-width: 44px;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .switch:hover {
    background: var(--_surface-alt);
  }
  .wheel {
    width: 100%;
    max-width: var(--_wheel-max);
    aspect-ratio: 1;
    margin-inline: auto;
  }
  .wheel svg {
    /* The labels are fitted to their arcs as written (canvasMeasure): not in the page's capitals. */
    text-transform: none;
    font-variant: normal;
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
    font-family: var(--_font);
  }
  .skeleton.circle {
    width: 100%;
    height: 100%;
    border-radius: 50%;
  }
  .backdrop {
    fill: var(--_wheel-gap);
  }
  .guide {
    fill: none;
    stroke: none;
  }
  .label {
    font-weight: 600;
    pointer-events: none;
  }
  .core circle {
    fill: var(--_wheel-core);
  }
  .core text {
    fill: var(--_wheel-core-text);
  }
  .core .year {
    font-weight: 800;
  }
  .core .vision {
    font-weight: 500;
  }
  .area .shape {
    fill: var(--_wheel-area);
  }
  .area .label {
    fill: var(--_wheel-area-text);
  }
  .area.selectable {
    cursor: pointer;
  }
  .area:focus,
  .area:focus-visible {
    outline: none;
  }
  .area.selectable:hover .shape,
  .area.active:not(.selected) .shape {
    fill: var(--_wheel-area-hover);
  }
  .area .frame {
    fill: none;
    stroke: none;
  }
  .area.selected .shape {
    fill: var(--_wheel-selected);
  }
  .area.selected .label {
    fill: var(--_wheel-selected-text);
  }
  .area.selected .frame {
    stroke: var(--_wheel-selected-text);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
  .value .shape {
    fill: var(--_wheel-value);
    stroke: var(--_wheel-value-edge);
    stroke-width: 1.5px;
    vector-effect: non-scaling-stroke;
  }
  .value .label {
    fill: var(--_wheel-value-text);
  }
  .goal .shape {
    fill: var(--_wheel-goal);
  }
  .goal .label {
    fill: var(--_wheel-goal-text);
  }
  .linked .shape {
    fill: var(--_wheel-highlight);
    stroke: var(--_wheel-highlight-edge);
    stroke-width: 3px;
    vector-effect: non-scaling-stroke;
  }
  .linked .label {
    fill: var(--_wheel-highlight-text);
    font-weight: 800;
  }
  .focus-ring path {
    fill: none;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .focus-ring .halo {
    stroke: var(--_surface);
    stroke-width: 7px;
  }
  .focus-ring .ring {
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  @media (prefers-reduced-motion: no-preference) {
    .shape,
    .label {
      transition:
        fill 0.15s ease,
        stroke 0.15s ease;
    }
  }
  .text-view {
    max-width: 65ch;
    overflow-wrap: anywhere;
  }
  .text-view.loading {
    min-height: var(--ijh-strategy-wheel-text-min-height, 100rem);
  }
  .text-view.loading .skeleton {
    height: 1rem;
    margin: 0.75rem 0;
  }
  .text-view.loading .skeleton.heading {
    height: 1.5rem;
    width: 50%;
  }
  .section-title {
    margin: 1.5rem 0 0.5rem;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  .section-title:first-child {
    margin-top: 0;
  }
  .text-view p {
    margin: 0 0 0.5rem;
  }
  .text-view ul {
    margin: 0 0 1rem;
    padding-inline-start: 1.25rem;
  }
  .text-view li {
    margin: 0.375rem 0;
  }
  .area-list {
    list-style: none;
    padding-inline-start: 0 !important;
  }
  .area-item {
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_wheel-area);
    border-radius: var(--_radius);
  }
  .area-item.selected {
    border-inline-start-color: var(--_wheel-selected);
    border-width: 2px 2px 2px 6px;
  }
  .area-item p {
    color: var(--_muted);
  }
  .area-control {
    display: inline-block;
    min-height: 44px;
    padding: 0.5rem 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .area-title {
    display: inline-block;
    padding: 0.5rem 0;
    font-weight: 700;
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.5rem;
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875rem;
    font-weight: 600;
  }
  /* Browsers do not force SVG fills: every rule above that colours a shape or a label has its
     counterpart here, at least as specific, in system colours. */
  @media (forced-colors: active) {
    .backdrop,
    .core circle,
    .area .shape,
    .area.selectable:hover .shape,
    .area.active:not(.selected) .shape,
    .value .shape,
    .goal .shape {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1.5px;
      vector-effect: non-scaling-stroke;
    }
    .backdrop {
      stroke: none;
    }
    .area.selectable:hover .shape,
    .area.active:not(.selected) .shape {
      stroke-width: 3px;
    }
    .label,
    .area .label,
    .value .label,
    .goal .label,
    .core text {
      fill: CanvasText;
    }
    .area.selected .shape,
    .area.selected.selectable:hover .shape,
    .linked .shape {
      fill: Highlight;
      stroke: CanvasText;
      stroke-width: 3px;
    }
    .area.selected .label,
    .linked .label {
      fill: HighlightText;
    }
    .area.selected .frame {
      stroke: HighlightText;
    }
    /* A band of Highlight between two lines of CanvasText: unlike the selection's own outline,
       and seen on a selected (Highlight) area as on any other. */
    .focus-ring .halo {
      stroke: CanvasText;
    }
    .focus-ring .ring {
      stroke: Highlight;
    }
    .area-item {
      border-color: CanvasText;
    }
    .skeleton.circle {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .controls,
    .stale,
    .retry {
      display: none;
    }
  }
`
