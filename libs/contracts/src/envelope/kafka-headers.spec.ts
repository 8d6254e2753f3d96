import { describe, expect, it } from '@jest/globals';
import { headersToStrings } from './kafka-headers';

describe('headersToStrings', () => {
  it('decodes Buffers, keeps strings, drops undefined and lower-cases names', () => {
    expect(headersToStrings({ CE_ID: Buffer.from('الحسكة'), ce_type: 't', ce_dataschema: undefined })).toEqual({ ok: true, value: { ce_id: 'الحسكة', ce_type: 't' } });
  });

  it('keeps a header named __proto__ as data, never as a prototype', () => {
    const result = headersToStrings(JSON.parse('{"__proto__":"x"}') as Record<string, string>);
    expect(result.ok && Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(result.ok && Object.keys(result.value)).toEqual(['__proto__']);
  });

  it('refuses names that collide once lower-cased', () => {
    expect(headersToStrings({ ce_id: 'a', CE_ID: 'b' })).toEqual({ ok: false, reason: 'header "ce_id" appears more than once' });
  });
});
