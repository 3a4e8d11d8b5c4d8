/**
 * `<ijh-config>` added after the elements have asked for their source, as a tag manager, a late
 * layout or a single-page app adds it. A page of its own: the page's provider is made once, by
 * the first `<ijh-config>`, and this is about that first one (tests/config.test.ts: the rest).
 */
import {expect, fixture, html} from '@open-wc/testing'
import '../components/config/config'
import '../components/focus-area-card/focus-area-card'
import {loaded, until} from './helpers/test-source'

describe('ijh-config added late', () => {
  it('is accessible, and elements already showing the bundled content switch to its project', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <ijh-focus-area-card focus-area="kreativa-motesplatser"></ijh-focus-area-card>
      </div>`,
    )
    const card = page.querySelector('ijh-focus-area-card') as HTMLElement
    await loaded(card)
    const asked = () =>
      performance
        .getEntriesByType('resource')
        .filter(
          (entry) =>
            entry.name.includes('/data/query/production') &&
            entry.name.includes('kreativa-motesplatser'),
        ).length
    expect(asked(), 'the bundled default first').to.equal(0)
    // Later, in a task of its own.
    await new Promise((resolve) => setTimeout(resolve))
    const config = document.createElement('ijh-config')
    config.setAttribute('project-id', 'ijh00000')
    config.setAttribute('api-host', window.location.origin)
    page.append(config)
    try {
      await expect(config).to.be.accessible()
      await until(() => asked() === 1, 'a request to the project')
      await loaded(card)
      expect(card.shadowRoot?.querySelector('[part~="title"]')?.textContent).to.equal(
        'Kreativa mötesplatser',
      )
    } finally {
      config.remove()
    }
  })
})
