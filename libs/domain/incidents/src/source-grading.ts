import type { SourceRef } from '@sitrep/contracts';
import { foldName } from './fold-name';

/**
 * The best Admiralty grade among sources, e.g. `B2`: the best reliability (A best, F "cannot be
 * judged" last) and, independently, the best credibility (1 best, 6 last), as the two ratings must
 * not influence each other. Undefined when no source is given.
 */
export function bestSourceGrade(sources: SourceRef[]): string | undefined {
  if (sources.length === 0) return undefined;
  const reliability = sources.map((s) => s.reliability).sort()[0];
  const credibility = Math.min(...sources.map((s) => s.credibility));
  return `${reliability}${credibility}`;
}

/** Distinct sources: the same article cited by two reports counts once (by URL, else publisher + name). */
export function countDistinctSources(sources: SourceRef[]): number {
  return new Set(sources.map(sourceIdentity)).size;
}

function sourceIdentity(source: SourceRef): string {
  return source.url ?? `${foldName(source.publisher ?? '')}|${foldName(source.name)}`;
}
