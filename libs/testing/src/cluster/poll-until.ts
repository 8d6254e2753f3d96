/** Polls until `condition` holds (bounded in time), or fails naming what it waited for and the last state seen. */
export async function pollUntil<T>(what: string, read: () => Promise<T> | T, holds: (value: T) => boolean, timeoutMs: number, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (holds(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${describe(value)}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

function describe(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? Object.fromEntries(v) : v));
  return text === undefined ? String(value) : text.slice(0, 2_000);
}
