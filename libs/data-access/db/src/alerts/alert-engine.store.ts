import type { DataSource } from 'typeorm';
import { AlertEngineSession } from './alert-engine.session';

/** Hands the alert engine its dedicated sessions (services never see TypeORM). */
export class AlertEngineStore {
  constructor(private readonly db: DataSource) {}

  openSession(): Promise<AlertEngineSession> {
    return AlertEngineSession.open(this.db);
  }
}
