import { createSession } from '@/lib/auth/sessions';
import type { Database } from '@/lib/db/client';
import type { Role } from '@/lib/auth/roles';
import { insertUser } from '@/lib/accounts/test-helpers';

/**
 * A verified, active user of the given role with a live session: its id, and the session
 * token to hand to useSession (lib/db/test/next-request.ts) before calling an action as them.
 */
export async function insertStaff(db: Database, role: Role, email = `${role}-${Math.random().toString(36).slice(2, 10)}@staff.test`) {
  const user = await insertUser(db, { email, role, name: `${role[0]!.toUpperCase()}${role.slice(1)} Tester`, emailVerifiedAt: new Date() });
  const token = await createSession(db, user.id, { userAgent: 'vitest', ip: '192.0.2.200' });
  return { id: user.id, email, role, token };
}
