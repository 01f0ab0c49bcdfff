import { and, desc, eq, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { auditLog, authTokens, legalAcceptances, legalDocuments, mailOutbox, users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { isAppError } from '@/lib/errors';
import { listAcceptances } from '@/lib/legal/acceptance';
import { registerAccount, SIGNUP_LIMITS } from './register';
import { RegisterInput } from './schemas';

// The real hasher, watched: a taken address must cost the same hashing work as a new one.
vi.mock('@/lib/auth/password', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/auth/password')>();
  return { ...original, hashPassword: vi.fn(original.hashPassword) };
});

const { db } = testDatabase('seeded', 'accounts_register');

let ipCounter = 0;
/** Each test signs up from an address of its own, so the per-address limit of one does not reach another. */
const freshIp = () => `198.51.100.${++ipCounter}`;

function input(overrides: Partial<Record<string, string | undefined>> = {}) {
  return RegisterInput.parse({
    name: 'Anita Sharma',
    email: 'anita@example.org',
    password: 'tundra violet ledger 42',
    profession: 'doctor',
    specialty: 'oncology',
    registrationNumber: 'MMC-2011-0042',
    registrationCouncil: 'Maharashtra Medical Council',
    country: 'IN',
    acceptTerms: 'on',
    ...overrides,
  });
}

async function userByEmail(email: string) {
  const [row] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row;
}

async function mailTo(email: string) {
  return db.select().from(mailOutbox).where(eq(mailOutbox.to, email)).orderBy(desc(mailOutbox.id));
}

async function counts() {
  const [row] = await db.execute<{ users: number; acceptances: number; tokens: number }>(
    sql`select (select count(*) from users)::int as users, (select count(*) from legal_acceptances)::int as acceptances, (select count(*) from auth_tokens)::int as tokens`,
  );
  return row!;
}

describe('registerAccount', () => {
  it('creates a doctor in India with the LLP’s current Terms and Privacy Policy accepted, a hashed token and the link by mail', async () => {
    const password = 'tundra violet ledger 42';
    expect(await registerAccount(input({ email: 'Anita.Sharma@Example.org' }), { ip: freshIp() })).toEqual({ ok: true });

    const user = await userByEmail('anita.sharma@example.org');
    expect(user).toMatchObject({
      email: 'Anita.Sharma@Example.org',
      name: 'Anita Sharma',
      profession: 'doctor',
      registrationNumber: 'MMC-2011-0042',
      registrationCouncil: 'Maharashtra Medical Council',
      country: 'IN',
      role: 'member',
      status: 'active',
      emailVerifiedAt: null,
    });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await listAcceptances(user!.id)).toEqual([
      expect.objectContaining({ kind: 'privacy', entity: 'llp', version: 1 }),
      expect.objectContaining({ kind: 'terms', entity: 'llp', version: 1 }),
    ]);

    const [mail] = await mailTo('Anita.Sharma@Example.org');
    expect(mail!.subject).toMatch(/Confirm your email address/);
    const token = /\/verify-email\/([A-Za-z0-9_-]+)/.exec(mail!.text)?.[1];
    expect(token).toBeTruthy();
    expect(mail!.html).toContain(`/verify-email/${token}`);
    const [stored] = await db.select().from(authTokens).where(eq(authTokens.userId, user!.id));
    expect(stored).toMatchObject({ kind: 'verify_email', usedAt: null });
    expect(stored!.tokenHash).not.toBe(token);

    // Nothing secret in the message but its link: no password, no hash, no token hash.
    for (const body of [mail!.text, mail!.html!]) {
      expect(body).not.toContain(password);
      expect(body).not.toContain(user!.passwordHash);
      expect(body).not.toContain(stored!.tokenHash);
      expect(body).not.toContain('argon2');
    }
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'account.register'), eq(auditLog.subjectId, String(user!.id))));
    expect(entry?.details).toEqual({ accepted: ['terms/llp/v1', 'privacy/llp/v1'] });
  });

  it('records the Inc.’s documents elsewhere, in their newest version in effect', async () => {
    await db.insert(legalDocuments).values({
      kind: 'privacy',
      entity: 'inc',
      version: 2,
      title: 'Privacy Policy v2',
      body: 'Version 2.',
      effectiveDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
      publishedAt: new Date(Date.now() - 60_000),
    });
    // Published but not yet in effect: not what a sign-up accepts today.
    await db.insert(legalDocuments).values({
      kind: 'terms',
      entity: 'inc',
      version: 2,
      title: 'Terms v2',
      body: 'Version 2.',
      effectiveDate: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
      publishedAt: new Date(),
    });
    await registerAccount(input({ email: 'john@example.co.uk', name: 'John Watson', country: 'GB', profession: 'nurse', registrationNumber: '', registrationCouncil: '' }), {
      ip: freshIp(),
    });
    const user = await userByEmail('john@example.co.uk');
    expect(user).toMatchObject({ profession: 'nurse', registrationNumber: null, country: 'GB' });
    expect(await listAcceptances(user!.id)).toEqual([
      expect.objectContaining({ kind: 'privacy', entity: 'inc', version: 2 }),
      expect.objectContaining({ kind: 'terms', entity: 'inc', version: 1 }),
    ]);
  });

  it('creates nothing for an address that exists in another letter case, answers the same and mails its owner a notice', async () => {
    await registerAccount(input({ email: 'meera@example.org', name: 'Meera Iyer' }), { ip: freshIp() });
    const before = await counts();
    vi.mocked(hashPassword).mockClear();
    const answer = await registerAccount(input({ email: 'MEERA@Example.ORG', name: 'Someone Else', password: 'another long passphrase 7' }), { ip: freshIp() });
    expect(answer).toEqual({ ok: true });
    expect(hashPassword).toHaveBeenCalledTimes(1);
    expect(await counts()).toEqual(before);
    expect((await userByEmail('meera@example.org'))!.name).toBe('Meera Iyer');

    const [notice] = await mailTo('meera@example.org');
    expect(notice!.subject).toMatch(/tried to create/);
    expect(notice!.text).toContain('Hello Meera Iyer,');
    expect(notice!.text).toMatch(/\/login/);
    expect(notice!.text).not.toMatch(/verify-email|reset-password/);
    expect(await mailTo('MEERA@Example.ORG')).toEqual([]);
  });

  it('refuses a password the policy refuses, or an unknown specialty, beside the field, creating nothing', async () => {
    const before = await counts();
    expect(await registerAccount(input({ email: 'weak@example.org', password: 'password1234' }), { ip: freshIp() })).toEqual({
      ok: false,
      fieldErrors: { password: [expect.stringMatching(/too easy to guess/)] },
    });
    expect(await registerAccount(input({ email: 'weak@example.org', name: 'Ravi Kumar', password: 'RaviKumar2026' }), { ip: freshIp() })).toMatchObject({
      fieldErrors: { password: [expect.stringMatching(/close to your name or email/)] },
    });
    expect(await registerAccount(input({ email: 'weak@example.org', specialty: 'astrology' }), { ip: freshIp() })).toEqual({
      ok: false,
      fieldErrors: { specialty: ['Choose a specialty from the list.'] },
    });
    expect(await counts()).toEqual(before);
  });

  it('limits sign-ups per network address and per email address', async () => {
    const ip = freshIp();
    for (let i = 0; i < SIGNUP_LIMITS.perAddress.limit; i++) {
      await registerAccount(input({ email: `many-${i}@example.org` }), { ip });
    }
    const refused = await registerAccount(input({ email: 'one-more@example.org' }), { ip }).catch((error: unknown) => error);
    expect(isAppError(refused) && refused.status).toBe(429);
    expect(await userByEmail('one-more@example.org')).toBeUndefined();

    for (let i = 0; i < SIGNUP_LIMITS.perEmail.limit; i++) await registerAccount(input({ email: 'Same@example.org' }), { ip: freshIp() });
    const again = await registerAccount(input({ email: 'same@EXAMPLE.org' }), { ip: freshIp() }).catch((error: unknown) => error);
    expect(isAppError(again) && again.status).toBe(429);
  });

  it('makes one account when the same address signs up twice at once', async () => {
    await Promise.all([
      registerAccount(input({ email: 'twice@example.org' }), { ip: freshIp() }),
      registerAccount(input({ email: 'TWICE@example.org' }), { ip: freshIp() }),
    ]);
    const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from users where lower(email) = 'twice@example.org'`);
    expect(row!.n).toBe(1);
    const acceptances = await db
      .select()
      .from(legalAcceptances)
      .innerJoin(users, eq(users.id, legalAcceptances.userId))
      .where(eq(sql`lower(${users.email})`, 'twice@example.org'));
    expect(acceptances).toHaveLength(2);
  });
});
