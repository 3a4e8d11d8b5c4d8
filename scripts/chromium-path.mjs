// Where Chrome or Chromium is: CHROME_PATH, else the first of the usual names on the PATH, else
// Debian's /usr/bin/chromium. Every script and test that starts a browser itself asks here, so
// they find the same browser that `.ci/run` found (web-test-runner searches on its own).
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
