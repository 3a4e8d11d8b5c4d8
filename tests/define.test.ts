import {expect} from '@open-wc/testing'
import sinon from 'sinon'
import {defineElement} from '../components/shared/define'

/** The flag every copy of the helper shares, so that a page gets one warning in all. */
const WARNED = Symbol.for('ijh-define-warned')

let count = 0
const uniqueTag = () => `ijh-define-test-${++count}`

describe('defineElement', () => {
  let warn: sinon.SinonStub

  beforeEach(() => {
    delete (globalThis as Record<symbol, unknown>)[WARNED]
    warn = sinon.stub(console, 'warn')
  })

  afterEach(() => sinon.restore())

  it('defines a tag', () => {
    const tag = uniqueTag()
    class First extends HTMLElement {}
    defineElement(tag, First)
    expect(customElements.get(tag)).to.equal(First)
    expect(document.createElement(tag)).to.be.instanceOf(First)
    expect(warn.called).to.equal(false)
  })

  it('is silent when the same class is defined again', () => {
    const tag = uniqueTag()
    class Same extends HTMLElement {}
    defineElement(tag, Same)
    defineElement(tag, Same)
    expect(warn.called).to.equal(false)
  })

  it('keeps the first class when another defines the tag again, and warns once for the page', () => {
    const [a, b] = [uniqueTag(), uniqueTag()]
    class FirstA extends HTMLElement {}
    class FirstB extends HTMLElement {}
    class Second extends HTMLElement {}
    class Third extends HTMLElement {}
    defineElement(a, FirstA)
    defineElement(b, FirstB)
    expect(() => defineElement(a, Second)).not.to.throw()
    expect(() => defineElement(a, Third)).not.to.throw()
    expect(() => defineElement(b, Second)).not.to.throw()
    expect(customElements.get(a)).to.equal(FirstA)
    expect(customElements.get(b)).to.equal(FirstB)
    expect(warn.callCount).to.equal(1)
    expect(String(warn.firstCall.args[0])).to.contain(`<${a}>`)
  })

  it('lets two copies of an element module load on one page: no error, one warning', async () => {
    await import('../components/config/config')
    const first = customElements.get('ijh-config')
    // The same module under another URL is a second copy, with a class of its own.
    const copy = (await import(
      // @ts-expect-error: the query string makes a second module instance
      '../components/config/config.ts?copy=2'
    )) as typeof import('../components/config/config')
    expect(copy.IjhConfig).to.not.equal(first)
    expect(customElements.get('ijh-config')).to.equal(first)
    expect(warn.callCount).to.equal(1)
    expect(String(warn.firstCall.args[0])).to.contain('<ijh-config>')
  })
})
