/**
 * An application's own provider of the data source on the document element, there before the
 * elements load: the elements read from it, not from the page's provider, which is farther up, on
 * the document (components/data/context.ts). Alone in its file, so that the elements load after it.
 */
import {ContextProvider} from '@lit/context'
import {expect, fixture, html} from '@open-wc/testing'
import {dataSourceContext} from '../components/data/context'
import {TestSource, loaded} from './helpers/test-source'

const source = new TestSource()
new ContextProvider(document.documentElement, {context: dataSourceContext, initialValue: source})

describe('an application’s provider on the document element', () => {
  it('is the one the elements read from, though it came before them', async () => {
    expect(customElements.get('ijh-focus-area-card'), 'not loaded yet').to.equal(undefined)
    await import('../components/focus-area-card/focus-area-card')
    const card = await fixture<HTMLElement>(
      html`<ijh-focus-area-card focus-area="kunskap-och-kompetens"></ijh-focus-area-card>`,
    )
    await loaded(card)
    expect(source.calls.length, 'the card read from the application’s provider').to.be.above(0)
  })
})
