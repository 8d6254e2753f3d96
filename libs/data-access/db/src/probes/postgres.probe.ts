import type { DataSource } from 'typeorm';

export function postgresProbe(db: DataSource) {
  return { name: 'postgresql', check: async () => void (await db.query('SELECT 1')) };
}
