import {css} from 'lit'

/*
 * Slides are stacked in one grid cell, so the carousel is as tall as its tallest slide and never
 * changes height. The slide shown becomes visible at once (for screen readers and Tab) and fades
 * in; the slide left fades out and is hidden once it has.
 */
export const storyCarouselStyles = css`
  :host {
    display: block;
    /* Over the shared one, so that the shared parts (the retry button) follow the carousel's. */
    --_accent: var(--ijh-story-carousel-accent, var(--ijh-color-accent, #005a7a));
    --_pad: var(--ijh-story-carousel-padding, var(--_space));
    --_line: 1px solid var(--ijh-story-carousel-border-color, var(--_border));
    /* In a flex column or a grid, the column's width; in a flex row, what the row leaves it (see
       .frame). */
    min-inline-size: 0;
    flex-grow: 1;
    place-self: stretch;
  }
  .frame,
  ul {
    container-type: inline-size;
    max-width: var(--ijh-story-carousel-max-width, 60rem);
    margin: 0;
    padding: 0;
  }
  .frame,
  li {
    list-style: none;
    padding: var(--_pad);
    border: var(--_line);
    border-radius: var(--_radius);
  }
  .controls,
  .nav,
  [role='tablist'],
  .tags {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .controls {
    justify-content: space-between;
    margin-bottom: var(--_pad);
  }
  .nav {
    flex: auto;
    flex-wrap: nowrap;
    justify-content: end;
  }
  [role='tablist'] {
    gap: 0;
  }
  .list {
    display: grid;
    gap: var(--_pad);
  }
  /* A container has no width of its own: in a flex row, a float or a table cell it would have
     none. It asks for a narrow one, and the host grows into the row. */
  .frame,
  .list {
    contain-intrinsic-inline-size: 20rem;
  }
  .nav button {
    font-size: 1.5rem;
  }
  [part='rotation-button'] {
    padding: 0 0.75rem;
  }
  button {
    display: inline-grid;
    place-items: center;
    min-width: 44px;
    min-height: 44px;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: none;
    color: var(--_accent);
    cursor: pointer;
  }
  /* Square (the button's radius 0), so that the whole 24 × 24 box takes the pointer (WCAG 2.5.8):
     rounded corners do not, and would leave the tabs, edge to edge, only just spaced enough. */
  [role='tab'] {
    min-width: 24px;
    min-height: 24px;
    border: 0;
    --_radius: 0;
  }
  [role='tab']::before {
    content: '';
    width: 0.75rem;
    height: 0.75rem;
    border: 2px solid;
    border-radius: 50%;
  }
  [aria-selected='true']::before {
    background: currentColor;
  }
  .slides {
    display: grid;
    touch-action: pan-y;
  }
  .slide {
    grid-area: 1 / 1;
    min-width: 0;
  }
  [inert] {
    visibility: hidden;
    opacity: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    .slide {
      transition:
        opacity 0.4s,
        visibility 0s;
    }
    [inert] {
      transition-delay: 0s, 0.4s;
    }
  }
  .story {
    display: grid;
    gap: var(--_pad);
    align-content: start;
  }
  /* While loading: about the shortest story of the default content at the frame's width (cqi). */
  span.text {
    height: calc(39.4rem - 74cqi);
  }
  @container (min-width: 40rem) {
    span.text {
      height: calc(42rem - 40cqi);
    }
    .story {
      grid-template-columns: 1fr 1fr;
    }
  }
  .media {
    position: relative;
    aspect-ratio: 16 / 9;
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  /* The low-quality placeholder under the image, both filling the 16:9 frame (blocks, as
     absolutely positioned boxes are). */
  .placeholder,
  img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .text > * {
    margin: 0 0 0.75rem;
    overflow-wrap: anywhere;
  }
  .tags li,
  .badge {
    width: fit-content;
    padding: 0 0.5rem;
    border: var(--_line);
    border-radius: 1rem;
    font-size: 0.875rem;
  }
  .muted {
    color: var(--_muted);
  }
  figure {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.75rem;
    font-style: italic;
  }
  blockquote {
    margin: 0;
  }
  @media (forced-colors: active) {
    [aria-selected='true']::before {
      background: Highlight;
    }
  }
`
