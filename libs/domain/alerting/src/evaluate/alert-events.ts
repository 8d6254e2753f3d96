import type { AlertEvent, AlertEventType, ResolveReason } from './alert-event.types';
import type { OpenAlert } from './rule-state.types';

/** The event telling what happened to an open alert, detected by the change received at `detectedAt`. */
export function alertEventOf(
  type: AlertEventType,
  rule: { id: string; version: number },
  alert: OpenAlert,
  detectedAt: string,
  reason?: ResolveReason,
): AlertEvent {
  return {
    type,
    fingerprint: alert.fingerprint,
    ruleId: rule.id,
    ruleVersion: rule.version,
    groupKey: alert.groupKey,
    ...(alert.window !== undefined && { window: alert.window }),
    incidentIds: alert.incidentIds,
    detectedLate: alert.detectedLate,
    occurredAt: alert.occurredAt,
    detectedAt,
    ...(reason !== undefined && { reason }),
  };
}

/** Code-unit order of fingerprints: the same on every machine. */
export function byFingerprint(a: { fingerprint: string }, b: { fingerprint: string }): number {
  return a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0;
}
