import type {StoryObj} from '@storybook/web-components-vite'
import {html, type TemplateResult} from 'lit'
import {OWN_SOURCE, ownDocsFrame} from './docs-frame'
import {refreshFails} from './settle'
import {failingLater} from './story-sources'

/** The stale story's name. */
const STALE = 'Stale (a language switch failed)'

/**
 * The stale notice: the story's elements (`inner`) load, then a language switch fails to load,
 * and they keep what they showed under a quiet note. `inner` renders the elements without a
 * source of their own; this story gives them one that fails on cue (`failingLater()`).
 */
export function staleStory<Args>(
  inner: (args: Args) => unknown,
  docsHeight?: string,
): StoryObj<Args> {
  return {
    // Each story file writes the name out too: Storybook's index reads names without running code.
    name: STALE,
    globals: OWN_SOURCE,
    parameters: ownDocsFrame(docsHeight),
    render: (args): TemplateResult =>
      html`<story-frame .source=${failingLater()}>${inner(args as Args)}</story-frame>`,
    play: async ({canvasElement}) => {
      await refreshFails(canvasElement)
    },
  }
}
