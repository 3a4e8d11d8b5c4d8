/**
 * The page's provider of the data source (components/data/context.ts): it answers every element
 * that nothing nearer answered, at once, also where the page has no `<ijh-config>`, and hands an
 * element on to a nearer provider that connects later. A `ContextRoot` in its place noted every
 * element that asked unanswered, for the life of the page: in a single-page app, one more note
 * with each element of each route.
 * Alone in its file, so that no `<ijh-config>` has been on the page before.
 */
import {ContextEvent, ContextProvider} from '@lit/context'
import {expect, fixture, html} from '@open-wc/testing'
import '../components/focus-area-card/focus-area-card'
import {dataSourceContext} from '../components/data/context'
import type {DataSource} from '../components/data/source'
import {TestSource, loaded, until} from './helpers/test-source'

describe('the page’s data source provider', () => {
  it('answers an element at once, with no <ijh-config> on the page: none is left waiting', () => {
    expect(document.querySelector('ijh-config')).to.equal(null)
    const answers: (DataSource | undefined)[] = []
    let unsubscribe: (() => void) | undefined
    document.body.dispatchEvent(
      new ContextEvent(
        dataSourceContext,
        document.body,
        (value, stop) => {
          answers.push(value)
          unsubscribe = stop
        },
        true,
      ),
    )
    expect(answers, 'answered, with no source: the bundled default').to.deep.equal([undefined])
    expect(unsubscribe, 'subscribed, until it stops').to.be.a('function')
    unsubscribe?.()
  })

  // Held before too (a ContextRoot replayed the element's request): kept, so that the page's
  // provider keeps doing it.
  it('hands an element on to a nearer provider that comes after it', async () => {
    const page = await fixture<HTMLElement>(
      html`<ijh-test-provider
        ><ijh-focus-area-card focus-area="kunskap-och-kompetens"></ijh-focus-area-card
      ></ijh-test-provider>`,
    )
    const card = page.querySelector('ijh-focus-area-card') as HTMLElement
    await loaded(card)
    const source = new TestSource()
    // Defined now, it upgrades around the card, and says so (as a Lit host's provider does).
    customElements.define(
      'ijh-test-provider',
      class extends HTMLElement {
        connectedCallback() {
          new ContextProvider(this, {
            context: dataSourceContext,
            initialValue: source,
          }).hostConnected()
        }
      },
    )
    await until(() => source.calls.length > 0, 'the card to read from the nearer provider')
    await loaded(card)
  })
})
