/** Alert severities, lowest first: an endpoint's `minSeverity` filter passes this one and those after it. */
export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Which notifications an endpoint receives; an absent part lets everything through. */
export interface EndpointFilter {
  ruleIds?: string[];
  minSeverity?: Severity;
}

/** An endpoint as stored; its secrets stay sealed (AES-256-GCM, opened only by the dispatcher). */
export interface WebhookEndpoint {
  id: string;
  url: string;
  description: string;
  enabled: boolean;
  disabledReason: string | null;
  disabledAt: string | null;
  filter: EndpointFilter;
  consecutiveDead: number;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  /** During a secret rotation's grace period: until when deliveries are also signed with the previous secret. */
  previousSecretValidUntil: string | null;
}

/** The secrets a signature is made with: the current one, and during a rotation's grace period the previous one. */
export interface SealedSecrets {
  current: Buffer;
  previous: Buffer | null;
}

export type DeliveryState = 'pending' | 'succeeded' | 'dead';
export type AttemptOutcome = 'succeeded' | 'retry' | 'dead';

export interface DeliveryAttempt {
  attempt: number;
  dispatcher: string;
  at: string;
  outcome: AttemptOutcome;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  responseSnippet: string | null;
}

/** One row of an endpoint's delivery log. */
export interface DeliveryLogEntry {
  notificationId: string;
  type: string;
  state: DeliveryState;
  attempts: number;
  nextAttemptAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  attemptLog: DeliveryAttempt[];
}
