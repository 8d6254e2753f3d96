/** One Server-Sent Event as a client parsed it. */
export interface SseEvent {
  event: string;
  id: string;
  data: unknown;
}

/** A live SSE connection collecting events, as a browser's EventSource would. */
export function readSse(url: string, lastEventId?: string) {
  const controller = new AbortController();
  const events: SseEvent[] = [];
  const done = (async () => {
    const response = await fetch(url, { headers: lastEventId === undefined ? {} : { 'last-event-id': lastEventId }, signal: controller.signal });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done: ended } = await reader.read();
      if (ended) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = Object.fromEntries(block.split('\n').filter((line) => !line.startsWith(':') && line.includes(': ')).map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)]));
        if (fields.event !== undefined) events.push({ event: fields.event, id: fields.id, data: JSON.parse(fields.data) });
      }
    }
  })().catch(() => undefined);
  return {
    events,
    async until(count: number, timeoutMs = 20_000): Promise<SseEvent[]> {
      const deadline = Date.now() + timeoutMs;
      while (events.length < count) {
        if (Date.now() > deadline) throw new Error(`got ${events.length} of ${count} events`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return events.slice(0, count);
    },
    close(): Promise<void> {
      controller.abort();
      return done;
    },
  };
}
