/**
 * Shared first step of every name comparison in this lib: reduce a name as reported to lowercase
 * words of bare letters and digits, so that spelling noise (case, accents, Arabic short vowels,
 * apostrophes, hyphens) never decides whether two names match. Callers add their own, narrower
 * rules on top (articles for places, "the" for actors).
 */

/** Apostrophe-like marks used in transliteration ("Sina'a", "Sinaʿa", "Da’esh"): they join, not split. */
const APOSTROPHES = /['’‘ʼʻʿʾ`´]/gu;

/**
 * Arabic letters that writers swap freely: tā' marbūṭa is often written as hā' (حماة/حماه), alif
 * maqṣūra as yā'. Hamza carriers (أ إ آ ؤ ئ) lose their hamza through NFKD + mark stripping.
 */
const ARABIC_LETTER_FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/\u0629/gu, '\u0647'],
  [/\u0649/gu, '\u064A'],
  [/\u0640/gu, ''],
];

/** Latin letters without a Unicode decomposition that still appear in transliterations. */
const LATIN_LETTER_FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/ı/gu, 'i'],
  [/ß/gu, 'ss'],
  [/[øœ]/gu, 'o'],
  [/æ/gu, 'ae'],
  [/ł/gu, 'l'],
  [/đ/gu, 'd'],
];

/** Case, accents and Arabic vowel marks removed; the text keeps its punctuation and spacing. */
export function foldLetters(text: string): string {
  let folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  for (const [pattern, replacement] of [...ARABIC_LETTER_FOLDS, ...LATIN_LETTER_FOLDS]) {
    folded = folded.replace(pattern, replacement);
  }
  return folded;
}

/**
 * The words of a name: letters folded, apostrophes and dots dropped ("U.S." → "us"), every other
 * non-letter, non-digit character a word break ("Deir ez-Zor" → deir, ez, zor).
 */
export function foldWords(text: string): string[] {
  return foldLetters(text.replace(APOSTROPHES, ''))
    .replace(/\./gu, '')
    .replace(/&/gu, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** "Hassakah" → "hasakah": doubled letters are transliteration choices, not different names. */
export function collapseDoubledLetters(text: string): string {
  return text.replace(/(\p{L})\1+/gu, '$1');
}
