/**
 * A deep copy made only of plain objects and arrays of this realm. Not `structuredClone`: under a
 * vm context (Jest) it builds objects whose prototype is another realm's `Object.prototype`.
 * Only called on validated input, whose depth the schema bounds. A key loop rather than
 * `Object.fromEntries(Object.entries(…))`: it runs on every report at ingest and in the processor.
 */
export function plainCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => plainCopy(item)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = plainCopy((value as Record<string, unknown>)[key]);
    // Assigning `__proto__` would set the prototype instead of adding the key.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
    else copy[key] = item;
  }
  return copy as T;
}
