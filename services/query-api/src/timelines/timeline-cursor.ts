import { TIMELINE_ORDERS, type TimelineOrder, type TimelinePosition } from '@sitrep/db';
import { parsed, refused, type Parsed } from '../http/parsed';

const CURSOR_VERSION = 1;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/**
 * An opaque cursor: base64url of `[version, order, sort value, incident id]`. The order travels
 * with it so a cursor from one ordering cannot silently page another. Clients must not build or
 * read cursors; the encoding may change with the version number.
 */
export function encodeCursor(order: TimelineOrder, position: TimelinePosition): string {
  return Buffer.from(JSON.stringify([CURSOR_VERSION, order, position.key, position.id]), 'utf8').toString('base64url');
}

export function decodeCursor(text: string, order: TimelineOrder): Parsed<TimelinePosition> {
  const fields = readFields(text);
  if (fields === null) return refused('is not a cursor this API issued');
  const [version, cursorOrder, key, id] = fields;
  if (version !== CURSOR_VERSION) return refused('comes from an older version of the API; start again without a cursor');
  if (cursorOrder !== order) return refused(`was issued for order=${cursorOrder}, not order=${order}`);
  return parsed({ key, id });
}

/** The four fields, or null when the text is not a well-formed cursor. */
function readFields(text: string): [number, TimelineOrder, string, string] | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(text)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 4) return null;
    const [version, order, key, id] = value as unknown[];
    const valid =
      typeof version === 'number' && TIMELINE_ORDERS.includes(order as TimelineOrder) &&
      typeof key === 'string' && INSTANT.test(key) && typeof id === 'string' && id.length > 0;
    return valid ? [version, order as TimelineOrder, key as string, id as string] : null;
  } catch {
    return null;
  }
}
