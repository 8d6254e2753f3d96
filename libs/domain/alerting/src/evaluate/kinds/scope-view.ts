import type { IncidentFacts, OpenAlert } from '../rule-state.types';

/** One incident that is evidence in a scope, its times parsed. */
export interface Evidence {
  id: string;
  atMs: number;
  endMs: number;
  facts: IncidentFacts;
}

/**
 * Everything a rule kind needs to say which alerts hold in one group: its evidence in occurred
 * order (ties by id), the alerts already open there, and the retention cutoff (occurred times
 * before it are forgotten, so look-backs reaching past it are incomplete).
 */
export interface ScopeView {
  scope: string;
  incidents: Evidence[];
  open: OpenAlert[];
  cutoffMs: number;
}

/** An alert that holds now, before it is compared with the open ones. Times in ms. */
export interface DesiredAlert {
  scope: string;
  groupKey: string;
  anchor: string;
  anchorAtMs: number;
  window?: { startMs: number; endMs: number };
  incidentIds: string[];
  /** Occurred start of the latest evidence. */
  occurredAtMs: number;
  /** End of the latest occurred period among the evidence: when it could first have been known. */
  completedAtMs: number;
}

export function desiredAlert(
  base: Pick<DesiredAlert, 'scope' | 'groupKey' | 'anchor' | 'anchorAtMs' | 'window'>,
  members: readonly Evidence[],
): DesiredAlert {
  return {
    ...base,
    incidentIds: members.map((member) => member.id),
    occurredAtMs: Math.max(...members.map((member) => member.atMs)),
    completedAtMs: Math.max(...members.map((member) => member.endMs)),
  };
}

/** Code-unit order: the same on every machine, unlike `localeCompare`. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byOccurred(a: Evidence, b: Evidence): number {
  return a.atMs - b.atMs || compareText(a.id, b.id);
}
