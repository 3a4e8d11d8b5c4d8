/** The path of the browser to start: CHROME_PATH, else the first Chrome or Chromium on the PATH. */
export function chromiumPath(): string
