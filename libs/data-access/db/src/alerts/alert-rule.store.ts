import { notifyOnCommit, WAKE_CHANNELS } from '../wakeups/pg-wakeups';
import type { AlertRule } from '@sitrep/domain-alerting';
import type { DataSource } from 'typeorm';
import { isoOrNull, isoSql, rowsOf, type SqlExecutor } from '../webhooks/sql-executor';
import type { RuleChange, RuleRevision, StoredRule } from './alert-rule.types';
import { foldRuleChange } from './fold-rule-change';

/** One record of the rules topic as the projection hands it over: parsed, or null when it could not be. */
export interface RuleChangeRecord {
  offset: string;
  change: RuleChange | null;
}

export interface AppliedRuleChanges {
  nextOffset: string;
  applied: string[];
  refused: Array<{ changeId: string; reason: string }>;
}

/** Where the engine is with a rule: the epoch it warmed up for, when, on how many changes. */
export interface RuleEngineStatus {
  ruleVersion: number;
  epoch: number;
  warmedUpAt: string;
  warmUpChanges: number;
}

export interface RuleListing {
  rule: StoredRule;
  engine: RuleEngineStatus | null;
}

interface RuleRow {
  id: string; version: number; revision: number; epoch: number; enabled: boolean; deleted: boolean; definition: AlertRule;
  created_at: string; created_by: string | null; updated_at: string; updated_by: string | null;
}

const RULE_COLUMNS = `r.id, r.version, r.revision, r.epoch, r.enabled, r.deleted, r.definition, ${isoSql('r.created_at')} AS created_at, r.created_by,
  ${isoSql('r.updated_at')} AS updated_at, r.updated_by`;
const ENGINE_COLUMNS = `s.rule_version AS s_rule_version, s.epoch AS s_epoch, ${isoSql('s.warmed_up_at')} AS s_warmed_up_at, s.warm_up_changes AS s_warm_up_changes`;
const REVISION_COLUMNS = `revision, version, change, change_id::text AS change_id, definition, diff, changed_by, ${isoSql('changed_at')} AS changed_at`;

/**
 * Alert rules as projected from the rules topic (the log is their truth: this is rebuildable), and
 * their audit trail. The projection applies each batch of the topic in one transaction with its
 * stored position, so every change is applied exactly once, in log order.
 */
export class AlertRuleStore {
  constructor(private readonly db: DataSource) {}

  applyChanges(topic: string, partition: number, records: RuleChangeRecord[]): Promise<AppliedRuleChanges> {
    return this.db.transaction(async (m) => {
      await m.query(`INSERT INTO alert_rules_position (topic, partition, next_offset) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING`, [topic, partition]);
      const [{ next_offset: stored }] = rowsOf<{ next_offset: string }>(
        await m.query(`SELECT next_offset::text AS next_offset FROM alert_rules_position WHERE topic = $1 AND partition = $2 FOR UPDATE`, [topic, partition]),
      );
      const fresh = records.filter((r) => BigInt(r.offset) >= BigInt(stored));
      const outcome: AppliedRuleChanges = { nextOffset: stored, applied: [], refused: [] };
      for (const record of fresh) {
        if (record.change !== null) await applyOne(m, record, partition, outcome);
      }
      const last = fresh.at(-1);
      if (last !== undefined) {
        outcome.nextOffset = (BigInt(last.offset) + 1n).toString();
        await m.query(`UPDATE alert_rules_position SET next_offset = $3, updated_at = now() WHERE topic = $1 AND partition = $2`, [topic, partition, outcome.nextOffset]);
      }
      // The engine starts or retires rules in its next batch: wake it for that.
      if (outcome.applied.length > 0) await notifyOnCommit(m, WAKE_CHANNELS.alertEngine);
      return outcome;
    });
  }

  async storedPosition(topic: string, partition: number): Promise<string> {
    const rows: Array<{ next_offset: string }> = await this.db.query(
      `SELECT next_offset::text AS next_offset FROM alert_rules_position WHERE topic = $1 AND partition = $2`,
      [topic, partition],
    );
    return rows[0]?.next_offset ?? '0';
  }

  /** Rules not deleted, oldest first, with where the engine is with each. */
  async list(): Promise<RuleListing[]> {
    const rows: Array<RuleRow & EngineRow> = await this.db.query(
      `SELECT ${RULE_COLUMNS}, ${ENGINE_COLUMNS} FROM alert_rule r LEFT JOIN alert_rule_state s ON s.rule_id = r.id
       WHERE NOT r.deleted ORDER BY r.created_at, r.id`,
    );
    return rows.map((row) => ({ rule: toStoredRule(row), engine: toEngineStatus(row) }));
  }

  /** The rule, deleted or not; null when it never existed. */
  async get(id: string): Promise<RuleListing | null> {
    const rows: Array<RuleRow & EngineRow> = await this.db.query(
      `SELECT ${RULE_COLUMNS}, ${ENGINE_COLUMNS} FROM alert_rule r LEFT JOIN alert_rule_state s ON s.rule_id = r.id WHERE r.id = $1`,
      [id],
    );
    return rows.length === 0 ? null : { rule: toStoredRule(rows[0]), engine: toEngineStatus(rows[0]) };
  }

  /** Every change applied to the rule, oldest first: who, when, what. */
  async history(id: string): Promise<RuleRevision[]> {
    const rows: RevisionRow[] = await this.db.query(`SELECT ${REVISION_COLUMNS} FROM alert_rule_version WHERE rule_id = $1 ORDER BY revision`, [id]);
    return rows.map(toRevision);
  }

  /** The revision a change made, or null when it was not applied (refused, or not projected yet). */
  async revisionOf(changeId: string): Promise<RuleRevision | null> {
    const rows: RevisionRow[] = await this.db.query(`SELECT ${REVISION_COLUMNS} FROM alert_rule_version WHERE change_id = $1`, [changeId]);
    return rows.length === 0 ? null : toRevision(rows[0]);
  }
}

async function applyOne(m: SqlExecutor, record: RuleChangeRecord, partition: number, outcome: AppliedRuleChanges): Promise<void> {
  const change = record.change as RuleChange;
  const rows = rowsOf<RuleRow>(await m.query(`SELECT ${RULE_COLUMNS} FROM alert_rule r WHERE r.id = $1 FOR UPDATE`, [change.ruleId]));
  const folded = foldRuleChange(rows.length === 0 ? null : toStoredRule(rows[0]), change);
  if (!folded.ok) {
    outcome.refused.push({ changeId: change.changeId, reason: folded.reason });
    return;
  }
  const { rule: r, revision: v } = folded;
  await m.query(
    `INSERT INTO alert_rule (id, version, revision, epoch, name, severity, kind, enabled, deleted, definition, created_at, created_by, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13, $14)
     ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, revision = EXCLUDED.revision, epoch = EXCLUDED.epoch, name = EXCLUDED.name,
       severity = EXCLUDED.severity, kind = EXCLUDED.kind, enabled = EXCLUDED.enabled, deleted = EXCLUDED.deleted,
       definition = EXCLUDED.definition, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
    [r.id, r.version, r.revision, r.epoch, r.rule.name, r.rule.severity, r.rule.kind, r.enabled, r.deleted, JSON.stringify(r.rule), r.createdAt, r.createdBy, r.updatedAt, r.updatedBy],
  );
  await m.query(
    `INSERT INTO alert_rule_version (rule_id, revision, version, change, change_id, definition, diff, changed_by, changed_at, log_partition, log_offset)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9, $10, $11)`,
    [r.id, v.revision, v.version, v.change, v.changeId, JSON.stringify(v.rule), JSON.stringify(v.diff), v.changedBy, v.changedAt, partition, record.offset],
  );
  outcome.applied.push(change.changeId);
}

interface EngineRow {
  s_rule_version: number | null;
  s_epoch: number | null;
  s_warmed_up_at: string | null;
  s_warm_up_changes: number | null;
}

interface RevisionRow {
  revision: number; version: number; change: RuleRevision['change']; change_id: string; definition: AlertRule;
  diff: RuleRevision['diff']; changed_by: string | null; changed_at: string;
}

export function toStoredRule(row: RuleRow): StoredRule {
  return {
    id: row.id, version: row.version, revision: row.revision, epoch: row.epoch, enabled: row.enabled, deleted: row.deleted, rule: row.definition,
    createdAt: isoOrNull(row.created_at) as string, createdBy: row.created_by, updatedAt: isoOrNull(row.updated_at) as string, updatedBy: row.updated_by,
  };
}

function toEngineStatus(row: EngineRow): RuleEngineStatus | null {
  if (row.s_epoch === null || row.s_rule_version === null || row.s_warmed_up_at === null) return null;
  return { ruleVersion: row.s_rule_version, epoch: row.s_epoch, warmedUpAt: row.s_warmed_up_at, warmUpChanges: row.s_warm_up_changes ?? 0 };
}

function toRevision(row: RevisionRow): RuleRevision {
  return {
    revision: row.revision, version: row.version, change: row.change, changeId: row.change_id, rule: row.definition,
    diff: row.diff, changedBy: row.changed_by, changedAt: row.changed_at,
  };
}
