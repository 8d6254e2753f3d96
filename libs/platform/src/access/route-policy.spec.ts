import { describe, expect, it } from '@jest/globals';
import { requiredScope } from './route-policy';

describe('requiredScope', () => {
  it.each([
    ['GET', '/health', 'public'],
    ['GET', '/metrics', 'public'],
    ['GET', '/docs', 'public'],
    ['POST', '/v1/reports', 'ingest'],
    ['POST', '/v1/reports/batch?x=1', 'ingest'],
    ['GET', '/v1/timeline', 'read'],
    ['GET', '/v1/timeline.csv', 'read'],
    ['GET', '/v1/incidents/inc-1', 'read'],
    ['GET', '/v1/stream', 'read'],
    ['POST', '/v1/actors', 'admin'],
    ['POST', '/v1/actors/ucdp:234/aliases', 'admin'],
    ['GET', '/v1/rules', 'admin'],
    ['POST', '/v1/webhooks', 'admin'],
    ['GET', '/v1/admin/rebuild', 'admin'],
    ['DELETE', '/v1/keys/abc', 'admin'],
    ['PUT', '/v1/timeline', 'admin'],
  ])('%s %s needs %s', (method, path, scope) => {
    expect(requiredScope(method, path)).toBe(scope);
  });

  it('cannot be dodged with doubled slashes, dot segments or a trailing slash', () => {
    expect(requiredScope('GET', '/v1//admin/rebuild')).toBe('admin');
    expect(requiredScope('GET', '/v1/./keys')).toBe('admin');
    expect(requiredScope('GET', '/v1/rules/')).toBe('admin');
  });

  it('treats writes outside /v1 as admin', () => {
    expect(requiredScope('POST', '/health')).toBe('admin');
  });
});
