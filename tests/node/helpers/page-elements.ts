/**
 * The `ijh-` elements on a page that Playwright drives: waiting until they have loaded, and what
 * each shows. For the Node tests that load whole pages (the demo server, the CSP check, the
 * documentation's snippets).
 */
import type {Page} from 'playwright-core'

/** What an element shows once it has loaded. */
export interface ElementShown {
  tag: string
  /** Its error message, if it shows one. */
  error: string | null
  /** The finder's result count ("Resultat: 8 stöd"), if it shows one. */
  count: string | null
}

/** Each element (but the configuration) with the start of its text, for a failure's message. */
export function elementTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('ijh-') && el.localName !== 'ijh-config')
      .map(
        (el) =>
          `${el.localName}: ${(el.shadowRoot?.textContent ?? '(not defined)').replace(/\s+/g, ' ').slice(0, 160)}`,
      ),
  )
}

/**
 * Waits until every `ijh-` element on the page but `<ijh-config>` (which shows nothing) has
 * rendered into its wrapper and no longer shows a loading placeholder (`aria-busy`), then gives
 * what each shows. There must be at least one. Throws, saying what each shows, when they have not
 * loaded within `timeout` ms.
 */
export async function elementsShown(page: Page, timeout = 15_000): Promise<ElementShown[]> {
  await page
    .waitForFunction(
      () => {
        const elements = [...document.querySelectorAll('*')].filter(
          (el) => el.localName.startsWith('ijh-') && el.localName !== 'ijh-config',
        )
        return (
          elements.length > 0 &&
          elements.every(
            (el) =>
              [...(el.shadowRoot?.children ?? [])].some((wrapper) => wrapper.childElementCount) &&
              !el.shadowRoot?.querySelector('[aria-busy="true"]'),
          )
        )
      },
      undefined,
      {polling: 'raf', timeout},
    )
    .catch(async (error: unknown) => {
      throw new Error(
        `the elements did not load: ${JSON.stringify(await elementTexts(page), null, 1)}`,
        {cause: error},
      )
    })
  // No named function inside: tsx would wrap it in a helper that the page does not have.
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('ijh-') && el.localName !== 'ijh-config')
      .map((el) => ({
        tag: el.localName,
        error:
          el.shadowRoot
            ?.querySelector('[part~="error"]')
            ?.textContent?.replace(/\s+/g, ' ')
            .trim() || null,
        count:
          el.shadowRoot
            ?.querySelector('[part~="result-count"]')
            ?.textContent?.replace(/\s+/g, ' ')
            .trim() || null,
      })),
  )
}
