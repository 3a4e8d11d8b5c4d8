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
