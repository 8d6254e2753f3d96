import type { Credibility } from '@sitrep/contracts';

/**
 * Admiralty information credibility of an Airwars source, derived from the grade Airwars gave
 * the incident as a whole. Airwars grades evidence, not sources, so every source of an incident
 * gets reliability F (cannot be judged) and this credibility:
 *
 * | Airwars grade | Airwars meaning (abridged) | credibility |
 * |---|---|---|
 * | Confirmed | a belligerent accepted responsibility | 1 confirmed by other sources: the admission is an independent confirmation |
 * | Fair | two or more credible sources, belligerent action nearby likely | 3 possibly true: consistent, but not confirmed |
 * | Weak | a single source claim | 4 doubtful: no other information, not confirmed |
 * | Contested | competing claims of who caused the harm | 4 doubtful: the harm is usually well reported, the attribution is not; not 5, as nothing shows it false |
 * | Discounted | those harmed were combatants, or another party was most likely responsible | 5 improbable: contradicted by other information |
 * | anything else | — | 6 cannot be judged |
 *
 * Fair is 3 and not 2 on purpose: "probably true" would overstate what Airwars itself calls a
 * fair, not a confirmed, case.
 */
const CREDIBILITY_BY_GRADE: Readonly<Record<string, Credibility>> = {
  confirmed: 1,
  fair: 3,
  weak: 4,
  contested: 4,
  discounted: 5,
};

export function credibilityFromAirwarsGrade(grade: string | null): Credibility {
  return CREDIBILITY_BY_GRADE[(grade ?? '').trim().toLowerCase()] ?? 6;
}
