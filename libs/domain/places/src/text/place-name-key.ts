import { collapseDoubledLetters, foldWords } from './fold-text';

/**
 * Transliterations of the Arabic article al- (assimilated before "sun letters": ar-Raqqah,
 * as-Suwayda, ad-Dana, az-Zawr, ash-Sham …). As separate words they carry no meaning for matching.
 */
const LATIN_ARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ar', 'as', 'ash', 'ad', 'adh', 'az', 'ez', 'an', 'at', 'ath', 'es', 'ed', 'er', 'et',
]);

const ARABIC_ARTICLE = 'ال';

/** الحسكة → حسكة: the attached Arabic article, only on words long enough to be more than it. */
function withoutArabicArticle(word: string): string {
  return word.startsWith(ARABIC_ARTICLE) && word.length > ARABIC_ARTICLE.length + 1 ? word.slice(ARABIC_ARTICLE.length) : word;
}

/**
 * "Hasakah" / "Hasakeh" / "Hasaka", "Raqqah" / "Raqqa", "Kobane" / "Kobana": the final vowel of a
 * name is written -ah, -eh, -a or -e depending on the transliteration scheme.
 */
function withFoldedEnding(word: string): string {
  return word.replace(/(?:ah|eh|e)$/u, 'a');
}

/**
 * A comparison key for a place name: words folded, articles and the given qualifier words (e.g.
 * "governorate") dropped, word endings folded, joined without spaces ("Deir Ezzor" = "Deirezzor")
 * and doubled letters collapsed. Two names with the same key are spellings of one name. Returns ''
 * when nothing meaningful is left.
 */
export function placeNameKey(name: string, qualifiers: ReadonlySet<string> = new Set()): string {
  const words = foldWords(name)
    .map(withoutArabicArticle)
    .filter((word) => !LATIN_ARTICLES.has(word) && !qualifiers.has(word))
    .map(withFoldedEnding);
  return collapseDoubledLetters(words.join(''));
}
