import { afterEach, describe, expect, it, vi } from 'vitest';
import { pointAppDbAt, testDatabase } from '@/lib/db/test/database';
import { checkDatabase } from './health';

testDatabase('shared');
let restoreAppDb: (() => Promise<void>) | undefined;

afterEach(async () => {
  await restoreAppDb?.();
  restoreAppDb = undefined;
});

describe('checkDatabase', () => {
  it('is ok when the database answers', async () => {
    expect(await checkDatabase()).toEqual({ ok: true });
  });

  it('reports the database unreachable, without the driver message, when nothing listens', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    restoreAppDb = await pointAppDbAt('postgres://someone:hunter2@127.0.0.1:1/nowhere');
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
