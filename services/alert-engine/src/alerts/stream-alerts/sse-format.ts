/** Server-Sent Events framing: an event ends at a blank line; a line starting with ':' is a comment. */
export function sseEvent(event: string, id: string, data: unknown): string {
  // JSON.stringify escapes CR and LF, so the data stays on one `data:` line.
  return `event: ${event}\nid: ${id.replace(/[\r\n]+/g, ' ')}\ndata: ${JSON.stringify(data)}\n\n`;
}

export function sseComment(text: string): string {
  return `: ${text.replace(/[\r\n]+/g, ' ')}\n\n`;
}

export function sseRetry(ms: number): string {
  return `retry: ${Math.max(0, Math.round(ms))}\n\n`;
}

/** A Last-Event-ID of this stream: an alert event id (a positive whole number). */
export function readLastEventId(value: string | undefined): { ok: true; id: string | null } | { ok: false } {
  if (value === undefined || value === '') return { ok: true, id: null };
  return /^\d{1,18}$/.test(value) ? { ok: true, id: BigInt(value).toString() } : { ok: false };
}
