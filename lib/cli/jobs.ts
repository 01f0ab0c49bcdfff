/**
 * `npm run jobs`: one run of the housekeeping on DATABASE_URL: erases accounts whose grace
 * period ended or that were deleted, and sweeps expired sessions, old tokens and old
 * rate-limit counters. Safe to run at any time and as often as wanted: a second run changes
 * nothing more. `npm start` runs it on a timer by itself (lib/cli/job-timer.ts).
 *
 * Run with the react-server condition (package.json does): the account modules are marked
 * server-only, which is what this process is.
 */

import { describeDatabase, describeError } from './describe';

async function runOnce(): Promise<string> {
  // Imported here, not at the top: lib/env.ts validates the environment on import, and a bad
  // setting should end as one clear line like every other failure.
  const { env } = await import('@/lib/env');
  if (!env.DATABASE_URL) {
    throw new Error('DATABASE_URL is not set. `npm start` runs the jobs by itself; for another PostgreSQL: DATABASE_URL=postgres://… npm run jobs');
  }
  const { runJobs } = await import('@/lib/accounts/jobs');
  const { closeDb } = await import('@/lib/db/client');
  try {
    const report = await runJobs();
    return `jobs: ${describeDatabase(env.DATABASE_URL)}: erased ${report.erasedAccounts} account(s), swept ${report.expiredSessions} expired session(s), ${report.oldTokens} old token(s), ${report.oldRateLimitBuckets} old rate-limit counter(s)`;
  } finally {
    await closeDb();
  }
}

runOnce().then(
  (line) => console.log(line),
  (error: unknown) => {
    console.error(`jobs: failed: ${describeError(error)}`);
    process.exitCode = 1;
  },
);
