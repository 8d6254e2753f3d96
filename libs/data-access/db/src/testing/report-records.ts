import { exampleRecorded, exampleSubmission, type Fatalities, type ReportRecorded, type RetractReason, type SourceSystem } from '@sitrep/contracts';

/** What a test says about a report; the rest is the al-Sina'a prison attack of 20 January 2022. */
export interface ReportSpec {
  nativeId: string;
  /** Default `manual`. Reports of one source system with different native ids never merge. */
  sourceSystem?: SourceSystem;
  /** When Sitrep received it (default 20 Jan 2022, 18:00 UTC). */
  receivedAt?: string;
  /** Occurred day (YYYY-MM-DD). */
  day?: string;
  placeName?: string;
  /** Names as reported, as actor1, actor2, … */
  actors?: string[];
  fatalities?: Fatalities;
  eventType?: string;
}

const DEFAULT_RECEIVED_AT = '2022-01-20T18:00:00.000Z';

/**
 * An assert record as ingest would put it on the log (valid for parseReportRecorded). Reports of
 * one day and place with a common actor describe one incident; vary the day or the actors to keep
 * incidents apart.
 */
export function assertedReport(spec: ReportSpec, revision = '1'): ReportRecorded {
  const receivedAt = spec.receivedAt ?? DEFAULT_RECEIVED_AT;
  const submission = exampleSubmission();
  const assertion = submission.assertion!;
  const day = spec.day ?? '2022-01-20';
  assertion.occurred = { start: day, end: day, precision: 'day' };
  if (spec.placeName !== undefined) assertion.location.placeName = spec.placeName;
  if (spec.actors !== undefined) assertion.participants = spec.actors.map((name, i) => ({ role: i % 2 === 0 ? 'actor1' : 'actor2', nameAsReported: name }));
  if (spec.fatalities !== undefined) assertion.fatalities = spec.fatalities;
  if (spec.eventType !== undefined) assertion.classification.eventType = spec.eventType;
  submission.sources[0].publishedAt = receivedAt.slice(0, 10);
  return exampleRecorded({ ...submission, sourceSystem: spec.sourceSystem ?? 'manual', nativeId: spec.nativeId, nativeRevision: revision, reportedAt: receivedAt }, receivedAt);
}

/**
 * The source's next revision of a report, superseding it: same native id, next revision, the key
 * of the report it corrects (ingest makes a correction inherit it).
 */
export function correctingReport(target: ReportRecorded, changes: Omit<ReportSpec, 'nativeId'> & { receivedAt: string }): ReportRecorded {
  const revision = String(Number(target.nativeRevision ?? '1') + 1);
  const previous = target.assertion!;
  const corrected = assertedReport(
    {
      day: previous.occurred.start,
      placeName: previous.location.placeName,
      actors: previous.participants.map((p) => p.nameAsReported),
      fatalities: previous.fatalities,
      ...changes,
      sourceSystem: target.sourceSystem,
      nativeId: target.nativeId,
    },
    revision,
  );
  return { ...corrected, op: 'supersede', supersedes: [target.reportId], supersedesReportIds: [target.reportId], logKey: target.logKey };
}

/** A manual retraction of these reports (all on one log key: the first target's). */
export function retractingReport(targets: ReportRecorded[], spec: { nativeId: string; receivedAt: string; reason?: RetractReason }): ReportRecorded {
  const base = assertedReport({ nativeId: spec.nativeId, receivedAt: spec.receivedAt });
  const { assertion: _dropped, ...rest } = base;
  const ids = targets.map((t) => t.reportId);
  return { ...rest, op: 'retract', retractReason: spec.reason ?? 'erroneous', supersedes: ids, supersedesReportIds: ids, logKey: targets[0].logKey };
}
