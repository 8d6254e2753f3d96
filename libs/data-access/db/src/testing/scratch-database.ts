import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from '../data-source';

export interface ScratchDatabase {
  url: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database on a real PostgreSQL server, unique per call so parallel and repeated
 * runs never collide. For integration tests and benchmarks.
 */
export async function createScratchDatabase(serverUrl: string, prefix = 'sitrep_test'): Promise<ScratchDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = createDataSource({ url: serverUrl, poolSize: 1 });
  await admin.initialize();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dataSource = createDataSource({ url: url.toString(), poolSize: 20 });
  await dataSource.initialize();
  await runMigrations(dataSource);
  return {
    url: url.toString(),
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.destroy();
    },
  };
}
