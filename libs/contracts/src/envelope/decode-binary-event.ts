import { Kafka, type CloudEventV1, type KafkaMessage } from 'cloudevents';
import { refuse, type ParseResult } from './parse-result';

/** What the consumer edge uses of a binary-mode CloudEvent: its id and its (JSON) data. */
export interface BinaryEvent {
  id: string;
  data: unknown;
}

/**
 * The `ce_*` headers the cloudevents SDK (10.0.0) maps onto attributes without ever throwing, plus
 * the partition-key extension ingest writes. Any other `ce_*` header becomes an extension the SDK
 * may refuse (`ce_schemaurl` on a 1.0 event, `ce_data_base64` that is not base64), so a record
 * carrying one is decoded by the SDK itself.
 */
const PLAIN_CE_HEADERS = new Set(['ce_id', 'ce_type', 'ce_source', 'ce_specversion', 'ce_time', 'ce_subject', 'ce_datacontenttype', 'ce_dataschema', 'ce_partitionkey']);

/**
 * A binary-mode record → its id and data, as `Kafka.toEvent` reads them, without building a
 * CloudEvent (the SDK copies, freezes and re-scans every header of every record: 5 % of the
 * processor's CPU). The direct decode runs only when the SDK would certainly succeed with the same
 * answer; any other record goes through the SDK, so refusals keep its wording.
 * Expects lower-cased string headers (headersToStrings).
 */
export function decodeBinaryEvent(text: string, headers: Record<string, string>): ParseResult<BinaryEvent> {
  if (!isPlainBinaryEvent(text, headers)) return decodeWithSdk(text, headers);
  try {
    return { ok: true, value: { id: headers['ce_id'] as string, data: JSON.parse(text) as unknown } };
  } catch (error) {
    // The message the SDK's own JSON.parse of the same text gives.
    return refuse(`value is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Whether the SDK would decode this record without throwing, to `{ id: ce_id, data: JSON.parse(text) }`. */
export function isPlainBinaryEvent(text: string, headers: Record<string, string>): boolean {
  // The SDK parses the value as JSON only when the raw header starts so (not `Application/JSON`).
  if (text === '' || !headers['ce_id'] || !headers['content-type']?.startsWith('application/json')) return false;
  // Other versions have other sanity rules (0.3 refuses ce_dataschema).
  if (headers['ce_specversion'] !== '1.0') return false;
  const time = headers['ce_time'];
  // A truthy ce_time is normalised with toISOString, which throws on an unreadable date.
  if (time && Number.isNaN(new Date(time).getTime())) return false;
  for (const name of Object.keys(headers)) if (name.startsWith('ce_') && !PLAIN_CE_HEADERS.has(name)) return false;
  return true;
}

/** The SDK's decode; the reference the direct decode is tested against. */
export function decodeWithSdk(text: string, headers: Record<string, string>): ParseResult<BinaryEvent> {
  try {
    // The SDK reads `value` (typed only as `body`); the partition key is not part of the record.
    const message: KafkaMessage<string> = { headers, key: '', value: text, body: text };
    const event = Kafka.toEvent(message);
    if (Array.isArray(event)) return refuse('batched CloudEvents are not supported on the log of record');
    const { id, data } = event as CloudEventV1<unknown>;
    return { ok: true, value: { id, data } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(error instanceof SyntaxError ? `value is not valid JSON: ${detail}` : `invalid CloudEvent: ${detail}`);
  }
}
