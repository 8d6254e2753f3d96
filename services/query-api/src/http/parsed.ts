/** What a parameter parser answers: the value, or why the text is not one (for a 400). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export const parsed = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const refused = <T = never>(reason: string): Parsed<T> => ({ ok: false, reason });
