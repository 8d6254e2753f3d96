/** The delivery log keeps at most this much of each response body. */
export const SNIPPET_BYTES = 1024;

/**
 * The start of a response body for the delivery log: UTF-8, at most 1 KB once stored (a cut
 * multi-byte character does not push it over), without the NULs PostgreSQL text refuses.
 */
export function responseSnippet(body: Buffer): string | null {
  let text = body.subarray(0, SNIPPET_BYTES).toString('utf8').replace(/\u0000/g, '');
  while (Buffer.byteLength(text, 'utf8') > SNIPPET_BYTES) text = text.slice(0, -1);
  return text === '' ? null : text;
}
