/** Types for theme-contrast.mjs, for the tests. */
export function contrast(a: string, b: string): number
export function themesIn(
  markdown: string,
): {name: string; declared: Record<string, string>; unread: string[]}[]
export function report(markdown: string): {table: string; failures: number; unreadable: string[]}
