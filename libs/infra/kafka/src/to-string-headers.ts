import type { IHeaders } from 'kafkajs';

/**
 * Kafka headers arrive as bytes. CloudEvents binary mode (`ce_*`) carries text, so they are decoded
 * as UTF-8; a repeated header keeps its last value, as CloudEvents bindings do.
 */
export function toStringHeaders(headers: IHeaders | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers ?? {})) {
    const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    if (value === undefined) continue;
    result[name] = Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
  }
  return result;
}
