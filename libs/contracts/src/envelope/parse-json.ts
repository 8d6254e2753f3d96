import { refuse, type ParseResult } from './parse-result';

/** JSON.parse as a value: malformed or truncated JSON becomes a reason naming the problem. */
export function parseJson(text: string, what: string): ParseResult<unknown> {
  if (text.trim() === '') return refuse(`${what} is empty`);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return refuse(`${what} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
