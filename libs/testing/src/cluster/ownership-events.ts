/** A processor's report of partitions it got or lost (its `PartitionOwnership` log lines). */
export interface OwnershipEvent {
  /** Epoch milliseconds, from the log line. */
  at: number;
  instance: string;
  kind: 'assigned' | 'revoked';
  partitions: number[];
  groupId: string;
}

const LINE = /(\S+) (assigned|revoked) \S+ \[([\d, ]*)\] in (\S+)/;

/** The ownership events in processors' JSON log lines (pino: `time` and `msg`), in time order. */
export function parseOwnershipEvents(text: string): OwnershipEvent[] {
  const events: OwnershipEvent[] = [];
  for (const line of text.split('\n')) {
    if (!line.includes('PartitionOwnership')) continue;
    let parsed: { time?: number; msg?: string };
    try {
      parsed = JSON.parse(line) as { time?: number; msg?: string };
    } catch {
      continue;
    }
    const match = LINE.exec(parsed.msg ?? '');
    if (!match || parsed.time === undefined) continue;
    const partitions = match[3].split(',').map((p) => p.trim()).filter((p) => p !== '').map(Number);
    events.push({ at: parsed.time, instance: match[1], kind: match[2] as OwnershipEvent['kind'], partitions, groupId: match[4] });
  }
  return events.sort((a, b) => a.at - b.at);
}

export interface RebalanceCost {
  label: string;
  /** From the trigger to the moment every partition had an owner again. */
  fullyAssignedMs: number;
  /** From the trigger to the first revocation (the rebalance starting: a joiner has booted, a crash was noticed). */
  firstRevokedMs: number | null;
  /** Per partition: from losing its owner (revocation, or the trigger for a killed owner) to its next assignment. */
  pauses: Array<{ partition: number; from: string | null; to: string; pauseMs: number; moved: boolean }>;
}

/**
 * What one membership change cost, from the ownership events: with kafkajs's eager protocol every
 * member gives up every partition and waits for the new assignment, so even partitions that end
 * with the same owner ("untouched") stop for the length of the rebalance.
 */
export function rebalanceCost(events: OwnershipEvent[], trigger: { label: string; at: number; groupId: string }, partitions: number): RebalanceCost | undefined {
  const group = events.filter((e) => e.groupId === trigger.groupId);
  const before = new Map<number, string>();
  for (const e of group.filter((x) => x.at <= trigger.at && x.kind === 'assigned')) for (const p of e.partitions) before.set(p, e.instance);
  const lostAt = new Map<number, number>();
  const next = new Map<number, { at: number; to: string }>();
  for (const e of group.filter((x) => x.at > trigger.at)) {
    for (const p of e.partitions) {
      if (e.kind === 'revoked' && e.instance === before.get(p) && !lostAt.has(p)) lostAt.set(p, e.at);
      if (e.kind === 'assigned' && !next.has(p)) next.set(p, { at: e.at, to: e.instance });
    }
    if (next.size === partitions) break;
  }
  if (next.size < partitions) return undefined;
  const pauses = [...next].sort((a, b) => a[0] - b[0]).map(([partition, { at, to }]) => {
    const from = before.get(partition) ?? null;
    return { partition, from, to, pauseMs: at - (lostAt.get(partition) ?? trigger.at), moved: from !== to };
  });
  const firstRevoked = group.find((e) => e.at > trigger.at && e.kind === 'revoked' && e.partitions.length > 0);
  return {
    label: trigger.label,
    fullyAssignedMs: Math.max(...[...next.values()].map((n) => n.at)) - trigger.at,
    firstRevokedMs: firstRevoked ? firstRevoked.at - trigger.at : null,
    pauses,
  };
}

/**
 * Rebalances of a group seen in the events: assignments less than `gapMs` apart belong to one
 * rebalance (every member is told its new share at about the same moment).
 */
export function countRebalances(events: OwnershipEvent[], groupId: string, gapMs = 1_000): number {
  let count = 0;
  let last = -Infinity;
  for (const e of events.filter((x) => x.groupId === groupId && x.kind === 'assigned')) {
    if (e.at - last >= gapMs) count += 1;
    last = e.at;
  }
  return count;
}
