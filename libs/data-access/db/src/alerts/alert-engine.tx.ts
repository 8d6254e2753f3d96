import type { ChangeToEvaluate, Silence } from '@sitrep/domain-alerting';
import type { Incident } from '@sitrep/domain-incidents';
import { assertReadModelSchema } from '../read-models/read-model-ddl';
import { enqueueNotification, type EnqueueOutcome, type NotificationInput } from '../webhooks/enqueue-notification';
import { rowsOf, type SqlExecutor } from '../webhooks/sql-executor';
import type { AlertHead, AlertInput, RecordedAlertEvent, RuleStateHead, RuleStateRecord } from './alert-engine.types';
import { alertHeads, recordAlertEvents } from './alert-event.writer';
import { moveInputPositions, readPendingInput } from './alert-input.reader';
import { toStoredRule } from './alert-rule.store';
import type { StoredRule } from './alert-rule.types';
import { activeSilences } from './alert-silence.store';
import { incidentsById, recentIncidentChanges } from './incident-changes';
import { mergeInputs } from './merge-inputs';
import { addToNotificationGroups, deleteNotificationGroups, groupedAlertEvents, openNotificationGroups, type GroupedAlertEvent, type OpenNotificationGroup } from './notification-group.store';

/**
 * Everything the alert engine reads and writes in one batch, inside one transaction on the
 * session that holds the engine's lock: rules and their states, the pending input, alerts and
 * events, notifications (through the webhook outbox) and positions commit together or not at all.
 */
export class AlertEngineTx {
  constructor(private readonly m: SqlExecutor) {}

  async liveSchema(): Promise<string> {
    const [row] = rowsOf<{ live_schema: string }>(await this.m.query(`SELECT live_schema FROM sitrep_read_model WHERE name = 'main'`));
    if (row === undefined) throw new Error('sitrep_read_model has no main row: run the migrations');
    return assertReadModelSchema(row.live_schema);
  }

  /** Every rule, deleted and disabled ones included (their states may need retiring). */
  async rules(): Promise<StoredRule[]> {
    const rows = rowsOf<Parameters<typeof toStoredRule>[0]>(
      await this.m.query(
        `SELECT r.id, r.version, r.revision, r.epoch, r.enabled, r.deleted, r.definition, r.created_at, r.created_by, r.updated_at, r.updated_by
         FROM alert_rule r ORDER BY r.id`,
      ),
    );
    return rows.map(toStoredRule);
  }

  /** What is stored per rule, without the states themselves: enough to see whether anything changed. */
  async stateHeads(): Promise<RuleStateHead[]> {
    const rows = rowsOf<{ rule_id: string; rule_version: number; epoch: number }>(await this.m.query(`SELECT rule_id, rule_version, epoch FROM alert_rule_state ORDER BY rule_id`));
    return rows.map((r) => ({ ruleId: r.rule_id, ruleVersion: r.rule_version, epoch: r.epoch }));
  }

  async states(): Promise<RuleStateRecord[]> {
    const rows = rowsOf<{ rule_id: string; rule_version: number; epoch: number; state: RuleStateRecord['state']; ledger: RuleStateRecord['ledger']; warmed_up_at: Date; warm_up_changes: number }>(
      await this.m.query(`SELECT rule_id, rule_version, epoch, state, ledger, warmed_up_at, warm_up_changes FROM alert_rule_state ORDER BY rule_id`),
    );
    return rows.map((r) => ({
      ruleId: r.rule_id, ruleVersion: r.rule_version, epoch: r.epoch, state: r.state, ledger: r.ledger,
      warmedUpAt: new Date(r.warmed_up_at).toISOString(), warmUpChanges: r.warm_up_changes,
    }));
  }

  async saveStates(states: readonly RuleStateRecord[]): Promise<void> {
    if (states.length === 0) return;
    const rows = states.map((s) => ({
      rule_id: s.ruleId, rule_version: s.ruleVersion, epoch: s.epoch, state: s.state, ledger: s.ledger, warmed_up_at: s.warmedUpAt, warm_up_changes: s.warmUpChanges,
    }));
    await this.m.query(
      `INSERT INTO alert_rule_state (rule_id, rule_version, epoch, state, ledger, warmed_up_at, warm_up_changes)
       SELECT rule_id, rule_version, epoch, state, ledger, warmed_up_at, warm_up_changes
       FROM jsonb_to_recordset($1::jsonb) AS r(rule_id text, rule_version int, epoch int, state jsonb, ledger jsonb, warmed_up_at timestamptz, warm_up_changes int)
       ON CONFLICT (rule_id) DO UPDATE SET rule_version = EXCLUDED.rule_version, epoch = EXCLUDED.epoch, state = EXCLUDED.state,
         ledger = EXCLUDED.ledger, warmed_up_at = EXCLUDED.warmed_up_at, warm_up_changes = EXCLUDED.warm_up_changes, updated_at = now()`,
      [JSON.stringify(rows)],
    );
  }

  async deleteStates(ruleIds: readonly string[]): Promise<void> {
    if (ruleIds.length > 0) await this.m.query(`DELETE FROM alert_rule_state WHERE rule_id = ANY($1::text[])`, [[...ruleIds]]);
  }

  activeSilences(now: string): Promise<Silence[]> {
    return activeSilences(this.m, now);
  }

  /** Up to `limit` pending changes, interleaved across partitions by received time. */
  async pendingInput(limit: number): Promise<AlertInput[]> {
    return mergeInputs(await readPendingInput(this.m, limit), limit);
  }

  moveInputPositions(consumed: readonly AlertInput[]): Promise<void> {
    return moveInputPositions(this.m, consumed);
  }

  recentChanges(schema: string, spanMs: number): Promise<ChangeToEvaluate[]> {
    return recentIncidentChanges(this.m, schema, spanMs);
  }

  incidents(schema: string, ids: readonly string[]): Promise<Incident[]> {
    return incidentsById(this.m, schema, ids);
  }

  alertHeads(fingerprints: readonly string[]): Promise<Map<string, AlertHead>> {
    return alertHeads(this.m, fingerprints);
  }

  recordEvents(heads: ReadonlyMap<string, AlertHead>, events: readonly RecordedAlertEvent[]): Promise<void> {
    return recordAlertEvents(this.m, heads, events);
  }

  /** Into the webhook outbox, in this transaction: idempotent by the notification's id. */
  enqueue(notification: NotificationInput): Promise<EnqueueOutcome> {
    return enqueueNotification(this.m, notification);
  }

  /** The open notification groups, locked for this batch. */
  openGroups(): Promise<OpenNotificationGroup[]> {
    return openNotificationGroups(this.m);
  }

  addToGroups(groups: readonly OpenNotificationGroup[]): Promise<void> {
    return addToNotificationGroups(this.m, groups);
  }

  deleteGroups(ids: readonly string[]): Promise<void> {
    return deleteNotificationGroups(this.m, ids);
  }

  groupedEvents(eventIds: readonly string[]): Promise<GroupedAlertEvent[]> {
    return groupedAlertEvents(this.m, eventIds);
  }
}
