import { sql as sqlTemplate } from 'drizzle-orm';
import type postgres from 'postgres';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { env } from '@/lib/env';
import { closeDb, createDb, db as appDb, type Database } from '../client';
import { migrateDatabase } from '../migrate';
import { seedDatabase } from '../seed';
import { createScratchDatabase } from './scratch';

/**
 * Which database a test gets: a new one of its own, dropped afterwards, holding nothing, the
 * schema, or the schema and the real seed (without demo accounts, whose hashing is slow); or
 * 'shared', the run's database (seeded with demo accounts), which costs no new database but
 * which files read at the same time: a test on it keeps no row it writes.
 */
export type TestDatabaseKind = 'empty' | 'migrated' | 'seeded' | 'shared';

export type TestDatabase = {
  url: string;
  /** Drizzle on this database. */
  db: Database;
  /** postgres.js on this database, for SQL the schema does not describe. */
  sql: postgres.Sql;
  /** Empties the tables named (and those that reference them) and restarts their ids. */
  truncate(...tables: string[]): Promise<void>;
};

type OpenTestDatabase = TestDatabase & { close(): Promise<void> };

/**
 * A database opened now and closed (a new one: dropped) by close(); for a test that needs
 * one more than its file has. Everything else uses testDatabase.
 * @param name starts the new database's name, so a leftover one tells which file made it.
 */
export async function createTestDatabase(kind: TestDatabaseKind, name = 'scratch'): Promise<OpenTestDatabase> {
  const scratch = kind === 'shared' ? undefined : await createScratchDatabase(inject('adminDatabaseUrl'), name);
  const url = scratch?.url ?? inject('databaseUrl');
  if (kind === 'migrated' || kind === 'seeded') await migrateDatabase(url);
  const handle = createDb(url, { max: 2 });
  if (kind === 'seeded') await seedDatabase(handle.db, { demoAccounts: false });
  return {
    url,
    db: handle.db,
    sql: handle.sql,
    async truncate(...tables) {
      if (!scratch) throw new Error('The shared test database is read by other files at the same time: truncate only your own.');
      await handle.sql.unsafe(`truncate ${tables.map((t) => `"${t}"`).join(', ')} restart identity cascade`);
    },
    async close() {
      await handle.sql.end({ timeout: 5 });
      await scratch?.drop();
    },
  };
}

/**
 * The database test fixture: a database for the file (or the describe block it is called
 * in), opened before its tests and closed after them. Meanwhile the app's own `db`, and so
 * every module under test, uses it too, however early the module was imported.
 *
 * Keep what it returns at the top of the file: `const { db } = testDatabase('seeded', 'my_file')`.
 * Its `db`, `sql` and `url` reach the database from the first hook on. Hooks rather than a
 * test.extend fixture, so that tests keep their plain `async () =>` bodies and the file's
 * own helpers can use `db` too.
 */
export function testDatabase(kind: TestDatabaseKind, name?: string): TestDatabase {
  let current: OpenTestDatabase | undefined;
  let restoreAppDb: (() => Promise<void>) | undefined;
  const open = () => {
    if (!current) throw new Error('The test database opens in beforeAll: use it inside hooks and tests.');
    return current;
  };

  beforeAll(async () => {
    current = await createTestDatabase(kind, name);
    restoreAppDb = await pointAppDbAt(current.url);
    const [row] = await appDb.execute<{ name: string }>(sqlTemplate`select current_database() as name`);
    if (row?.name !== new URL(current.url).pathname.slice(1)) {
      throw new Error(`The app's db reached ${row?.name}, not the test database: does lib/db/client.ts still connect on first use?`);
    }
  });

  afterAll(async () => {
    await restoreAppDb?.();
    await current?.close();
    current = undefined;
  });

  return {
    get url() {
      return open().url;
    },
    db: forwardTo(() => open().db),
    sql: forwardTo(() => open().sql),
    truncate: (...tables) => open().truncate(...tables),
  };
}

/**
 * Sends the app's `db` to another database until the returned function sends it back. The
 * app's db connects on first use to env.DATABASE_URL, which lib/env.ts read once when the test
 * file was imported: this changes that setting and closes a pool opened on the old one.
 */
export async function pointAppDbAt(url: string): Promise<() => Promise<void>> {
  const previousUrl = env.DATABASE_URL;
  await closeDb();
  env.DATABASE_URL = url;
  return async () => {
    await closeDb();
    env.DATABASE_URL = previousUrl;
  };
}

/**
 * For the tests of what readers get while the database is down: the returned function points
 * the app's `db` at an address nothing answers on, for the rest of the test; after each test
 * it points back.
 */
export function databaseOutageEachTest(): () => Promise<void> {
  let restore: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });
  return async () => {
    restore = await pointAppDbAt('postgres://someone:hunter2@127.0.0.1:1/nowhere');
  };
}

/**
 * Stands for an object made later, so a file can take `db` or `sql` apart from the fixture at
 * its top. A function target, so postgres.js's tagged-template calls pass through too.
 */
function forwardTo<T extends object>(target: () => T): T {
  return new Proxy((() => {}) as unknown as T, {
    get(_placeholder, prop) {
      const real = target() as Record<PropertyKey, unknown>;
      const value = real[prop];
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(real) : value;
    },
    apply(_placeholder, thisArg, args) {
      return Reflect.apply(target() as (...a: unknown[]) => unknown, thisArg, args);
    },
  });
}
