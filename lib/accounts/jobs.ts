import 'server-only';
import { and, eq, isNotNull, isNull, lt, lte, or } from 'drizzle-orm';
import { sweepExpiredSessions } from '@/lib/auth/sessions';
import { db } from '@/lib/db/client';
import { authTokens, rateLimitBuckets, users } from '@/lib/db/schema';
import { eraseAccount } from './status';

/*
 * The housekeeping `npm run jobs` and the timer in `npm start` run. Every step selects only
 * what is still to do, so a second run finds nothing and several instances running it at
 * once erase each account once (eraseAccount locks the row and skips an erased one).
 */

export type JobsReport = { erasedAccounts: number; expiredSessions: number; oldTokens: number; oldRateLimitBuckets: number };

/** A used token is kept a day, for a support question about a link that "did not work". */
const USED_TOKEN_KEEP_MS = 24 * 60 * 60 * 1000;
/** Matches rate_limit_take's own clean-up (drizzle/0008): a bucket is dropped an hour after its window. */
const BUCKET_KEEP_MS = 60 * 60 * 1000;
const ERASE_BATCH = 100;

export async function runJobs(now: Date = new Date()): Promise<JobsReport> {
  const erasedAccounts = await eraseDueAccounts(now);
  const expiredSessions = await sweepExpiredSessions();
  const oldTokens = (
    await db
      .delete(authTokens)
      .where(
        or(
          lt(authTokens.expiresAt, now),
          and(isNotNull(authTokens.usedAt), lt(authTokens.usedAt, new Date(now.getTime() - USED_TOKEN_KEEP_MS))),
        ),
      )
      .returning({ id: authTokens.id })
  ).length;
  const oldRateLimitBuckets = (
    await db
      .delete(rateLimitBuckets)
      .where(lt(rateLimitBuckets.resetAt, new Date(now.getTime() - BUCKET_KEEP_MS)))
      .returning({ key: rateLimitBuckets.key })
  ).length;
  return { erasedAccounts, expiredSessions, oldTokens, oldRateLimitBuckets };
}

/**
 * Accounts deleted (by the user or an admin, whatever their delete_after), or deactivated and
 * past their grace period, not yet erased: each in its own transaction.
 */
async function eraseDueAccounts(now: Date): Promise<number> {
  let erased = 0;
  for (;;) {
    const due = await db
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          isNull(users.erasedAt),
          or(eq(users.status, 'deleted'), and(eq(users.status, 'deactivated'), lte(users.deleteAfter, now))),
        ),
      )
      .orderBy(users.id)
      .limit(ERASE_BATCH);
    for (const { id } of due) {
      if (await db.transaction((tx) => eraseAccount(tx, id, { now }))) erased += 1;
    }
    if (due.length < ERASE_BATCH) return erased;
  }
}
