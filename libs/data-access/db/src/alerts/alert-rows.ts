import type { AlertHead, RecordedAlertEvent } from './alert-engine.types';

/** One row of `alert`: the alert as its latest event leaves it. */
export interface AlertRow {
  fingerprint: string;
  rule_id: string;
  rule_version: number;
  state: 'firing' | 'resolved';
  group_key: string;
  window_start: string | null;
  window_end: string | null;
  incident_ids: string[];
  detected_late: boolean;
  occurred_at: string;
  first_fired_at: string;
  last_fired_at: string;
  resolved_at: string | null;
  resolve_reason: string | null;
  seq: number;
}

/**
 * The alert rows after a batch's events, given the alerts as stored (by fingerprint): each event in
 * order moves its alert. A firing (again, after a resolution) opens it, an update changes its
 * evidence, a resolution closes it with the time and reason.
 */
export function alertRowsAfter(heads: ReadonlyMap<string, AlertHead>, events: readonly RecordedAlertEvent[]): AlertRow[] {
  const rows = new Map<string, AlertRow>();
  for (const { event, seq } of events) {
    const previous = rows.get(event.fingerprint);
    const head = heads.get(event.fingerprint);
    const firstFiredAt = previous?.first_fired_at ?? head?.firstFiredAt ?? event.detectedAt;
    const lastFiredAt = event.type === 'firing' ? event.detectedAt : (previous?.last_fired_at ?? head?.lastFiredAt ?? event.detectedAt);
    const resolved = event.type === 'resolved';
    rows.set(event.fingerprint, {
      fingerprint: event.fingerprint,
      rule_id: event.ruleId,
      rule_version: event.ruleVersion,
      state: resolved ? 'resolved' : 'firing',
      group_key: event.groupKey,
      window_start: event.window?.start ?? null,
      window_end: event.window?.end ?? null,
      incident_ids: event.incidentIds,
      detected_late: event.detectedLate,
      occurred_at: event.occurredAt,
      first_fired_at: firstFiredAt,
      last_fired_at: lastFiredAt,
      resolved_at: resolved ? event.detectedAt : null,
      resolve_reason: resolved ? (event.reason ?? null) : null,
      seq,
    });
  }
  return [...rows.values()];
}
