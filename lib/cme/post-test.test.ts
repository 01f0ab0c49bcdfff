import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, cmeAttempts, cmeCertificates } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { getAttemptResult, getPostTest, scoreAttempt, submitAttempt, type ScorableQuestion } from './post-test';
import { answersFor, EXPLANATION_MARKER, insertActivity, insertReader } from './test-helpers';

/* The post-test: questions without answers, scoring, the attempt limit, one certificate per pass. */

const { db } = testDatabase('migrated', 'cme_post_test');

const HOUR_MS = 60 * 60 * 1000;

function questionsOf(count: number): ScorableQuestion[] {
  return Array.from({ length: count }, (_, i) => ({ id: i + 1, optionIds: [100 + i, 200 + i], correctOptionId: 200 + i }));
}

function answered(questions: ScorableQuestion[], right: number): Record<string, number> {
  return Object.fromEntries(questions.map((q, i) => [String(q.id), i < right ? q.correctOptionId : q.optionIds[0]!]));
}

describe('scoreAttempt', () => {
  it('gives 100 % and a pass when every answer is right', () => {
    const questions = questionsOf(5);
    expect(scoreAttempt(questions, answered(questions, 5), 70)).toMatchObject({ correct: 5, total: 5, scorePercent: 100, isPassed: true });
  });

  it('gives 0 % and a fail when every answer is wrong', () => {
    const questions = questionsOf(5);
    expect(scoreAttempt(questions, answered(questions, 0), 70)).toMatchObject({ correct: 0, scorePercent: 0, isPassed: false });
  });

  it('passes exactly at the pass mark (7 of 10 at 70 %)', () => {
    const questions = questionsOf(10);
    expect(scoreAttempt(questions, answered(questions, 7), 70)).toMatchObject({ scorePercent: 70, isPassed: true });
    expect(scoreAttempt(questions, answered(questions, 6), 70)).toMatchObject({ scorePercent: 60, isPassed: false });
  });

  it('rounds down, so 2 of 3 (66 %) fails a 70 % mark and 67 % mark alike', () => {
    const questions = questionsOf(3);
    expect(scoreAttempt(questions, answered(questions, 2), 70)).toMatchObject({ scorePercent: 66, isPassed: false });
    expect(scoreAttempt(questions, answered(questions, 2), 67)).toMatchObject({ scorePercent: 66, isPassed: false });
    expect(scoreAttempt(questions, answered(questions, 2), 66)).toMatchObject({ isPassed: true });
  });

  it('counts an unanswered question, and an option of another question, as wrong', () => {
    const questions = questionsOf(2);
    const score = scoreAttempt(questions, { '1': 200, '2': 200 }, 50);
    expect(score).toMatchObject({ correct: 1, scorePercent: 50 });
    expect(score.correctByQuestion.get(2)).toBe(false);
    expect(scoreAttempt(questions, { '1': 200 }, 100)).toMatchObject({ correct: 1, scorePercent: 50, isPassed: false });
  });
});

describe('getPostTest', () => {
  it('gives a verified doctor the questions and options in order, without which is right or why', async () => {
    const activity = await insertActivity(db);
    const reader = await insertReader(db);
    const test = await getPostTest(activity.slug, reader);
    expect(test?.eligibility).toEqual({ ok: true });
    expect(test?.questions.map((q) => q.id)).toEqual(activity.questions.map((q) => q.id));
    expect(test?.questions[0]?.options.map((o) => o.label)).toEqual(['Option 1 of question 1', 'Option 2 of question 1', 'Option 3 of question 1']);
    for (const question of test!.questions) {
      expect(Object.keys(question).sort()).toEqual(['id', 'options', 'position', 'prompt']);
      for (const option of question.options) expect(Object.keys(option).sort()).toEqual(['id', 'label']);
    }
    const sent = JSON.stringify(test);
    expect(sent).not.toContain(EXPLANATION_MARKER);
    expect(sent).not.toMatch(/correct/i);
  });

  it('knows no draft activity, and gives nobody signed out any question', async () => {
    const draft = await insertActivity(db, { status: 'draft' });
    expect(await getPostTest(draft.slug, await insertReader(db))).toBeNull();
    expect(await getPostTest('no-such-activity', await insertReader(db))).toBeNull();
    const published = await insertActivity(db);
    expect(await getPostTest(published.slug, null)).toMatchObject({ eligibility: { ok: false, reason: 'signed_out' }, questions: [] });
    const deactivated = await insertReader(db, { status: 'deactivated' });
    expect(await getPostTest(published.slug, deactivated)).toMatchObject({ eligibility: { ok: false, reason: 'signed_out' }, questions: [] });
  });
});

describe('submitAttempt', () => {
  it('refuses an unverified doctor and stores nothing', async () => {
    const activity = await insertActivity(db);
    const reader = await insertReader(db, { emailVerifiedAt: null });
    expect(await getPostTest(activity.slug, reader)).toMatchObject({ eligibility: { ok: false, reason: 'unverified' }, questions: [] });
    expect(await submitAttempt(reader, activity.slug, answersFor(activity.questions, 5))).toEqual({ ok: false, reason: 'unverified' });
    expect(await db.select().from(cmeAttempts).where(eq(cmeAttempts.userId, reader.id))).toEqual([]);
  });

  it('refuses a reader whose verification the session still claims but the account no longer has', async () => {
    const activity = await insertActivity(db);
    const reader = await insertReader(db, { emailVerifiedAt: null });
    expect(await submitAttempt({ ...reader, isEmailVerified: true }, activity.slug, answersFor(activity.questions, 5))).toEqual({ ok: false, reason: 'unverified' });
  });

  it('refuses any attempt at an expired activity', async () => {
    const activity = await insertActivity(db, { releaseDate: '2020-01-01', expiryDate: '2021-01-01' });
    const reader = await insertReader(db);
    expect(await getPostTest(activity.slug, reader)).toMatchObject({ eligibility: { ok: false, reason: 'expired' }, questions: [] });
    expect(await submitAttempt(reader, activity.slug, answersFor(activity.questions, 5))).toEqual({ ok: false, reason: 'expired' });
    expect(await db.select().from(cmeAttempts).where(eq(cmeAttempts.activityId, activity.id))).toEqual([]);
  });

  it('stores every failed attempt, then refuses after three in 24 hours until the first leaves the window', async () => {
    const activity = await insertActivity(db);
    const reader = await insertReader(db);
    const start = new Date('2026-11-20T08:00:00Z');
    for (const hours of [0, 1, 2]) {
      const outcome = await submitAttempt(reader, activity.slug, answersFor(activity.questions, 1), { now: new Date(start.getTime() + hours * HOUR_MS) });
      expect(outcome).toMatchObject({ ok: true, isPassed: false, scorePercent: 20, certificateCode: null });
    }
    const later = new Date(start.getTime() + 5 * HOUR_MS);
    const nextAttemptAt = new Date(start.getTime() + 24 * HOUR_MS);
    expect(await submitAttempt(reader, activity.slug, answersFor(activity.questions, 5), { now: later })).toEqual({ ok: false, reason: 'limit', nextAttemptAt });
    expect(await getPostTest(activity.slug, reader, { now: later })).toMatchObject({ eligibility: { ok: false, reason: 'limit', nextAttemptAt }, questions: [], attemptsInWindow: 3 });
    expect(await db.select().from(cmeAttempts).where(eq(cmeAttempts.userId, reader.id))).toHaveLength(3);

    const after = new Date(nextAttemptAt.getTime() + 1000);
    expect(await getPostTest(activity.slug, reader, { now: after })).toMatchObject({ eligibility: { ok: true }, attemptsInWindow: 2 });
    expect(await submitAttempt(reader, activity.slug, answersFor(activity.questions, 5), { now: after })).toMatchObject({ ok: true, isPassed: true });
  });

  it("follows the activity's own limit", async () => {
    const activity = await insertActivity(db, { maxAttempts: 1, attemptWindowHours: 2 });
    const reader = await insertReader(db);
    const now = new Date('2026-11-21T10:00:00Z');
    await submitAttempt(reader, activity.slug, answersFor(activity.questions, 0), { now });
    expect(await submitAttempt(reader, activity.slug, answersFor(activity.questions, 0), { now: new Date(now.getTime() + HOUR_MS) })).toEqual({
      ok: false,
      reason: 'limit',
      nextAttemptAt: new Date(now.getTime() + 2 * HOUR_MS),
    });
  });

  it('issues one certificate for ten concurrent passing submits, and stores no more attempts than the limit', async () => {
    const activity = await insertActivity(db, { credits: '2.25' });
    const reader = await insertReader(db);
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => submitAttempt(reader, activity.slug, answersFor(activity.questions, 5))));
    const stored = outcomes.filter((o) => o?.ok);
    expect(stored).toHaveLength(3);
    expect(outcomes.filter((o) => o?.ok === false && o.reason === 'limit')).toHaveLength(7);
    const certificates = await db.select().from(cmeCertificates).where(eq(cmeCertificates.userId, reader.id));
    expect(certificates).toHaveLength(1);
    expect(certificates[0]).toMatchObject({ activityId: activity.id, credits: '2.25' });
    expect(certificates[0]!.code).toMatch(/^HDC(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    // Every stored pass names the one certificate; exactly one of them issued it.
    for (const outcome of stored) expect(outcome).toMatchObject({ isPassed: true, certificateCode: certificates[0]!.code });
    expect(stored.filter((o) => o?.ok && o.isNewCertificate)).toHaveLength(1);
    expect(await db.select().from(cmeAttempts).where(eq(cmeAttempts.userId, reader.id))).toHaveLength(3);
    const issues = await db.select().from(auditLog).where(and(eq(auditLog.action, 'cme.certificate.issue'), eq(auditLog.actorId, reader.id)));
    expect(issues).toHaveLength(1);
    const submits = await db.select().from(auditLog).where(and(eq(auditLog.action, 'cme.attempt.submit'), eq(auditLog.actorId, reader.id)));
    expect(submits).toHaveLength(3);
  });

  it('lets a doctor retake after passing without a second certificate', async () => {
    const activity = await insertActivity(db);
    const reader = await insertReader(db);
    const first = await submitAttempt(reader, activity.slug, answersFor(activity.questions, 4));
    const retake = await submitAttempt(reader, activity.slug, answersFor(activity.questions, 5));
    expect(first).toMatchObject({ ok: true, isPassed: true, scorePercent: 80, isNewCertificate: true });
    expect(retake).toMatchObject({ ok: true, isPassed: true, scorePercent: 100, isNewCertificate: false });
    expect(retake?.ok && retake.certificateCode).toBe(first?.ok && first.certificateCode);
    expect(await db.select().from(cmeCertificates).where(eq(cmeCertificates.userId, reader.id))).toHaveLength(1);
  });
});

describe('getAttemptResult', () => {
  it("shows the owner each question's chosen and right answer with its explanation, and nobody else anything", async () => {
    const activity = await insertActivity(db, {}, 3);
    const owner = await insertReader(db);
    const answers = answersFor(activity.questions, 2);
    delete answers[String(activity.questions[2]!.id)];
    const outcome = await submitAttempt(owner, activity.slug, answers);
    expect(outcome).toMatchObject({ ok: true, scorePercent: 66, isPassed: false });
    const attemptId = outcome?.ok ? outcome.attemptId : 0;

    const result = await getAttemptResult(owner, attemptId);
    expect(result).toMatchObject({ activitySlug: activity.slug, scorePercent: 66, passMark: 70, isPassed: false, certificateCode: null });
    expect(result?.questions.map((q) => [q.isCorrect, q.chosenOptionId, q.correctOptionId])).toEqual([
      [true, activity.questions[0]!.correctOptionId, activity.questions[0]!.correctOptionId],
      [true, activity.questions[1]!.correctOptionId, activity.questions[1]!.correctOptionId],
      [false, null, activity.questions[2]!.correctOptionId],
    ]);
    expect(result?.questions[2]?.explanation).toBe(`${EXPLANATION_MARKER} 3: because the second option is right.`);

    const other = await insertReader(db);
    expect(await getAttemptResult(other, attemptId)).toBeNull();
    expect(await getAttemptResult(null, attemptId)).toBeNull();
    expect(await getAttemptResult(owner, 2 ** 40)).toBeNull();
  });
});
