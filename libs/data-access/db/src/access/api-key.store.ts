import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';

export type Scope = 'ingest' | 'read' | 'admin';

export interface ApiKeyInfo {
  id: string;
  name: string;
  scopes: Scope[];
  createdAt: string;
  createdBy?: string;
  revokedAt?: string;
  lastUsedAt?: string;
}

/** A key is `sk_<id>.<secret>`: the id finds the row, the secret is compared by hash. */
const KEY_FORMAT = /^sk_([a-z0-9]{12})\.([A-Za-z0-9_-]{43})$/;
const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** A fresh key: 48 bits of id, 256 bits of secret. */
export function generateApiKey(): string {
  return `sk_${randomBytes(6).toString('hex')}.${randomBytes(32).toString('base64url')}`;
}

export class ApiKeyStore {
  constructor(private readonly db: DataSource) {}

  /** Creates a key; the plaintext is returned once and never stored. */
  async create(name: string, scopes: Scope[], createdBy?: string, fixedKey?: string): Promise<{ key: string; info: ApiKeyInfo }> {
    const key = fixedKey ?? generateApiKey();
    const match = KEY_FORMAT.exec(key);
    if (!match) throw new Error('an API key must look like sk_<12 lowercase letters or digits>.<43 base64url characters>');
    await this.db.query(
      `INSERT INTO api_key (id, name, scopes, secret_sha256, created_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO NOTHING`,
      [match[1], name, scopes, sha256(match[2]), createdBy ?? null],
    );
    const info = await this.find(match[1]);
    if (!info) throw new Error('api key was not stored');
    return { key, info };
  }

  /** The key's identity when it is valid and not revoked; null otherwise (timing-safe compare). */
  async verify(key: string): Promise<{ id: string; scopes: Scope[] } | null> {
    const match = KEY_FORMAT.exec(key);
    if (!match) return null;
    const [row] = await this.db.query(`SELECT id, scopes, secret_sha256 FROM api_key WHERE id = $1 AND revoked_at IS NULL`, [match[1]]);
    if (!row || !timingSafeEqual(row.secret_sha256 as Buffer, sha256(match[2]))) return null;
    return { id: row.id, scopes: row.scopes };
  }

  async touch(id: string): Promise<void> {
    await this.db.query(`UPDATE api_key SET last_used_at = now() WHERE id = $1`, [id]);
  }

  async list(): Promise<ApiKeyInfo[]> {
    const rows = await this.db.query(`SELECT ${COLUMNS} FROM api_key ORDER BY created_at`);
    return rows.map(toInfo);
  }

  async find(id: string): Promise<ApiKeyInfo | null> {
    const [row] = await this.db.query(`SELECT ${COLUMNS} FROM api_key WHERE id = $1`, [id]);
    return row ? toInfo(row) : null;
  }

  async revoke(id: string): Promise<boolean> {
    const rows = await this.db.query(`UPDATE api_key SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id`, [id]);
    return (Array.isArray(rows[0]) ? rows[0] : rows).length > 0;
  }

  async count(): Promise<number> {
    const [row] = await this.db.query(`SELECT count(*)::int AS n FROM api_key WHERE revoked_at IS NULL`);
    return row.n;
  }
}

const COLUMNS = `id, name, scopes, created_by,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
  to_char(revoked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS revoked_at,
  to_char(last_used_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS last_used_at`;

function toInfo(row: Record<string, unknown>): ApiKeyInfo {
  return {
    id: row.id as string,
    name: row.name as string,
    scopes: row.scopes as Scope[],
    createdAt: row.created_at as string,
    ...(row.created_by ? { createdBy: row.created_by as string } : {}),
    ...(row.revoked_at ? { revokedAt: row.revoked_at as string } : {}),
    ...(row.last_used_at ? { lastUsedAt: row.last_used_at as string } : {}),
  };
}
