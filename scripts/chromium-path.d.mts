/** The path of the browser to start: CHROME_PATH, else the first Chrome or Chromium on the PATH. */
export function chromiumPath(): string

/** Headless Chromium's flags, shared by every script and test that starts it. */
export const CHROMIUM_ARGS: string[]
