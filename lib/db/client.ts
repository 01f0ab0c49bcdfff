import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { env } from '@/lib/env';
import * as schema from './schema';

export type Database = PostgresJsDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** A database handle or an open transaction: what helpers take as their first argument. */
export type Executor = Database | Transaction;

type Handle = { db: Database; sql: postgres.Sql };

export function createDb(url: string, options: { max?: number } = {}): Handle {
  const sql = postgres(url, {
    max: options.max ?? env.DATABASE_POOL_SIZE,
    idle_timeout: 30,
    connect_timeout: 10,
    // postgres.js waits up to 20 s between attempts once a server has refused a few (3^n / 100 s,
    // counted across the pool): after an outage the portal would stay down that long with the
    // database back. A second at most, with jitter so connections do not all knock at once.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1) * (0.5 + Math.random() / 2),
    onnotice: () => {},
  });
  return { db: drizzle(sql, { schema }), sql };
}

// One pool per process, kept on globalThis so hot reloads and Next's module copies share it.
const holder = globalThis as unknown as { __portalDb?: Handle };

function handle(): Handle {
  if (!holder.__portalDb) {
    if (!env.DATABASE_URL) {
      throw new Error('DATABASE_URL is not set: start the portal with `npm start`, which provides it.');
    }
    holder.__portalDb = createDb(env.DATABASE_URL);
  }
  return holder.__portalDb;
}

/** The app's database. Connects on first use, so importing this module never opens a socket. */
export const db: Database = new Proxy({} as Database, {
  get(_target, prop) {
    const real = handle().db as unknown as Record<PropertyKey, unknown>;
    const value = real[prop];
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

/**
 * A statement of the app's database built once and kept with the pool: `build` makes a drizzle
 * prepared query whose values are `sql.placeholder`s, given at `execute`. For the queries every
 * signed-in request runs: drizzle otherwise assembles the SQL text anew on each call, about 3%
 * of the server's time on such a page. (PostgreSQL plans each text once per connection either
 * way: postgres.js prepares what it sends.) Kept per pool, so a test's or a reconnected pool
 * gets its own.
 */
export function preparedOnce<T>(name: string, build: (database: Database) => T): T {
  const real = handle().db;
  let statements = preparedStatements.get(real);
  if (!statements) preparedStatements.set(real, (statements = new Map()));
  let statement = statements.get(name) as T | undefined;
  if (statement === undefined) statements.set(name, (statement = build(real)));
  return statement;
}

const preparedStatements = new WeakMap<Database, Map<string, unknown>>();

export async function closeDb(): Promise<void> {
  const h = holder.__portalDb;
  holder.__portalDb = undefined;
  await h?.sql.end({ timeout: 5 });
}
