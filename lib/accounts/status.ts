import 'server-only';
import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { audit } from '@/lib/audit';
import { endAllSessions } from '@/lib/auth/sessions';
import { db, type Executor } from '@/lib/db/client';
import { auditLog, authTokens, bookmarks, cmeAttempts, cmeCertificates, cmeEvaluations, mailOutbox, recoveryCodes, sessions, users } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';

/*
 * The account's life cycle: active → deactivated (grace period) → deleted → erased.
 * One function per change, each one transaction with its audit row, so the admin pages can
 * make the same changes with an admin as the actor.
 */

/** Who made the change: the user themself, an admin, or null for the system (the jobs). */
export type StatusChange = { actorId: number | null; ip?: string | null; now?: Date };

export const MAX_DEACTIVATION_REASON = 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

export function graceEndsAt(deactivatedAt: Date, graceDays: number = env.ACCOUNT_GRACE_DAYS): Date {
  return new Date(deactivatedAt.getTime() + graceDays * DAY_MS);
}

/** An erased account's password hash: not a PHC string, so verifyPassword refuses every password. */
export const UNUSABLE_PASSWORD_HASH = '!erased';
export const ERASED_NAME = 'Deleted account';

/** A unique address that cannot receive mail (RFC 2606's .invalid), freeing the real one for a new sign-up. */
export function erasedEmail(userId: number): string {
  return `erased-${userId}@invalid`;
}

/**
 * Closes an active account: sign-in stops, every session ends at once, and the personal data
 * is kept for the grace period (reactivateAccount restores it), then erased by the jobs.
 */
export async function deactivateAccount(
  userId: number,
  options: StatusChange & { reason?: string | null },
): Promise<{ deleteAfter: Date }> {
  const now = options.now ?? new Date();
  const reason = options.reason?.trim() ? options.reason.trim() : null;
  if (reason && reason.length > MAX_DEACTIVATION_REASON) {
    throw new AppError('account:reason-too-long', `Keep the reason to ${MAX_DEACTIVATION_REASON} characters.`);
  }
  const deleteAfter = graceEndsAt(now);
  return db.transaction(async (tx) => {
    const changed = await tx
      .update(users)
      .set({ status: 'deactivated', deactivatedAt: now, deactivationReason: reason, deleteAfter })
      .where(and(eq(users.id, userId), eq(users.status, 'active')))
      .returning({ id: users.id });
    if (changed.length === 0) throw new AppError('account:not-active', 'This account is not active.', 409);
    const endedSessions = await endAllSessions(tx, userId);
    await audit(tx, {
      actorId: options.actorId,
      action: 'account.deactivate',
      subjectType: 'user',
      subjectId: userId,
      details: { deleteAfter: deleteAfter.toISOString(), endedSessions, hasReason: reason !== null },
      ip: options.ip,
    });
    return { deleteAfter };
  });
}

/**
 * Undoes a deactivation within the grace period: the account is exactly as it was before
 * (status active, the deactivation fields cleared, nothing else touched). Sessions ended by
 * the deactivation stay ended: the user signs in afresh.
 */
export async function reactivateAccount(userId: number, options: StatusChange): Promise<void> {
  const now = options.now ?? new Date();
  await db.transaction(async (tx) => {
    const changed = await tx
      .update(users)
      .set({ status: 'active', deactivatedAt: null, deactivationReason: null, deleteAfter: null })
      .where(and(eq(users.id, userId), eq(users.status, 'deactivated'), isNull(users.erasedAt), gt(users.deleteAfter, now)))
      .returning({ id: users.id });
    if (changed.length === 0) {
      throw new AppError('account:not-reactivatable', 'This account can no longer be reactivated.', 409);
    }
    await audit(tx, { actorId: options.actorId, action: 'account.reactivate', subjectType: 'user', subjectId: userId, ip: options.ip });
  });
}

/**
 * "Delete my account now": no grace period. The account is unusable at once (status deleted,
 * sessions ended) and the next run of the jobs erases its personal data.
 */
export async function deleteAccountNow(userId: number, options: StatusChange): Promise<void> {
  const now = options.now ?? new Date();
  await db.transaction(async (tx) => {
    const changed = await tx
      .update(users)
      .set({ status: 'deleted', deactivatedAt: sql`coalesce(${users.deactivatedAt}, ${now.toISOString()}::timestamptz)`, deleteAfter: now })
      .where(and(eq(users.id, userId), inArray(users.status, ['active', 'deactivated']), isNull(users.erasedAt)))
      .returning({ id: users.id });
    if (changed.length === 0) throw new AppError('account:already-deleted', 'This account is already deleted.', 409);
    const endedSessions = await endAllSessions(tx, userId);
    await audit(tx, {
      actorId: options.actorId,
      action: 'account.delete',
      subjectType: 'user',
      subjectId: userId,
      details: { endedSessions },
      ip: options.ip,
    });
  });
}

/**
 * Clears every personal column of a closed account and removes what only served the person
 * (sessions, tokens, recovery codes, bookmarks, CME attempts, their CME evaluations' comments,
 * mail sent to them, the addresses in their own audit rows). The row
 * stays, anonymous, so CME certificates still verify ("account deleted", no name) and the
 * audit log keeps its references. Kept on purpose: legal acceptances (an id, a document and
 * a date, nothing personal once the row is anonymous: the proof that past processing had
 * consent). Refuses an active account; false when there was nothing to erase (already erased).
 */
export async function eraseAccount(tx: Executor, userId: number, options: { now?: Date } = {}): Promise<boolean> {
  const now = options.now ?? new Date();
  const [before] = await tx
    .select({ email: users.email, status: users.status, erasedAt: users.erasedAt })
    .from(users)
    .where(eq(users.id, userId))
    .for('update');
  if (!before || before.erasedAt !== null) return false;
  if (before.status === 'active') throw new AppError('account:active', 'An active account cannot be erased.', 409);

  await tx.delete(sessions).where(eq(sessions.userId, userId));
  await tx.delete(authTokens).where(eq(authTokens.userId, userId));
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.delete(bookmarks).where(eq(bookmarks.userId, userId));
  // Certificates keep their attempt reference set to null (the schema says so) and stay verifiable.
  await tx.delete(cmeAttempts).where(eq(cmeAttempts.userId, userId));
  // Their evaluations keep the answers (staff statistics) but lose the free text, which may name them.
  await tx
    .update(cmeEvaluations)
    .set({ comment: null })
    .where(inArray(cmeEvaluations.certificateId, tx.select({ id: cmeCertificates.id }).from(cmeCertificates).where(eq(cmeCertificates.userId, userId))));
  await tx.delete(mailOutbox).where(sql`lower(${mailOutbox.to}) = lower(${before.email})`);
  // The audit log keeps what was done, not where the person was: their own rows lose the address.
  await tx.update(auditLog).set({ ip: null }).where(eq(auditLog.actorId, userId));
  await tx
    .update(users)
    .set({
      email: erasedEmail(userId),
      name: ERASED_NAME,
      passwordHash: UNUSABLE_PASSWORD_HASH,
      role: 'member',
      status: 'deleted',
      profession: null,
      specialtyId: null,
      registrationNumber: null,
      registrationCouncil: null,
      registrationVerifiedAt: null,
      country: null,
      emailVerifiedAt: null,
      lastSignInAt: null,
      deactivationReason: null,
      totpSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
      erasedAt: now,
      updatedAt: now,
    })
    .where(eq(users.id, userId));
  await audit(tx, { actorId: null, action: 'account.erase', subjectType: 'user', subjectId: userId });
  return true;
}

/** What the reactivation page and sign-in need to know about an account found by its email. */
export type AccountStanding = 'active' | 'in-grace' | 'closed';

export function standingOf(user: { status: string; erasedAt: Date | null; deleteAfter: Date | null }, now = new Date()): AccountStanding {
  if (user.status === 'active') return 'active';
  if (user.status === 'deactivated' && user.erasedAt === null && user.deleteAfter !== null && user.deleteAfter > now) return 'in-grace';
  return 'closed';
}
