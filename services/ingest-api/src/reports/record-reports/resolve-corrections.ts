import type { ReportSubmission, ValidationIssue } from '@sitrep/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface KnownReports {
  /** Report ids known to the ledger, with their log keys. */
  logKeys: Map<string, string>;
  /** `${sourceSystem}\u0000${nativeId}` → latest report id. */
  byNativeId: Map<string, string>;
}

export type Resolution = { ok: true; reportIds: string[]; inheritedLogKey?: string } | { ok: false; issues: ValidationIssue[] };

export const nativeKey = (sourceSystem: string, nativeId: string) => `${sourceSystem}\u0000${nativeId}`;

/** What a supersede or retract refers to: report ids, or native ids of the same source system. */
export function correctionTargets(submission: ReportSubmission): { reportIds: string[]; nativeIds: string[] } {
  const targets = submission.supersedes ?? [];
  return { reportIds: targets.filter((t) => UUID.test(t)), nativeIds: targets.filter((t) => !UUID.test(t)) };
}

/**
 * Resolves `supersedes` to report ids. A correction of a report we never recorded is refused with
 * the entry's path: silently keeping it would leave an incident that can never be corrected.
 */
export function resolveCorrections(submission: ReportSubmission, known: KnownReports): Resolution {
  const issues: ValidationIssue[] = [];
  const reportIds = (submission.supersedes ?? []).flatMap((target, i) => {
    const id = UUID.test(target) ? (known.logKeys.has(target) ? target : undefined) : known.byNativeId.get(nativeKey(submission.sourceSystem, target));
    if (id) return [id];
    issues.push({ path: `supersedes[${i}]`, reason: `no recorded report ${target} (of source system ${submission.sourceSystem}) to correct` });
    return [];
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, reportIds, inheritedLogKey: reportIds.length > 0 ? known.logKeys.get(reportIds[0]) : undefined };
}
