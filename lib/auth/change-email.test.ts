import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, authTokens, mailOutbox, users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { confirmEmailChange, requestEmailChange } from './change-email';
import { hashPassword } from './password';
import { createSession, findViewerBySessionToken } from './sessions';

const { db, sql: rawSql } = testDatabase('migrated', 'change_email');

const PASSWORD = 'a quiet heron crosses 7 rivers';
let passwordHash: string | undefined;
let serial = 0;

async function insertUser(email?: string) {
  passwordHash ??= await hashPassword(PASSWORD);
  serial += 1;
  const [row] = await db
    .insert(users)
    .values({ email: email ?? `old${serial}@example.com`, name: `Dr Mail ${serial}`, passwordHash })
    .returning({ id: users.id, email: users.email });
  return row!;
}

const mailsTo = (address: string) => db.select().from(mailOutbox).where(sql`lower(${mailOutbox.to}) = lower(${address})`);

/** The token in the one confirmation link mailed to `address`. */
async function linkTokenSentTo(address: string) {
  const links = (await mailsTo(address)).flatMap((m) => [...m.text.matchAll(/\/verify-email\/change\/([\w-]+)/g)].map((x) => x[1]!));
  expect(links.length).toBeGreaterThan(0);
  return links.at(-1)!;
}

async function emailOf(id: number) {
  return (await db.select({ email: users.email, verified: users.emailVerifiedAt }).from(users).where(eq(users.id, id)))[0]!;
}

describe('requestEmailChange', () => {
  it('needs the current password and a different address', async () => {
    const user = await insertUser();
    expect(await requestEmailChange(user.id, { currentPassword: 'wrong password!', newEmail: 'n1@example.com' })).toMatchObject({
      ok: false,
      field: 'currentPassword',
    });
    expect(await requestEmailChange(user.id, { currentPassword: PASSWORD, newEmail: user.email.toUpperCase() })).toMatchObject({
      ok: false,
      field: 'newEmail',
    });
    expect(await mailsTo('n1@example.com')).toEqual([]);
  });

  it('mails a link to the new address, and the old one a notice with no link to the confirmation', async () => {
    const user = await insertUser();
    const result = await requestEmailChange(user.id, { currentPassword: PASSWORD, newEmail: 'fresh.one@example.com' });
    expect(result.ok).toBe(true);
    const token = await linkTokenSentTo('fresh.one@example.com');
    const [link] = await mailsTo('fresh.one@example.com');
    expect(link!.text).toContain(`http://localhost:3000/verify-email/change/${token}`);
    expect(link!.html).toContain(`/verify-email/change/${token}`);
    const notices = await mailsTo(user.email);
    expect(notices).toHaveLength(1);
    for (const body of [notices[0]!.text, notices[0]!.html]) {
      expect(body).not.toContain(token);
      expect(body).not.toContain('/verify-email/change');
      expect(body).not.toContain('fresh.one@example.com');
    }
    // Nothing changes until the link is opened; the token is stored only as its hash.
    expect((await emailOf(user.id)).email).toBe(user.email);
    const stored = await db.select().from(authTokens).where(eq(authTokens.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ kind: 'change_email', newEmail: 'fresh.one@example.com' });
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('answers the same for an address that already has an account, mailing its owner a notice and no link', async () => {
    const owner = await insertUser('taken@example.com');
    const user = await insertUser();
    const free = await requestEmailChange(user.id, { currentPassword: PASSWORD, newEmail: 'free-one@example.com' });
    const taken = await requestEmailChange(user.id, { currentPassword: PASSWORD, newEmail: 'Taken@Example.com' });
    expect(taken.ok && free.ok).toBe(true);
    if (!taken.ok || !free.ok) return;
    expect(taken.message.replace('Taken@Example.com', 'X')).toBe(free.message.replace('free-one@example.com', 'X'));
    const ownerMail = await mailsTo('taken@example.com');
    expect(ownerMail).toHaveLength(1);
    expect(ownerMail[0]!.text).not.toMatch(/verify-email/);
    expect((await emailOf(owner.id)).email).toBe('taken@example.com');
    expect((await emailOf(user.id)).email).toBe(user.email);
  });
});

describe('confirmEmailChange', () => {
  it('sets the new address, verified, once; sessions stay; the old address is told', async () => {
    const user = await insertUser();
    const session = await createSession(db, user.id, { userAgent: null, ip: null });
    await requestEmailChange(user.id, { currentPassword: PASSWORD, newEmail: 'Moved.Here@example.com' });
    const token = await linkTokenSentTo('Moved.Here@example.com');
    expect(await confirmEmailChange(token)).toEqual({ ok: true, email: 'Moved.Here@example.com' });
    const after = await emailOf(user.id);
    expect(after.email).toBe('Moved.Here@example.com');
    expect(after.verified).not.toBeNull();
    expect(await confirmEmailChange(token)).toMatchObject({ ok: false });
    expect(await findViewerBySessionToken(session, db)).toMatchObject({ email: 'Moved.Here@example.com' });
    expect((await mailsTo(user.email)).map((m) => m.subject)).toContain('Your email address was changed · Hidoc Dr.');
    const actions = (await db.select().from(auditLog).where(eq(auditLog.subjectId, String(user.id)))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['account.email_change_request', 'account.email_change']));
  });

  it('refuses an address another account took meanwhile in another letter case', async () => {
    const user = await insertUser();
    await requestEmailChange(user.id, { currentPassword: PASSWORD, newEmail: 'race@example.com' });
    const token = await linkTokenSentTo('race@example.com');
    const rival = await insertUser('RACE@Example.COM');
    const result = await confirmEmailChange(token);
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.message).toMatch(/another account/);
    expect((await emailOf(user.id)).email).toBe(user.email);
    expect((await emailOf(rival.id)).email).toBe('RACE@Example.COM');
  });

  it('refuses, by the unique index, an address a sign-up takes while the link is being confirmed', async () => {
    const user = await insertUser();
    await requestEmailChange(user.id, { currentPassword: PASSWORD, newEmail: 'photo-finish@example.com' });
    const token = await linkTokenSentTo('photo-finish@example.com');
    // A sign-up's transaction holds the address, uncommitted: the confirmation's check cannot
    // see it, and its UPDATE waits on the index until the sign-up commits.
    const signUp = await rawSql.reserve();
    try {
      await signUp`begin`;
      await signUp`insert into users (email, name, password_hash) values ('Photo-Finish@example.com', 'Rival', 'x')`;
      const confirming = confirmEmailChange(token);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await signUp`commit`;
      const result = await confirming;
      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/another account/) });
    } finally {
      signUp.release();
    }
    expect((await emailOf(user.id)).email).toBe(user.email);
  });

  it('only the newest link works, and a made-up token does nothing', async () => {
    const user = await insertUser();
    await requestEmailChange(user.id, { currentPassword: PASSWORD, newEmail: 'first-try@example.com' });
    const first = await linkTokenSentTo('first-try@example.com');
    await requestEmailChange(user.id, { currentPassword: PASSWORD, newEmail: 'second-try@example.com' });
    const second = await linkTokenSentTo('second-try@example.com');
    expect(await confirmEmailChange(first)).toMatchObject({ ok: false });
    expect(await confirmEmailChange('x'.repeat(43))).toMatchObject({ ok: false });
    expect(await confirmEmailChange(second)).toEqual({ ok: true, email: 'second-try@example.com' });
  });

  it('of two concurrent clicks, one changes the address', async () => {
    const user = await insertUser();
    await requestEmailChange(user.id, { currentPassword: PASSWORD, newEmail: 'double@example.com' });
    const token = await linkTokenSentTo('double@example.com');
    const results = await Promise.all([confirmEmailChange(token), confirmEmailChange(token)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});
