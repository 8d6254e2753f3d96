/**
 * What every importer returns: the mapped value, or why the record could not be mapped.
 * A rejected record is an expected outcome (upstream data is messy), so it is a value, not a throw;
 * callers route it to the rejected topic with the reason and the original bytes.
 */
export type MapResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export function mapped<T>(value: T): MapResult<T> {
  return { ok: true, value };
}

export function rejected<T>(reason: string): MapResult<T> {
  return { ok: false, reason };
}
