import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { mailOutbox } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { transactionThenMail } from './send';

const { db } = testDatabase('migrated', 'mail_transaction');

const message = (to: string) => ({ to, subject: 'Your password was changed', text: 'Text.', html: '<p>Text.</p>' });

describe('transactionThenMail', () => {
  it('sends what the work queued once it has committed', async () => {
    let outboxDuringWork = -1;
    const result = await transactionThenMail(async (tx, mail) => {
      mail(message('committed@example.org'));
      outboxDuringWork = (await tx.select().from(mailOutbox).where(eq(mailOutbox.to, 'committed@example.org'))).length;
      return 'done';
    });
    expect(result).toBe('done');
    expect(outboxDuringWork).toBe(0);
    expect(await db.select().from(mailOutbox).where(eq(mailOutbox.to, 'committed@example.org'))).toHaveLength(1);
  });

  it('sends nothing when the work rolls back', async () => {
    await expect(
      transactionThenMail(async (_tx, mail) => {
        mail(message('rolled-back@example.org'));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.select().from(mailOutbox).where(eq(mailOutbox.to, 'rolled-back@example.org'))).toHaveLength(0);
  });
});
