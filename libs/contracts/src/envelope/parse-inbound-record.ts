import { decodeUtf8 } from './decode-utf8';
import { headersToStrings, type RawKafkaHeaders } from './kafka-headers';
import { CLOUDEVENTS_BATCH_MEDIA_TYPE, CLOUDEVENTS_JSON_MEDIA_TYPE, JSON_MEDIA_TYPE, mediaTypeOf } from './media-type';
import { parseJson } from './parse-json';
import { refuse } from './parse-result';
import { quote } from './quote';
import { unwrapStructuredEvent } from './unwrap-structured-event';

/** How a pipeline wrapped its submission: bare JSON, or a CloudEvent in binary or structured mode. */
export type InboundEnvelope = 'none' | 'binary' | 'structured';

export type InboundRecordResult = { ok: true; submission: unknown; envelope: InboundEnvelope } | { ok: false; reason: string };

const BINARY_MARKERS = ['ce_id', 'ce_type', 'ce_source', 'ce_specversion'];
const BINARY_REQUIRED = ['ce_id', 'ce_source', 'ce_type'];

/**
 * The byte-level edge of the inbound topic: strict UTF-8, well-formed JSON, the envelope removed.
 * The submission it returns is still untrusted — pass it to `validateSubmission`.
 */
export function parseInboundRecord(value: Buffer, rawHeaders: RawKafkaHeaders): InboundRecordResult {
  const headers = headersToStrings(rawHeaders);
  if (!headers.ok) return headers;
  const contentType = mediaTypeOf(headers.value['content-type']);
  if (contentType === CLOUDEVENTS_BATCH_MEDIA_TYPE) return refuse('batched CloudEvents are not supported; send one event per record');
  const text = decodeUtf8(value, 'value');
  if (!text.ok) return text;
  const json = parseJson(text.value, 'value');
  if (!json.ok) return json;
  if (contentType === CLOUDEVENTS_JSON_MEDIA_TYPE) return unwrapStructuredEvent(json.value);
  if (BINARY_MARKERS.some((name) => headers.value[name] !== undefined)) return checkBinary(headers.value, contentType, json.value);
  if (isObjectWith(json.value, 'specversion')) return unwrapStructuredEvent(json.value);
  return { ok: true, submission: json.value, envelope: 'none' };
}

function checkBinary(headers: Record<string, string>, contentType: string | undefined, data: unknown): InboundRecordResult {
  const missing = BINARY_REQUIRED.filter((name) => headers[name] === undefined);
  if (missing.length > 0) return refuse(`binary-mode CloudEvent lacks header ${missing.join(', ')}`);
  if (headers['ce_specversion'] !== '1.0') return refuse(`unsupported ce_specversion ${quote(headers['ce_specversion'])}, expected "1.0"`);
  if (contentType !== undefined && contentType !== JSON_MEDIA_TYPE) return refuse(`content-type must be ${JSON_MEDIA_TYPE}, got ${quote(contentType)}`);
  return { ok: true, submission: data, envelope: 'binary' };
}

function isObjectWith(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, key);
}
