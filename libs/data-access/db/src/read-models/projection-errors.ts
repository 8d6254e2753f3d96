/**
 * The stored position of a partition is not where the caller expected: another instance took the
 * partition over (a rebalance) and moved it. The batch is rolled back, so a zombie never writes.
 */
export class ProjectionFencedError extends Error {
  override readonly name = 'ProjectionFencedError';
  constructor(readonly schema: string, readonly topic: string, readonly partition: number, readonly expected: string, readonly stored: string) {
    super(`${schema}: ${topic}[${partition}] is at ${stored}, not at the expected ${expected}: another instance owns it now`);
  }
}

/** The schema no longer plays the role the batch was meant for (a rebuild switched the live schema). */
export class ReadModelSwitchedError extends Error {
  override readonly name = 'ReadModelSwitchedError';
  constructor(readonly schema: string, readonly role: 'live' | 'building') {
    super(`read model ${schema} is no longer ${role === 'live' ? 'the live one' : 'being built'}`);
  }
}
