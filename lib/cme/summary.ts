import 'server-only';
import { and, asc, desc, isNotNull, sql } from 'drizzle-orm';
import { db } from '@/lib/db/client';
import { cmeActivities, cmeAttempts, cmeEvaluations } from '@/lib/db/schema';
import type { PracticeChange } from './types';

/*
 * Staff reading (the admin screens are the admin issue's): per activity, its attempts, pass
 * rate and evaluation answers. Staff only: the caller (an admin page) authorizes with
 * requireRole; nothing here names a doctor.
 */

export const SUMMARY_COMMENT_LIMIT = 20;

export type CmeActivitySummary = {
  activityId: number;
  slug: string;
  title: string;
  status: string;
  /** Every stored attempt (erased accounts' attempts are gone with them). */
  attempts: number;
  /** Distinct doctors who made an attempt. */
  uniqueParticipants: number;
  /** Attempts that passed (a retake after passing counts again). */
  passes: number;
  /** Distinct doctors with a passed attempt. */
  participantsPassed: number;
  /** passes / attempts, in whole percent (rounded to nearest); null without attempts. */
  passRatePercent: number | null;
  evaluations: {
    count: number;
    /** Share answering yes, in whole percent; null without evaluations. */
    relevantPercent: number | null;
    freeOfBiasPercent: number | null;
    practiceChange: Record<PracticeChange, number>;
    /** The latest comments (erased accounts' comments are cleared), newest first. */
    comments: Array<{ text: string; createdAt: Date }>;
  };
};

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 100) / whole);
}

/** Every activity (drafts and archived included), by title, with its attempts and evaluations summed up. */
export async function summariseCmeActivities(): Promise<CmeActivitySummary[]> {
  const activities = await db
    .select({ id: cmeActivities.id, slug: cmeActivities.slug, title: cmeActivities.title, status: cmeActivities.status })
    .from(cmeActivities)
    .orderBy(asc(cmeActivities.title), asc(cmeActivities.id));
  const attempts = await db
    .select({
      activityId: cmeAttempts.activityId,
      attempts: sql<number>`count(*)::int`,
      participants: sql<number>`count(distinct ${cmeAttempts.userId})::int`,
      passes: sql<number>`count(*) filter (where ${cmeAttempts.isPassed})::int`,
      participantsPassed: sql<number>`count(distinct ${cmeAttempts.userId}) filter (where ${cmeAttempts.isPassed})::int`,
    })
    .from(cmeAttempts)
    .groupBy(cmeAttempts.activityId);
  const evaluations = await db
    .select({
      activityId: cmeEvaluations.activityId,
      count: sql<number>`count(*)::int`,
      relevant: sql<number>`count(*) filter (where ${cmeEvaluations.isRelevant})::int`,
      freeOfBias: sql<number>`count(*) filter (where ${cmeEvaluations.isFreeOfBias})::int`,
      yes: sql<number>`count(*) filter (where ${cmeEvaluations.practiceChange} = 'yes')::int`,
      no: sql<number>`count(*) filter (where ${cmeEvaluations.practiceChange} = 'no')::int`,
      unsure: sql<number>`count(*) filter (where ${cmeEvaluations.practiceChange} = 'unsure')::int`,
    })
    .from(cmeEvaluations)
    .groupBy(cmeEvaluations.activityId);
  // The latest comments of each activity: a window over the evaluations with a comment.
  const ranked = db
    .select({
      activityId: cmeEvaluations.activityId,
      text: sql<string>`${cmeEvaluations.comment}`.as('text'),
      createdAt: cmeEvaluations.createdAt,
      id: cmeEvaluations.id,
      rank: sql<number>`row_number() over (partition by ${cmeEvaluations.activityId} order by ${cmeEvaluations.createdAt} desc, ${cmeEvaluations.id} desc)`.as('rank'),
    })
    .from(cmeEvaluations)
    .where(and(isNotNull(cmeEvaluations.comment), sql`${cmeEvaluations.comment} <> ''`))
    .as('ranked');
  const comments = await db
    .select({ activityId: ranked.activityId, text: ranked.text, createdAt: ranked.createdAt })
    .from(ranked)
    .where(sql`${ranked.rank} <= ${SUMMARY_COMMENT_LIMIT}`)
    .orderBy(desc(ranked.createdAt), desc(ranked.id));

  return activities.map((activity) => {
    const a = attempts.find((row) => row.activityId === activity.id);
    const e = evaluations.find((row) => row.activityId === activity.id);
    const attemptCount = a?.attempts ?? 0;
    const evaluationCount = e?.count ?? 0;
    return {
      activityId: activity.id,
      slug: activity.slug,
      title: activity.title,
      status: activity.status,
      attempts: attemptCount,
      uniqueParticipants: a?.participants ?? 0,
      passes: a?.passes ?? 0,
      participantsPassed: a?.participantsPassed ?? 0,
      passRatePercent: percent(a?.passes ?? 0, attemptCount),
      evaluations: {
        count: evaluationCount,
        relevantPercent: percent(e?.relevant ?? 0, evaluationCount),
        freeOfBiasPercent: percent(e?.freeOfBias ?? 0, evaluationCount),
        practiceChange: { yes: e?.yes ?? 0, no: e?.no ?? 0, unsure: e?.unsure ?? 0 },
        comments: comments.filter((c) => c.activityId === activity.id).map((c) => ({ text: c.text, createdAt: c.createdAt })),
      },
    };
  });
}
