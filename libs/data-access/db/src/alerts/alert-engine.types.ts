import type { AlertEvent, ChangeToEvaluate, NotificationLedger, RuleState } from '@sitrep/domain-alerting';

/** Where a change sits on the log of record: the record's position and the change's order in it. */
export interface InputPosition {
  topic: string;
  partition: number;
  offset: string;
  seq: number;
}

/** One incident change handed to the alert engine by the live projection. */
export interface AlertInput extends InputPosition {
  receivedAt: string;
  /** When the projection committed it (for the engine's input lag). */
  createdAt: string;
  change: ChangeToEvaluate;
}

/** Which rule version and epoch a stored state is for. */
export interface RuleStateHead {
  ruleId: string;
  ruleVersion: number;
  epoch: number;
}

/** What the engine stored for one rule, with the epoch it was warmed up for. */
export interface RuleStateRecord extends RuleStateHead {
  state: RuleState;
  ledger: NotificationLedger;
  warmedUpAt: string;
  warmUpChanges: number;
}

/** What became of an alert event: notified, held back by the rule's suppression, muted, or not worth a message. */
export type NotificationOutcome = 'sent' | 'suppressed' | 'silenced' | 'not_notified';

/**
 * One alert event as the engine records it: numbered within its fingerprint (`seq`, from 1), with a
 * stable `eventId` for the alerts topic, and what became of its notification.
 */
export interface RecordedAlertEvent {
  eventId: string;
  seq: number;
  event: AlertEvent;
  notification: NotificationOutcome;
  notificationId: string | null;
  silenceId: string | null;
  /** The change that caused it; null when a rule change retired the alert. */
  input: InputPosition | null;
}

/** The part of a stored alert the engine needs to number its next event. */
export interface AlertHead {
  seq: number;
  firstFiredAt: string;
  lastFiredAt: string;
}
