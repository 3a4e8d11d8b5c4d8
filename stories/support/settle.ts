/**
 * Waiting for a story's elements to show what they will show, without fixed sleeps: used as the
 * stories' `play` function, so that Storybook's accessibility check (which runs after `play`)
 * and `npm run test:stories` look at the content, not at the loading skeleton.
 */

interface Updatable extends HTMLElement {
  updateComplete?: Promise<unknown>
}

/** The `ijh-` elements in `root` that render something (`<ijh-config>` renders nothing). */
export function ijhElements(root: ParentNode): Updatable[] {
  return [...root.querySelectorAll<Updatable>('*')].filter(
    (element) => element.localName.startsWith('ijh-') && element.localName !== 'ijh-config',
  )
}

/**
 * Whether every element has rendered: a shadow root, and no loading skeleton (`aria-busy`), or,
 * when the story shows the loading state, the skeleton.
 */
export function isSettled(root: ParentNode, loading: boolean): boolean {
  return ijhElements(root).every((element) => {
    const shadow = element.shadowRoot
    // Rendered: the wrapper each element renders into (there from connection) has children.
    if (!shadow || ![...shadow.children].some((child) => child.childElementCount > 0)) return false
    return Boolean(shadow.querySelector('[aria-busy="true"]')) === loading
  })
}

/** Resolves when the story in `root` has settled (checked once per animation frame). */
export async function settled(root: ParentNode, {loading = false, frames = 600} = {}) {
  for (let frame = 0; frame < frames; frame++) {
    await Promise.all(ijhElements(root).map((element) => element.updateComplete))
    if (isSettled(root, loading)) return
    await new Promise((resolve) => requestAnimationFrame(resolve))
  }
  throw new Error(
    `The story did not settle (${loading ? 'loading' : 'loaded'}) in ${frames} frames`,
  )
}

/**
 * For the stale notice: once the story has settled, the frames' sources (`failingLater()`) start
 * failing and the story switches language, the one change that queries again for the same
 * content (a result, once loaded, is kept for the page). Resolves when every element shows the
 * notice over what it loaded.
 */
export async function refreshFails(root: ParentNode, frames = 600): Promise<void> {
  await settled(root)
  const failing = [
    ...root.querySelectorAll<Element & {source?: {fail?: () => void}}>('story-frame'),
  ].filter((frame) => frame.source?.fail)
  for (const frame of failing) {
    frame.source?.fail?.()
    const lang = frame.closest('[lang]')?.getAttribute('lang')
    frame.setAttribute('lang', lang === 'en' ? 'sv' : 'en')
  }
  const elements = ijhElements(root)
  for (let frame = 0; frame < frames; frame++) {
    if (elements.every((element) => element.shadowRoot?.querySelector('[part~="stale-notice"]'))) {
      return
    }
    await new Promise((resolve) => requestAnimationFrame(resolve))
  }
  throw new Error(`The stale notice did not show in ${frames} frames`)
}
