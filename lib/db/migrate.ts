import path from 'node:path';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { createDb } from './client';

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'drizzle');

/**
 * Applies the committed SQL migrations in drizzle/. Idempotent: drizzle records what ran,
 * and an advisory lock keeps two starting processes from applying the same step twice.
 */
export async function migrateDatabase(url: string): Promise<void> {
  const { db, sql } = createDb(url, { max: 1 });
  try {
    await sql`select pg_advisory_lock(727274)`;
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await sql`select pg_advisory_unlock(727274)`.catch(() => {});
    await sql.end({ timeout: 5 });
  }
}
