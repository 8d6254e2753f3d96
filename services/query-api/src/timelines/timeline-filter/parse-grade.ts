import { CREDIBILITIES, RELIABILITIES, type Credibility } from '@sitrep/contracts';
import { parsed, refused, type Parsed } from '../../http/parsed';

/** The least an incident's best Admiralty grade may be: this reliability or better, and this credibility or better. */
export interface MinGrade {
  /** The letters at least as good as the one asked for: `B` → A, B. */
  reliabilities: string[];
  credibility: Credibility;
}

/**
 * `B3` → best reliability A or B, and best credibility 1, 2 or 3. The two ratings are independent
 * (Admiralty code), so each is compared on its own. Case-insensitive.
 */
export function parseMinGrade(text: string): Parsed<MinGrade> {
  const match = /^([A-Fa-f])([1-6])$/.exec(text.trim());
  if (match === null) return refused('must be a reliability A–F followed by a credibility 1–6, e.g. B3');
  const letter = match[1].toUpperCase();
  const reliabilities = RELIABILITIES.slice(0, RELIABILITIES.indexOf(letter as (typeof RELIABILITIES)[number]) + 1);
  const credibility = CREDIBILITIES[Number(match[2]) - 1];
  return parsed({ reliabilities: [...reliabilities], credibility });
}
