import type { AlertInput } from './alert-engine.types';

/**
 * Interleaves the partitions' pending changes, each partition in its own (offset) order, taking at
 * each step the head received earliest, up to `limit`. What is taken is a prefix of every
 * partition, so per-partition positions can move past it. Ties go to the lower topic/partition.
 */
export function mergeInputs(partitions: readonly AlertInput[][], limit: number): AlertInput[] {
  const heads = partitions.map(() => 0);
  const merged: AlertInput[] = [];
  while (merged.length < limit) {
    let best = -1;
    for (let p = 0; p < partitions.length; p += 1) {
      const candidate = partitions[p][heads[p]];
      if (candidate === undefined) continue;
      if (best === -1 || earlier(candidate, partitions[best][heads[best]])) best = p;
    }
    if (best === -1) break;
    merged.push(partitions[best][heads[best]]);
    heads[best] += 1;
  }
  return merged;
}

function earlier(a: AlertInput, b: AlertInput): boolean {
  const [ta, tb] = [Date.parse(a.receivedAt), Date.parse(b.receivedAt)];
  if (ta !== tb) return ta < tb;
  if (a.topic !== b.topic) return a.topic < b.topic;
  return a.partition < b.partition;
}
