import { decodeUtf8 } from './decode-utf8';
import { refuse, type ParseResult } from './parse-result';

/** Headers as kafkajs delivers them: Buffers, strings, repeated headers as arrays. */
export type RawKafkaHeaders = Record<string, string | Buffer | (string | Buffer)[] | undefined>;

/**
 * Kafka headers → lower-cased names with string values. The cloudevents SDK assumes strings
 * (`contentType.startsWith is not a function` on a Buffer), so this runs before it; undefined
 * headers are dropped, a header sent twice is refused as ambiguous.
 */
export function headersToStrings(headers: RawKafkaHeaders): ParseResult<Record<string, string>> {
  const entries: Array<[string, string]> = [];
  for (const [rawName, rawValue] of Object.entries(headers)) {
    if (rawValue === undefined) continue;
    const name = rawName.toLowerCase();
    if (Array.isArray(rawValue) || entries.some(([seen]) => seen === name)) return refuse(`header "${name}" appears more than once`);
    const value = typeof rawValue === 'string' ? { ok: true as const, value: rawValue } : decodeUtf8(rawValue, `header "${name}"`);
    if (!value.ok) return value;
    entries.push([name, value.value]);
  }
  return { ok: true, value: Object.fromEntries(entries) };
}
