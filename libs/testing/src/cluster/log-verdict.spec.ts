import { describe, expect, it } from '@jest/globals';
import { logVerdict } from './log-verdict';
import { reportFeed } from './report-feed';

describe('logVerdict', () => {
  it('finds the lost, the duplicated and the refused-but-recorded', () => {
    const feed = reportFeed(5, 1, 'verdict');
    const outcomes = [
      { status: 'accepted' as const, attempts: 1 },
      { status: 'duplicate' as const, attempts: 2 },
      { status: 'accepted' as const, attempts: 1 },
      { status: 'rejected' as const, attempts: 1 },
      { status: 'unanswered' as const, attempts: 9 },
    ];
    const on = (...ids: number[]) => new Map(ids.map((i) => [feed[i].reportId, i === 1 ? 2 : 1]));
    const byId = on(0, 1, 3, 4);
    const verdict = logVerdict(feed, outcomes, { records: 5, byId, duplicates: [feed[1].reportId] });
    expect(verdict).toEqual({
      acknowledged: 3,
      exactlyOnce: 1,
      lost: [feed[2].reportId],
      duplicated: [feed[1].reportId],
      refusedButRecorded: [feed[3].reportId],
      unanswered: 1,
      unansweredRecorded: 1,
    });
  });
});
