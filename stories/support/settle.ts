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
    if (!shadow || !shadow.childElementCount) return false
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
