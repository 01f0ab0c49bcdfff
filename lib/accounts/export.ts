import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { db, type Executor } from '@/lib/db/client';
import { cmeActivities, cmeAttempts, cmeCertificates, sessions, specialties, users } from '@/lib/db/schema';
import { listBookmarks } from './bookmarks';
import { listAcceptances } from '@/lib/legal/acceptance';

/*
 * "Download your data": everything we hold about the user, as JSON. Each part selects named
 * columns, so a secret added to a table later (a hash, a token, a TOTP secret) stays out
 * until someone decides to put it in.
 */

export type AccountExport = Awaited<ReturnType<typeof buildAccountExport>>;

export async function buildAccountExport(userId: number, executor: Executor = db) {
  const [profile] = await executor
    .select({
      email: users.email,
      name: users.name,
      role: users.role,
      status: users.status,
      profession: users.profession,
      specialty: specialties.name,
      registrationNumber: users.registrationNumber,
      registrationCouncil: users.registrationCouncil,
      registrationVerifiedAt: users.registrationVerifiedAt,
      country: users.country,
      emailVerifiedAt: users.emailVerifiedAt,
      lastSignInAt: users.lastSignInAt,
      twoFactorEnabledAt: users.totpEnabledAt,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .leftJoin(specialties, eq(specialties.id, users.specialtyId))
    .where(eq(users.id, userId));
  if (!profile) return null;

  const [acceptances, devices, bookmarks, attempts, certificates] = await Promise.all([
    listAcceptances(userId, executor).then((rows) => rows.map(({ kind, ...row }) => ({ document: kind, ...row }))),
    // Not the ids: a session's id is the hash of its cookie's token.
    executor
      .select({ device: sessions.userAgent, address: sessions.ip, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt })
      .from(sessions)
      .where(eq(sessions.userId, userId))
      .orderBy(desc(sessions.lastSeenAt)),
    listBookmarks(userId, { onlyLive: false }, executor),
    executor
      .select({
        activity: cmeActivities.title,
        activitySlug: cmeActivities.slug,
        scorePercent: cmeAttempts.scorePercent,
        isPassed: cmeAttempts.isPassed,
        answers: cmeAttempts.answers,
        submittedAt: cmeAttempts.submittedAt,
      })
      .from(cmeAttempts)
      .innerJoin(cmeActivities, eq(cmeActivities.id, cmeAttempts.activityId))
      .where(eq(cmeAttempts.userId, userId))
      .orderBy(cmeAttempts.submittedAt),
    executor
      .select({
        activity: cmeActivities.title,
        activitySlug: cmeActivities.slug,
        verificationCode: cmeCertificates.code,
        credits: cmeCertificates.credits,
        issuedAt: cmeCertificates.issuedAt,
      })
      .from(cmeCertificates)
      .innerJoin(cmeActivities, eq(cmeActivities.id, cmeCertificates.activityId))
      .where(eq(cmeCertificates.userId, userId))
      .orderBy(cmeCertificates.issuedAt),
  ]);

  const { twoFactorEnabledAt, ...rest } = profile;
  return {
    exportedAt: new Date(),
    profile: { ...rest, twoFactor: twoFactorEnabledAt ? { enabledAt: twoFactorEnabledAt } : null },
    legalAcceptances: acceptances,
    sessions: devices,
    bookmarks: bookmarks.map(({ kind, title, path, createdAt }) => ({ kind, title, path, createdAt })),
    cmeAttempts: attempts,
    cmeCertificates: certificates,
  };
}
