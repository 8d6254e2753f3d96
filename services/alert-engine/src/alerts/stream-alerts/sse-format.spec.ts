import { describe, expect, it } from '@jest/globals';
import { readLastEventId, sseEvent } from './sse-format';

describe('alert stream framing', () => {
  it('writes one event per block with its id, the data on one line', () => {
    expect(sseEvent('alert', '42', { text: 'a\nb' })).toBe('event: alert\nid: 42\ndata: {"text":"a\\nb"}\n\n');
  });

  it('resumes only from ids of this stream', () => {
    expect(readLastEventId(undefined)).toEqual({ ok: true, id: null });
    expect(readLastEventId('0042')).toEqual({ ok: true, id: '42' });
    expect(readLastEventId('abc')).toEqual({ ok: false });
  });
});
