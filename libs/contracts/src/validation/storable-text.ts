/**
 * PostgreSQL `text` and `jsonb` refuse U+0000 and unpaired UTF-16 surrogates, and a lone surrogate
 * cannot be encoded as UTF-8 at all. A string carrying either would pass the edge and poison the
 * log later, so it is refused here.
 */
const UNSTORABLE = /\u0000|\p{Cs}/u;

export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}
