import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/lib/db/client';
import { cmeActivities, cmeCertificates, cmeEvaluations, rateLimitBuckets, users } from '@/lib/db/schema';
import { takeFromRateLimit, type RateRule } from '@/lib/security/rate-limit';
import { absoluteUrl } from '@/lib/site';
import type { CmeReader } from './access';
import { normaliseCertificateCode } from './certificate-code';
import type { CmeCertificateView, CmeVerification } from './types';

/** The public address that checks a certificate: printed under its QR code. */
export function certificateVerifyUrl(code: string): string {
  return absoluteUrl(`/cme/verify/${code}`);
}

/** The owner's address of a certificate's PDF. */
export function certificatePdfPath(code: string): string {
  return `/cme/certificates/${code}.pdf`;
}

export type OwnedCertificate = { state: 'ready'; view: CmeCertificateView } | { state: 'needs_evaluation'; activitySlug: string };

/**
 * A certificate for its owner: null (a 404, the same for a code that does not exist and for
 * someone else's) unless the reader has a live session on an active account and holds it.
 * Accredited CME asks for the evaluation before the certificate: until there is one, the
 * owner is sent to it. The name, registration number and council are the account's now, so
 * a corrected name shows on the next download.
 */
export async function getOwnedCertificate(reader: CmeReader, code: string): Promise<OwnedCertificate | null> {
  if (reader === null || reader.status !== 'active') return null;
  const normalised = normaliseCertificateCode(code);
  if (!normalised) return null;
  const [row] = await db
    .select({
      code: cmeCertificates.code,
      credits: cmeCertificates.credits,
      issuedAt: cmeCertificates.issuedAt,
      holderName: users.name,
      registrationNumber: users.registrationNumber,
      registrationCouncil: users.registrationCouncil,
      activityTitle: cmeActivities.title,
      activitySlug: cmeActivities.slug,
      accreditationStatement: cmeActivities.accreditationStatement,
      evaluationId: cmeEvaluations.id,
    })
    .from(cmeCertificates)
    .innerJoin(users, eq(users.id, cmeCertificates.userId))
    .innerJoin(cmeActivities, eq(cmeActivities.id, cmeCertificates.activityId))
    .leftJoin(cmeEvaluations, eq(cmeEvaluations.certificateId, cmeCertificates.id))
    .where(and(eq(cmeCertificates.code, normalised), eq(cmeCertificates.userId, reader.id)));
  if (!row) return null;
  if (row.evaluationId === null) return { state: 'needs_evaluation', activitySlug: row.activitySlug };
  return {
    state: 'ready',
    view: {
      code: row.code,
      holderName: row.holderName,
      registrationNumber: row.registrationNumber,
      registrationCouncil: row.registrationCouncil,
      activityTitle: row.activityTitle,
      activitySlug: row.activitySlug,
      credits: row.credits,
      accreditationStatement: row.accreditationStatement,
      issuedAt: row.issuedAt,
      verifyUrl: certificateVerifyUrl(row.code),
    },
  };
}

/**
 * Checks per address: enough for a council clerk checking a pile of certificates, far too
 * few to find a code by guessing (80 random bits).
 */
export const VERIFY_RATE: RateRule = { limit: 20, windowSeconds: 10 * 60 };

/**
 * What anyone may learn from a code: whether it is valid, for whom (no name once the account
 * is deleted), for which activity, how many credits and when. Nothing else: no email, no
 * registration number, no account id. Every check counts against the address, a malformed
 * code too (so a script cannot probe the shape for free); a refused check says when to try
 * again. An address that cannot be told shares one counter with the others like it.
 */
export async function verifyCertificate(code: string, address: string | null): Promise<CmeVerification> {
  const key = `cme-verify:${address ?? 'unknown'}`;
  if (!(await takeFromRateLimit(key, VERIFY_RATE))) return { state: 'rate_limited', retryAt: await retryAt(key) };
  const normalised = normaliseCertificateCode(code);
  if (!normalised) return { state: 'unknown' };
  const [row] = await db
    .select({
      holderName: users.name,
      status: users.status,
      erasedAt: users.erasedAt,
      activityTitle: cmeActivities.title,
      credits: cmeCertificates.credits,
      issuedAt: cmeCertificates.issuedAt,
    })
    .from(cmeCertificates)
    .innerJoin(users, eq(users.id, cmeCertificates.userId))
    .innerJoin(cmeActivities, eq(cmeActivities.id, cmeCertificates.activityId))
    .where(eq(cmeCertificates.code, normalised));
  if (!row) return { state: 'unknown' };
  const isAccountDeleted = row.status === 'deleted' || row.erasedAt !== null;
  return {
    state: 'valid',
    holderName: isAccountDeleted ? null : row.holderName,
    isAccountDeleted,
    activityTitle: row.activityTitle,
    credits: row.credits,
    issuedAt: row.issuedAt,
  };
}

/** When the key's window ends (rate_limit_buckets.reset_at). */
async function retryAt(key: string): Promise<Date> {
  const [row] = await db.select({ resetAt: rateLimitBuckets.resetAt }).from(rateLimitBuckets).where(eq(rateLimitBuckets.key, key));
  return row?.resetAt ?? new Date(Date.now() + VERIFY_RATE.windowSeconds * 1000);
}
