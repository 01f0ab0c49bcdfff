import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { deactivateAccount } from '@/lib/accounts/status';
import { hashPassword } from '@/lib/auth/password';
import { users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { reactivateAction } from './actions';

/* /reactivate's action as a signed-out browser posts it. */

vi.mock('next/headers', async () => (await import('@/lib/db/test/next-request')).signedOutRequest('192.0.2.61'));

const { db } = testDatabase('migrated', 'reactivate_action');

const PASSWORD = 'the very same passphrase';
let userId = 0;

beforeAll(async () => {
  const [user] = await db
    .insert(users)
    .values({ email: 'Returning@Example.org', name: 'Dr Returning', passwordHash: await hashPassword(PASSWORD) })
    .returning({ id: users.id });
  userId = user!.id;
  await deactivateAccount(userId, { actorId: userId });
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe('reactivateAction', () => {
  it('refuses a wrong password with the generic message, keeping the email only', async () => {
    const state = await reactivateAction({ status: 'idle' }, form({ email: 'returning@example.org', password: 'not it' }));
    expect(state.status).toBe('error');
    expect(state.message).toMatch(/could not reactivate/);
    expect(state.values).toEqual({ email: 'returning@example.org' });
  });

  it('answers malformed input (a NUL in the email, a 10,000-character password) with messages', async () => {
    const nul = await reactivateAction({ status: 'idle' }, form({ email: 'a\u0000b@example.org', password: 'x' }));
    expect(nul.fieldErrors?.email).toBeDefined();
    const long = await reactivateAction({ status: 'idle' }, form({ email: 'returning@example.org', password: 'x'.repeat(10_000) }));
    expect(long.fieldErrors?.password).toBeDefined();
  });

  it('reactivates within the grace period and sends to sign-in with a notice', async () => {
    let digest = '';
    try {
      await reactivateAction({ status: 'idle' }, form({ email: 'RETURNING@example.org', password: PASSWORD }));
    } catch (error) {
      digest = (error as { digest?: string }).digest ?? '';
    }
    expect(digest.split(';')[2]).toBe('/login?notice=reactivated');
    expect((await db.select({ status: users.status }).from(users).where(eq(users.id, userId)))[0]!.status).toBe('active');
  });
});
