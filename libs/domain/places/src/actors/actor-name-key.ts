import { foldWords } from '../text/fold-text';

/**
 * ACLED dates its state actors: "Military Forces of Turkey (2016-)", "(2000-2024)". The period is a
 * label on the same actor, not another name.
 */
const TRAILING_PERIOD = /\(\s*\d{4}\s*[-–]\s*(?:\d{4})?\s*\)\s*$/u;

/**
 * A comparison key for an actor name: letters folded (case, accents, Arabic marks), apostrophes and
 * dots dropped ("U.S.-led" = "US-led"), punctuation a word break, a leading "the" and an ACLED
 * period dropped. Deliberately nothing more: "forces", "army" or "al-" often tell two actors apart
 * ("Syrian Democratic Forces" vs "Syrian Democratic Council"), so they stay. '' when nothing is left.
 */
export function actorNameKey(name: string): string {
  const words = foldWords(name.replace(TRAILING_PERIOD, ''));
  const meaningful = words[0] === 'the' && words.length > 1 ? words.slice(1) : words;
  return meaningful.join(' ');
}
