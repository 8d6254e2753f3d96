import {
  deriveLogKey,
  deriveReportId,
  REPORT_SCHEMA_VERSION,
  type EventAssertion,
  type ReportRecorded,
  type ReportSubmission,
} from '@sitrep/contracts';

/** Reference data ingest applies beside what was reported (never instead of it). */
export interface Normalizer {
  canonicalAdmin1(iso3: string, asReported: string): string | undefined;
  actorId(nameAsReported: string): string | undefined;
}

export interface PrepareContext {
  receivedAt: string;
  normalizer: Normalizer;
  /** `supersedes` entries resolved to report ids, in order. */
  supersedesReportIds: string[];
  /** The log key of the first report this one corrects, when it corrects any. */
  inheritedLogKey?: string;
}

/**
 * A validated submission becomes a canonical record: its deterministic id, the canonical
 * governorate and actor ids beside the names as reported, and its log key.
 */
export function prepareReport(submission: ReportSubmission, context: PrepareContext): ReportRecorded {
  const assertion = submission.assertion && normalizeAssertion(submission.assertion, context.normalizer);
  return {
    ...submission,
    ...(assertion ? { assertion } : {}),
    reportId: deriveReportId(submission.sourceSystem, submission.nativeId, submission.nativeRevision),
    schemaVersion: REPORT_SCHEMA_VERSION,
    receivedAt: context.receivedAt,
    logKey: context.inheritedLogKey ?? (assertion ? deriveLogKey(assertion) : `${submission.sourceSystem}|${submission.nativeId}`),
    supersedesReportIds: context.supersedesReportIds,
  };
}

function normalizeAssertion(assertion: EventAssertion, normalizer: Normalizer): EventAssertion {
  const { location } = assertion;
  const canonicalAdmin1 = location.admin1 ? normalizer.canonicalAdmin1(location.country.iso3, location.admin1) : undefined;
  return {
    ...assertion,
    location: canonicalAdmin1 ? { ...location, canonicalAdmin1 } : location,
    participants: assertion.participants.map((p) => {
      const actorId = p.actorId ?? normalizer.actorId(p.nameAsReported);
      return actorId ? { ...p, actorId } : p;
    }),
  };
}
