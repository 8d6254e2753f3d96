import { deriveLogKey, deriveReportId, REPORT_SCHEMA_VERSION, toCloudEventMessage, TOPICS, type AppendRecord, type ReportLog, type ReportRecorded, type ReportSubmission } from '@sitrep/contracts';
import { normalizeAdmin1, resolveActor, standardActorRegistry, type ActorRegistry } from '@sitrep/domain-places';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ReportGenerator, type GeneratorOptions } from '../generate/generate-reports';
import { REPO_ROOT } from '../infra/repo';

/** Ingest's CloudEvents source, so the records are indistinguishable from ingested ones. */
const INGEST_SOURCE = '/sitrep/ingest';
const UCDP_ACTORS = path.resolve(REPO_ROOT, '../shared/data/syria-2022/ucdp-actor-221.csv');

/**
 * Writes generated reports straight onto the log of record as the canonical records ingest would
 * append — the same contract functions (report id, log key, CloudEvents envelope) and the same
 * reference data (governorates, the seed + UCDP actor registry when its file is present) — through
 * Sitrep's own ReportLog adapter. It skips HTTP, validation and the ledger, which the ingest bench
 * measures, so that a million-report log takes a minute or two instead of most of an hour.
 */
export class LogFiller {
  private readonly registry: ActorRegistry;
  /** `${system}\0${nativeId}` → report id and log key, for corrections (bounded, oldest dropped). */
  private readonly known = new Map<string, { reportId: string; logKey: string }>();

  constructor(private readonly log: ReportLog) {
    this.registry = standardActorRegistry(existsSync(UCDP_ACTORS) ? readFileSync(UCDP_ACTORS, 'utf8') : null).registry;
  }

  async fill(count: number, generator: GeneratorOptions, onProgress: (written: number) => void, chunk = 1_000): Promise<{ written: number; seconds: number }> {
    const reports = new ReportGenerator({ expectedCount: count, ...generator });
    const receivedAt = new Date().toISOString();
    const t0 = performance.now();
    let written = 0;
    // Two appends in flight: one being built while the previous is acknowledged.
    let inFlight: Promise<unknown> = Promise.resolve();
    while (written < count) {
      const batch: AppendRecord[] = reports.take(Math.min(chunk, count - written)).map((s) => toCloudEventMessage(this.canonical(s, receivedAt), INGEST_SOURCE));
      await inFlight;
      inFlight = this.log.append(TOPICS.reports, batch);
      written += batch.length;
      onProgress(written);
    }
    await inFlight;
    return { written, seconds: (performance.now() - t0) / 1000 };
  }

  private canonical(submission: ReportSubmission, receivedAt: string): ReportRecorded {
    const targets = (submission.supersedes ?? []).map((nativeId) => this.known.get(`${submission.sourceSystem}\u0000${nativeId}`));
    if (targets.some((t) => t === undefined)) throw new Error(`generated correction ${submission.nativeId} targets a report the filler has forgotten`);
    const resolved = targets as Array<{ reportId: string; logKey: string }>;
    const assertion = submission.assertion && {
      ...submission.assertion,
      location: { ...submission.assertion.location, ...this.canonicalAdmin1(submission.assertion.location) },
      participants: submission.assertion.participants.map((p) => {
        const actorId = resolveActor(this.registry, p.nameAsReported)?.id;
        return actorId ? { ...p, actorId } : p;
      }),
    };
    const record: ReportRecorded = {
      ...submission,
      ...(assertion ? { assertion } : {}),
      reportId: deriveReportId(submission.sourceSystem, submission.nativeId, submission.nativeRevision),
      schemaVersion: REPORT_SCHEMA_VERSION,
      receivedAt,
      logKey: resolved[0]?.logKey ?? (assertion ? deriveLogKey(assertion) : `${submission.sourceSystem}|${submission.nativeId}`),
      supersedesReportIds: resolved.map((t) => t.reportId),
    };
    this.known.set(`${submission.sourceSystem}\u0000${submission.nativeId}`, { reportId: record.reportId, logKey: record.logKey });
    if (this.known.size > 250_000) this.known.delete(this.known.keys().next().value as string);
    return record;
  }

  private canonicalAdmin1(location: { country: { iso3: string }; admin1?: string }): { canonicalAdmin1?: string } {
    const name = location.admin1 ? normalizeAdmin1(location.country.iso3, location.admin1)?.name : undefined;
    return name ? { canonicalAdmin1: name } : {};
  }
}
