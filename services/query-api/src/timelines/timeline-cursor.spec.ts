import { describe, expect, it } from '@jest/globals';
import { decodeCursor, encodeCursor } from './timeline-cursor';

const position = { key: '2022-01-20T00:00:00.000000Z', id: "inc-sina'a/سجن" };

describe('timeline cursor', () => {
  it('round-trips a position through opaque base64url text', () => {
    const cursor = encodeCursor('occurred_desc', position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 'occurred_desc')).toEqual({ ok: true, value: position });
  });

  it('keeps microseconds, so two changes a microsecond apart stay apart', () => {
    const key = '2022-01-26T10:00:00.000001Z';
    expect(decodeCursor(encodeCursor('updated_desc', { key, id: 'a' }), 'updated_desc')).toEqual({ ok: true, value: { key, id: 'a' } });
  });

  it('refuses a cursor issued for another order', () => {
    expect(decodeCursor(encodeCursor('occurred_asc', position), 'occurred_desc')).toEqual({ ok: false, reason: 'was issued for order=occurred_asc, not order=occurred_desc' });
  });

  it.each([
    ['not base64url', 'not a cursor!'],
    ['not JSON', Buffer.from('{oops').toString('base64url')],
    ['the wrong shape', Buffer.from(JSON.stringify({ key: 'x' })).toString('base64url')],
    ['an unknown order', Buffer.from(JSON.stringify([1, 'sideways', position.key, 'a'])).toString('base64url')],
    ['a key that is not an instant', Buffer.from(JSON.stringify([1, 'occurred_desc', "'; DROP TABLE incident; --", 'a'])).toString('base64url')],
    ['an empty id', Buffer.from(JSON.stringify([1, 'occurred_desc', position.key, ''])).toString('base64url')],
    ['empty text', ''],
  ])('refuses %s', (_name, text) => {
    expect(decodeCursor(text, 'occurred_desc')).toEqual({ ok: false, reason: 'is not a cursor this API issued' });
  });

  it('refuses a cursor of another version', () => {
    const old = Buffer.from(JSON.stringify([0, 'occurred_desc', position.key, 'a'])).toString('base64url');
    expect(decodeCursor(old, 'occurred_desc')).toMatchObject({ ok: false, reason: expect.stringContaining('older version') });
  });
});
