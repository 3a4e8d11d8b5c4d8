import type {StoryObj} from '@storybook/web-components-vite'
import {html, type TemplateResult} from 'lit'
import {refreshFails} from './settle'
import {failingLater} from './story-sources'

/**
 * The stale notice: the story's elements (`inner`) load, then a language switch fails to load,
 * and they keep what they showed under a quiet note. `inner` renders the elements without a
 * source of their own; this story gives them one that fails on cue (`failingLater()`).
 */
export function staleStory<Args>(inner: (args: Args) => unknown): StoryObj<Args> {
  return {
    name: 'Stale (a language switch failed)',
    render: (args): TemplateResult =>
      html`<story-frame .source=${failingLater()}>${inner(args as Args)}</story-frame>`,
    play: async ({canvasElement}) => {
      await refreshFails(canvasElement)
    },
  }
}
