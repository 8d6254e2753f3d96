import { describe, expect, it } from '@jest/globals';
import { decodeUtf8 } from './decode-utf8';

describe('decodeUtf8', () => {
  it('decodes valid UTF-8, Arabic and astral characters included', () => {
    const text = 'الحسكة 😀 naïve';
    expect(decodeUtf8(Buffer.from(text, 'utf8'), 'value')).toEqual({ ok: true, value: text });
  });

  it('drops a leading byte-order mark, as JSON producers sometimes add one', () => {
    expect(decodeUtf8(Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), 'value')).toEqual({ ok: true, value: '{}' });
  });

  it.each([
    [[0xff], 0],
    [[0x61, 0x62, 0xc3, 0x28], 2],
    [[0x61, 0xe2, 0x82], 1],
  ])('refuses %p and locates the first bad byte at %p', (bytes, offset) => {
    expect(decodeUtf8(Uint8Array.from(bytes), 'value')).toEqual({ ok: false, reason: `value is not valid UTF-8 (invalid byte sequence at byte ${offset})` });
  });
});
