import {expect, fixture, html} from '@open-wc/testing'
import {resetMouse, sendKeys} from '@web/test-runner-commands'
import {LitElement, html as litHtml} from 'lit'
import sinon from 'sinon'
import {AutoplayController, MIN_INTERVAL} from '../components/story-carousel/autoplay-controller'

/** A minimal carousel host: two buttons inside, and counters for the controller's effects. */
class RotatorHost extends LitElement {
  advances = 0
  isAvailable = true
  every = MIN_INTERVAL
  readonly rotation = new AutoplayController(this, {
    available: () => this.isAvailable,
    interval: () => this.every,
    advance: () => {
      this.advances++
      this.requestUpdate()
    },
  })

  override render() {
    return litHtml`<button id="rotation" @click=${() => this.rotation.toggle()}>rotation</button
      ><button id="other">other</button>`
  }
}
customElements.define('test-rotator-host', RotatorHost)

async function shiftTab(): Promise<void> {
  await sendKeys({down: 'Shift'})
  await sendKeys({press: 'Tab'})
  await sendKeys({up: 'Shift'})
}

function mouse(type: 'pointerenter' | 'pointerleave', pointerType = 'mouse'): PointerEvent {
  return new PointerEvent(type, {pointerType})
}

describe('AutoplayController (the APG carousel’s rotation rules)', () => {
  let clock: sinon.SinonFakeTimers
  let host: RotatorHost
  let outside: HTMLButtonElement

  beforeEach(async () => {
    clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']})
    const wrapper = await fixture<HTMLElement>(
      html`<div><button id="outside">outside</button><test-rotator-host></test-rotator-host></div>`,
    )
    outside = wrapper.querySelector('#outside') as HTMLButtonElement
    host = wrapper.querySelector('test-rotator-host') as RotatorHost
    await host.updateComplete
  })

  afterEach(async () => {
    clock.restore()
    await resetMouse()
  })

  const button = (id: string) => host.shadowRoot?.getElementById(id) as HTMLButtonElement

  it('APG rotation: shows the next slide every interval, and never faster than every 5 s', async () => {
    host.every = 1000
    host.requestUpdate()
    await host.updateComplete
    // The floor itself, not the module's constant: a smaller MIN_INTERVAL must fail here.
    expect(MIN_INTERVAL).to.equal(5000)
    clock.tick(4999)
    expect(host.advances).to.equal(0)
    clock.tick(1)
    expect(host.advances).to.equal(1)
    await host.updateComplete
    clock.tick(5000)
    expect(host.advances).to.equal(2)
    host.every = 8000
    clock.tick(MIN_INTERVAL)
    expect(host.advances).to.equal(3, 'a new interval applies from the next slide')
    clock.tick(8000)
    expect(host.advances).to.equal(4)
  })

  it('APG rotation is opt-in: nothing rotates while rotation is not available', async () => {
    host.isAvailable = false
    host.requestUpdate()
    await host.updateComplete
    clock.tick(60_000)
    expect(host.advances).to.equal(0)
    expect(host.rotation.rotating).to.equal(false)
    expect(clock.countTimers()).to.equal(0)
  })

  it('APG: stops rotating whenever the mouse is hovering over the carousel, and resumes when it leaves', async () => {
    clock.tick(MIN_INTERVAL - 1000)
    host.dispatchEvent(mouse('pointerenter'))
    clock.tick(60_000)
    expect(host.advances).to.equal(0)
    expect(
      host.rotation.rotating,
      'rotation stays on: the button still offers to stop it',
    ).to.equal(true)
    host.dispatchEvent(mouse('pointerleave'))
    clock.tick(MIN_INTERVAL - 1)
    expect(host.advances).to.equal(0, 'the slide gets a full interval after the pause')
    clock.tick(1)
    expect(host.advances).to.equal(1)
  })

  it('shows no new slide while the page is hidden (another tab, a minimised window); back, the slide gets a full interval', () => {
    const hidden = sinon.stub(document, 'hidden').get(() => true)
    try {
      // Hidden partway through an interval: the slide would change 3 s after the page is back.
      clock.tick(60_000 + 2000)
      expect(host.advances).to.equal(0, 'the reader comes back to the slide they left')
      expect(host.rotation.rotating, 'rotation stays on').to.equal(true)
    } finally {
      hidden.restore()
    }
    document.dispatchEvent(new Event('visibilitychange'))
    clock.tick(MIN_INTERVAL - 1)
    expect(host.advances).to.equal(0, 'a full interval from when the page is shown again')
    clock.tick(1)
    expect(host.advances).to.equal(1)
  })

  it('a page being hidden restarts nothing, and a removed carousel stops listening to the page', () => {
    clock.tick(MIN_INTERVAL - 1000)
    const hidden = sinon.stub(document, 'hidden').get(() => true)
    document.dispatchEvent(new Event('visibilitychange'))
    hidden.restore()
    clock.tick(1000)
    expect(host.advances).to.equal(1)
    const removed = sinon.spy(document, 'removeEventListener')
    try {
      host.remove()
      expect(removed.calledWith('visibilitychange', host.rotation)).to.equal(true)
    } finally {
      removed.restore()
    }
  })

  it('a touch is not a hover: it does not pause rotation', () => {
    host.dispatchEvent(mouse('pointerenter', 'touch'))
    clock.tick(MIN_INTERVAL)
    expect(host.advances).to.equal(1)
  })

  it('APG: stops rotating when keyboard focus enters the carousel, and does not restart when focus leaves', async () => {
    outside.focus()
    await sendKeys({press: 'Tab'})
    expect(host.shadowRoot?.activeElement?.id).to.equal('rotation')
    expect(host.rotation.rotating).to.equal(false)
    clock.tick(60_000)
    expect(host.advances).to.equal(0)
    await shiftTab()
    expect(document.activeElement === outside, 'focus on outside').to.equal(true)
    clock.tick(60_000)
    expect(host.advances).to.equal(0)
    expect(host.rotation.rotating).to.equal(false)
  })

  it('focus that is not keyboard focus (a script, a click) does not stop rotation', async () => {
    button('other').dispatchEvent(new FocusEvent('focusin', {bubbles: true, composed: true}))
    clock.tick(MIN_INTERVAL)
    expect(host.advances).to.equal(1)
  })

  it('APG: the rotation control starts rotation on request, ignoring the focus and hover already in the carousel', async () => {
    outside.focus()
    await sendKeys({press: 'Tab'})
    host.dispatchEvent(mouse('pointerenter'))
    expect(host.rotation.rotating).to.equal(false)
    await sendKeys({press: 'Enter'})
    expect(host.rotation.rotating).to.equal(true)
    clock.tick(MIN_INTERVAL)
    expect(host.advances).to.equal(1)
    host.dispatchEvent(mouse('pointerleave'))
    host.dispatchEvent(mouse('pointerenter'))
    clock.tick(MIN_INTERVAL)
    expect(host.advances).to.equal(1, 'a new hover pauses it again')
    host.dispatchEvent(mouse('pointerleave'))
    clock.tick(MIN_INTERVAL)
    expect(host.advances).to.equal(2)
  })

  it('APG: after an explicit start, keyboard focus moving on in the carousel stops rotation again (it could be hidden by the next slide)', async () => {
    outside.focus()
    await sendKeys({press: 'Tab'})
    await sendKeys({press: 'Enter'})
    expect(host.rotation.rotating).to.equal(true)
    await sendKeys({press: 'Tab'})
    expect(host.shadowRoot?.activeElement?.id).to.equal('other')
    expect(host.rotation.rotating).to.equal(false)
    clock.tick(60_000)
    expect(host.advances).to.equal(0)
  })

  it('APG: the rotation control stops rotation, and it never restarts by itself', async () => {
    host.rotation.toggle()
    expect(host.rotation.rotating).to.equal(false)
    host.dispatchEvent(mouse('pointerenter'))
    host.dispatchEvent(mouse('pointerleave'))
    clock.tick(60_000)
    expect(host.advances).to.equal(0)
  })

  it('after an explicit start, focus leaving and entering the carousel again stops rotation again', async () => {
    outside.focus()
    await sendKeys({press: 'Tab'})
    await sendKeys({press: 'Enter'})
    expect(host.rotation.rotating).to.equal(true)
    await shiftTab()
    expect(document.activeElement === outside, 'focus on outside').to.equal(true)
    expect(host.rotation.rotating).to.equal(true, 'leaving does not stop it')
    await sendKeys({press: 'Tab'})
    expect(host.rotation.rotating).to.equal(false)
  })

  it('choosing a slide stops rotation, also after the rotation control started it', () => {
    host.rotation.navigated()
    expect(host.rotation.rotating).to.equal(false)
    clock.tick(60_000)
    expect(host.advances).to.equal(0)
    host.rotation.toggle()
    clock.tick(MIN_INTERVAL - 1000)
    host.rotation.navigated()
    expect(host.rotation.rotating).to.equal(false)
    clock.tick(60_000)
    expect(host.advances).to.equal(0)
  })

  it('stops when rotation stops being available (e.g. reduced motion), and leaves no timer when removed', async () => {
    host.isAvailable = false
    host.requestUpdate()
    await host.updateComplete
    clock.tick(60_000)
    expect(host.advances).to.equal(0)
    host.isAvailable = true
    host.requestUpdate()
    await host.updateComplete
    expect(clock.countTimers()).to.equal(1)
    host.remove()
    expect(clock.countTimers()).to.equal(0)
  })

  it('goes on rotating when the carousel is removed and added again (a single-page app), hovered or not', async () => {
    const parent = host.parentElement as HTMLElement
    host.dispatchEvent(mouse('pointerenter'))
    host.remove()
    clock.tick(60_000)
    expect(host.advances).to.equal(0)
    parent.append(host)
    clock.tick(MIN_INTERVAL)
    expect(host.advances, 'rotating again, not paused by a hover it left with').to.equal(1)
  })
})
