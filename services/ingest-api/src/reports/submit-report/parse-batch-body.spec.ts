import { describe, expect, it } from '@jest/globals';
import { MAX_BATCH_ITEMS, parseBatchBody } from './parse-batch-body';

describe('parseBatchBody', () => {
  it('takes a JSON array item by item', () => {
    expect(parseBatchBody([{ a: 1 }, 2], 'application/json; charset=utf-8')).toEqual({ ok: true, items: [{ ok: true, value: { a: 1 } }, { ok: true, value: 2 }] });
  });

  it('takes NDJSON, skipping blank lines and naming the line that is not JSON', () => {
    const parsed = parseBatchBody('{"a":1}\n\n{oops}\n{"b":"الحسكة"}\n', 'application/x-ndjson');
    expect(parsed.ok && parsed.items.map((i) => (i.ok ? i.value : i.reason))).toEqual([{ a: 1 }, expect.stringMatching(/^line 3 is not JSON/), { b: 'الحسكة' }]);
  });

  it('refuses empty, oversized and non-array batches with a reason', () => {
    expect(parseBatchBody([], 'application/json')).toEqual({ ok: false, reason: 'the batch is empty' });
    expect(parseBatchBody(new Array(MAX_BATCH_ITEMS + 1).fill({}), 'application/json')).toMatchObject({ ok: false, reason: expect.stringContaining(`at most ${MAX_BATCH_ITEMS}`) });
    expect(parseBatchBody({ op: 'assert' }, 'application/json')).toMatchObject({ ok: false, reason: expect.stringContaining('JSON array') });
  });
});
