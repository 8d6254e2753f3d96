import { refuse, type ParseResult } from './parse-result';

/**
 * Bytes to text, refusing invalid UTF-8 instead of replacing it with U+FFFD as `Buffer#toString`
 * does: a silently altered record would be accepted and stored as if the source had said it.
 */
export function decodeUtf8(bytes: Uint8Array, what: string): ParseResult<string> {
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return refuse(`${what} is not valid UTF-8 (invalid byte sequence at byte ${firstBadByte(bytes)})`);
  }
}

/** Where the first invalid sequence starts; only runs on failure. */
function firstBadByte(bytes: Uint8Array): number {
  const prefix = streamValidPrefixLength(bytes);
  // The prefix may end inside a character (a lead byte and some continuation bytes): step back to
  // the start of that character, at most three bytes.
  let start = prefix;
  while (start > 0 && prefix - start < 3 && !decodes(bytes.subarray(0, start), false)) start--;
  return start;
}

/** Longest prefix that decodes if more bytes may follow; monotonic, so found by bisection. */
function streamValidPrefixLength(bytes: Uint8Array): number {
  let valid = 0;
  let invalid = bytes.length;
  while (invalid - valid > 1) {
    const middle = Math.floor((valid + invalid) / 2);
    if (decodes(bytes.subarray(0, middle), true)) valid = middle;
    else invalid = middle;
  }
  return decodes(bytes, true) ? bytes.length : valid;
}

function decodes(bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}
