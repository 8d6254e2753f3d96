import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { responseSnippet, SNIPPET_BYTES } from './response-snippet';

describe('responseSnippet', () => {
  it('keeps a short body whole and an empty one as null', () => {
    expect(responseSnippet(Buffer.from('{"ok":true}'))).toBe('{"ok":true}');
    expect(responseSnippet(Buffer.alloc(0))).toBeNull();
  });

  it('never exceeds 1 KB of UTF-8, whatever the body, and holds no NUL', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 1500 }), fc.uint8Array({ maxLength: 2000 }), (text, bytes) => {
        for (const body of [Buffer.from(text, 'utf8'), Buffer.from(bytes)]) {
          const snippet = responseSnippet(body) ?? '';
          expect(Buffer.byteLength(snippet, 'utf8')).toBeLessThanOrEqual(SNIPPET_BYTES);
          expect(snippet).not.toContain('\u0000');
        }
      }),
    );
  });
});
