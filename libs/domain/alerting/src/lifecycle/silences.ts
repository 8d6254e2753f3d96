import { ROOT_PATH, type ValidationIssue } from '@sitrep/contracts';
import type { AlertEvent } from '../evaluate/alert-event.types';
import { isRecord, readString, refuse, refuseUnknownKeys, type Issues } from '../rules/read-input';
import { toMs } from '../time/event-time';

/**
 * An analyst muting alerts until `endsAt` (from `startsAt`, else at once), with a reason: a whole
 * rule (`ruleId`), one group (`groupKey`, e.g. `admin1=Idlib`) of every rule, or one group of one
 * rule. Muted alerts still fire and are recorded; only their notification is held back.
 */
export interface Silence {
  id: string;
  ruleId?: string;
  groupKey?: string;
  startsAt?: string;
  endsAt: string;
  reason: string;
  createdBy: string;
}

/** The first silence (by id) muting this event at `now`, for the audit trail; undefined when none. */
export function silenceFor(event: AlertEvent, silences: readonly Silence[], now: string): Silence | undefined {
  const nowMs = toMs(now);
  return [...silences]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .find((silence) =>
      (silence.ruleId === undefined || silence.ruleId === event.ruleId) &&
      (silence.groupKey === undefined || silence.groupKey === event.groupKey) &&
      (silence.startsAt === undefined || toMs(silence.startsAt) <= nowMs) &&
      nowMs < toMs(silence.endsAt),
    );
}

export function isSilenced(event: AlertEvent, silences: readonly Silence[], now: string): boolean {
  return silenceFor(event, silences, now) !== undefined;
}

export type SilenceValidation = { ok: true; silence: Silence } | { ok: false; issues: ValidationIssue[] };

/** A silence as an analyst submitted it: a reason is required, and a rule or a group to mute. */
export function validateSilence(input: unknown): SilenceValidation {
  if (!isRecord(input)) return { ok: false, issues: [{ path: ROOT_PATH, reason: 'a silence is a JSON object' }] };
  const issues: Issues = [];
  refuseUnknownKeys(input, ['id', 'ruleId', 'groupKey', 'startsAt', 'endsAt', 'reason', 'createdBy'], ROOT_PATH, issues);
  const text = (key: string, required: boolean, maxLength = 200) => readString(input, key, ROOT_PATH, issues, { required, maxLength });
  const [id, ruleId, groupKey, reason, createdBy] = [text('id', true), text('ruleId', false), text('groupKey', false, 1000), text('reason', true, 2000), text('createdBy', true)];
  const [startsAt, endsAt] = [text('startsAt', false), text('endsAt', true)];
  for (const [key, value] of [['startsAt', startsAt], ['endsAt', endsAt]] as const) {
    if (value !== undefined && Number.isNaN(toMs(value))) refuse(issues, key, 'must be an ISO 8601 time');
  }
  if (input.ruleId === undefined && input.groupKey === undefined) refuse(issues, ROOT_PATH, 'name a ruleId, a groupKey or both: a silence never mutes everything');
  if (issues.length > 0 || id === undefined || reason === undefined || createdBy === undefined || endsAt === undefined) return { ok: false, issues };
  const silence: Silence = { id, endsAt, reason, createdBy, ...(ruleId !== undefined && { ruleId }), ...(groupKey !== undefined && { groupKey }), ...(startsAt !== undefined && { startsAt }) };
  return { ok: true, silence };
}
