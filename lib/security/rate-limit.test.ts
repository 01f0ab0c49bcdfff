import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testDatabase } from '@/lib/db/test/database';
import * as rateLimit from './rate-limit';

/* The shared rate-limit counters, on a database of their own. */

const { db } = testDatabase('migrated', 'security_rate_limit');
const run = (query: string) => db.execute<Record<string, unknown>>(sql.raw(query));

const rule = { limit: 3, windowSeconds: 600 };

describe('takeFromRateLimit', () => {
  it('allows the limit within a window, then refuses, for that key only', async () => {
    const taken = [];
    for (let i = 0; i < 5; i++) taken.push(await rateLimit.takeFromRateLimit('test:one', rule));
    expect(taken).toEqual([true, true, true, false, false]);
    expect(await rateLimit.takeFromRateLimit('test:another', rule)).toBe(true);
  });

  it('opens a new window once the last one has closed', async () => {
    for (let i = 0; i < 4; i++) await rateLimit.takeFromRateLimit('test:closing', rule);
    expect(await rateLimit.takeFromRateLimit('test:closing', rule)).toBe(false);
    await run(`update rate_limit_buckets set reset_at = now() - interval '1 second' where key = 'test:closing'`);
    expect(await rateLimit.takeFromRateLimit('test:closing', rule)).toBe(true);
    expect(await run(`select count from rate_limit_buckets where key = 'test:closing'`)).toEqual([{ count: 1 }]);
  });

  it('loses no take when many arrive at once', async () => {
    const taken = await Promise.all(Array.from({ length: 10 }, () => rateLimit.takeFromRateLimit('test:rush', rule)));
    expect(taken.filter(Boolean)).toHaveLength(3);
  });

  it('clears counters whose window closed over an hour ago, a few at a time', async () => {
    await run(`insert into rate_limit_buckets (key, count, reset_at)
               select 'test:stale-' || i, 1, now() - interval '2 hours' from generate_series(1, 15) i`);
    await rateLimit.takeFromRateLimit('test:sweeper', rule);
    expect(await run(`select count(*)::int as n from rate_limit_buckets where key like 'test:stale-%'`)).toEqual([{ n: 5 }]);
    await rateLimit.takeFromRateLimit('test:sweeper', rule);
    expect(await run(`select count(*)::int as n from rate_limit_buckets where key like 'test:stale-%'`)).toEqual([{ n: 0 }]);
  });

  it('gives back a take of the current window, never below zero, and nothing of a closed one', async () => {
    for (let i = 0; i < 3; i++) await rateLimit.takeFromRateLimit('test:give-back', rule);
    expect(await rateLimit.takeFromRateLimit('test:give-back', rule)).toBe(false);
    await rateLimit.giveBackToRateLimit('test:give-back');
    await rateLimit.giveBackToRateLimit('test:give-back');
    expect(await run(`select count from rate_limit_buckets where key = 'test:give-back'`)).toEqual([{ count: 2 }]);
    expect(await rateLimit.takeFromRateLimit('test:give-back', rule)).toBe(true);
    for (let i = 0; i < 5; i++) await rateLimit.giveBackToRateLimit('test:give-back');
    expect(await run(`select count from rate_limit_buckets where key = 'test:give-back'`)).toEqual([{ count: 0 }]);
    await run(`update rate_limit_buckets set count = 3, reset_at = now() - interval '1 second' where key = 'test:give-back'`);
    await rateLimit.giveBackToRateLimit('test:give-back');
    expect(await run(`select count from rate_limit_buckets where key = 'test:give-back'`)).toEqual([{ count: 3 }]);
  });
});
