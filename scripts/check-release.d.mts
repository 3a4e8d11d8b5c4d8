/** What keeps `version` from being published with this changelog, or `undefined` if nothing. */
export function releaseProblem(changelog: string, version: string): string | undefined
