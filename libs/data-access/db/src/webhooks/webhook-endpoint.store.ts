import type { DataSource } from 'typeorm';
import { isoOrNull, rowsOf } from './sql-executor';
import type { EndpointFilter, Severity, WebhookEndpoint } from './webhook.types';

export interface NewEndpoint {
  /** Chosen by the caller: the sealed secret is bound to it. */
  id: string;
  url: string;
  description: string;
  filter: EndpointFilter;
  secretSealed: Buffer;
  createdBy: string | null;
}

/** What PATCH may change; `enabled: true` also forgets the dead-delivery streak and the reason. */
export interface EndpointChanges {
  url?: string;
  description?: string;
  filter?: EndpointFilter;
  enabled?: boolean;
  disabledReason?: string;
}

const COLUMNS = `id::text, url, description, enabled, disabled_reason, disabled_at, filter_rule_ids, filter_min_severity,
  consecutive_dead, created_at, created_by, updated_at,
  CASE WHEN previous_secret_until > now() THEN previous_secret_until END AS previous_secret_until`;

/** Webhook endpoints: the receivers' URLs, their filters and their (sealed) signing secrets. */
export class WebhookEndpointStore {
  constructor(private readonly db: DataSource) {}

  async create(endpoint: NewEndpoint): Promise<WebhookEndpoint> {
    const rows: EndpointRow[] = await this.db.query(
      `INSERT INTO webhook_endpoint (id, url, description, filter_rule_ids, filter_min_severity, secret_sealed, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [endpoint.id, endpoint.url, endpoint.description, endpoint.filter.ruleIds ?? null, endpoint.filter.minSeverity ?? null, endpoint.secretSealed, endpoint.createdBy],
    );
    return toEndpoint(rows[0]);
  }

  async list(): Promise<WebhookEndpoint[]> {
    const rows: EndpointRow[] = await this.db.query(`SELECT ${COLUMNS} FROM webhook_endpoint ORDER BY created_at, id`);
    return rows.map(toEndpoint);
  }

  async get(id: string): Promise<WebhookEndpoint | null> {
    const rows: EndpointRow[] = await this.db.query(`SELECT ${COLUMNS} FROM webhook_endpoint WHERE id = $1`, [id]);
    return rows.length === 0 ? null : toEndpoint(rows[0]);
  }

  async update(id: string, changes: EndpointChanges): Promise<WebhookEndpoint | null> {
    const filter = changes.filter;
    const rows = rowsOf<EndpointRow>(
      await this.db.query(
        `UPDATE webhook_endpoint SET
           url = COALESCE($2, url),
           description = COALESCE($3, description),
           filter_rule_ids = CASE WHEN $4 THEN $5::text[] ELSE filter_rule_ids END,
           filter_min_severity = CASE WHEN $4 THEN $6 ELSE filter_min_severity END,
           enabled = COALESCE($7, enabled),
           disabled_at = CASE WHEN $7 IS NULL OR $7 = enabled THEN disabled_at WHEN $7 THEN NULL ELSE now() END,
           disabled_reason = CASE WHEN $7 IS NULL OR $7 = enabled THEN disabled_reason WHEN $7 THEN NULL ELSE $8 END,
           consecutive_dead = CASE WHEN $7 AND NOT enabled THEN 0 ELSE consecutive_dead END,
           updated_at = now()
         WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, changes.url ?? null, changes.description ?? null, filter !== undefined, filter?.ruleIds ?? null, filter?.minSeverity ?? null, changes.enabled ?? null, changes.disabledReason ?? 'disabled by an operator'],
      ),
    );
    return rows.length === 0 ? null : toEndpoint(rows[0]);
  }

  /** Removes the endpoint with its deliveries and their attempts; false when there was none. */
  async delete(id: string): Promise<boolean> {
    const rows = rowsOf<{ id: string }>(await this.db.query(`DELETE FROM webhook_endpoint WHERE id = $1 RETURNING id::text`, [id]));
    return rows.length > 0;
  }

  /**
   * Replaces the signing secret; the one it replaces still signs (beside the new one) until
   * `graceSeconds` have passed, so receivers can switch without dropping a delivery.
   */
  async rotateSecret(id: string, secretSealed: Buffer, graceSeconds: number): Promise<WebhookEndpoint | null> {
    const rows = rowsOf<EndpointRow>(
      await this.db.query(
        `UPDATE webhook_endpoint SET previous_secret_sealed = secret_sealed, secret_sealed = $2,
           previous_secret_until = now() + make_interval(secs => $3), updated_at = now()
         WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, secretSealed, graceSeconds],
      ),
    );
    return rows.length === 0 ? null : toEndpoint(rows[0]);
  }
}

interface EndpointRow {
  id: string;
  url: string;
  description: string;
  enabled: boolean;
  disabled_reason: string | null;
  disabled_at: Date | null;
  filter_rule_ids: string[] | null;
  filter_min_severity: Severity | null;
  consecutive_dead: number;
  created_at: Date;
  created_by: string | null;
  updated_at: Date;
  previous_secret_until: Date | null;
}

function toEndpoint(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    enabled: row.enabled,
    disabledReason: row.disabled_reason,
    disabledAt: isoOrNull(row.disabled_at),
    filter: { ...(row.filter_rule_ids ? { ruleIds: row.filter_rule_ids } : {}), ...(row.filter_min_severity ? { minSeverity: row.filter_min_severity } : {}) },
    consecutiveDead: row.consecutive_dead,
    createdAt: new Date(row.created_at).toISOString(),
    createdBy: row.created_by,
    updatedAt: new Date(row.updated_at).toISOString(),
    previousSecretValidUntil: isoOrNull(row.previous_secret_until),
  };
}
