import { describe, expect, it } from '@jest/globals';
import { readSilenceRequest } from './silence-request';

const server = { id: '0b9d6c3e-3f0e-4a5b-9c1d-2e3f4a5b6c7d', createdBy: 'key-7', now: '2026-11-26T00:00:00.000Z' };

describe('readSilenceRequest', () => {
  it('mutes a rule or a group until a time, with a reason, made by the caller', () => {
    expect(readSilenceRequest({ ruleId: 'r', until: '2026-11-27T00:00:00Z', reason: 'known offensive' }, server)).toEqual({
      ok: true,
      silence: { id: server.id, ruleId: 'r', endsAt: '2026-11-27T00:00:00.000Z', reason: 'known offensive', createdBy: 'key-7' },
    });
  });

  it('refuses silences that mute everything, end in the past, or set server fields', () => {
    const paths = (body: unknown) => {
      const r = readSilenceRequest(body, server);
      return r.ok ? [] : r.issues.map((i) => i.path);
    };
    expect(paths({ until: '2026-11-27T00:00:00Z', reason: 'x' })).toEqual(['(root)']);
    expect(paths({ groupKey: 'admin1=Idlib', until: '2026-11-25T00:00:00Z', reason: 'x' })).toEqual(['until']);
    expect(paths({ ruleId: 'r', until: '2026-11-27T00:00:00Z', reason: 'x', createdBy: 'me' })).toEqual(['createdBy']);
  });
});
