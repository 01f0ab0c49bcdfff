import { eq } from 'drizzle-orm';
import { generate, generateSecret } from 'otplib';
import { describe, expect, it } from 'vitest';
import { auditLog, mailOutbox, recoveryCodes, users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { hashPassword } from './password';
import * as twoFactor from './two-factor';

const { db } = testDatabase('migrated', 'two_factor');

const PASSWORD = 'a quiet heron crosses 7 rivers';
let passwordHash: string | undefined;
let serial = 0;

async function insertUser(values: Partial<typeof users.$inferInsert> = {}) {
  passwordHash ??= await hashPassword(PASSWORD);
  serial += 1;
  const [row] = await db
    .insert(users)
    .values({ email: `tf${serial}@example.com`, name: `Dr Two ${serial}`, passwordHash, ...values })
    .returning({ id: users.id, email: users.email });
  return row!;
}

const now = () => Math.floor(Date.now() / 1000);
const codeAt = (secret: string, epoch: number) => generate({ secret, epoch });

/** A user with two-factor on and no step used yet, written directly: tests of verification only. */
async function userWithTotp() {
  const secret = generateSecret();
  const user = await insertUser({ totpSecret: secret, totpEnabledAt: new Date() });
  return { ...user, secret };
}

/** A user who went through the set-up: its first code was the current one. */
async function enabledThroughSetup() {
  const user = await insertUser();
  const started = await twoFactor.startTwoFactorSetup(user.id);
  if (!started.ok) throw new Error(started.message);
  const enabled = await twoFactor.enableTwoFactor(user.id, { code: await codeAt(started.setup.secret, now()), currentPassword: PASSWORD });
  if (!enabled.ok) throw new Error(enabled.message);
  return { ...user, secret: started.setup.secret, codes: enabled.recoveryCodes };
}

async function userRow(id: number) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}

describe('normaliseSecondFactorCode', () => {
  it('reads TOTP and recovery codes whatever the spacing, dashes or case', () => {
    expect(twoFactor.normaliseSecondFactorCode(' 123 456 ')).toEqual({ kind: 'totp', value: '123456' });
    expect(twoFactor.normaliseSecondFactorCode('123-456')).toEqual({ kind: 'totp', value: '123456' });
    expect(twoFactor.normaliseSecondFactorCode('7kq2-m9xd-4htp')).toEqual({ kind: 'recovery', value: '7KQ2M9XD4HTP' });
    expect(twoFactor.normaliseSecondFactorCode('7KQ2 M9XD 4HTP')).toEqual({ kind: 'recovery', value: '7KQ2M9XD4HTP' });
    // Look-alikes read as Crockford does: O is zero, I and L are one.
    expect(twoFactor.normaliseSecondFactorCode('OIL2-M9XD-4HTP')).toEqual({ kind: 'recovery', value: '0112M9XD4HTP' });
    for (const bad of ['', '12345', '1234567', 'abcdef', '7KQ2-M9XD', 'U'.repeat(12), '1'.repeat(100)]) {
      expect(twoFactor.normaliseSecondFactorCode(bad), bad).toBeNull();
    }
  });
});

describe('setting up two-factor', () => {
  it('keeps a new secret while unconfirmed and gives an otpauth URI with the site and email, and an SVG QR code', async () => {
    const user = await insertUser();
    const started = await twoFactor.startTwoFactorSetup(user.id);
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    expect(started.setup.secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(started.setup.otpauthUri);
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(started.setup.secret);
    expect(uri.searchParams.get('issuer')).toBe('Hidoc Dr.');
    expect(decodeURIComponent(uri.pathname)).toContain(user.email);
    expect(started.setup.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const row = await userRow(user.id);
    expect(row.totpSecret).toBe(started.setup.secret);
    expect(row.totpEnabledAt).toBeNull();
    const status = await twoFactor.getTwoFactorStatus(user.id);
    expect(status).toMatchObject({ isEnabled: false, pendingSetup: { secret: started.setup.secret } });
  });

  it('enables only with a valid first code and the password, then makes ten recovery codes, an audit row and a notice', async () => {
    const user = await insertUser();
    const started = await twoFactor.startTwoFactorSetup(user.id);
    if (!started.ok) throw new Error('setup');
    const wrong = await twoFactor.enableTwoFactor(user.id, {
      code: '000000' === (await codeAt(started.setup.secret, now())) ? '111111' : '000000',
      currentPassword: PASSWORD,
    });
    expect(wrong).toMatchObject({ ok: false, field: 'code' });
    expect(await twoFactor.enableTwoFactor(user.id, { code: 'nonsense', currentPassword: PASSWORD })).toMatchObject({ ok: false, field: 'code' });
    const noPassword = await twoFactor.enableTwoFactor(user.id, { code: await codeAt(started.setup.secret, now()), currentPassword: 'not it at all' });
    expect(noPassword).toMatchObject({ ok: false, field: 'currentPassword' });
    expect((await userRow(user.id)).totpEnabledAt).toBeNull();

    const enabled = await twoFactor.enableTwoFactor(user.id, { code: await codeAt(started.setup.secret, now()), currentPassword: PASSWORD });
    expect(enabled.ok).toBe(true);
    if (!enabled.ok) return;
    expect(enabled.recoveryCodes).toHaveLength(10);
    expect(new Set(enabled.recoveryCodes).size).toBe(10);
    for (const code of enabled.recoveryCodes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const row = await userRow(user.id);
    expect(row.totpEnabledAt).not.toBeNull();
    expect(row.totpLastStep).not.toBeNull();
    const audits = await db.select().from(auditLog).where(eq(auditLog.subjectId, String(user.id)));
    expect(audits.map((a) => a.action)).toContain('account.two_factor_enable');
    const mails = await db.select().from(mailOutbox).where(eq(mailOutbox.to, user.email));
    expect(mails.map((m) => m.subject)).toContain('Two-factor sign-in is on · Hidoc Dr.');
    expect(JSON.stringify(mails)).not.toContain(started.setup.secret);

    // On, the set-up can neither restart (swapping the secret) nor be confirmed again.
    expect(await twoFactor.startTwoFactorSetup(user.id)).toMatchObject({ ok: false });
    expect((await userRow(user.id)).totpSecret).toBe(started.setup.secret);
    const status = await twoFactor.getTwoFactorStatus(user.id);
    expect(status).toMatchObject({ isEnabled: true, recoveryCodesLeft: 10, pendingSetup: null });
    expect(JSON.stringify(status)).not.toContain(started.setup.secret);
  });

  it('refuses to enable without a started set-up', async () => {
    const user = await insertUser();
    expect(await twoFactor.enableTwoFactor(user.id, { code: '123456', currentPassword: PASSWORD })).toMatchObject({ ok: false });
    expect((await userRow(user.id)).totpEnabledAt).toBeNull();
  });

  it('does not accept the code that turned it on a second time', async () => {
    const user = await insertUser();
    const started = await twoFactor.startTwoFactorSetup(user.id);
    if (!started.ok) throw new Error('setup');
    const first = await codeAt(started.setup.secret, now());
    expect((await twoFactor.enableTwoFactor(user.id, { code: first, currentPassword: PASSWORD })).ok).toBe(true);
    expect(await twoFactor.verifySecondFactor(db, user.id, first)).toBe(false);
  });
});

describe('verifySecondFactor with TOTP', () => {
  it('accepts a current code once and refuses the same code a second time', async () => {
    const user = await userWithTotp();
    const code = await codeAt(user.secret, now());
    expect(await twoFactor.verifySecondFactor(db, user.id, code)).toBe(true);
    expect(await twoFactor.verifySecondFactor(db, user.id, code)).toBe(false);
    expect(await twoFactor.verifySecondFactor(db, user.id, ` ${code.slice(0, 3)} ${code.slice(3)} `)).toBe(false);
  });

  it('accepts a code one step either side of now, with spaces, but not one from three steps ago', async () => {
    const early = await userWithTotp();
    expect(await twoFactor.verifySecondFactor(db, early.id, await codeAt(early.secret, now() - 90))).toBe(false);
    const late = await userWithTotp();
    expect(await twoFactor.verifySecondFactor(db, late.id, await codeAt(late.secret, now() + 90))).toBe(false);
    const behind = await userWithTotp();
    const code = await codeAt(behind.secret, now() - 30);
    expect(await twoFactor.verifySecondFactor(db, behind.id, `${code.slice(0, 3)} ${code.slice(3)}`)).toBe(true);
  });

  it('refuses a code older than the last one used, even within the window', async () => {
    const user = await userWithTotp();
    const previous = await codeAt(user.secret, now() - 30);
    expect(await twoFactor.verifySecondFactor(db, user.id, await codeAt(user.secret, now() + 30))).toBe(true);
    expect(await twoFactor.verifySecondFactor(db, user.id, previous)).toBe(false);
  });

  it('lets one of two concurrent uses of a code win', async () => {
    for (let round = 0; round < 3; round++) {
      const user = await userWithTotp();
      const code = await codeAt(user.secret, now());
      const results = await Promise.all(Array.from({ length: 4 }, () => twoFactor.verifySecondFactor(db, user.id, code)));
      expect(results.filter(Boolean)).toHaveLength(1);
    }
  });

  it('accepts nothing for a user whose two-factor is not on, even with a secret being set up', async () => {
    const user = await insertUser();
    const started = await twoFactor.startTwoFactorSetup(user.id);
    if (!started.ok) throw new Error('setup');
    expect(await twoFactor.verifySecondFactor(db, user.id, await codeAt(started.setup.secret, now()))).toBe(false);
    expect(await twoFactor.verifySecondFactor(db, 999_999, '123456')).toBe(false);
  });

  it("refuses another user's code", async () => {
    const a = await userWithTotp();
    const b = await userWithTotp();
    expect(await twoFactor.verifySecondFactor(db, b.id, await codeAt(a.secret, now()))).toBe(false);
  });
});

describe('recovery codes', () => {
  it('each of the ten works once, in any case and spacing', async () => {
    const user = await enabledThroughSetup();
    expect(user.codes).toHaveLength(10);
    for (const [i, code] of user.codes.entries()) {
      const typed = i % 2 === 0 ? code.toLowerCase() : code.replace(/-/g, ' ');
      expect(await twoFactor.verifySecondFactor(db, user.id, typed), code).toBe(true);
      expect(await twoFactor.verifySecondFactor(db, user.id, code), code).toBe(false);
    }
    expect((await twoFactor.getTwoFactorStatus(user.id)).recoveryCodesLeft).toBe(0);
  });

  it('is used exactly once under concurrent use', async () => {
    const user = await enabledThroughSetup();
    const results = await Promise.all(Array.from({ length: 5 }, () => twoFactor.verifySecondFactor(db, user.id, user.codes[0]!)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("does not work for another account", async () => {
    const a = await enabledThroughSetup();
    const b = await enabledThroughSetup();
    expect(await twoFactor.verifySecondFactor(db, b.id, a.codes[0]!)).toBe(false);
    expect(await twoFactor.verifySecondFactor(db, a.id, a.codes[0]!)).toBe(true);
  });

  it('are stored as hashes only: no plain code in any column of any table', async () => {
    const user = await enabledThroughSetup();
    const stored = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    expect(stored).toHaveLength(10);
    for (const row of stored) expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
    const everything = [
      JSON.stringify(await db.select().from(recoveryCodes)),
      JSON.stringify(await db.select().from(users)),
      JSON.stringify(await db.select().from(auditLog)),
      JSON.stringify(await db.select().from(mailOutbox)),
    ].join(' ');
    for (const code of user.codes) {
      expect(everything).not.toContain(code);
      expect(everything).not.toContain(code.replace(/-/g, ''));
    }
  });

  it('regenerating needs the password and voids the old codes', async () => {
    const user = await enabledThroughSetup();
    expect(await twoFactor.regenerateRecoveryCodes(user.id, 'not the password')).toMatchObject({ ok: false, field: 'currentPassword' });
    const fresh = await twoFactor.regenerateRecoveryCodes(user.id, PASSWORD);
    expect(fresh.ok).toBe(true);
    if (!fresh.ok) return;
    expect(fresh.recoveryCodes).toHaveLength(10);
    expect(await twoFactor.verifySecondFactor(db, user.id, user.codes[0]!)).toBe(false);
    expect(await twoFactor.verifySecondFactor(db, user.id, fresh.recoveryCodes[0]!)).toBe(true);
  });
});

describe('disabling two-factor', () => {
  it('needs the current password, then clears the secret, the dates, the last step and the recovery codes', async () => {
    const user = await enabledThroughSetup();
    expect(await twoFactor.disableTwoFactor(user.id, 'wrong password here')).toMatchObject({ ok: false, field: 'currentPassword' });
    expect((await userRow(user.id)).totpEnabledAt).not.toBeNull();

    expect(await twoFactor.disableTwoFactor(user.id, PASSWORD)).toEqual({ ok: true });
    const row = await userRow(user.id);
    expect(row).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null });
    expect(await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id))).toEqual([]);
    expect(await twoFactor.verifySecondFactor(db, user.id, user.codes[1]!)).toBe(false);
    expect(await twoFactor.verifySecondFactor(db, user.id, await codeAt(user.secret, now() + 30))).toBe(false);
    const audits = await db.select().from(auditLog).where(eq(auditLog.subjectId, String(user.id)));
    expect(audits.map((a) => a.action)).toContain('account.two_factor_disable');
    const mails = await db.select().from(mailOutbox).where(eq(mailOutbox.to, user.email));
    expect(mails.map((m) => m.subject)).toContain('Two-factor sign-in is off · Hidoc Dr.');
  });
});
