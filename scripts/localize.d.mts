/** The repository's root, with a trailing slash. */
export const ROOT: string
/** components/i18n/localize: one lit-localize config per scope. */
export const CONFIG_DIR: string
/** Every scope, by the name of its config file, sorted. */
export const SCOPES: string[]
/** Runs lit-localize and returns what it printed, stdout and stderr. Throws when it fails. */
export function litLocalize(command: 'extract' | 'build', config: string): string
/** The ids of the templates in a generated locale module that carry HTML escapes. */
export function escapedEntities(module: string): string[]
/** `str` of @lit/localize, as inlined into the generated modules. */
export const INLINE_STR: string
/** A generated locale module with `str` inlined; throws if its import is not recognised. */
export function inlineStr(module: string, path: string): string
/** The trans-units of an XLIFF 1.2 file, by id. */
export function xliffUnits(xml: string): Map<string, {source: string; target: string | undefined}>
/** Drops the English of units whose Swedish source changed between two extractions. */
export function dropStaleTargets(before: string, after: string): {xml: string; stale: string[]}
/** A scope's files, as its config names them (absolute paths). */
export function scopeFiles(scope: string): {
  config: string
  inputFiles: string[]
  xliff: string
  generated: string
}
