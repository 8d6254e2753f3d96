import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations';

export interface DataSourceOptions {
  url: string;
  /** Connections in the pool; the embedded log holds one per subscription. */
  poolSize?: number;
  applicationName?: string;
}

/**
 * The one DataSource for Nest and the CLI, for the system PostgreSQL and the embedded one alike.
 * Schema changes only through reviewed migrations, run explicitly (`sitrep migrate`, and by
 * `npm start` in embedded mode): never synchronize.
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: [],
    migrations: MIGRATIONS,
    migrationsTableName: 'sitrep_migrations',
    migrationsRun: false,
    synchronize: false,
    logging: ['error', 'warn'],
    applicationName: options.applicationName ?? 'sitrep',
    extra: { max: options.poolSize ?? 20 },
  });
}

export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}

/** The database handle as the rest of Sitrep names it, without importing TypeORM. */
export type Database = DataSource;
