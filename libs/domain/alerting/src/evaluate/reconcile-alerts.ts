import type { AlertRule } from '../rules/alert-rule.types';
import { isoOf, toMs } from '../time/event-time';
import type { AlertEvent, AlertEventType } from './alert-event.types';
import { alertEventOf, byFingerprint } from './alert-events';
import { fingerprintOf } from './group-key';
import type { DesiredAlert } from './kinds/scope-view';
import { isDetectedLate } from './lateness';
import type { OpenAlert } from './rule-state.types';

/** When and whether the change being evaluated may fire. */
export interface Detection {
  /** receivedAt of the change. */
  detectedAt: string;
  detectedAtMs: number;
  /** False for a change beyond the lateness: it may resolve or update alerts, never fire one. */
  mayFire: boolean;
  /** An alert whose latest evidence occurred before this never fires (beyond the lateness). */
  fireFromMs: number;
  /** The retention cutoff: an open alert anchored before it is left to expire, not resolved. */
  cutoffMs: number;
}

export interface Reconciliation {
  alerts: Record<string, OpenAlert>;
  events: AlertEvent[];
}

/**
 * Compares the alerts that hold now in the re-judged groups with those open there: a new one fires
 * (or is recorded unannounced when too late), a vanished one resolves, a changed evidence list is
 * an update. Dedup lives here: an open fingerprint never fires again, so applying a change twice
 * or replaying a log yields no second firing. Events come resolved, updated, fired, each by
 * fingerprint.
 */
export function reconcileAlerts(rule: AlertRule, open: Record<string, OpenAlert>, scopes: ReadonlySet<string>, desired: DesiredAlert[], detection: Detection): Reconciliation {
  const alerts = { ...open };
  const wanted = new Map(desired.map((alert) => [fingerprintOf(rule, alert.groupKey, alert.anchor), alert]));
  const events: Record<AlertEventType, AlertEvent[]> = { resolved: [], evidence_updated: [], firing: [] };
  for (const [fingerprint, alert] of Object.entries(open)) {
    if (!scopes.has(alert.scope)) continue;
    const holds = wanted.get(fingerprint);
    if (holds === undefined && toMs(alert.anchorAt) < detection.cutoffMs) continue;
    if (holds === undefined) {
      delete alerts[fingerprint];
      if (alert.announced) events.resolved.push(alertEventOf('resolved', rule, alert, detection.detectedAt, 'evidence_withdrawn'));
      continue;
    }
    const refreshed = refresh(alert, holds);
    alerts[fingerprint] = refreshed;
    if (alert.announced && !sameList(alert.incidentIds, refreshed.incidentIds)) {
      events.evidence_updated.push(alertEventOf('evidence_updated', rule, refreshed, detection.detectedAt));
    }
  }
  for (const [fingerprint, holds] of wanted) {
    if (open[fingerprint] !== undefined) continue;
    const alert = opened(fingerprint, holds, detection);
    alerts[fingerprint] = alert;
    if (alert.announced) events.firing.push(alertEventOf('firing', rule, alert, detection.detectedAt));
  }
  return { alerts, events: [...events.resolved.sort(byFingerprint), ...events.evidence_updated.sort(byFingerprint), ...events.firing.sort(byFingerprint)] };
}

function opened(fingerprint: string, holds: DesiredAlert, detection: Detection): OpenAlert {
  return {
    fingerprint,
    scope: holds.scope,
    groupKey: holds.groupKey,
    anchor: holds.anchor,
    anchorAt: isoOf(holds.anchorAtMs),
    ...windowOf(holds),
    incidentIds: holds.incidentIds,
    occurredAt: isoOf(holds.occurredAtMs),
    detectedAt: detection.detectedAt,
    detectedLate: isDetectedLate(holds.completedAtMs, detection.detectedAtMs),
    announced: detection.mayFire && holds.occurredAtMs >= detection.fireFromMs,
  };
}

/**
 * The open alert with its current evidence and times (a correction may have moved its anchoring
 * incident); its identity, detection and announcement stay.
 */
function refresh(alert: OpenAlert, holds: DesiredAlert): OpenAlert {
  const { window: _dropped, ...rest } = alert;
  return { ...rest, anchorAt: isoOf(holds.anchorAtMs), ...windowOf(holds), incidentIds: holds.incidentIds, occurredAt: isoOf(holds.occurredAtMs) };
}

function windowOf(holds: DesiredAlert): { window?: { start: string; end: string } } {
  return holds.window === undefined ? {} : { window: { start: isoOf(holds.window.startMs), end: isoOf(holds.window.endMs) } };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
