/** A query parameter's value: absent, blank and empty-list values are left out of the URL. */
export type QueryValue = string | number | undefined | null | readonly string[];

/**
 * `?a=1&tag=x&tag=y` from a plain object, in key order, skipping what the user left blank: the
 * query API refuses unknown and malformed parameters, so an empty `from=` must never be sent.
 */
export function buildQuery(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    const values = typeof value === 'string' || typeof value === 'number' ? [String(value)] : value;
    for (const one of values) if (one.trim() !== '') search.append(key, one.trim());
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
