/** Calls to a running Sitrep with an API key, as the test's own operator (setting up rules, posting reports). */
export function sitrepApi(baseUrl: () => string, apiKey: string) {
  return async (method: string, route: string, body?: unknown) => {
    const response = await fetch(`${baseUrl()}${route}`, {
      method,
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> | null };
  };
}

/** Polls until `check` holds: projection and the alert engine are asynchronous. */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
