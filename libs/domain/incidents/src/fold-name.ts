/** Arabic definite articles that sources write, drop or transliterate at will (al-, el-, ad-, as-). */
const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az']);

/**
 * Folds a name for comparison: lower case, no diacritics, no apostrophes or ayn/hamza marks, no
 * punctuation, no Arabic article. "Al-Sina'a Prison" and "al Sinaa prison" both give "sinaa prison".
 * Only for matching; the name as reported is always kept.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʿʾ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '' && !ARTICLES.has(word))
    .join(' ');
}
