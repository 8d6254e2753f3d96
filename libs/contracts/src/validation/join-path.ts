const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

/**
 * `sources` + `2` in an array → `sources[2]`; `assertion` + `occurred` → `assertion.occurred`.
 * A key that is empty or not identifier-like is quoted (`extra[""]`, `extra["a.b"]`) so every
 * path stays non-empty and unambiguous.
 */
export function joinPath(parent: string, key: string, parentIsArray: boolean): string {
  if (parentIsArray) return `${parent}[${key}]`;
  if (!PLAIN_KEY.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent === '' ? key : `${parent}.${key}`;
}
