import { eq } from 'drizzle-orm';
import { generate } from 'otplib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { idleFormState, type FormState } from '@/lib/forms';
import { auditLog, users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { hashPassword } from '@/lib/auth/password';
import { createSession } from '@/lib/auth/sessions';
import { hashToken } from '@/lib/auth/tokens';
import type { Viewer } from '@/lib/auth/session';

/*
 * The actions of /account/security, called as the form calls them, with the session read
 * stubbed (sign-in is another change): what the form gets back, and what reaches the database.
 */

let viewer: Viewer | null = null;
vi.mock('@/lib/auth/session', () => ({
  getViewer: async () => viewer,
  requireUser: async () => {
    // As the real one does: Next's redirect, which action() lets through.
    if (!viewer) (await import('next/navigation')).redirect('/login');
    return viewer;
  },
  requireRole: async () => {
    throw new Error('not used here');
  },
}));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '198.51.100.7' }) }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const actions = await import('./actions');
const { db } = testDatabase('migrated', 'security_actions');

const PASSWORD = 'a quiet heron crosses 7 rivers';
let serial = 0;

beforeEach(async () => {
  serial += 1;
  const [user] = await db
    .insert(users)
    .values({ email: `act${serial}@example.com`, name: 'Dr Action', passwordHash: await hashPassword(PASSWORD) })
    .returning();
  const token = await createSession(db, user!.id, { userAgent: null, ip: null });
  viewer = {
    id: user!.id,
    sessionId: hashToken(token),
    email: user!.email,
    name: user!.name,
    role: 'member',
    status: 'active',
    isEmailVerified: true,
    hasTwoFactor: false,
    hasPendingLegal: false,
    profile: { profession: null, specialtyId: null, registrationNumber: null, registrationCouncil: null, isRegistrationVerified: false, country: null },
  };
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe('changePasswordAction', () => {
  it('puts each message beside its field and never sends a password back', async () => {
    const mismatch = await actions.changePasswordAction(idleFormState, form({ currentPassword: PASSWORD, newPassword: 'amber lantern under copper hills', confirmPassword: 'other' }));
    expect(mismatch).toMatchObject({ status: 'error', fieldErrors: { confirmPassword: [expect.stringMatching(/not the same/)] } });
    const wrong = await actions.changePasswordAction(idleFormState, form({ currentPassword: 'nope nope nope', newPassword: 'amber lantern under copper hills', confirmPassword: 'amber lantern under copper hills' }));
    expect(wrong).toMatchObject({ status: 'error', fieldErrors: { currentPassword: [expect.any(String)] } });
    const weak = await actions.changePasswordAction(idleFormState, form({ currentPassword: PASSWORD, newPassword: 'password1234', confirmPassword: 'password1234' }));
    expect(weak).toMatchObject({ status: 'error', fieldErrors: { newPassword: [expect.any(String)] } });
    for (const state of [mismatch, wrong, weak]) {
      expect(JSON.stringify(state)).not.toContain(PASSWORD);
      expect(JSON.stringify(state)).not.toContain('password1234');
    }
  });

  it('changes the password and says so, with the address in the audit row', async () => {
    const state = await actions.changePasswordAction(idleFormState, form({ currentPassword: PASSWORD, newPassword: 'amber lantern under copper hills', confirmPassword: 'amber lantern under copper hills' }));
    expect(state).toMatchObject({ status: 'ok', message: expect.stringMatching(/changed/) });
    const [row] = await db.select().from(auditLog).where(eq(auditLog.actorId, viewer!.id));
    expect(row).toMatchObject({ action: 'account.password_change' });
  });

  it('refuses a visitor who is not signed in', async () => {
    viewer = null;
    await expect(actions.changePasswordAction(idleFormState, form({ currentPassword: 'x', newPassword: 'y', confirmPassword: 'y' }))).rejects.toMatchObject({
      digest: expect.stringContaining('/login'),
    });
  });
});

describe('changeEmailAction', () => {
  it('keeps the typed address but not the password, and puts a bad address beside its field', async () => {
    const bad = await actions.changeEmailAction(idleFormState, form({ currentPassword: PASSWORD, newEmail: 'not-an-email' }));
    expect(bad).toMatchObject({ status: 'error', fieldErrors: { newEmail: [expect.any(String)] }, values: { newEmail: 'not-an-email' } });
    expect(bad.values).not.toHaveProperty('currentPassword');
    const nul = await actions.changeEmailAction(idleFormState, form({ currentPassword: PASSWORD, newEmail: 'a\u0000b@example.com' }));
    expect(nul).toMatchObject({ status: 'error', fieldErrors: { newEmail: [expect.any(String)] } });
    const ok = await actions.changeEmailAction(idleFormState, form({ currentPassword: PASSWORD, newEmail: ' new.home@example.com ' }));
    expect(ok).toMatchObject({ status: 'ok', message: expect.stringContaining('new.home@example.com') });
  });
});

describe('two-factor actions', () => {
  it('start, enable with a code (recovery codes in the answer only), regenerate, disable', async () => {
    expect(await actions.startTwoFactorAction(idleFormState, form({}))).toEqual({ status: 'ok' });
    const [row] = await db.select({ secret: users.totpSecret }).from(users).where(eq(users.id, viewer!.id));
    const wrong = await actions.enableTwoFactorAction(idleFormState, form({ code: '12345', currentPassword: PASSWORD }));
    expect(wrong).toMatchObject({ status: 'error', fieldErrors: { code: [expect.any(String)] } });
    expect(wrong.values).not.toHaveProperty('code');

    const enabled = await actions.enableTwoFactorAction(idleFormState, form({ code: await generate({ secret: row!.secret! }), currentPassword: PASSWORD }));
    expect(enabled.status).toBe('ok');
    expect(enabled.recoveryCodes).toHaveLength(10);

    const noPassword = await actions.regenerateRecoveryCodesAction(idleFormState, form({ currentPassword: 'wrong one here' }));
    expect(noPassword).toMatchObject({ status: 'error', fieldErrors: { currentPassword: [expect.any(String)] } });
    expect(noPassword.recoveryCodes).toBeUndefined();
    const fresh = await actions.regenerateRecoveryCodesAction(idleFormState, form({ currentPassword: PASSWORD }));
    expect(fresh.recoveryCodes).toHaveLength(10);
    expect(fresh.recoveryCodes).not.toEqual(enabled.recoveryCodes);

    const off: FormState = await actions.disableTwoFactorAction(idleFormState, form({ currentPassword: PASSWORD }));
    expect(off).toMatchObject({ status: 'ok' });
    const [after] = await db.select({ secret: users.totpSecret, on: users.totpEnabledAt }).from(users).where(eq(users.id, viewer!.id));
    expect(after).toEqual({ secret: null, on: null });
  });
});
