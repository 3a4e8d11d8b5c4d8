import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {defineElement} from '../../components/shared/define'

describe('defineElement outside a browser', () => {
  it('does nothing, and throws nothing, where there is no custom element registry', () => {
    assert.equal('customElements' in globalThis, false)
    class NotAnElement {}
    assert.doesNotThrow(() =>
      defineElement('ijh-node-test', NotAnElement as unknown as CustomElementConstructor),
    )
    assert.equal('customElements' in globalThis, false)
  })

  it('defines through a registry when there is one (as Lit’s server shim provides)', () => {
    const defined = new Map<string, unknown>()
    const registry = {
      get: (tag: string) => defined.get(tag),
      define: (tag: string, element: unknown) => void defined.set(tag, element),
    }
    Object.assign(globalThis, {customElements: registry})
    try {
      class First {}
      defineElement('ijh-node-test', First as unknown as CustomElementConstructor)
      assert.equal(defined.get('ijh-node-test'), First)
    } finally {
      delete (globalThis as {customElements?: unknown}).customElements
    }
  })
})
