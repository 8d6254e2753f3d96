import type { SourceRef } from '@sitrep/contracts';

/**
 * A source named by a dataset that does not grade its sources (ACLED, UCDP). On the Admiralty
 * scale that is F (reliability cannot be judged) and 6 (truth cannot be judged): analysts grade it
 * later on their own report, and event-level confidence is not inflated by our guess.
 */
export function ungradedSource(name: string): SourceRef {
  return { name, reliability: 'F', credibility: 6 };
}
