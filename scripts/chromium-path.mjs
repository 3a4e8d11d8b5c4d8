// Where Chrome or Chromium is (CHROME_PATH, else the first of the usual names on the PATH, else
// Debian's /usr/bin/chromium) and how to start it. Every script and test that starts a browser
// itself asks here, so they find the same browser that `.ci/run` found, with the same flags as
// web-test-runner.config.mjs.
import {accessSync, constants} from 'node:fs'
import {delimiter, join} from 'node:path'

const NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']

/** The path of the browser to start. */
export function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const candidate = join(dir, name)
      try {
        accessSync(candidate, constants.X_OK)
        return candidate
      } catch {
        // not here
      }
    }
  }
  return '/usr/bin/chromium'
}

/**
 * Headless Chromium's flags: no sandbox (CI runs as root), no GPU, no calls home (this machine's
 * closed network refuses them), and pages side by side each kept in the foreground (focus,
 * timers and animation frames).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
]
