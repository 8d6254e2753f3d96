import { describe, expect, it } from '@jest/globals';
import { SseParser } from './sse-parser';

describe('SseParser', () => {
  it('parses the query API stream: retry, comments, then named events with ids', () => {
    const parser = new SseParser();
    const messages = parser.push('retry: 2000\n\n: connected\n\nevent: incident\nid: c1\ndata: {"id":"inc-1"}\n\n');
    expect(messages).toEqual([{ event: 'incident', id: 'c1', data: '{"id":"inc-1"}' }]);
    expect(parser.retryMs).toBe(2000);
    expect(parser.lastEventId).toBe('c1');
  });

  it('reassembles events split anywhere across chunks, CRLF included', () => {
    const text = 'event: alert\r\nid: 7\r\ndata: {"a":\r\ndata: 1}\r\n\r\n';
    for (let cut = 1; cut < text.length; cut++) {
      const parser = new SseParser();
      const messages = [...parser.push(text.slice(0, cut)), ...parser.push(text.slice(cut))];
      expect(messages).toEqual([{ event: 'alert', id: '7', data: '{"a":\n1}' }]);
    }
  });

  it('defaults the event name to message, ignores heartbeats and empty events', () => {
    const parser = new SseParser();
    expect(parser.push(': heartbeat\n\n\n\nevent: x\n\ndata:no space\n\n')).toEqual([{ event: 'message', data: 'no space' }]);
  });

  it('keeps Arabic text intact', () => {
    expect(new SseParser().push('data: {"name":"داعش"}\n\n')[0].data).toBe('{"name":"داعش"}');
  });
});
