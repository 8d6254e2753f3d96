/** One partition of a rebuild: its position in the new schema against the log's end offsets. */
export interface PartitionProgress {
  partition: number;
  position: string;
  /** The end offset when the rebuild started: the history it must replay. */
  startEnd: string;
  /** The end offset now. */
  end: string;
}

/**
 * `replaying` until every partition reached the end it had when the rebuild started, then
 * `catching-up` with what arrived meanwhile, then `caught-up`: ready to switch.
 */
export type RebuildPhase = 'replaying' | 'catching-up' | 'caught-up';

export interface RebuildProgress {
  phase: RebuildPhase;
  /** Records replayed so far (sum of positions) against the log's size at the start. */
  replayed: string;
  target: string;
  partitions: PartitionProgress[];
}

export function rebuildProgress(positions: Map<number, string>, startEnds: Map<number, string>, ends: Map<number, string>): RebuildProgress {
  const ids = [...new Set([...startEnds.keys(), ...ends.keys()])].sort((a, b) => a - b);
  const partitions = ids.map((partition) => {
    const end = ends.get(partition) ?? '0';
    return { partition, position: positions.get(partition) ?? '0', startEnd: startEnds.get(partition) ?? '0', end };
  });
  const reached = (field: 'startEnd' | 'end') => partitions.every((p) => BigInt(p.position) >= BigInt(p[field]));
  const phase: RebuildPhase = !reached('startEnd') ? 'replaying' : reached('end') ? 'caught-up' : 'catching-up';
  const sum = (field: 'position' | 'startEnd') => partitions.reduce((total, p) => total + BigInt(p[field]), 0n).toString();
  return { phase, replayed: sum('position'), target: sum('startEnd'), partitions };
}

/** Whether the rebuilt schema is at or past the live one on every partition (switching never goes back in time). */
export function coversPositions(rebuilt: Map<number, string>, live: Map<number, string>): boolean {
  return [...live].every(([partition, offset]) => BigInt(rebuilt.get(partition) ?? '0') >= BigInt(offset));
}
