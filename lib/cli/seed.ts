/**
 * `npm run seed [-- --demo]`: applies the migrations, then the seed, to DATABASE_URL.
 * Demo accounts (with their public password) are created only with --demo, so pointing
 * this at a real database never adds them by accident.
 */

import { describeDatabase, describeError } from './describe';

const USAGE = 'usage: DATABASE_URL=postgres://… npm run seed [-- --demo]';

async function runSeed(args: string[]): Promise<string> {
  const unknown = args.filter((a) => a !== '--demo');
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(' ')} (${USAGE})`);
  const demoAccounts = args.includes('--demo');

  // Imported here, not at the top: lib/env.ts validates the environment on import, and a
  // bad setting should end as one clear line like every other failure.
  const { env } = await import('@/lib/env');
  const url = env.DATABASE_URL;
  if (!url) {
    throw new Error(`DATABASE_URL is not set. \`npm start\` seeds its embedded database by itself; to seed another PostgreSQL: ${USAGE}`);
  }
  const { migrateDatabase } = await import('@/lib/db/migrate');
  const { createDb } = await import('@/lib/db/client');
  const { seedDatabase } = await import('@/lib/db/seed');
  const { hashPassword } = await import('@/lib/auth/password');
  const { newCertificateCode } = await import('@/lib/cme/certificate-code');

  await migrateDatabase(url);
  const { db, sql } = createDb(url, { max: 1 });
  try {
    await seedDatabase(db, { demoAccounts: demoAccounts ? { hashPassword, newCertificateCode } : false });
  } finally {
    await sql.end({ timeout: 5 });
  }
  return `seed: ${describeDatabase(url)} is migrated and seeded${demoAccounts ? ', with demo accounts' : ' (demo accounts not requested: add -- --demo for them)'}`;
}


runSeed(process.argv.slice(2)).then(
  (line) => console.log(line),
  (error: unknown) => {
    console.error(`seed: failed: ${describeError(error)}`);
    process.exitCode = 1;
  },
);
