import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/lib/db/client';

export type DatabaseHealth = { ok: true } | { ok: false; reason: 'unreachable' | 'timeout' };

const CHECK_TIMEOUT_MS = 3_000;

/**
 * Asks the database for `select 1`. Never throws and never returns the driver's message:
 * that can name hosts and users, and the health answer is public. The detail goes to the log.
 */
export async function checkDatabase(): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DatabaseHealth>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: 'timeout' }), CHECK_TIMEOUT_MS);
  });
  const query = (async (): Promise<DatabaseHealth> => {
    try {
      await db.execute(sql`select 1`);
      return { ok: true };
    } catch (error) {
      console.error(`[health] database check failed (${describeError(error)})`);
      return { ok: false, reason: 'unreachable' };
    }
  })();
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A code such as ECONNREFUSED or 28P01, never the message: that may name the host or user.
 * Drizzle wraps the driver's error, so look through `cause` too.
 */
function describeError(error: unknown): string {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth += 1) {
    const withCode = e as { code?: unknown; errors?: Array<{ code?: unknown }>; cause?: unknown };
    const code = withCode.code ?? withCode.errors?.[0]?.code;
    if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)) return code;
    e = withCode.cause;
  }
  return error instanceof Error ? error.name : 'unknown';
}
