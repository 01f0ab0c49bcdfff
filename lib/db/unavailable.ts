/**
 * Whether an error means the database cannot be reached right now (down, restarting, starting
 * up), as opposed to a query that failed: the first is worth "try again in a moment", the
 * second is a bug. postgres.js gives socket errors their errno code and its own connection
 * codes; PostgreSQL's class 57 covers a server shutting down or starting up. Drizzle wraps the
 * driver's error, so the causes are looked through too.
 */

const CONNECTION_CODES = new Set([
  // The socket: nothing listens, the connection was cut, or the host is gone.
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // postgres.js: no answer within connect_timeout, or a connection that ended under a query.
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  // PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now (starting or stopping).
  '57P01',
  '57P02',
  '57P03',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  return unavailableCode(error) !== undefined;
}

/** The code that shows the database unavailable (ECONNREFUSED, 57P01, …), for the log; never a message. */
export function unavailableCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return code;
    // Node's happy-eyeballs connect (localhost: ::1 then 127.0.0.1) fails with every attempt's error.
    const errors = (e as { errors?: unknown }).errors;
    const inner = Array.isArray(errors) ? errors.map(unavailableCode).find(Boolean) : undefined;
    if (inner) return inner;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
