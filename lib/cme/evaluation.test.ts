import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { eraseAccount } from '@/lib/accounts/status';
import { cmeCertificates, cmeEvaluations, users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { getEvaluationState, submitEvaluation } from './evaluation';
import { submitAttempt } from './post-test';
import { answersFor, insertActivity, insertReader } from './test-helpers';

/* The evaluation between a pass and the certificate, and what erasing an account leaves of it. */

const { db } = testDatabase('migrated', 'cme_evaluation');

const answers = { isRelevant: true, isFreeOfBias: false, practiceChange: 'unsure', comment: '  Useful tables on dosing.  ' } as const;

describe('the evaluation', () => {
  it('is refused before a pass, stored once after it, and a second submit changes nothing', async () => {
    const activity = await insertActivity(db);
    const reader = await insertReader(db);
    expect(await getEvaluationState(reader, activity.slug)).toMatchObject({ certificateCode: null, isEvaluated: false });
    expect(await submitEvaluation(reader, activity.slug, answers)).toEqual({ outcome: 'not_passed' });

    const pass = await submitAttempt(reader, activity.slug, answersFor(activity.questions, 5));
    const code = pass?.ok ? pass.certificateCode : null;
    expect(code).toMatch(/^HDC-/);
    expect(await getEvaluationState(reader, activity.slug)).toMatchObject({ certificateCode: code, isEvaluated: false });

    expect(await submitEvaluation(reader, activity.slug, answers)).toEqual({ outcome: 'saved', certificateCode: code });
    expect(await submitEvaluation(reader, activity.slug, { ...answers, isRelevant: false, comment: 'Changed my mind' })).toEqual({
      outcome: 'already',
      certificateCode: code,
    });
    const rows = await db.select().from(cmeEvaluations).where(eq(cmeEvaluations.activityId, activity.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ isRelevant: true, isFreeOfBias: false, practiceChange: 'unsure', comment: 'Useful tables on dosing.' });
    expect(await getEvaluationState(reader, activity.slug)).toMatchObject({ certificateCode: code, isEvaluated: true });
  });

  it("is nobody else's: another doctor has no pass to evaluate, and nobody signed out or a draft gets anything", async () => {
    const activity = await insertActivity(db);
    const owner = await insertReader(db);
    await submitAttempt(owner, activity.slug, answersFor(activity.questions, 5));
    const other = await insertReader(db);
    expect(await submitEvaluation(other, activity.slug, answers)).toEqual({ outcome: 'not_passed' });
    expect(await getEvaluationState(other, activity.slug)).toMatchObject({ certificateCode: null });
    expect(await getEvaluationState(null, activity.slug)).toBeNull();
    expect(await submitEvaluation(null, activity.slug, answers)).toBeNull();
    const draft = await insertActivity(db, { status: 'draft' });
    expect(await getEvaluationState(owner, draft.slug)).toBeNull();
  });

  it("loses its comment when the account is erased, while the certificate and the answers stay", async () => {
    const activity = await insertActivity(db);
    const leaving = await insertReader(db);
    const staying = await insertReader(db);
    for (const reader of [leaving, staying]) {
      await submitAttempt(reader, activity.slug, answersFor(activity.questions, 5));
      await submitEvaluation(reader, activity.slug, { ...answers, comment: `Comment by ${reader.email}` });
    }
    await db.update(users).set({ status: 'deleted' }).where(eq(users.id, leaving.id));
    await db.transaction((tx) => eraseAccount(tx, leaving.id));

    const evaluations = await db
      .select({ userId: cmeCertificates.userId, comment: cmeEvaluations.comment, isRelevant: cmeEvaluations.isRelevant })
      .from(cmeEvaluations)
      .innerJoin(cmeCertificates, eq(cmeCertificates.id, cmeEvaluations.certificateId))
      .where(eq(cmeEvaluations.activityId, activity.id));
    expect(evaluations.find((e) => e.userId === leaving.id)).toEqual({ userId: leaving.id, comment: null, isRelevant: true });
    expect(evaluations.find((e) => e.userId === staying.id)?.comment).toBe(`Comment by ${staying.email}`);
    expect(await db.select().from(cmeCertificates).where(eq(cmeCertificates.userId, leaving.id))).toHaveLength(1);
  });
});
