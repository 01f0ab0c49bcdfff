import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { audit } from '@/lib/audit';
import { db } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { giveBackToRateLimit, takeFromRateLimit, type RateRule } from '@/lib/security/rate-limit';
import { hashPassword, verifyPassword } from './password';
import { createSession } from './sessions';
import { verifySecondFactor } from './two-factor';

/** Failed sign-ins (wrong password or code) allowed per account, then refused until the window ends. */
export const SIGN_IN_FAILURES_PER_ACCOUNT: RateRule = { limit: 5, windowSeconds: 15 * 60 };
/**
 * Failed sign-ins allowed from one address, whatever the accounts: enough for a hospital's
 * doctors behind one address mistyping now and then, too few to try passwords across accounts.
 */
export const SIGN_IN_FAILURES_PER_ADDRESS: RateRule = { limit: 50, windowSeconds: 15 * 60 };

/**
 * Why a sign-in did not succeed, as the sign-in form tells it:
 * - invalid: wrong email or password, or an account that no longer exists (never says which);
 * - rate-limited: too many failures for this account or from this address, "try again later";
 * - code-required: the password is right and the account has two-factor on: ask for a code;
 * - code-invalid: the password is right, the code is not;
 * - deactivated: the password is right and the account is within its grace period: offer /reactivate.
 */
export type SignInFailure = 'invalid' | 'rate-limited' | 'code-required' | 'code-invalid' | 'deactivated';

export type SignInResult = { ok: true; userId: number; sessionToken: string } | { ok: false; reason: SignInFailure };

export type SignInAttempt = { email: unknown; password: unknown; code?: unknown };
export type Device = { userAgent: string | null; ip: string | null };

const MAX_EMAIL_LENGTH = 254;
const MAX_CODE_LENGTH = 64;
/**
 * No password this long can be right (the policy allows 128 characters); refusing it unhashed
 * keeps a megabyte "password" from costing a megabyte of argon2. Not imported from the policy,
 * whose dictionaries would load with every sign-in.
 */
const MAX_PASSWORD_LENGTH = 1024;

/*
 * An unknown email is checked against this hash, so that it costs what a known one does and
 * the time taken tells nothing. Made once per process, with the same parameters as real hashes.
 */
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword('no account has this password: it only takes the time a real check takes'));

/**
 * Checks an email and password (and the second-factor code when the account has one) and, if
 * they are right, opens a session for the device. Pure of Next: the next-auth credentials
 * provider calls it with the form's fields and the request's device.
 */
export async function signInWithPassword(attempt: SignInAttempt, device: Device): Promise<SignInResult> {
  const email = typeof attempt.email === 'string' ? attempt.email.trim().toLowerCase() : '';
  const password = typeof attempt.password === 'string' ? attempt.password : '';
  const code = typeof attempt.code === 'string' ? attempt.code.replace(/[\s-]/g, '') : '';
  const addressKey = device.ip ? `sign-in:address:${device.ip}` : null;

  // Every attempt takes from its counters before it is judged, and gives back when it did not
  // fail: attempts sent at once cannot all pass a check made before any of them had failed.
  if (addressKey && !(await takeFromRateLimit(addressKey, SIGN_IN_FAILURES_PER_ADDRESS))) return { ok: false, reason: 'rate-limited' };
  // Malformed input can match no account; it costs a failure from the address, nothing more.
  if (!isPlausibleEmail(email) || password.length === 0 || password.length > MAX_PASSWORD_LENGTH || code.length > MAX_CODE_LENGTH) {
    return { ok: false, reason: 'invalid' };
  }
  // Keyed by the address typed, not the user's id: an unknown email is limited exactly like a known one.
  const accountKey = `sign-in:account:${email}`;
  const keys = addressKey ? [accountKey, addressKey] : [accountKey];
  if (!(await takeFromRateLimit(accountKey, SIGN_IN_FAILURES_PER_ACCOUNT))) {
    await giveBack(addressKey ? [addressKey] : []);
    return { ok: false, reason: 'rate-limited' };
  }

  const [user] = await db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      status: users.status,
      deleteAfter: users.deleteAfter,
      erasedAt: users.erasedAt,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));
  const isPasswordRight = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user || !isPasswordRight || !isUsable(user)) return { ok: false, reason: 'invalid' };
  // The right password: not a failure, whatever comes next.
  if (user.status === 'deactivated') return giveBack(keys, { ok: false, reason: 'deactivated' });
  if (user.totpEnabledAt) {
    if (!code) return giveBack(keys, { ok: false, reason: 'code-required' });
    if (!(await verifySecondFactor(db, user.id, code))) return { ok: false, reason: 'code-invalid' };
  }
  await giveBack(keys);

  const sessionToken = await db.transaction(async (tx) => {
    const token = await createSession(tx, user.id, device);
    await tx.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, user.id));
    await audit(tx, { actorId: user.id, action: 'auth.sign-in', subjectType: 'user', subjectId: user.id, ip: device.ip });
    return token;
  });
  return { ok: true, userId: user.id, sessionToken };
}

/** Active, or deactivated and still within the grace period; deleted and erased accounts are gone. */
function isUsable(user: { status: string; deleteAfter: Date | null; erasedAt: Date | null }): boolean {
  if (user.erasedAt || user.status === 'deleted') return false;
  if (user.status === 'deactivated') return user.deleteAfter === null || user.deleteAfter.getTime() > Date.now();
  return user.status === 'active';
}

function isPlausibleEmail(email: string): boolean {
  return email.length > 0 && email.length <= MAX_EMAIL_LENGTH && /^[^@\s\x00-\x1f\x7f]+@[^@\s\x00-\x1f\x7f]+$/.test(email);
}

async function giveBack(keys: string[]): Promise<void>;
async function giveBack<T>(keys: string[], result: T): Promise<T>;
async function giveBack<T>(keys: string[], result?: T): Promise<T | undefined> {
  for (const key of keys) await giveBackToRateLimit(key);
  return result;
}
