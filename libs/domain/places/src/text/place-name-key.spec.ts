import { describe, expect, it } from '@jest/globals';
import { collapseDoubledLetters, foldLetters, foldWords } from './fold-text';
import { placeNameKey } from './place-name-key';

describe('foldLetters', () => {
  it('drops case, accents and Arabic vowel marks', () => {
    expect(foldLetters('Ḥasakah')).toBe('hasakah');
    expect(foldLetters('Kobanî')).toBe('kobani');
    expect(foldLetters('حَلَب')).toBe('حلب');
  });

  it('folds Arabic letters writers use interchangeably', () => {
    expect(foldLetters('حماة')).toBe(foldLetters('حماه'));
    expect(foldLetters('إدلب')).toBe(foldLetters('ادلب'));
    expect(foldLetters('عيسى')).toBe(foldLetters('عيسي'));
  });
});

describe('foldWords', () => {
  it('joins across apostrophes and dots, splits on other punctuation', () => {
    expect(foldWords("Al Sina'a")).toEqual(['al', 'sinaa']);
    expect(foldWords('U.S.-led Coalition')).toEqual(['us', 'led', 'coalition']);
    expect(foldWords('Deir ez-Zor')).toEqual(['deir', 'ez', 'zor']);
  });

  it('returns no words for text without letters or digits', () => {
    expect(foldWords(" -'. ")).toEqual([]);
  });
});

describe('collapseDoubledLetters', () => {
  it('treats doubled letters as one', () => {
    expect(collapseDoubledLetters('hassakkah')).toBe('hasakah');
  });
});

describe('placeNameKey', () => {
  it('ignores separate and attached articles', () => {
    expect(placeNameKey('Ar-Raqqah')).toBe(placeNameKey('Raqqah'));
    expect(placeNameKey('الرقة')).toBe(placeNameKey('رقة'));
  });

  it('folds -ah / -eh / -e endings and spacing', () => {
    expect(placeNameKey('Hasakeh')).toBe(placeNameKey('Hasaka'));
    expect(placeNameKey('Deir Ezzor')).toBe(placeNameKey('Deirezzor'));
  });

  it('drops only the qualifier words it is given', () => {
    const qualifiers = new Set(['governorate']);
    expect(placeNameKey('Idlib Governorate', qualifiers)).toBe(placeNameKey('Idlib'));
    expect(placeNameKey('Idlib Governorate')).not.toBe(placeNameKey('Idlib'));
  });

  it('keeps different names apart', () => {
    expect(placeNameKey('Damascus')).not.toBe(placeNameKey('Rif Dimashq'));
    expect(placeNameKey('Hama')).not.toBe(placeNameKey('Homs'));
  });
});
