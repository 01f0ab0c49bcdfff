import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, findFreePort } from '../embedded';
import { createScratchDatabase } from './scratch';

/**
 * One database for the whole run, migrated and seeded once:
 * - DATABASE_URL set: a fresh database on that server, dropped after the run;
 * - unset: a throwaway embedded server in a temporary folder on a free port.
 * Either way the demo data in .data/ is never touched.
 */
export default async function setup(project: TestProject) {
  const cleanups: Array<() => Promise<void>> = [];
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'portal-test-pg-'));
    // mkdtemp makes it 700; as root the server runs as `postgres`, which must enter it.
    await chmod(dir, 0o755);
    const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await findFreePort() });
    adminUrl = server.url;
    cleanups.push(async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    });
  }
  const run = await createScratchDatabase(adminUrl, 'portal_test');
  cleanups.unshift(() => run.drop());

  // Imported late: lib/env.ts parses the environment on import.
  process.env.DATABASE_URL = run.url;
  const { migrateDatabase } = await import('../migrate');
  const { seedDatabase } = await import('../seed');
  const { hashPassword } = await import('../../auth/password');
  const { newCertificateCode } = await import('../../cme/certificate-code');
  const { createDb } = await import('../client');
  await migrateDatabase(run.url);
  const handle = createDb(run.url, { max: 2 });
  await seedDatabase(handle.db, { demoAccounts: { hashPassword, newCertificateCode } });
  await handle.sql.end({ timeout: 5 });

  project.provide('databaseUrl', run.url);
  project.provide('adminDatabaseUrl', adminUrl);

  return async () => {
    for (const cleanup of cleanups) await cleanup();
  };
}
