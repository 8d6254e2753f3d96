import type { Evidence } from './scope-view';

/** Chains tried per anchor before giving up: keeps a pathological group from stalling the engine. */
export const MAX_CHAIN_ATTEMPTS = 10_000;

export interface ChainSearch {
  /** Candidates in occurred order. */
  incidents: Evidence[];
  stepCount: number;
  withinMs: number;
  /** Incidents already evidence of another chain. */
  used: ReadonlySet<string>;
}

/**
 * The earliest chain starting at `anchor`: for each next step, an unused incident that can fill it,
 * occurring at or after the previous step (reports of one day share a time) and at most `withinMs`
 * later. Depth-first in occurred order, so the first chain found is the earliest one; null when
 * there is none (or the search budget runs out, which counts as none).
 */
export function findSequenceChain(anchor: Evidence, search: ChainSearch): Evidence[] | null {
  const budget = { attempts: 0 };
  return extend([anchor], search, budget);
}

function extend(chain: Evidence[], search: ChainSearch, budget: { attempts: number }): Evidence[] | null {
  if (chain.length === search.stepCount) return chain;
  const previous = chain[chain.length - 1];
  const step = chain.length;
  for (const candidate of search.incidents) {
    if (candidate.atMs < previous.atMs) continue;
    if (candidate.atMs - previous.atMs > search.withinMs) break;
    if (!candidate.facts.steps.includes(step) || search.used.has(candidate.id) || chain.includes(candidate)) continue;
    budget.attempts += 1;
    if (budget.attempts > MAX_CHAIN_ATTEMPTS) return null;
    const found = extend([...chain, candidate], search, budget);
    if (found !== null) return found;
  }
  return null;
}
