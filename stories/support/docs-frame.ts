/**
 * Story parameters for the Docs page, which renders every story of an element on one page and,
 * by default, runs no play function: there, the story renders in a frame of its own, with its
 * play function run. For stories whose state a play function makes (a guided step, a filter, the
 * stale notice), and for stories that change the page they are on (its address, which holds the
 * finder's state; `navigator.onLine`; the reduced-motion attribute on `<html>`), which would
 * otherwise reach the other stories on the Docs page.
 */
export function ownDocsFrame(height = '40rem') {
  return {docs: {story: {inline: false, height, autoplay: true}}}
}

/**
 * Story globals for a story that brings its own data source: the Data toolbar, which would not
 * change what it shows, is locked.
 */
export const OWN_SOURCE = {dataState: 'loaded'} as const
