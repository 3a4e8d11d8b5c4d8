// Table 3: each element's time from loading its module to its first full render (the loaded
// content in its shadow DOM), from the bundled default and from the local query endpoint.
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import * as esbuild from 'esbuild'
import {ESBUILD, ROOT, copy, ms, startServer, stats, table} from './lib.mjs'

/** Each element as the bench puts it on a page, and what shows that its content has rendered. */
export const RENDERED = [
  {
    tag: 'ijh-focus-area-card',
    file: 'components/focus-area-card/focus-area-card.ts',
    attributes: 'focus-area="kunskap-och-kompetens"',
    ready: 'article.card.full [part~="title"]',
  },
  {
    tag: 'ijh-strategy-wheel',
    file: 'components/strategy-wheel/strategy-wheel.ts',
    attributes: '',
    ready: 'svg[part~="svg"] [part~="area"]',
  },
  {
    tag: 'ijh-support-finder',
    file: 'components/support-finder/support-finder.ts',
    attributes: '',
    ready: '#results-heading',
  },
  {
    tag: 'ijh-story-carousel',
    file: 'components/story-carousel/story-carousel.ts',
    attributes: '',
    ready: '[part~="carousel"] [part~="story"]',
  },
]

/**
 * A page with one element: it marks the start, imports the element's module (which defines it),
 * then watches the shadow root until the loaded content is there, and the frame after that.
 */
function page({tag, attributes, ready}, config) {
  return `<!doctype html>
<html lang="sv">
<meta charset="utf-8">
<title>${tag}</title>
<body style="margin:0;width:1024px">
${config}
<${tag} ${attributes}></${tag}>
<script type="module">
  // Tasks of 50 ms or more (the long tasks Total Blocking Time counts), from the page's start.
  const longTasks = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration)
  }).observe({type: 'longtask', buffered: true})
  const selector = ${JSON.stringify(ready)}
  const element = document.querySelector(${JSON.stringify(tag)})
  performance.mark('ijh-start')
  const start = performance.now()
  await import('./${tag}.js')
  const defined = performance.now()
  const root = element.shadowRoot
  const loaded = await new Promise((resolve) => {
    const check = () => {
      if (!root.querySelector(selector)) return false
      observer.disconnect()
      resolve(performance.now())
      return true
    }
    const observer = new MutationObserver(check)
    observer.observe(root, {childList: true, subtree: true, characterData: true})
    check()
  })
  const painted = await new Promise((resolve) =>
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))),
  )
  // The observer's last entries arrive in a task of their own.
  await new Promise((resolve) => setTimeout(resolve))
  window.result = {defined: defined - start, fromImport: loaded - start, fromDefine: loaded - defined, painted: painted - start, longTasks}
</script>
</body>
</html>
`
}

export async function render({browser, out, loads = 10}) {
  const dir = join(out, 'render')
  for (const element of RENDERED) {
    await esbuild.build({
      ...ESBUILD,
      tsconfig: join(ROOT, 'tsconfig.json'),
      absWorkingDir: ROOT,
      entryPoints: {[element.tag]: join(ROOT, element.file)},
      splitting: true,
      outdir: dir,
    })
  }
  // The bundled content's images, where its chunks (`new URL('./images/…', import.meta.url)`) look.
  copy(join(ROOT, 'components/data/generated/images'), join(dir, 'images'))
  const server = await startServer(out)
  const sources = [
    ['bundled default', ''],
    [
      'local query endpoint',
      `<ijh-config project-id="local" dataset="production" api-host="${server.base}"></ijh-config>`,
    ],
  ]
  const rows = []
  const blockingRows = []
  try {
    for (const element of RENDERED) {
      for (const [name, config] of sources) {
        const file = `${element.tag}-${name.split(' ')[0]}.html`
        writeFileSync(join(dir, file), page(element, config))
        const results = []
        for (let load = 0; load < loads; load++) {
          // A new context each time: nothing cached, as on a first visit.
          const context = await browser.newContext({viewport: {width: 1024, height: 900}})
          const tab = await context.newPage()
          try {
            await tab.goto(`${server.base}/render/${file}`)
            const handle = await tab.waitForFunction(() => window.result, null, {timeout: 30_000})
            results.push(await handle.jsonValue())
          } finally {
            await context.close()
          }
        }
        const median = (key) => ms(stats(results.map((result) => result[key])).median)
        const p95 = (key) => ms(stats(results.map((result) => result[key])).p95)
        rows.push([
          element.tag,
          name,
          median('defined'),
          median('fromDefine'),
          median('fromImport'),
          p95('fromImport'),
          median('painted'),
        ])
      }
    }
    // The main thread at 4× CPU slowdown (a mid-range phone), from the bundled default: the
    // longest task, and the time beyond 50 ms in every long task (Total Blocking Time).
    for (const element of RENDERED) {
      const results = []
      for (let load = 0; load < Math.min(loads, 5); load++) {
        const context = await browser.newContext({viewport: {width: 1024, height: 900}})
        const tab = await context.newPage()
        try {
          const cdp = await context.newCDPSession(tab)
          await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4})
          await tab.goto(`${server.base}/render/${element.tag}-bundled.html`)
          const handle = await tab.waitForFunction(() => window.result, null, {timeout: 60_000})
          results.push(await handle.jsonValue())
        } finally {
          await context.close()
        }
      }
      const longest = results.map((result) => Math.max(0, ...result.longTasks))
      const blocking = results.map((result) =>
        result.longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
      )
      blockingRows.push([
        element.tag,
        ms(stats(longest).median),
        ms(stats(blocking).median),
        String(results.length),
      ])
    }
  } finally {
    await server.stop()
  }
  return {
    title: 'Time to first full render (Chromium)',
    intro:
      `One element alone on a page, its module bundled alone by esbuild (content chunks split ` +
      `off), served from localhost without throttling; a new browser context for each of ` +
      `${loads} loads (nothing cached). The page marks the start, imports the module (which ` +
      `defines the element) and watches the shadow root until the loaded content is there ` +
      `(the card's title, the wheel's focus areas, the finder's result count, the carousel's ` +
      `story); "painted" waits one more animation frame. Images are not waited for. The local ` +
      `endpoint answers with groq-js over the default dataset, so its times include that query ` +
      `but no real network: add Sanity's API CDN round trip for production.`,
    table: table(
      [
        'element',
        'content from',
        'import + define ms',
        'define → loaded ms',
        'import → loaded ms',
        'import → loaded p95',
        'import → painted ms',
      ],
      rows,
      ['l', 'l', 'r', 'r', 'r', 'r', 'r'],
    ),
    extra: [
      'The main thread while each element loads from the bundled default, with the CPU slowed ' +
        '4× (as Lighthouse does for a mid-range phone): the longest task, and Total Blocking ' +
        'Time (the part of each task beyond 50 ms, summed); median of the loads. Under 50 ms, ' +
        'a task does not count as long, and shows as 0.',
      '',
      table(['element', 'longest task ms', 'total blocking ms', 'loads'], blockingRows, [
        'l',
        'r',
        'r',
        'r',
      ]),
    ].join('\n'),
  }
}
