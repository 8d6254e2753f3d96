import { describe, expect, it } from '@jest/globals';
import { validateSubmission } from '@sitrep/contracts';
import { reportFeed } from './report-feed';

describe('reportFeed', () => {
  const now = new Date();

  it('makes valid, distinct reports, the same for the same seed', () => {
    const feed = reportFeed(2_000, 11, 'spec');
    expect(feed.filter((r) => !validateSubmission(r.submission, now).ok).map((r) => validateSubmission(r.submission, now))).toEqual([]);
    expect(new Set(feed.map((r) => r.reportId)).size).toBe(2_000);
    expect(reportFeed(50, 11, 'spec')).toEqual(feed.slice(0, 50));
    expect(reportFeed(50, 12, 'spec')).not.toEqual(feed.slice(0, 50));
  });

  it('has corrections of earlier reports and a share matching the prison rule', () => {
    const feed = reportFeed(5_000, 3, 'spec');
    const corrections = feed.filter((r) => r.submission.op === 'supersede');
    expect(corrections.length).toBeGreaterThan(50);
    const byNative = new Map(feed.map((r) => [r.submission.nativeId, r.index]));
    for (const c of corrections) expect(byNative.get(c.submission.supersedes?.[0] ?? '')).toBeLessThanOrEqual(c.index - 400);
    expect(feed.filter((r) => r.submission.assertion?.classification.tags?.includes('prison')).length).toBeGreaterThan(100);
  });
});
