import { HOUR_MS } from '../time/event-time';

/**
 * Slack before an alert counts as detected late: ingest, merging and evaluation take a moment, and
 * an alert an hour after its evidence happened is still on time.
 */
export const DETECTED_LATE_GRACE_MS = HOUR_MS;

/**
 * A report about something that occurred more than `latenessMs` before it was received is beyond
 * the lateness: it updates what the rule remembers (and can resolve alerts it took part in) but
 * never fires one. Also refused: an alert whose latest evidence is that old, whichever change
 * completes it. An alert first completed that way stays unannounced for good.
 */
export function isBeyondLateness(occurredMs: number, receivedAtMs: number, latenessMs: number): boolean {
  return !(occurredMs >= receivedAtMs - latenessMs);
}

/**
 * Detected late: the evidence was complete (the end of the latest occurred period among it, a
 * date alone ending at the next midnight) more than `DETECTED_LATE_GRACE_MS` before the change
 * that fired the alert was received. A shelling on 21 January reported on the 31st completes a
 * sequence ten days late; the same report received on the evening of the 21st is on time.
 */
export function isDetectedLate(completedAtMs: number, detectedAtMs: number): boolean {
  return completedAtMs + DETECTED_LATE_GRACE_MS < detectedAtMs;
}
