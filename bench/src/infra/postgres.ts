import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { onCleanup } from './cleanup';

/** A database of its own per run on the system PostgreSQL, dropped afterwards (also on Ctrl-C). */
export class ScratchDatabase {
  private dropped = false;
  private readonly removeCleanup: () => void;

  private constructor(
    private readonly serverUrl: string,
    readonly name: string,
    readonly url: string,
  ) {
    this.removeCleanup = onCleanup(`database ${name}`, () => this.drop());
  }

  static async create(serverUrl: string, prefix: string): Promise<ScratchDatabase> {
    const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    await withClient(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return new ScratchDatabase(serverUrl, name, url.toString());
  }

  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return withClient(this.url, async (c) => (await c.query(sql, params)).rows as T[]);
  }

  /** A client held open for polling, so a poll costs one round trip and no connection set-up. */
  async connect(): Promise<Client> {
    const client = new Client({ connectionString: this.url, application_name: 'sitrep-bench' });
    // Dropping the database (cleanup, Ctrl-C) terminates this connection: not a crash.
    client.on('error', () => undefined);
    await client.connect();
    return client;
  }

  async drop(): Promise<void> {
    if (this.dropped) return;
    this.dropped = true;
    this.removeCleanup();
    await withClient(this.serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${this.name}" WITH (FORCE)`));
  }
}

export async function withClient<T>(url: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'sitrep-bench' });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
