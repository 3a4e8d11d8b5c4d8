/**
 * Which links the elements make, shared with the Sanity plugin's address rule so that the Studio
 * accepts only addresses the sites link: `https://…`, `mailto:…` and `tel:…`, with no
 * spaces (a `tel:` number may have spaces, `+`, `-`, dots and brackets). Anything else gives none.
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  const trimmed = url.trim()
  if (!/^(https:\/\/[^\s]+|mailto:[^\s]+|tel:[+0-9()\-.\s]+)$/i.test(trimmed)) return undefined
  try {
    const parsed = new URL(trimmed)
    return ['https:', 'mailto:', 'tel:'].includes(parsed.protocol) ? trimmed : undefined
  } catch {
    return undefined
  }
}
