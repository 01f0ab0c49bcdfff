import { describe, expect, it } from 'vitest';
import { users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { checkCurrentPassword, CURRENT_PASSWORD_RULE } from './current-password';
import { hashPassword } from './password';

const { db } = testDatabase('migrated', 'current_password');

describe('checkCurrentPassword', () => {
  it('tells the right password from a wrong one, then refuses even the right one past the budget, per account', async () => {
    const passwordHash = await hashPassword('a quiet heron crosses 7 rivers');
    const [a, b] = await db
      .insert(users)
      .values([
        { email: 'budget-a@example.com', name: 'A', passwordHash },
        { email: 'budget-b@example.com', name: 'B', passwordHash },
      ])
      .returning({ id: users.id });
    expect(await checkCurrentPassword(a!.id, 'a quiet heron crosses 7 rivers')).toBe('ok');
    expect(await checkCurrentPassword(a!.id, 'a guess')).toBe('wrong');
    for (let i = 2; i < CURRENT_PASSWORD_RULE.limit; i++) await checkCurrentPassword(a!.id, `guess ${i}`);
    expect(await checkCurrentPassword(a!.id, 'a quiet heron crosses 7 rivers')).toBe('rate-limited');
    expect(await checkCurrentPassword(b!.id, 'a quiet heron crosses 7 rivers')).toBe('ok');
  });
});
