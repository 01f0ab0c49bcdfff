import { beforeAll } from 'vitest';
import { insertUser } from '@/lib/accounts/test-helpers';
import { createSession } from '@/lib/auth/sessions';
import type { Role } from '@/lib/auth/roles';
import type { Database } from '@/lib/db/client';
import type { FormState } from '@/lib/form-state';

/*
 * What the admin tests share: staff with live sessions, forms from plain values, and the
 * answer of a server action called directly (after useSession, lib/db/test/next-request.ts).
 */

/**
 * A verified, active user of the given role with a live session: its id, and the session
 * token to hand to useSession (lib/db/test/next-request.ts) before calling an action as them.
 */
export async function insertStaff(db: Database, role: Role, email = `${role}-${Math.random().toString(36).slice(2, 10)}@staff.test`) {
  const user = await insertUser(db, { email, role, name: `${role[0]!.toUpperCase()}${role.slice(1)} Tester`, emailVerifiedAt: new Date() });
  const token = await createSession(db, user.id, { userAgent: 'vitest', ip: '192.0.2.200' });
  return { id: user.id, email, role, token };
}

export type TestStaff = Awaited<ReturnType<typeof insertStaff>>;

/**
 * An editor who may do everything an editor's action asks, and an author and a member who
 * may not: inserted before the file's tests run, read inside them (`staff.editor`).
 */
export function insertEditorialStaff(db: Database): { editor: TestStaff; author: TestStaff; member: TestStaff } {
  const staff = {} as { editor: TestStaff; author: TestStaff; member: TestStaff };
  beforeAll(async () => {
    for (const role of ['editor', 'author', 'member'] as const) staff[role] = await insertStaff(db, role);
  });
  return staff;
}

export function formOf(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, String(value));
  return data;
}

/** Calls a server action with a form of these values: its answer, or the address it redirected to. */
export async function runAction(
  action: (state: FormState, form: FormData) => Promise<FormState>,
  fields: Record<string, string | number>,
): Promise<FormState & { redirect?: string }> {
  try {
    return await action({ status: 'idle' }, formOf(fields));
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (digest?.startsWith('NEXT_REDIRECT')) return { status: 'ok', redirect: digest.split(';')[2] };
    throw error;
  }
}

/** The id at the end of a redirect to an item's page (`/admin/videos/12?created=1` → 12). */
export function idFromRedirect(address: string | undefined): number {
  const match = /\/(\d+)(\?|$)/.exec(address ?? '');
  if (!match) throw new Error(`No item id in the redirect: ${address}`);
  return Number(match[1]);
}
