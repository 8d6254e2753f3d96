/** A record read from Kafka is either usable or refused with a reason fit for the rejected topic. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export function refuse(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}
