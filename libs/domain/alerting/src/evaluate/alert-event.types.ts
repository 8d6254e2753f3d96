/**
 * `firing`: the rule's condition holds for a new fingerprint. `resolved`: the alert closed (see
 * `ResolveReason`). `evidence_updated`: it still holds, on other incidents.
 */
export const ALERT_EVENT_TYPES = ['firing', 'resolved', 'evidence_updated'] as const;
export type AlertEventType = (typeof ALERT_EVENT_TYPES)[number];

/**
 * Why an alert resolved: its evidence was withdrawn or corrected away (the condition no longer
 * holds); it `expired` (it left the rule's retention, so nothing can change it any more: it is
 * history, closed); or its rule version was retired (edited or deleted).
 */
export const RESOLVE_REASONS = ['evidence_withdrawn', 'expired', 'rule_retired'] as const;
export type ResolveReason = (typeof RESOLVE_REASONS)[number];

/**
 * One change in an alert's life, for the alerts topic and, through it, for notifications.
 * - `fingerprint`: `<rule id>@v<version>|<group key>|<anchor>`; the anchor is the window start
 *   (threshold, spike) or the incident that opened it (match, sequence: its first step, new_term).
 *   One fingerprint never fires twice without a `resolved` in between.
 * - `incidentIds`: the evidence, in occurred order (a sequence: one per step). A `resolved` event
 *   lists the evidence it had when last announced.
 * - `occurredAt`: occurred time of the latest evidence; `detectedAt`: receivedAt of the change
 *   that caused this event. `detectedLate` (set at firing, repeated after): see `isDetectedLate`.
 * - `window`: the event-time window (threshold, spike), first to last step (sequence), or the
 *   look-back in which the term was absent (new_term); none for a match.
 * - `reason`: on `resolved` events only.
 */
export interface AlertEvent {
  type: AlertEventType;
  fingerprint: string;
  ruleId: string;
  ruleVersion: number;
  groupKey: string;
  window?: { start: string; end: string };
  incidentIds: string[];
  detectedLate: boolean;
  occurredAt: string;
  detectedAt: string;
  reason?: ResolveReason;
}
