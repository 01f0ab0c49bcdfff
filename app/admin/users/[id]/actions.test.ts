import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { staffAction, STAFF_ACTIONS } from '@/lib/admin/actions';
import { formOf as form, insertStaff } from '@/lib/admin/test-helpers';
import { createSession, findViewerBySessionToken } from '@/lib/auth/sessions';
import { auditLog, users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { useSession as signInAs } from '@/lib/db/test/next-request';
import type { FormAction, FormState } from '@/lib/form-state';
import { NoFields } from '@/lib/forms';
import { changeRoleAction, deactivateUserAction, reactivateUserAction, registrationAction } from './actions';

/*
 * The user page's actions called as a browser would call them: a real session cookie, the role
 * re-read from the database on every call.
 */

vi.mock('next/headers', async () => (await import('@/lib/db/test/next-request')).switchableRequest);
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const { db } = testDatabase('migrated', 'adm_users_actions');

async function call(action: FormAction, token: string | null, fields: Record<string, string | number>): Promise<FormState> {
  await signInAs(token);
  return action({ status: 'idle' }, form(fields));
}

/** What a refused caller gets: the form's error, or the redirect to sign in (thrown, as Next does). */
async function outcome(action: FormAction, token: string | null, fields: Record<string, string | number>): Promise<string> {
  try {
    const state = await call(action, token, fields);
    return state.status === 'ok' ? 'ok' : `error: ${state.message}`;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (digest.startsWith('NEXT_REDIRECT')) return `redirect: ${digest.split(';')[2]}`;
    throw error;
  }
}

async function roleOf(id: number) {
  const [row] = await db.select({ role: users.role, status: users.status }).from(users).where(eq(users.id, id));
  return row!;
}

let target: Awaited<ReturnType<typeof insertStaff>>;
beforeAll(async () => {
  target = await insertStaff(db, 'member');
  await db.update(users).set({ registrationNumber: 'MMC-2020-1' }).where(eq(users.id, target.id));
});

const everyAction = () =>
  [
    ['change role', changeRoleAction, { userId: target.id, role: 'author', currentRole: 'member' }],
    ['verify registration', registrationAction, { userId: target.id, verified: 'true' }],
    ['deactivate', deactivateUserAction, { userId: target.id, reason: 'Test', confirm: 'on' }],
    ['reactivate', reactivateUserAction, { userId: target.id }],
  ] as const;

describe('who may call the user actions', () => {
  it('are registered for the role matrix as users.manage', () => {
    for (const [, action] of everyAction()) expect(STAFF_ACTIONS.get(action)).toBe('users.manage');
  });

  it.each(['editor', 'author', 'member'] as const)('an %s is refused each of them, and nothing changes', async (role) => {
    const caller = await insertStaff(db, role);
    for (const [name, action, fields] of everyAction()) {
      expect(await outcome(action, caller.token, fields), name).toBe('error: You do not have access to this page.');
    }
    expect(await roleOf(target.id)).toEqual({ role: 'member', status: 'active' });
    expect(await db.select().from(auditLog).where(eq(auditLog.actorId, caller.id))).toEqual([]);
  });

  it('with no cookie, each sends to sign in', async () => {
    for (const [name, action, fields] of everyAction()) expect(await outcome(action, null, fields), name).toMatch(/^redirect: \/login/);
  });
});

describe('an admin changes a role', () => {
  it('the demoted editor’s next action is refused, and still refused after signing in again as a member', async () => {
    const admin = await insertStaff(db, 'admin');
    const editor = await insertStaff(db, 'editor');
    const publish = staffAction('posts.publish', NoFields, async () => ({ status: 'ok', message: 'Published.' }));
    expect(await outcome(publish, editor.token, {})).toBe('ok');

    const state = await call(changeRoleAction, admin.token, { userId: editor.id, role: 'member', currentRole: 'editor' });
    expect(state).toMatchObject({ status: 'ok', message: expect.stringMatching(/from editor to member/) });

    expect(await findViewerBySessionToken(editor.token)).toBeNull();
    expect(await outcome(publish, editor.token, {})).toMatch(/^redirect: \/login/);
    const again = await createSession(db, editor.id, { userAgent: 'vitest', ip: null });
    expect(await outcome(publish, again, {})).toBe('error: You do not have access to this page.');

    const [row] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.role'), eq(auditLog.subjectId, String(editor.id))))
      .orderBy(desc(auditLog.id));
    expect(row).toMatchObject({ actorId: admin.id, details: { from: 'editor', to: 'member' }, ip: '192.0.2.200' });
  });

  it('an admin cannot change their own role: the form says so', async () => {
    const admin = await insertStaff(db, 'admin');
    expect(await outcome(changeRoleAction, admin.token, { userId: admin.id, role: 'member', currentRole: 'admin' })).toBe(
      'error: You cannot change your own role: ask another admin.',
    );
    expect((await roleOf(admin.id)).role).toBe('admin');
  });

  it('a role that is not one is a field error', async () => {
    const admin = await insertStaff(db, 'admin');
    const state = await call(changeRoleAction, admin.token, { userId: target.id, role: 'owner', currentRole: 'member' });
    expect(state.status).toBe('error');
    expect(state.fieldErrors?.role).toEqual(['Choose a role.']);
  });
});

describe('an admin deactivates and reactivates', () => {
  it('asks for a reason and the confirmation, then goes through lib/accounts with the admin as actor', async () => {
    const admin = await insertStaff(db, 'admin');
    const doctor = await insertStaff(db, 'member');
    const missing = await call(deactivateUserAction, admin.token, { userId: doctor.id, reason: ' ' });
    expect(Object.keys(missing.fieldErrors ?? {}).sort()).toEqual(['confirm', 'reason']);
    expect((await roleOf(doctor.id)).status).toBe('active');

    expect(await outcome(deactivateUserAction, admin.token, { userId: doctor.id, reason: 'Asked by phone', confirm: 'on' })).toBe(
      `redirect: /admin/users/${doctor.id}?done=deactivated`,
    );
    expect((await roleOf(doctor.id)).status).toBe('deactivated');
    expect(await findViewerBySessionToken(doctor.token)).toBeNull();

    expect(await outcome(reactivateUserAction, admin.token, { userId: doctor.id })).toBe(`redirect: /admin/users/${doctor.id}?done=reactivated`);
    expect((await roleOf(doctor.id)).status).toBe('active');
    const rows = await db
      .select({ action: auditLog.action, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, 'user'), eq(auditLog.subjectId, String(doctor.id))))
      .orderBy(auditLog.id);
    expect(rows).toEqual([
      { action: 'account.deactivate', actorId: admin.id },
      { action: 'account.reactivate', actorId: admin.id },
    ]);
  });
});
