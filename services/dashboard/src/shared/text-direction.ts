// Names in Sitrep come in Arabic, Kurdish (Latin and Arabic script) and English, often mixed in one
// list. HTML elements use dir="auto" and <bdi>; SVG <text> has no dir="auto", so map labels ask here.

const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;
const STRONG_CHAR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;

/** The direction of the first strongly directional character, as the Unicode bidi algorithm (P2) picks it. */
export function textDirection(text: string): 'ltr' | 'rtl' {
  for (const char of text) {
    if (STRONG_CHAR.test(char)) return RTL_CHAR.test(char) ? 'rtl' : 'ltr';
  }
  return 'ltr';
}

/** Whether any right-to-left script appears, e.g. "al-Hol camp (مخيم الهول)". */
export function hasRightToLeft(text: string): boolean {
  return RTL_CHAR.test(text);
}

export type TextAnchor = 'start' | 'middle' | 'end';

/**
 * Attributes for an SVG <text> that may hold a right-to-left name. SVG has no dir="auto", and with
 * direction="rtl" `start` and `end` swap sides, so the anchor is flipped to keep the text on the
 * same side of the point it labels.
 */
export function svgTextAttributes(text: string, anchor: TextAnchor): { direction?: 'rtl'; 'text-anchor': TextAnchor } {
  if (textDirection(text) === 'ltr') return { 'text-anchor': anchor };
  const flipped: TextAnchor = anchor === 'start' ? 'end' : anchor === 'end' ? 'start' : 'middle';
  return { direction: 'rtl', 'text-anchor': flipped };
}
