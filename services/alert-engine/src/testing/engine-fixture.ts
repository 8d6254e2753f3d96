import type { ReportRecorded } from '@sitrep/contracts';
import { IncidentProjectionStore, type ScratchDatabase } from '@sitrep/db';
import { createRunningRule } from '@sitrep/testing';
import { call, waitFor } from './http';

export const INPUT_TOPIC = 'sitrep.reports.v1';

/**
 * Drives the engine the way the stream processor does: records applied to the live read model by
 * the real projection store (role live), which hands the changes over; then waits for the engine.
 */
export class EngineFixture {
  private readonly projection: IncidentProjectionStore;
  private readonly next = new Map<number, number>();

  constructor(private readonly db: ScratchDatabase) {
    this.projection = new IncidentProjectionStore(db.dataSource);
  }

  /** Applies the records in order on one partition, one batch each. */
  async feed(records: ReportRecorded[], partition = 0): Promise<void> {
    for (const record of records) {
      const offset = this.next.get(partition) ?? 0;
      this.next.set(partition, offset + 1);
      await this.projection.applyBatch('rm_1', { topic: INPUT_TOPIC, partition, records: [{ offset: String(offset), record }] }, { role: 'live' });
    }
  }

  /** Waits until the engine has evaluated every change handed over. */
  async settled(timeoutMs = 30_000): Promise<void> {
    await waitFor('the engine to evaluate every change', async () => (await this.pending()) === 0, timeoutMs);
  }

  async pending(): Promise<number> {
    const [{ n }] = (await this.db.dataSource.query(
      `SELECT count(*)::int AS n FROM alert_input a LEFT JOIN alert_input_position p ON p.source_topic = a.source_topic AND p.source_partition = a.source_partition
       WHERE p.source_topic IS NULL OR (a.source_offset, a.seq) >= (p.next_offset, p.next_seq)`,
    )) as Array<{ n: number }>;
    return n;
  }

  /** Creates a rule through the API and waits until the engine runs it (warmed up). */
  async createRule(baseUrl: string, body: Record<string, unknown>, key?: string): Promise<string> {
    return (await createRunningRule(baseUrl, body, { apiKey: key })).id;
  }

  async running(baseUrl: string, id: string, key?: string): Promise<void> {
    await waitFor(`rule ${id} to run`, async () => {
      const { json } = await call(baseUrl, 'GET', `/v1/rules/${id}`, undefined, key);
      return (json.engine as { state?: string } | undefined)?.state === 'running';
    });
  }

  /** Every alert event: `<type> <outcome> <rule>` in order. */
  async events(): Promise<string[]> {
    const rows = (await this.db.dataSource.query(`SELECT type, notification, rule_id FROM alert_event ORDER BY id`)) as Array<{ type: string; notification: string; rule_id: string }>;
    return rows.map((r) => `${r.type} ${r.notification} ${r.rule_id}`);
  }

  /** Notifications in the webhook outbox: `<type> <rule>` with their payloads. */
  async notifications(): Promise<Array<{ id: string; type: string; ruleId: string; payload: Record<string, unknown> }>> {
    const rows = (await this.db.dataSource.query(`SELECT id, type, rule_id, payload FROM notification ORDER BY created_at, id`)) as Array<{ id: string; type: string; rule_id: string; payload: Record<string, unknown> }>;
    return rows.map((r) => ({ id: r.id, type: r.type, ruleId: r.rule_id, payload: r.payload }));
  }
}
