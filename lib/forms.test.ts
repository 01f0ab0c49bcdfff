import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { databaseOutageEachTest, testDatabase } from '@/lib/db/test/database';
import { useSession } from '@/lib/db/test/next-request';
import { action, DATABASE_UNAVAILABLE_MESSAGE, MAX_FIELD_LENGTH, readFields } from './forms';

vi.mock('next/headers', async () => (await import('@/lib/db/test/next-request')).switchableRequest);
testDatabase('shared');
const beginOutage = databaseOutageEachTest();
afterEach(async () => {
  vi.restoreAllMocks();
});

describe('readFields', () => {
  it('reads a form\'s text fields, leaving React\'s own out', () => {
    const form = new FormData();
    form.set('email', 'a@b.c');
    form.set('$ACTION_ID_abc', '');
    expect(readFields(form)).toEqual({ email: 'a@b.c' });
  });

  it('refuses a field too long, a file, and anything that is not a form (a hand-made action request)', () => {
    const long = new FormData();
    long.set('name', 'x'.repeat(MAX_FIELD_LENGTH + 1));
    expect(readFields(long)).toBeNull();
    const file = new FormData();
    file.set('upload', new Blob(['x']), 'x.txt');
    expect(readFields(file)).toBeNull();
    for (const junk of [undefined, null, 'sessionId=1', { sessionId: '1' }]) expect(readFields(junk as unknown as FormData)).toBeNull();
  });
});

describe('action', () => {
  it('answers a call without a form with a message instead of throwing', async () => {
    const run = action(z.object({}), { auth: 'public' }, async () => ({ status: 'ok' }));
    expect(await run({ status: 'idle' }, undefined as unknown as FormData)).toEqual({
      status: 'error',
      message: 'The form could not be read. Reload the page and try again.',
    });
  });
});

describe('action while the database is down', () => {
  it('tells a signed-in user the database is unavailable, keeps what was typed, and logs the code without the address', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const handler = vi.fn(async () => ({ status: 'ok' as const }));
    const save = action(z.object({ title: z.string() }), { auth: 'user' }, handler);
    await useSession('a-session-token-of-a-signed-in-doctor');
    await beginOutage();
    const form = new FormData();
    form.set('title', 'Asthma in pregnancy');

    expect(await save({ status: 'idle' }, form)).toEqual({
      status: 'error',
      message: DATABASE_UNAVAILABLE_MESSAGE,
      values: { title: 'Asthma in pregnancy' },
    });
    expect(handler).not.toHaveBeenCalled();
    const logged = errors.mock.calls.flat().join(' ');
    expect(logged).toContain('the database is unavailable (ECONNREFUSED)');
    expect(logged).not.toContain('hunter2');
  });
});
