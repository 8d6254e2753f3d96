import { describe, expect, it } from '@jest/globals';
import { isStorableText } from './storable-text';

describe('isStorableText', () => {
  it.each(['', 'الحسكة', 'Ḫasaka', '🏳️‍🌈 emoji with pairs 😀', 'control \u0001\u001b[0m but not NUL', '\uffff'])('accepts %p', (text) => {
    expect(isStorableText(text)).toBe(true);
  });

  it.each(['nul \u0000 inside', 'lone high \ud800', 'lone low \udc00 first', 'reversed pair \udc00\ud800'])('refuses %p', (text) => {
    expect(isStorableText(text)).toBe(false);
  });
});
