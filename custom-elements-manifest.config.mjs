// The stock analyzer's settings (`cem analyze --litelement` reads this file). `packagejson: false`:
// package.json's `customElements` field is ours to set, so that a manifest written to another
// folder (a test's temporary one) never rewrites it.
export default {
  packagejson: false,
}
