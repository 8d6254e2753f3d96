/**
 * Something the service needs before it can do useful work (Kafka, PostgreSQL). Adapters provide
 * probes; the platform knows nothing about what they check.
 */
export interface ReadinessProbe {
  name: string;
  check(): Promise<void>;
}

export const READINESS_PROBES = Symbol.for('sitrep.ReadinessProbes');
