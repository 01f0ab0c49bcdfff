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

export async function closeDb(): Promise<void> {
  const h = holder.__portalDb;
  holder.__portalDb = undefined;
  await h?.sql.end({ timeout: 5 });
}
