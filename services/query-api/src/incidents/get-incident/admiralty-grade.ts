import type { Credibility, Reliability } from '@sitrep/contracts';

/** NATO/Admiralty labels (UK JWP 2-00; MISP taxonomy admiralty-scale), as analysts read them. */
const RELIABILITY_LABELS: Record<Reliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

const CREDIBILITY_LABELS: Record<Credibility, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

export interface AdmiraltyGrade {
  /** e.g. `B2`. */
  grade: string;
  /** e.g. `Usually reliable; probably true`. */
  label: string;
}

/** The combined grade and its reading; the two ratings stay independent, so both labels are given. */
export function admiraltyGrade(reliability: Reliability, credibility: Credibility): AdmiraltyGrade {
  const credibilityLabel = CREDIBILITY_LABELS[credibility];
  return {
    grade: `${reliability}${credibility}`,
    label: `${RELIABILITY_LABELS[reliability]}; ${credibilityLabel.charAt(0).toLowerCase()}${credibilityLabel.slice(1)}`,
  };
}
