import { describe, expect, it } from 'vitest';
import { mailOutbox } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { getOutboxMessage, isSmtpConfigured, listOutbox, OutboxQuery } from './outbox';

/* The mail outbox for admins: newest first, by recipient, one message with both bodies. */

const { db } = testDatabase('migrated', 'adm_users_outbox');

async function insertMessage(values: Partial<typeof mailOutbox.$inferInsert> & { to: string }) {
  const [row] = await db
    .insert(mailOutbox)
    .values({ subject: 'Confirm your email', text: 'Hello', html: '<p>Hello</p>', status: 'logged', ...values })
    .returning();
  return row!;
}

describe('the outbox', () => {
  it('lists newest first, filters by recipient in any case, and reads one message', async () => {
    const at = new Date('2026-05-01T09:00:00Z');
    const first = await insertMessage({ to: 'asha@clinic.test', createdAt: at });
    const second = await insertMessage({ to: 'ravi@clinic.test', createdAt: at });
    const third = await insertMessage({ to: 'Asha@Clinic.test', subject: 'Password changed', createdAt: new Date('2026-05-02T09:00:00Z') });

    const all = await listOutbox(OutboxQuery.parse({}));
    expect(all.items.map((m) => m.id)).toEqual([third.id, second.id, first.id]);
    const asha = await listOutbox(OutboxQuery.parse({ to: 'ASHA@' }));
    expect(asha.items.map((m) => m.id)).toEqual([third.id, first.id]);
    expect(asha.total).toBe(2);

    expect(await getOutboxMessage(third.id)).toMatchObject({ to: 'Asha@Clinic.test', subject: 'Password changed', text: 'Hello', html: '<p>Hello</p>' });
    expect(await getOutboxMessage(999_999)).toBeNull();
  });

  it('is the place mail goes in tests: SMTP is not configured', () => {
    expect(isSmtpConfigured()).toBe(false);
  });
});
