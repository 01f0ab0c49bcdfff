import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { db, type Executor } from '@/lib/db/client';

/** At most `limit` takes per window of `windowSeconds`, the window opening at the first take. */
export type RateRule = { limit: number; windowSeconds: number };

/**
 * The condition "one more is allowed for this key", as SQL: it takes one from the key's
 * counter when evaluated (the database function rate_limit_take, drizzle/0008). For a
 * statement that should count only what exists: put it last in a WHERE, and PostgreSQL
 * evaluates it only for the rows the other conditions let through (it costs the most).
 */
export function takeFromRateLimitSql(key: SQL, rule: RateRule): SQL {
  return sql`rate_limit_take(${key}, ${rule.limit}::int, ${rule.windowSeconds}::int)`;
}

/** Takes one from the key's counter: true while the key is within its rule. */
export async function takeFromRateLimit(key: string, rule: RateRule, executor: Executor = db): Promise<boolean> {
  const [row] = await executor.execute<{ allowed: boolean }>(sql`select ${takeFromRateLimitSql(sql`${key}`, rule)} as allowed`);
  return row?.allowed === true;
}

/**
 * Puts back one take of the current window: for counters of failures, which take before the
 * attempt is judged (so attempts made at once cannot all pass a check made before any of them
 * failed) and give back when it turns out not to have failed.
 */
export async function giveBackToRateLimit(key: string, executor: Executor = db): Promise<void> {
  await executor.execute(sql`update rate_limit_buckets set count = greatest(count - 1, 0) where key = ${key} and reset_at > now()`);
}
