import { TOPICS } from '@sitrep/contracts';

/** How the alert engine runs; tests replace it wholesale. */
export interface AlertEngineSettings {
  /** Run the engine loop (active or standby) in this process; the APIs and the rules projection run either way. */
  engine: boolean;
  rulesTopic: string;
  alertsTopic: string;
  /** The rules projection's consumer group. */
  rulesGroupId: string;
  /** Most incident changes evaluated in one batch (one transaction). */
  batchSize: number;
  /** How often an idle active engine looks for new input. */
  pollIntervalMs: number;
  /** How often a standby tries to become the active engine. */
  standbyPollMs: number;
  /** After a failed batch (database gone), the wait before opening a new session. */
  retryMs: number;
  /** How long a rules API call waits to see its change projected (read-your-writes). */
  projectionWaitMs: number;
  /** Consumed input is kept this long (for looking into what the engine saw), then pruned. */
  inputRetentionMs: number;
  pruneIntervalMs: number;
  /** Alert events published to the alerts topic per append. */
  relayBatchSize: number;
  /** The live alert stream: poll interval and heartbeat. */
  streamPollMs: number;
  streamHeartbeatMs: number;
}

export const ALERT_ENGINE_SETTINGS = Symbol.for('sitrep.alerts.Settings');

export const DEFAULT_ALERT_ENGINE_SETTINGS: AlertEngineSettings = {
  engine: true,
  rulesTopic: TOPICS.rules,
  alertsTopic: TOPICS.alerts,
  rulesGroupId: 'sitrep-alert-rules',
  batchSize: 500,
  pollIntervalMs: 200,
  standbyPollMs: 2_000,
  retryMs: 1_000,
  projectionWaitMs: 10_000,
  inputRetentionMs: 7 * 24 * 3_600_000,
  pruneIntervalMs: 10 * 60_000,
  relayBatchSize: 500,
  streamPollMs: 500,
  streamHeartbeatMs: 15_000,
};
