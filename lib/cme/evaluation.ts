import 'server-only';
import { and, eq } from 'drizzle-orm';
import { audit } from '@/lib/audit';
import { db, type Executor } from '@/lib/db/client';
import { cmeCertificates, cmeEvaluations } from '@/lib/db/schema';
import { canReadCmeContent, type CmeReader } from './access';
import { findPublishedActivity } from './post-test';
import type { PracticeChange } from './types';

/*
 * The evaluation accredited CME asks for after a pass and before the certificate: one per
 * certificate, so per doctor and activity.
 */

/** Where the reader stands with an activity's evaluation. */
export type CmeEvaluationState = {
  activitySlug: string;
  activityTitle: string;
  /** The certificate of the reader's pass; null until they pass. */
  certificateCode: string | null;
  isEvaluated: boolean;
};

async function certificateRowOf(executor: Executor, userId: number, activityId: number) {
  const [row] = await executor
    .select({ id: cmeCertificates.id, code: cmeCertificates.code, evaluationId: cmeEvaluations.id })
    .from(cmeCertificates)
    .leftJoin(cmeEvaluations, eq(cmeEvaluations.certificateId, cmeCertificates.id))
    .where(and(eq(cmeCertificates.userId, userId), eq(cmeCertificates.activityId, activityId)));
  return row ?? null;
}

/** Whether the reader has passed (with the certificate's code) and filled in the evaluation. Null: no such activity, or not theirs to read. */
export async function getEvaluationState(reader: CmeReader, slug: string): Promise<CmeEvaluationState | null> {
  const activity = await findPublishedActivity(db, slug);
  if (!activity || !canReadCmeContent(activity, reader)) return null;
  const certificate = await certificateRowOf(db, reader!.id, activity.id);
  return {
    activitySlug: activity.slug,
    activityTitle: activity.title,
    certificateCode: certificate?.code ?? null,
    isEvaluated: certificate?.evaluationId != null,
  };
}

export type CmeEvaluationInput = {
  isRelevant: boolean;
  isFreeOfBias: boolean;
  practiceChange: PracticeChange;
  comment: string | null;
};

/**
 * Stores the evaluation of the reader's pass: one per certificate. 'saved' the first time,
 * 'already' when one exists (the first answers stand; nothing is duplicated), 'not_passed'
 * without a certificate, null when the activity is unknown or not theirs to read.
 */
export async function submitEvaluation(
  reader: CmeReader,
  slug: string,
  input: CmeEvaluationInput,
  options: { ip?: string | null } = {},
): Promise<{ outcome: 'saved' | 'already'; certificateCode: string } | { outcome: 'not_passed' } | null> {
  return db.transaction(async (tx) => {
    const activity = await findPublishedActivity(tx, slug);
    if (!activity || !canReadCmeContent(activity, reader)) return null;
    const certificate = await certificateRowOf(tx, reader!.id, activity.id);
    if (!certificate) return { outcome: 'not_passed' };
    const comment = input.comment?.trim() ? input.comment.trim() : null;
    const [saved] = await tx
      .insert(cmeEvaluations)
      .values({
        certificateId: certificate.id,
        activityId: activity.id,
        isRelevant: input.isRelevant,
        isFreeOfBias: input.isFreeOfBias,
        practiceChange: input.practiceChange,
        comment,
      })
      .onConflictDoNothing({ target: cmeEvaluations.certificateId })
      .returning({ id: cmeEvaluations.id });
    if (!saved) return { outcome: 'already', certificateCode: certificate.code };
    await audit(tx, {
      actorId: reader!.id,
      action: 'cme.evaluation.submit',
      subjectType: 'cme_evaluation',
      subjectId: saved.id,
      details: { activityId: activity.id, certificateId: certificate.id, hasComment: comment !== null },
      ip: options.ip,
    });
    return { outcome: 'saved', certificateCode: certificate.code };
  });
}
