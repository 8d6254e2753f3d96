import { afterEach, beforeEach } from '@jest/globals';
import type { ReportLog } from '@sitrep/contracts';
import { createScratchDatabase, type ScratchDatabase } from '@sitrep/db';
import type { AlertEngineSettings } from '../alert-engine-settings';
import { ensureAlertTopics, openTestLog, startAlertEngineHarness, testAlertSettings, type AlertEngineHarness } from './alert-engine.harness';
import { EngineFixture } from './engine-fixture';

export interface EngineTestContext {
  readonly db: ScratchDatabase;
  readonly log: ReportLog;
  readonly settings: AlertEngineSettings;
  readonly fixture: EngineFixture;
  /** Starts an alert engine (API and, unless turned off, the engine loop); closed after the test. */
  start(overrides?: Partial<AlertEngineSettings>): Promise<AlertEngineHarness>;
}

/**
 * Per test: a scratch database with the migrations, the embedded log with the alert topics, and
 * the fixture that feeds the engine like the stream processor does; everything started is closed
 * and dropped after the test. Call inside a `describe`; `databaseUrl` is the test server's.
 */
export function useEngineTestContext(name: string, databaseUrl: () => string): EngineTestContext {
  const harnesses: AlertEngineHarness[] = [];
  let current: Omit<EngineTestContext, 'start'> | undefined;
  const get = () => {
    if (current === undefined) throw new Error('the engine test context exists only inside a test');
    return current;
  };

  beforeEach(async () => {
    const db = await createScratchDatabase(databaseUrl());
    const log = openTestLog('embedded', [], db.dataSource, `${name}-test`);
    const settings = testAlertSettings(name);
    await ensureAlertTopics(log, settings);
    current = { db, log, settings, fixture: new EngineFixture(db) };
  });
  afterEach(async () => {
    for (const h of harnesses.splice(0)) await h.close().catch(() => undefined);
    const ended = current;
    current = undefined;
    await ended?.log.close();
    await ended?.db.drop();
  });

  return {
    get db() { return get().db; },
    get log() { return get().log; },
    get settings() { return get().settings; },
    get fixture() { return get().fixture; },
    async start(overrides = {}) {
      const { db, settings } = get();
      const h = await startAlertEngineHarness({ log: 'embedded', brokers: [], db, settings: { ...settings, ...overrides } });
      harnesses.push(h);
      return h;
    },
  };
}
