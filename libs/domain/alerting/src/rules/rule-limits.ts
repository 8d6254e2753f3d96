/** Bounds on a rule's numbers: large enough for any analyst question, small enough to bound state. */
export const RULE_LIMITS = {
  maxIdLength: 100,
  maxNameLength: 200,
  maxGroupFields: 3,
  minSteps: 2,
  maxSteps: 10,
  maxWindowHours: 366 * 24,
  maxLookbackDays: 730,
  maxLatenessDays: 365,
  maxSuppressHours: 366 * 24,
  maxGroupWaitSeconds: 3600,
  maxFactor: 1000,
  maxCount: 1_000_000,
  defaultLatenessDays: 30,
} as const;

/** Rule ids go into fingerprints (`id@vN|group|anchor`), so they stay free of separators. */
export const RULE_ID_PATTERN = { regex: /^[A-Za-z0-9][A-Za-z0-9._:-]*$/, description: 'letters, digits and . _ : - only' };
