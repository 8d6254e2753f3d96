/** SQLSTATE classes that mean "not now": connection exceptions (08), shutdown or crash (57P), out of resources (53). */
const UNAVAILABLE_STATES = /^(08|57P|53)/;
const UNAVAILABLE_MESSAGES = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|terminating connection|the database system is (starting up|shutting down)|Cannot use a pool after calling end/i;

/**
 * Whether the ledger's database failed because it cannot be reached right now (restarting, down,
 * connections cut), rather than because of the request: the client should retry (503), not give up
 * (500). Looks through `cause` / `driverError` chains, as TypeORM wraps the driver's error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; current instanceof Object && !seen.has(current); ) {
    seen.add(current);
    const { code, message, cause, driverError } = current as { code?: unknown; message?: unknown; cause?: unknown; driverError?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_STATES.test(code) || UNAVAILABLE_MESSAGES.test(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    current = driverError ?? cause;
  }
  return false;
}
