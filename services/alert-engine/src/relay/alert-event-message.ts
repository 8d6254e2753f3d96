import type { AppendRecord } from '@sitrep/contracts';
import type { UnpublishedAlertEvent } from '@sitrep/db';

export const ALERT_CHANGED_TYPE = 'sitrep.alert.changed.v1';

/**
 * An alert event as a record of the alerts topic: keyed by fingerprint (one alert's events stay in
 * order), CloudEvents binary mode with the stable event id as `ce_id`, so a record published twice
 * (the relay publishes at least once) is recognised as the same event.
 */
export function alertEventMessage(published: UnpublishedAlertEvent): AppendRecord {
  const { event } = published;
  return {
    key: event.fingerprint,
    value: Buffer.from(JSON.stringify({ eventId: published.eventId, sequence: published.sequence, recordedAt: published.recordedAt, ...event }), 'utf8'),
    headers: {
      ce_specversion: '1.0',
      ce_id: published.eventId,
      ce_type: ALERT_CHANGED_TYPE,
      ce_source: '/sitrep/alert-engine',
      ce_subject: event.fingerprint,
      ce_time: published.recordedAt,
      'content-type': 'application/json',
    },
  };
}
