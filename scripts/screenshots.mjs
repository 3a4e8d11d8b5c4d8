#!/usr/bin/env node
// Screenshots of the demo pages for docs/screenshots/, at 1280 and 320 CSS px, in Chromium.
// Start the demo first (`npm start`); DEMO_URL overrides http://localhost:8000.
import {chromium} from 'playwright-core'
import {CHROMIUM_ARGS, chromiumPath} from './chromium-path.mjs'

const base = process.env.DEMO_URL ?? 'http://localhost:8000'
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
})

/** Opens a demo page, optionally acts on it, and saves the viewport as `docs/screenshots/<name>`. */
async function shot(name, path, width, act = async () => {}) {
  const context = await browser.newContext({
    viewport: {width, height: 1400},
    reducedMotion: 'reduce',
  })
  const page = await context.newPage()
  await page.goto(`${base}/demo/${path}`, {waitUntil: 'networkidle'})
  await act(page)
  await page.waitForTimeout(500)
  const scrollWidth = await page.evaluate(() => document.scrollingElement.scrollWidth)
  if (scrollWidth > width) console.warn(`${name}: the page scrolls sideways (${scrollWidth} px)`)
  await page.screenshot({path: `docs/screenshots/${name}`})
  console.log(`docs/screenshots/${name}`)
  await context.close()
}

/** Selects a focus area in the wheel, so the card beside it follows, and shows both. */
async function selectInWheel(page) {
  await page.locator('#strategihjul [part~="area"]').nth(4).click()
  await page.evaluate(() => document.querySelector('h3#wheel-title').scrollIntoView())
}

/** Switches to English and shows the story carousel. */
async function carouselInEnglish(page) {
  await page.click('button[data-lang=en]')
  await page.evaluate(() => document.querySelector('ijh-story-carousel').scrollIntoView())
}

for (const width of [1280, 320]) {
  await shot(`demo-wheel-${width}.png`, 'index.html', width, selectInWheel)
  await shot(`kommun-${width}.png`, 'kommun.html', width)
  await shot(`kommun-carousel-en-${width}.png`, 'kommun.html', width, carouselInEnglish)
}
await browser.close()
