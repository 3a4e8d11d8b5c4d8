/**
 * The test runner's `ax-tree` command: Chromium's computed accessibility tree below one element
 * (the one `payload.selector` finds in the page's light DOM), through the DevTools protocol's
 * `Accessibility.getFullAXTree`, as assistive technology gets it: shadow roots, slots, `hidden`,
 * `inert`, `aria-hidden`, `aria-labelledby` and `aria-describedby` resolved.
 *
 * Each node is `{role, name, description?, props, children}`, `props` holding its properties
 * (`level`, `expanded`, `checked`, `selected`, `live`, `focusable` …). Ignored nodes are left out
 * (their children, if any are exposed, take their place), and so are unnamed generic containers
 * and inline text boxes: what is left is what a screen reader can reach. `@web/test-runner-commands`'
 * `a11ySnapshot` is not registered by default, and leaves out lists and unnamed groups.
 */
export function axTreeCommand() {
  return {
    name: 'ax-tree-command',
    async executeCommand({command, payload, session}) {
      if (command !== 'ax-tree') return undefined
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`ax-tree needs Chromium through puppeteer, not ${session.browser.type}`)
      }
      const page = session.browser.getPage(session.id)
      const cdp = await page.createCDPSession()
      try {
        const {result} = await cdp.send('Runtime.evaluate', {
          expression: `document.querySelector(${JSON.stringify(payload.selector)})`,
        })
        if (!result.objectId) throw new Error(`ax-tree: nothing matches ${payload.selector}`)
        const {node} = await cdp.send('DOM.describeNode', {objectId: result.objectId})
        const {nodes} = await cdp.send('Accessibility.getFullAXTree')
        const byId = new Map(nodes.map((n) => [n.nodeId, n]))
        const root = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId)
        if (!root) throw new Error(`ax-tree: ${payload.selector} is not in the accessibility tree`)
        const props = (n) =>
          Object.fromEntries((n.properties ?? []).map((p) => [p.name, p.value.value ?? null]))
        const children = (n) =>
          (n.childIds ?? []).flatMap((id) => (byId.has(id) ? compact(byId.get(id)) : []))
        const compact = (n) => {
          const role = n.role?.value ?? ''
          const name = n.name?.value ?? ''
          const nodeProps = props(n)
          if (n.ignored || role === 'InlineTextBox') return children(n)
          if (
            (role === 'generic' || role === 'none') &&
            !name &&
            !nodeProps.live &&
            !nodeProps.busy
          ) {
            return children(n)
          }
          const out = {role, name, props: nodeProps, children: children(n)}
          if (n.description?.value) out.description = n.description.value
          return [out]
        }
        // The element itself, exposed or not, holding what is exposed inside it.
        return {
          role: root.ignored ? 'ignored' : (root.role?.value ?? ''),
          name: root.name?.value ?? '',
          props: props(root),
          children: children(root),
        }
      } finally {
        await cdp.detach()
      }
    },
  }
}
