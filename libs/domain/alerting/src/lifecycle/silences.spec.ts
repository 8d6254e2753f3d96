import { describe, expect, it } from '@jest/globals';
import type { AlertEvent } from '../evaluate/alert-event.types';
import { isSilenced, silenceFor, validateSilence, type Silence } from './silences';

const event: AlertEvent = {
  type: 'firing', fingerprint: 'r@v1|admin1=Idlib|x', ruleId: 'r', ruleVersion: 1, groupKey: 'admin1=Idlib', incidentIds: ['x'],
  detectedLate: false, occurredAt: '2022-01-20T00:00:00.000Z', detectedAt: '2022-01-20T10:00:00.000Z',
};
const silence = (overrides: Partial<Silence>): Silence => ({ id: 's1', endsAt: '2022-01-21T00:00:00Z', reason: 'known offensive', createdBy: 'analyst-7', ...overrides });

describe('silences', () => {
  it('mute a rule, a group, or a group of a rule, until they end', () => {
    expect(isSilenced(event, [silence({ ruleId: 'r' })], '2022-01-20T12:00:00Z')).toBe(true);
    expect(isSilenced(event, [silence({ groupKey: 'admin1=Idlib' })], '2022-01-20T12:00:00Z')).toBe(true);
    expect(isSilenced(event, [silence({ ruleId: 'r', groupKey: 'admin1=Homs' })], '2022-01-20T12:00:00Z')).toBe(false);
    expect(isSilenced(event, [silence({ ruleId: 'r' })], '2022-01-21T00:00:00Z')).toBe(false);
    expect(isSilenced(event, [silence({ ruleId: 'r', startsAt: '2022-01-20T18:00:00Z' })], '2022-01-20T12:00:00Z')).toBe(false);
  });

  it('name the silence that applied, for the audit trail', () => {
    expect(silenceFor(event, [silence({ id: 's2', ruleId: 'r' }), silence({ id: 's1', groupKey: 'admin1=Idlib' })], '2022-01-20T12:00:00Z')?.id).toBe('s1');
  });

  it('need a reason and something to mute', () => {
    expect(validateSilence({ id: 's', endsAt: '2022-01-21T00:00:00Z', reason: 'r', createdBy: 'a', ruleId: 'r' })).toMatchObject({ ok: true });
    expect(validateSilence({ id: 's', endsAt: 'tomorrow', createdBy: 'a' })).toEqual({
      ok: false,
      issues: [
        { path: 'reason', reason: 'required' },
        { path: 'endsAt', reason: 'must be an ISO 8601 time' },
        { path: '(root)', reason: 'name a ruleId, a groupKey or both: a silence never mutes everything' },
      ],
    });
  });
});
