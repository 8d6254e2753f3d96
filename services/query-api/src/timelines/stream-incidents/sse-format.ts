/**
 * Server-Sent Events framing (WHATWG HTML, "server-sent events"): fields one per line, an event
 * ends at a blank line, a line starting with ':' is a comment that clients ignore.
 */
export function sseEvent(event: string, id: string, data: unknown): string {
  // JSON.stringify escapes CR and LF, so the data stays on one `data:` line.
  return `event: ${event}\nid: ${oneLine(id)}\ndata: ${JSON.stringify(data)}\n\n`;
}

export function sseComment(text: string): string {
  return `: ${oneLine(text)}\n\n`;
}

/** How long a client waits before reconnecting after the connection drops. */
export function sseRetry(ms: number): string {
  return `retry: ${Math.max(0, Math.round(ms))}\n\n`;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
