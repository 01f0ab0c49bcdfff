import 'server-only';
import { and, count, desc, eq, gt, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { deactivateAccount, MAX_DEACTIVATION_REASON, reactivateAccount, standingOf, type AccountStanding } from '@/lib/accounts/status';
import { audit } from '@/lib/audit';
import { ROLES, type Role } from '@/lib/auth/roles';
import { endAllSessions } from '@/lib/auth/sessions';
import { getTranscript, type Transcript } from '@/lib/cme/transcript';
import { db } from '@/lib/db/client';
import { auditLog, sessions, specialties, users } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { likePattern, pageParam, type AdminPage } from './listing';
import { USER_STANDINGS, type UserStandingFilter } from './user-types';

/*
 * Users, for admins (capability users.manage): the list, one user's profile, and the changes an
 * admin makes: role, registration verified, deactivate and reactivate (through lib/accounts,
 * the same functions as self-service, with the admin as the actor). Each change is one
 * transaction with its audit row.
 */

export { ROLES, type Role };

export const USERS_PAGE_SIZE = 25;

export { USER_STANDINGS, type UserStandingFilter };

const STANDING_OF: Record<AccountStanding, UserStandingFilter> = { active: 'active', 'in-grace': 'deactivated', closed: 'deleted' };

/** What the list shows for an account: active, deactivated (still in its grace period) or deleted. */
export function userStanding(user: { status: string; erasedAt: Date | null; deleteAfter: Date | null }, now = new Date()): UserStandingFilter {
  return STANDING_OF[standingOf(user, now)];
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined));

/** The list's query string; a value that is not one of the choices is ignored, not an error. */
export const UserListQuery = z.object({
  q: optionalText(100).catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(USER_STANDINGS).optional().catch(undefined),
  page: pageParam,
});
export type UserListQuery = z.infer<typeof UserListQuery>;

export type UserListItem = {
  id: number;
  name: string;
  email: string;
  role: Role;
  standing: UserStandingFilter;
  isRegistrationVerified: boolean;
  createdAt: Date;
  lastSignInAt: Date | null;
};

/** The SQL twin of standingOf: the rows of one standing. */
function standingCondition(standing: UserStandingFilter, now: Date): SQL {
  const inGrace = and(eq(users.status, 'deactivated'), isNull(users.erasedAt), isNotNull(users.deleteAfter), gt(users.deleteAfter, now))!;
  if (standing === 'active') return eq(users.status, 'active');
  if (standing === 'deactivated') return inGrace;
  return or(eq(users.status, 'deleted'), and(eq(users.status, 'deactivated'), sql`not (${inGrace})`))!;
}

/** Users matching a search (name or email, any case) and filters, newest account first (then by id: a stable order). */
export async function listUsers(query: UserListQuery, now = new Date()): Promise<AdminPage<UserListItem>> {
  const conditions: SQL[] = [];
  if (query.q) {
    const pattern = likePattern(query.q);
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern))!);
  }
  if (query.role) conditions.push(eq(users.role, query.role));
  if (query.status) conditions.push(standingCondition(query.status, now));
  const where = conditions.length ? and(...conditions) : undefined;
  const [[total], rows] = await Promise.all([
    db.select({ total: count() }).from(users).where(where),
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        status: users.status,
        erasedAt: users.erasedAt,
        deleteAfter: users.deleteAfter,
        registrationVerifiedAt: users.registrationVerifiedAt,
        createdAt: users.createdAt,
        lastSignInAt: users.lastSignInAt,
      })
      .from(users)
      .where(where)
      .orderBy(desc(users.createdAt), desc(users.id))
      .limit(USERS_PAGE_SIZE)
      .offset((query.page - 1) * USERS_PAGE_SIZE),
  ]);
  const totalCount = total?.total ?? 0;
  return {
    items: rows.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.role,
      standing: userStanding(row, now),
      isRegistrationVerified: row.registrationVerifiedAt !== null,
      createdAt: row.createdAt,
      lastSignInAt: row.lastSignInAt,
    })),
    page: query.page,
    total: totalCount,
    totalPages: Math.max(1, Math.ceil(totalCount / USERS_PAGE_SIZE)),
  };
}

export type UserAuditRow = { id: number; action: string; actorName: string | null; details: Record<string, unknown>; createdAt: Date };

export type UserProfile = {
  id: number;
  name: string;
  email: string;
  role: Role;
  standing: UserStandingFilter;
  status: string;
  profession: string | null;
  specialty: string | null;
  country: string | null;
  registrationNumber: string | null;
  registrationCouncil: string | null;
  registrationVerifiedAt: Date | null;
  emailVerifiedAt: Date | null;
  hasTwoFactor: boolean;
  createdAt: Date;
  lastSignInAt: Date | null;
  deactivatedAt: Date | null;
  deactivationReason: string | null;
  deleteAfter: Date | null;
  erasedAt: Date | null;
  liveSessions: number;
  transcript: Transcript;
  /** The newest audit rows about this user or by them. */
  recentAudit: UserAuditRow[];
};

export const PROFILE_AUDIT_ROWS = 10;

/** One user as an admin sees them, or null. */
export async function getUserProfile(userId: number, now = new Date()): Promise<UserProfile | null> {
  const [row] = await db
    .select({ user: users, specialty: specialties.name })
    .from(users)
    .leftJoin(specialties, eq(specialties.id, users.specialtyId))
    .where(eq(users.id, userId));
  if (!row) return null;
  const actor = sql<string | null>`(select name from users actor where actor.id = ${auditLog.actorId})`;
  const [[live], transcript, recentAudit] = await Promise.all([
    db
      .select({ total: count() })
      .from(sessions)
      .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now))),
    getTranscript(userId),
    db
      .select({ id: auditLog.id, action: auditLog.action, actorName: actor, details: auditLog.details, createdAt: auditLog.createdAt })
      .from(auditLog)
      .where(or(and(eq(auditLog.subjectType, 'user'), eq(auditLog.subjectId, String(userId))), eq(auditLog.actorId, userId)))
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(PROFILE_AUDIT_ROWS),
  ]);
  const user = row.user;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    standing: userStanding(user, now),
    status: user.status,
    profession: user.profession,
    specialty: row.specialty,
    country: user.country,
    registrationNumber: user.registrationNumber,
    registrationCouncil: user.registrationCouncil,
    registrationVerifiedAt: user.registrationVerifiedAt,
    emailVerifiedAt: user.emailVerifiedAt,
    hasTwoFactor: user.totpEnabledAt !== null,
    createdAt: user.createdAt,
    lastSignInAt: user.lastSignInAt,
    deactivatedAt: user.deactivatedAt,
    deactivationReason: user.deactivationReason,
    deleteAfter: user.deleteAfter,
    erasedAt: user.erasedAt,
    liveSessions: live?.total ?? 0,
    transcript,
    recentAudit,
  };
}

/** Who makes a change, and from where (the audit row's address). */
export type AdminActor = { id: number; ip?: string | null };

const UserId = z.coerce.number().int().positive().max(2_147_483_647);

export const ChangeRoleInput = z.object({
  userId: UserId,
  role: z.enum(ROLES, { error: 'Choose a role.' }),
  /** The role the form was opened with: a change since then is refused, not overwritten. */
  currentRole: z.enum(ROLES),
});

export const RegistrationInput = z.object({ userId: UserId, verified: z.enum(['true', 'false']).transform((value) => value === 'true') });

export const DeactivateUserInput = z.object({
  userId: UserId,
  reason: z
    .string()
    .trim()
    .min(1, 'Say why the account is deactivated: the user may ask.')
    .max(MAX_DEACTIVATION_REASON, `Keep the reason to ${MAX_DEACTIVATION_REASON} characters.`),
  confirm: z.literal('on', { error: 'Tick the box to confirm.' }),
});

export const ReactivateUserInput = z.object({ userId: UserId });

/**
 * Gives a user another role. Refused for the admin's own account, and whenever it would leave
 * no active admin. The active admins' rows are locked first (`for update`, in id order), so two
 * admins demoting each other at the same moment are taken one after the other: the second finds
 * it is no longer an admin and is refused. Every session of the user ends in the same
 * transaction, so the old role cannot be used again, not even in a tab already open.
 */
export async function changeUserRole(actor: AdminActor, input: { userId: number; role: Role; currentRole?: Role }): Promise<{ from: Role; to: Role; endedSessions: number }> {
  if (actor.id === input.userId) throw new AppError('admin:own-role', 'You cannot change your own role: ask another admin.', 409);
  return db.transaction(async (tx) => {
    const admins = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.status, 'active')))
      .orderBy(users.id)
      .for('update');
    // Re-read under the lock: an admin demoted a moment ago changes nobody's role.
    if (!admins.some((admin) => admin.id === actor.id)) throw new AppError('auth:forbidden', 'You do not have access to this.', 403);
    const [target] = await tx
      .select({ role: users.role, status: users.status, erasedAt: users.erasedAt })
      .from(users)
      .where(eq(users.id, input.userId))
      .for('update');
    if (!target) throw new AppError('admin:no-user', 'There is no such user.', 404);
    if (target.status === 'deleted' || target.erasedAt !== null) throw new AppError('admin:user-deleted', 'This account is deleted: its role cannot change.', 409);
    if (input.currentRole && target.role !== input.currentRole) {
      throw new AppError('admin:role-changed', `This user's role was changed since you opened the page: it is now ${target.role}. Reload and try again.`, 409);
    }
    if (target.role === input.role) throw new AppError('admin:same-role', `This user is already ${articleFor(input.role)} ${input.role}.`, 409);
    const remainingAdmins = admins.filter((admin) => admin.id !== input.userId).length;
    if (target.role === 'admin' && remainingAdmins === 0) throw new AppError('admin:last-admin', 'The last active admin cannot be demoted.', 409);

    await tx.update(users).set({ role: input.role, updatedAt: new Date() }).where(eq(users.id, input.userId));
    const endedSessions = await endAllSessions(tx, input.userId);
    await audit(tx, {
      actorId: actor.id,
      action: 'user.role',
      subjectType: 'user',
      subjectId: input.userId,
      details: { from: target.role, to: input.role, endedSessions },
      ip: actor.ip,
    });
    return { from: target.role, to: input.role, endedSessions };
  });
}

function articleFor(role: Role): string {
  return role === 'admin' || role === 'author' || role === 'editor' ? 'an' : 'a';
}

/** Marks the user's registration number as checked against the council's register, or not. */
export async function setRegistrationVerified(actor: AdminActor, input: { userId: number; verified: boolean }): Promise<void> {
  await db.transaction(async (tx) => {
    const changed = await tx
      .update(users)
      .set({ registrationVerifiedAt: input.verified ? new Date() : null, updatedAt: new Date() })
      .where(
        and(
          eq(users.id, input.userId),
          isNotNull(users.registrationNumber),
          isNull(users.erasedAt),
          input.verified ? isNull(users.registrationVerifiedAt) : isNotNull(users.registrationVerifiedAt),
        ),
      )
      .returning({ id: users.id });
    if (changed.length === 0) {
      throw new AppError(
        'admin:registration-unchanged',
        input.verified ? 'There is no unverified registration number to verify.' : 'The registration number is not marked verified.',
        409,
      );
    }
    await audit(tx, {
      actorId: actor.id,
      action: input.verified ? 'user.registration_verify' : 'user.registration_unverify',
      subjectType: 'user',
      subjectId: input.userId,
      ip: actor.ip,
    });
  });
}

/**
 * Deactivates an account as its owner could (lib/accounts deactivateAccount: sessions ended,
 * grace period, audit row), with the admin as the actor. Not one's own account (the account
 * pages do that), and not an admin's: demote them first, which is safe under concurrency,
 * so deactivating can never take away the last admin.
 */
export async function deactivateUser(actor: AdminActor, input: { userId: number; reason: string }): Promise<{ deleteAfter: Date }> {
  if (actor.id === input.userId) throw new AppError('admin:own-account', 'Close your own account from your account pages.', 409);
  const [target] = await db.select({ role: users.role }).from(users).where(eq(users.id, input.userId));
  if (!target) throw new AppError('admin:no-user', 'There is no such user.', 404);
  if (target.role === 'admin') throw new AppError('admin:deactivate-admin', 'An admin cannot be deactivated: change their role first.', 409);
  return deactivateAccount(input.userId, { actorId: actor.id, ip: actor.ip, reason: input.reason });
}

/** Reactivates an account within its grace period (lib/accounts reactivateAccount), the admin as the actor. */
export async function reactivateUser(actor: AdminActor, input: { userId: number }): Promise<void> {
  await reactivateAccount(input.userId, { actorId: actor.id, ip: actor.ip });
}
