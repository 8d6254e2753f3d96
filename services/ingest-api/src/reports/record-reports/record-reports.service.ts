import { Inject, Injectable } from '@nestjs/common';
import {
  LogUnavailableError,
  REPORT_LOG,
  TOPICS,
  toCloudEventMessage,
  validateSubmission,
  type LogPosition,
  type ReportLog,
  type ReportRecorded,
  type ReportSubmission,
} from '@sitrep/contracts';
import { ReportLedgerStore, type ClaimOutcome } from '@sitrep/db';
import { INGEST_SETTINGS, type IngestSettings } from '../../ingest-settings';
import { NORMALIZER } from '../../reference-data/normalizer.token';
import { AppendBounds } from './append-bounds';
import { isDatabaseUnavailable } from './database-unavailable';
import { findOnLog } from './find-on-log';
import { prepareReport, type Normalizer } from './prepare-report';
import { IngestUnavailableError, type RecordOutcome } from './record-outcome';
import { correctionTargets, nativeKey, resolveCorrections, type KnownReports } from './resolve-corrections';

export const CLOUDEVENT_SOURCE = '/sitrep/ingest';

/**
 * The one way onto the log of record, for HTTP and the inbound topic alike: validate, normalise,
 * claim in the ledger (with where the append will land), append, mark. Invalid items are never
 * appended; a report already recorded is never appended again, not even when an attempt died
 * between its append and its mark (the one that takes its claim over finds it on the log first).
 */
@Injectable()
export class RecordReportsService {
  /** Where appends will land, recorded with each claim so that a takeover can look there first. */
  private readonly bounds: AppendBounds;
  constructor(
    @Inject(REPORT_LOG) private readonly log: ReportLog,
    private readonly ledger: ReportLedgerStore,
    @Inject(NORMALIZER) private readonly normalizer: Normalizer,
    @Inject(INGEST_SETTINGS) private readonly settings: IngestSettings,
  ) {
    this.bounds = new AppendBounds(() => this.log.endOffsets(TOPICS.reports));
  }

  /** A ledger that cannot be reached right now is a 503 (retry), like the log: nothing the client did wrong. */
  async record(inputs: unknown[], now = new Date()): Promise<RecordOutcome[]> {
    try {
      return await this.recordAll(inputs, now);
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw new IngestUnavailableError(5, `the ledger's database is unavailable: ${String(error)}`);
      throw error;
    }
  }

  private async recordAll(inputs: unknown[], now: Date): Promise<RecordOutcome[]> {
    const outcomes: RecordOutcome[] = [];
    const valid: Array<{ index: number; submission: ReportSubmission }> = [];
    inputs.forEach((input, index) => {
      const result = validateSubmission(input, now);
      if (result.ok) valid.push({ index, submission: result.value });
      else outcomes.push({ index, status: 'rejected', issues: result.issues });
    });
    const known = await this.knownReports(valid.map((v) => v.submission));
    const prepared: Array<{ index: number; record: ReportRecorded }> = [];
    for (const { index, submission } of valid) {
      const resolution = resolveCorrections(submission, known);
      if (!resolution.ok) {
        outcomes.push({ index, status: 'rejected', issues: resolution.issues });
        continue;
      }
      const record = prepareReport(submission, {
        receivedAt: now.toISOString(),
        normalizer: this.normalizer,
        supersedesReportIds: resolution.reportIds,
        inheritedLogKey: resolution.inheritedLogKey,
      });
      known.logKeys.set(record.reportId, record.logKey);
      known.byNativeId.set(nativeKey(record.sourceSystem, record.nativeId), record.reportId);
      prepared.push({ index, record });
    }
    outcomes.push(...(await this.append(prepared)));
    return outcomes.sort((a, b) => a.index - b.index);
  }

  private async append(prepared: Array<{ index: number; record: ReportRecorded }>): Promise<RecordOutcome[]> {
    const firstOf = new Map<string, { index: number; record: ReportRecorded }>();
    for (const item of prepared) if (!firstOf.has(item.record.reportId)) firstOf.set(item.record.reportId, item);
    const unique = [...firstOf.values()].map((u) => u.record);
    const appendTo = await this.bounds.of(unique.map((r) => r.logKey)).catch((error: unknown) => {
      throw new IngestUnavailableError(5, `cannot read the log: ${String(error)}`);
    });
    const entries = unique.map((r, i) => ({ ...r, nativeRevision: r.nativeRevision ?? '', appendTo: appendTo[i] }));
    const claims = await this.ledger.claim(entries, this.settings.staleClaimSeconds);
    const onLog = await this.appendOnce(unique.filter((_, i) => claims[i].outcome === 'claimed'), claims);
    await this.ledger.markAppended([...onLog].map(([reportId, { position }]) => ({ reportId, position })));
    const byId = new Map(claims.map((c) => [c.reportId, c]));
    return prepared.map(({ index, record }): RecordOutcome => {
      const reportId = record.reportId;
      const here = onLog.get(reportId);
      if (here?.appendedHere && firstOf.get(reportId)?.index === index) return { index, status: 'accepted', reportId, position: here.position };
      const claim = byId.get(reportId);
      if (claim?.outcome === 'in_flight') return { index, status: 'retry', reportId };
      return { index, status: 'duplicate', reportId, position: claim?.outcome === 'appended' ? claim.position : here?.position };
    });
  }

  /**
   * Appends the claimed reports, except those an earlier attempt (whose claim we took over) did
   * append after all: they are found on the log where it recorded they would land, and kept there.
   */
  private async appendOnce(claimed: ReportRecorded[], claims: ClaimOutcome[]): Promise<Map<string, { position: LogPosition; appendedHere: boolean }>> {
    const lookups = claims.flatMap((c) => (c.outcome === 'claimed' && c.lookFrom ? [{ reportId: c.reportId, lookFrom: c.lookFrom }] : []));
    const earlier = lookups.length === 0 ? new Map<string, LogPosition>() : await findOnLog(this.log, lookups).catch((error: unknown) => Promise.reject(unavailable(error)));
    const fresh = claimed.filter((r) => !earlier.has(r.reportId));
    const positions = await this.appendClaimed(fresh);
    const onLog = new Map<string, { position: LogPosition; appendedHere: boolean }>();
    for (const [reportId, position] of earlier) onLog.set(reportId, { position, appendedHere: false });
    fresh.forEach((r, i) => onLog.set(r.reportId, { position: positions[i], appendedHere: true }));
    return onLog;
  }

  private async appendClaimed(records: ReportRecorded[]): Promise<LogPosition[]> {
    try {
      return await this.log.append(TOPICS.reports, records.map((r) => toCloudEventMessage(r, CLOUDEVENT_SOURCE)));
    } catch (error) {
      // Certainly nothing written: the claims go, and a retry appends at once. Maybe written (a
      // timeout, a lost answer): the claims stay; once stale, whoever takes them over looks first.
      const unknownOutcome = error instanceof LogUnavailableError && error.mayHaveWritten;
      if (!unknownOutcome) await this.ledger.release(records.map((r) => r.reportId)).catch(() => undefined);
      throw unavailable(error);
    }
  }

  private async knownReports(submissions: ReportSubmission[]): Promise<KnownReports> {
    const reportIds = submissions.flatMap((s) => correctionTargets(s).reportIds);
    const bySystem = new Map<string, string[]>();
    for (const s of submissions) bySystem.set(s.sourceSystem, [...(bySystem.get(s.sourceSystem) ?? []), ...correctionTargets(s).nativeIds]);
    const byNativeId = new Map<string, string>();
    for (const [system, nativeIds] of bySystem) {
      for (const [nativeId, reportId] of await this.ledger.latestByNativeId(system, nativeIds)) byNativeId.set(nativeKey(system, nativeId), reportId);
    }
    const logKeys = await this.ledger.logKeys([...reportIds, ...byNativeId.values()]);
    return { logKeys, byNativeId };
  }
}

function unavailable(error: unknown): Error {
  return error instanceof LogUnavailableError ? new IngestUnavailableError(5, error.message) : (error as Error);
}
