import { describe, expect, it } from '@jest/globals';
import { sseComment, sseEvent, sseRetry } from './sse-format';

describe('Server-Sent Events framing', () => {
  it('writes an event with its id and JSON data on one line, ended by a blank line', () => {
    expect(sseEvent('incident', 'abc', { note: 'two\nlines', place: 'تل تمر' })).toBe('event: incident\nid: abc\ndata: {"note":"two\\nlines","place":"تل تمر"}\n\n');
  });

  it('keeps comments and ids on one line, so they cannot forge fields', () => {
    expect(sseComment('heartbeat\ndata: forged')).toBe(': heartbeat data: forged\n\n');
    expect(sseEvent('incident', 'a\r\nid: b', {})).toBe('event: incident\nid: a id: b\ndata: {}\n\n');
  });

  it('tells clients how long to wait before reconnecting', () => {
    expect(sseRetry(2000)).toBe('retry: 2000\n\n');
  });
});
