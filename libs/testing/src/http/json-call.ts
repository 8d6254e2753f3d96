/** One JSON call over real HTTP, as a client of Sitrep's APIs makes it: the status and the parsed body ({} when empty). */
export async function jsonCall<T = Record<string, unknown>>(
  baseUrl: string,
  method: string,
  path: string,
  options: { apiKey?: string; body?: unknown } = {},
): Promise<{ status: number; json: T }> {
  const { apiKey, body } = options;
  const headers: Record<string, string> = { ...(body !== undefined && { 'content-type': 'application/json' }), ...(apiKey !== undefined && { authorization: `Bearer ${apiKey}` }) };
  const response = await fetch(`${baseUrl}${path}`, { method, headers, ...(body !== undefined && { body: JSON.stringify(body) }) });
  const text = await response.text();
  return { status: response.status, json: (text === '' ? {} : JSON.parse(text)) as T };
}
