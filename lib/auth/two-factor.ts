import 'server-only';
import { createHash, randomInt } from 'node:crypto';
import { and, count, eq, isNotNull, isNull, lt, or } from 'drizzle-orm';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { audit } from '@/lib/audit';
import { db, type Executor } from '@/lib/db/client';
import { recoveryCodes, users } from '@/lib/db/schema';
import { env } from '@/lib/env';
import {
  recoveryCodesRegeneratedMessage,
  twoFactorDisabledMessage,
  twoFactorEnabledMessage,
} from '@/lib/mail/account-messages';
import { transactionThenMail } from '@/lib/mail/send';
import { checkCurrentPassword, PASSWORD_CHECK_MESSAGES } from './current-password';

export const RECOVERY_CODE_COUNT = 10;
/** otplib's default period; one step either side of now is accepted (clock drift, typing time). */
const PERIOD_SECONDS = 30;

/**
 * Crockford's base32 alphabet: no I, L, O or U, so a code copied from paper reads one way.
 * 12 symbols of 5 bits: 60 random bits, too many to guess from a copied hash, so a fast
 * SHA-256 is enough where a password needs argon2.
 */
const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RECOVERY_LENGTH = 12;

export type Outcome<T = object> = ({ ok: true } & T) | { ok: false; field?: string; message: string };

export type TwoFactorSetup = {
  /** Base32, for typing into an authenticator by hand. */
  secret: string;
  otpauthUri: string;
  /** An inline SVG document of the URI's QR code, made here on the server. */
  qrSvg: string;
};

export type TwoFactorStatus = {
  isEnabled: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  /** Set while a setup is started and not yet confirmed with a first code; never once it is on. */
  pendingSetup: TwoFactorSetup | null;
};

/** The code as the user meant it: a 6-digit TOTP code or a recovery code, whatever the spacing, dashes or case. */
export function normaliseSecondFactorCode(code: string): { kind: 'totp' | 'recovery'; value: string } | null {
  if (code.length > 64) return null;
  const compact = code.replace(/[\s\-‐‑–—_.]/g, '').toUpperCase();
  if (/^\d{6}$/.test(compact)) return { kind: 'totp', value: compact };
  // Crockford's reading of look-alikes: O is 0, I and L are 1.
  const recovery = compact.replace(/O/g, '0').replace(/[IL]/g, '1');
  if (recovery.length === RECOVERY_LENGTH && [...recovery].every((c) => RECOVERY_ALPHABET.includes(c))) {
    return { kind: 'recovery', value: recovery };
  }
  return null;
}

/** `7KQ2-M9XD-4HTP` */
export function formatRecoveryCode(value: string): string {
  return value.match(/.{1,4}/g)!.join('-');
}

function newRecoveryCode(): string {
  let value = '';
  for (let i = 0; i < RECOVERY_LENGTH; i++) value += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  return value;
}

/** The user id in the input: the same code never hashes the same for two accounts. */
function hashRecoveryCode(userId: number, normalised: string): string {
  return createHash('sha256').update(`${userId}:${normalised}`).digest('hex');
}

async function describeSetup(secret: string, email: string): Promise<TwoFactorSetup> {
  const otpauthUri = generateURI({ issuer: env.SITE_NAME, label: email, secret });
  const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, otpauthUri, qrSvg };
}

/** The time step a code belongs to, within one step of now and after `afterStep`; null if none. */
async function matchTotpStep(secret: string, code: string, afterStep: number | null): Promise<number | null> {
  try {
    const result = await verify({
      secret,
      token: code,
      period: PERIOD_SECONDS,
      epochTolerance: PERIOD_SECONDS,
      afterTimeStep: afterStep ?? undefined,
    });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    // otplib throws when the last used step lies beyond the window (a clock set back): no code fits.
    return null;
  }
}

async function readTwoFactorRow(executor: Executor, userId: number) {
  const [row] = await executor
    .select({
      email: users.email,
      name: users.name,
      totpSecret: users.totpSecret,
      totpEnabledAt: users.totpEnabledAt,
      totpLastStep: users.totpLastStep,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

export async function getTwoFactorStatus(userId: number, executor: Executor = db): Promise<TwoFactorStatus> {
  const row = await readTwoFactorRow(executor, userId);
  if (!row) return { isEnabled: false, enabledAt: null, recoveryCodesLeft: 0, pendingSetup: null };
  const [left] = await executor
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  const isEnabled = row.totpEnabledAt !== null;
  return {
    isEnabled,
    enabledAt: row.totpEnabledAt,
    recoveryCodesLeft: isEnabled ? (left?.n ?? 0) : 0,
    pendingSetup: !isEnabled && row.totpSecret ? await describeSetup(row.totpSecret, row.email) : null,
  };
}

/**
 * Starts (or restarts) turning two-factor on: a new secret, kept while not yet confirmed.
 * Refused while two-factor is on, so an open session cannot swap the secret of a working setup.
 */
export async function startTwoFactorSetup(userId: number, executor: Executor = db): Promise<Outcome<{ setup: TwoFactorSetup }>> {
  const secret = generateSecret();
  const [row] = await executor
    .update(users)
    .set({ totpSecret: secret, totpLastStep: null })
    .where(and(eq(users.id, userId), isNull(users.totpEnabledAt)))
    .returning({ email: users.email });
  if (!row) return { ok: false, message: 'Two-factor sign-in is already on. Turn it off first to use another authenticator.' };
  return { ok: true, setup: await describeSetup(secret, row.email) };
}

/** Drops a setup that was started but not confirmed. */
export async function cancelTwoFactorSetup(userId: number, executor: Executor = db): Promise<void> {
  await executor
    .update(users)
    .set({ totpSecret: null, totpLastStep: null })
    .where(and(eq(users.id, userId), isNull(users.totpEnabledAt)));
}

async function replaceRecoveryCodes(tx: Executor, userId: number): Promise<string[]> {
  const codes = new Set<string>();
  while (codes.size < RECOVERY_CODE_COUNT) codes.add(newRecoveryCode());
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values([...codes].map((code) => ({ userId, codeHash: hashRecoveryCode(userId, code) })));
  return [...codes].map(formatRecoveryCode);
}

/**
 * Turns two-factor on with the first code from the authenticator and the current password:
 * sets enabledAt, remembers the code's step (it cannot sign anyone in afterwards), makes ten
 * recovery codes (replacing any old ones), writes the audit row and the notice, all in one
 * transaction. The codes are returned once, formatted for reading; only their hashes are kept.
 *
 * The password is asked for because a stolen session could otherwise tie the account to the
 * thief's phone, and the owner, whose password reset still asks for the second factor, would
 * be locked out for good.
 */
export async function enableTwoFactor(
  userId: number,
  given: { code: string; currentPassword: string },
  meta: { ip?: string | null } = {},
): Promise<Outcome<{ recoveryCodes: string[] }>> {
  const input = normaliseSecondFactorCode(given.code);
  if (input?.kind !== 'totp') return { ok: false, field: 'code', message: 'Enter the 6-digit code your authenticator app shows.' };
  const check = await checkCurrentPassword(userId, given.currentPassword);
  if (check !== 'ok') return { ok: false, field: 'currentPassword', message: PASSWORD_CHECK_MESSAGES[check] };
  return transactionThenMail(async (tx, mail) => {
    const [row] = await tx
      .select({ name: users.name, email: users.email, totpSecret: users.totpSecret, totpEnabledAt: users.totpEnabledAt })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!row) return { ok: false, message: 'Your account was not found.' };
    if (row.totpEnabledAt) return { ok: false, message: 'Two-factor sign-in is already on.' };
    if (!row.totpSecret) return { ok: false, message: 'Start the set-up again: it was cancelled or has not begun.' };
    const step = await matchTotpStep(row.totpSecret, input.value, null);
    if (step === null) {
      return { ok: false, field: 'code', message: 'That code is not right. Check that your phone’s clock is set automatically, and enter the newest code.' };
    }
    await tx.update(users).set({ totpEnabledAt: new Date(), totpLastStep: step }).where(eq(users.id, userId));
    const codes = await replaceRecoveryCodes(tx, userId);
    await audit(tx, { actorId: userId, action: 'account.two_factor_enable', subjectType: 'user', subjectId: userId, ip: meta.ip });
    mail({ to: row.email, ...twoFactorEnabledMessage({ name: row.name }) });
    return { ok: true, recoveryCodes: codes };
  });
}

/** Turns two-factor off with the current password: secret, enabledAt, last step and recovery codes all cleared. */
export async function disableTwoFactor(userId: number, password: string, meta: { ip?: string | null } = {}): Promise<Outcome> {
  const check = await checkCurrentPassword(userId, password);
  if (check !== 'ok') return { ok: false, field: 'currentPassword', message: PASSWORD_CHECK_MESSAGES[check] };
  return transactionThenMail(async (tx, mail) => {
    const [row] = await tx
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null })
      .where(and(eq(users.id, userId), isNotNull(users.totpEnabledAt)))
      .returning({ name: users.name, email: users.email });
    if (!row) return { ok: false, message: 'Two-factor sign-in is already off.' };
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await audit(tx, { actorId: userId, action: 'account.two_factor_disable', subjectType: 'user', subjectId: userId, ip: meta.ip });
    mail({ to: row.email, ...twoFactorDisabledMessage({ name: row.name }) });
    return { ok: true };
  });
}

/** Ten new recovery codes for the current password; the old ones stop working. */
export async function regenerateRecoveryCodes(
  userId: number,
  password: string,
  meta: { ip?: string | null } = {},
): Promise<Outcome<{ recoveryCodes: string[] }>> {
  const check = await checkCurrentPassword(userId, password);
  if (check !== 'ok') return { ok: false, field: 'currentPassword', message: PASSWORD_CHECK_MESSAGES[check] };
  return transactionThenMail(async (tx, mail) => {
    const [row] = await tx
      .select({ name: users.name, email: users.email, totpEnabledAt: users.totpEnabledAt })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!row?.totpEnabledAt) return { ok: false, message: 'Turn two-factor sign-in on first.' };
    const codes = await replaceRecoveryCodes(tx, userId);
    await audit(tx, { actorId: userId, action: 'account.recovery_codes_regenerate', subjectType: 'user', subjectId: userId, ip: meta.ip });
    mail({ to: row.email, ...recoveryCodesRegeneratedMessage({ name: row.name }) });
    return { ok: true, recoveryCodes: codes };
  });
}

/**
 * Whether `code` is the user's current TOTP code (not used before) or one of their unused
 * recovery codes, using it up. False for a user without two-factor on.
 *
 * A TOTP code is accepted within one step (30 s) of now and only for a step after the last one
 * accepted; the step is stored by a conditional UPDATE, so of two requests with one code one
 * wins. A recovery code is marked used by one conditional UPDATE too: it works exactly once.
 * Rate limiting the attempts is the caller's (sign-in) job.
 */
export async function verifySecondFactor(executor: Executor, userId: number, code: string): Promise<boolean> {
  const input = normaliseSecondFactorCode(code);
  if (!input) return false;
  const row = await readTwoFactorRow(executor, userId);
  if (!row?.totpEnabledAt || !row.totpSecret) return false;

  if (input.kind === 'totp') {
    const step = await matchTotpStep(row.totpSecret, input.value, row.totpLastStep);
    if (step === null) return false;
    const won = await executor
      .update(users)
      .set({ totpLastStep: step })
      .where(
        and(
          eq(users.id, userId),
          isNotNull(users.totpEnabledAt),
          or(isNull(users.totpLastStep), lt(users.totpLastStep, step)),
        ),
      )
      .returning({ id: users.id });
    return won.length === 1;
  }

  const used = await executor
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, hashRecoveryCode(userId, input.value)),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return used.length === 1;
}
