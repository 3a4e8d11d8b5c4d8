/**
 * Stands in for `@lit/localize/internal/id-generation.js` in our builds (`rollup.config.mjs`,
 * `bench/lib.mjs`; see `scripts/message-ids.mjs`). `msg()` hashes a message's text into an id
 * only when the message has none, and every message of ours has one (its key, checked by
 * `tests/node/localize.test.ts`). So the hash (fnv1a64, about 300 bytes in every tag module) need
 * not ship. A message without an id would find no English and show its Swedish source.
 */
export const HASH_DELIMITER = '\x1e'

export function generateMsgId(): string {
  return ''
}
