import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { createSession, findViewerBySessionToken } from '@/lib/auth/sessions';
import { users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { deactivateAction, deleteNowAction } from './actions';

/*
 * The deactivation form's actions as a browser posts them. Reading the session cookie is the
 * sign-in change's part: here the test sets the request's session token and the viewer is
 * looked up from the real sessions table, as every request does.
 */
const signedIn = vi.hoisted(() => ({ token: null as string | null }));
vi.mock('@/lib/auth/session', async () => {
  const { redirect } = await import('next/navigation');
  const getViewer = async () => (signedIn.token ? findViewerBySessionToken(signedIn.token) : null);
  return {
    getViewer,
    requireUser: async (callbackPath?: string) => (await getViewer()) ?? redirect(`/login?callbackUrl=${encodeURIComponent(callbackPath ?? '/')}`),
    requireRole: async () => {
      throw new Error('not used here');
    },
  };
});
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '203.0.113.44' }) }));

const { db } = testDatabase('migrated', 'deactivate_actions');

const PASSWORD = 'a long and private passphrase';
let userId = 0;

beforeAll(async () => {
  const [user] = await db
    .insert(users)
    .values({ email: 'leaving@example.org', name: 'Dr Leaving', passwordHash: await hashPassword(PASSWORD) })
    .returning({ id: users.id });
  userId = user!.id;
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

async function redirectOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return digest.split(';')[2] ?? null;
  }
}

describe('the deactivation actions', () => {
  it('send an anonymous caller to sign in', async () => {
    signedIn.token = null;
    expect(await redirectOf(deactivateAction({ status: 'idle' }, form({ password: PASSWORD })))).toMatch(/^\/login/);
    expect((await db.select({ status: users.status }).from(users).where(eq(users.id, userId)))[0]!.status).toBe('active');
  });

  it('answer a wrong password beside the field, keep the reason and never send the password back', async () => {
    signedIn.token = await createSession(db, userId, { userAgent: null, ip: null });
    const state = await deactivateAction({ status: 'idle' }, form({ password: 'wrong guess', reason: 'Moving on' }));
    expect(state.status).toBe('error');
    expect(state.fieldErrors?.password).toEqual(['That password is not right.']);
    expect(state.values).toEqual({ reason: 'Moving on' });
    expect(JSON.stringify(state)).not.toContain('wrong guess');
  });

  it('answer a 10,000-character reason and a missing confirmation with messages, never an error page', async () => {
    const long = await deactivateAction({ status: 'idle' }, form({ password: PASSWORD, reason: 'x'.repeat(10_000) }));
    expect(long.fieldErrors?.reason?.[0]).toMatch(/1000 characters/);
    const unconfirmed = await deleteNowAction({ status: 'idle' }, form({ password: PASSWORD }));
    expect(unconfirmed.fieldErrors?.confirm?.[0]).toMatch(/Tick the box/);
  });

  it('deactivate with the right password, end the session and land on the public confirmation page', async () => {
    const token = signedIn.token!;
    expect(await redirectOf(deactivateAction({ status: 'idle' }, form({ password: PASSWORD, reason: 'Moving on' })))).toBe('/account-deactivation/deactivated');
    expect(await findViewerBySessionToken(token)).toBeNull();
    const [row] = await db.select().from(users).where(eq(users.id, userId));
    expect(row).toMatchObject({ status: 'deactivated', deactivationReason: 'Moving on' });
    // The same cookie can no longer act: the next post goes to sign in.
    expect(await redirectOf(deleteNowAction({ status: 'idle' }, form({ password: PASSWORD, confirm: 'on' })))).toMatch(/^\/login/);
  });
});
