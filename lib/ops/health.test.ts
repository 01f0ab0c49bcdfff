import { afterEach, describe, expect, it, vi } from 'vitest';

async function loadHealth(databaseUrl: string) {
  vi.resetModules();
  process.env.DATABASE_URL = databaseUrl;
  const health = await import('./health');
  const client = await import('@/lib/db/client');
  return { checkDatabase: health.checkDatabase, closeDb: client.closeDb };
}

let close: (() => Promise<void>) | undefined;
const runDatabaseUrl = process.env.DATABASE_URL ?? '';

afterEach(async () => {
  await close?.();
  close = undefined;
  process.env.DATABASE_URL = runDatabaseUrl;
});

describe('checkDatabase', () => {
  it('is ok when the database answers', async () => {
    const { checkDatabase, closeDb } = await loadHealth(runDatabaseUrl);
    close = closeDb;
    expect(await checkDatabase()).toEqual({ ok: true });
  });

  it('reports the database unreachable, without the driver message, when nothing listens', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { checkDatabase, closeDb } = await loadHealth('postgres://someone:hunter2@127.0.0.1:1/nowhere');
    close = closeDb;
    const result = await checkDatabase();
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('hunter2');
    const logged = errors.mock.calls.flat().join(' ');
    expect(logged).not.toContain('hunter2');
    // The log still says what went wrong, by code.
    expect(logged).toContain('ECONNREFUSED');
    errors.mockRestore();
  });
});
