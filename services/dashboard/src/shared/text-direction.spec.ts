import { describe, expect, it } from '@jest/globals';
import { hasRightToLeft, svgTextAttributes, textDirection } from './text-direction';

describe('textDirection', () => {
  it('follows the first strong character', () => {
    expect(textDirection('الحسكة')).toBe('rtl');
    expect(textDirection('Al Hasakah')).toBe('ltr');
    expect(textDirection('سجن الصناعة (al-Sina’a prison)')).toBe('rtl');
    expect(textDirection('al-Hol camp (مخيم الهول)')).toBe('ltr');
  });

  it('skips digits and punctuation before the first letter', () => {
    expect(textDirection('2022 – داعش')).toBe('rtl');
    expect(textDirection('  ...')).toBe('ltr');
    expect(textDirection('')).toBe('ltr');
  });

  it('treats Hebrew, Persian and Kurdish Sorani letters as right-to-left, Kurmanji as left-to-right', () => {
    expect(textDirection('צה"ל')).toBe('rtl');
    expect(textDirection('یەکینەکانی پاراستنی گەل')).toBe('rtl');
    expect(textDirection('Yekîneyên Parastina Gel')).toBe('ltr');
  });
});

describe('hasRightToLeft', () => {
  it('finds right-to-left script anywhere', () => {
    expect(hasRightToLeft('Ghuwayran (غويران), Hasakah city')).toBe(true);
    expect(hasRightToLeft("al-Sina'a prison")).toBe(false);
  });
});

describe('svgTextAttributes', () => {
  it('leaves left-to-right labels alone', () => {
    expect(svgTextAttributes('Al Hasakah', 'end')).toEqual({ 'text-anchor': 'end' });
  });

  it('sets rtl and flips start/end so an Arabic label stays on the same side', () => {
    expect(svgTextAttributes('قوات سوريا الديمقراطية', 'end')).toEqual({ direction: 'rtl', 'text-anchor': 'start' });
    expect(svgTextAttributes('الحسكة', 'start')).toEqual({ direction: 'rtl', 'text-anchor': 'end' });
    expect(svgTextAttributes('الحسكة', 'middle')).toEqual({ direction: 'rtl', 'text-anchor': 'middle' });
  });
});
