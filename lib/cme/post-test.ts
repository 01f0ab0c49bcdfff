import 'server-only';
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { audit } from '@/lib/audit';
import { db, type Executor } from '@/lib/db/client';
import { cmeActivities, cmeAttempts, cmeCertificates, cmeOptions, cmeQuestions, users } from '@/lib/db/schema';
import { canReadCmeContent, cmeTestRefusal, type CmeReader, type CmeTestRefusal } from './access';
import { newCertificateCode } from './certificate-code';
import type { CmeAttemptResult, CmeMarkedQuestion, CmeTestQuestion } from './types';

/*
 * The post-test: questions without their answers, the server's scoring, attempts under the
 * activity's limit, and the certificate a pass issues (one per doctor and activity).
 * The evaluation that follows a pass is evaluation.ts's.
 */

const HOUR_MS = 60 * 60 * 1000;

/** Whether the reader may start an attempt now, and if not, why. */
export type CmeTestEligibility =
  | { ok: true }
  | { ok: false; reason: CmeTestRefusal }
  | { ok: false; reason: 'limit'; nextAttemptAt: Date };

export type CmePostTest = {
  activity: {
    slug: string;
    title: string;
    passMark: number;
    maxAttempts: number;
    attemptWindowHours: number;
    /** YYYY-MM-DD */
    expiryDate: string;
  };
  /** Only when the reader may take the test: never which option is right. */
  questions: CmeTestQuestion[];
  eligibility: CmeTestEligibility;
  /** Attempts counted against the limit now. */
  attemptsInWindow: number;
  /** The certificate an earlier pass issued, if any (a retake never issues another). */
  certificateCode: string | null;
};

/** The calendar date (UTC) an expiry date is compared with. */
function isoDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

type ActivityRow = {
  id: number;
  slug: string;
  title: string;
  status: string;
  passMark: number;
  maxAttempts: number;
  attemptWindowHours: number;
  expiryDate: string;
  credits: string;
};

const activityColumns = {
  id: cmeActivities.id,
  slug: cmeActivities.slug,
  title: cmeActivities.title,
  status: cmeActivities.status,
  passMark: cmeActivities.passMark,
  maxAttempts: cmeActivities.maxAttempts,
  attemptWindowHours: cmeActivities.attemptWindowHours,
  expiryDate: cmeActivities.expiryDate,
  credits: cmeActivities.credits,
};

/** A published activity by slug, or null; drafts and archived ones are unknown here. */
export async function findPublishedActivity(executor: Executor, slug: string): Promise<ActivityRow | null> {
  const [row] = await executor
    .select(activityColumns)
    .from(cmeActivities)
    .where(and(eq(cmeActivities.slug, slug), eq(cmeActivities.status, 'published')))
    .limit(1);
  return row ?? null;
}

/** The attempts counted against the limit: those in the last window, and when the oldest leaves it. */
async function attemptsInWindow(executor: Executor, userId: number, activity: ActivityRow, now: Date) {
  const since = new Date(now.getTime() - activity.attemptWindowHours * HOUR_MS);
  const [row] = await executor
    .select({ count: sql<number>`count(*)::int`, oldest: sql<string | null>`min(${cmeAttempts.submittedAt})` })
    .from(cmeAttempts)
    .where(and(eq(cmeAttempts.userId, userId), eq(cmeAttempts.activityId, activity.id), gt(cmeAttempts.submittedAt, since)));
  const count = row?.count ?? 0;
  const oldest = row?.oldest ? new Date(row.oldest) : null;
  const nextAttemptAt = count >= activity.maxAttempts && oldest ? new Date(oldest.getTime() + activity.attemptWindowHours * HOUR_MS) : null;
  return { count, nextAttemptAt };
}

async function eligibilityOf(
  executor: Executor,
  activity: ActivityRow,
  reader: CmeReader,
  now: Date,
): Promise<{ eligibility: CmeTestEligibility; count: number }> {
  const refusal = cmeTestRefusal(activity, reader, isoDate(now));
  if (refusal) return { eligibility: { ok: false, reason: refusal }, count: 0 };
  const { count, nextAttemptAt } = await attemptsInWindow(executor, reader!.id, activity, now);
  if (nextAttemptAt) return { eligibility: { ok: false, reason: 'limit', nextAttemptAt }, count };
  return { eligibility: { ok: true }, count };
}

async function certificateCodeOf(executor: Executor, userId: number, activityId: number): Promise<string | null> {
  const [row] = await executor
    .select({ code: cmeCertificates.code })
    .from(cmeCertificates)
    .where(and(eq(cmeCertificates.userId, userId), eq(cmeCertificates.activityId, activityId)));
  return row?.code ?? null;
}

/**
 * An activity's questions with their options, in position order, as the test page may send
 * them: the columns chosen here are the only ones read, so which option is right and the
 * explanations never leave the database on this path.
 */
async function listTestQuestions(executor: Executor, activityId: number): Promise<CmeTestQuestion[]> {
  const questions = await executor
    .select({ id: cmeQuestions.id, position: cmeQuestions.position, prompt: cmeQuestions.prompt })
    .from(cmeQuestions)
    .where(eq(cmeQuestions.activityId, activityId))
    .orderBy(asc(cmeQuestions.position));
  if (questions.length === 0) return [];
  const options = await executor
    .select({ id: cmeOptions.id, questionId: cmeOptions.questionId, label: cmeOptions.label })
    .from(cmeOptions)
    .where(
      inArray(
        cmeOptions.questionId,
        questions.map((q) => q.id),
      ),
    )
    .orderBy(asc(cmeOptions.questionId), asc(cmeOptions.position));
  return questions.map((q) => ({
    id: q.id,
    position: q.position,
    prompt: q.prompt,
    options: options.filter((o) => o.questionId === q.id).map((o) => ({ id: o.id, label: o.label })),
  }));
}

/**
 * The post-test page's data: the published activity, whether the reader may take the test now
 * (cmeTestRefusal, then the attempt limit), and the questions without answers, which only a
 * reader who may take it gets. Null for an unknown or unpublished slug (404).
 */
export async function getPostTest(slug: string, reader: CmeReader, options: { now?: Date } = {}): Promise<CmePostTest | null> {
  const now = options.now ?? new Date();
  const activity = await findPublishedActivity(db, slug);
  if (!activity) return null;
  const { eligibility, count } = await eligibilityOf(db, activity, reader, now);
  const mayRead = canReadCmeContent(activity, reader);
  return {
    activity: {
      slug: activity.slug,
      title: activity.title,
      passMark: activity.passMark,
      maxAttempts: activity.maxAttempts,
      attemptWindowHours: activity.attemptWindowHours,
      expiryDate: activity.expiryDate,
    },
    questions: eligibility.ok ? await listTestQuestions(db, activity.id) : [],
    eligibility,
    attemptsInWindow: count,
    certificateCode: mayRead ? await certificateCodeOf(db, reader!.id, activity.id) : null,
  };
}

/** A question as scoring needs it: its options and which one is right. */
export type ScorableQuestion = { id: number; optionIds: number[]; correctOptionId: number };

/** question id → chosen option id. */
export type CmeAnswers = Record<string, number>;

export type CmeScore = { correct: number; total: number; scorePercent: number; isPassed: boolean; correctByQuestion: Map<number, boolean> };

/**
 * Scores an attempt. An unanswered question, or an answer that is not one of that question's
 * options, counts as wrong. The percentage is rounded down (2 of 3 is 66 %, not 67 %), so a
 * score shown as the pass mark has truly reached it; passed when it is at least the pass mark.
 */
export function scoreAttempt(questions: ScorableQuestion[], answers: CmeAnswers, passMark: number): CmeScore {
  const correctByQuestion = new Map<number, boolean>();
  for (const question of questions) {
    const chosen = answers[String(question.id)];
    correctByQuestion.set(question.id, chosen !== undefined && question.optionIds.includes(chosen) && chosen === question.correctOptionId);
  }
  const correct = [...correctByQuestion.values()].filter(Boolean).length;
  const total = questions.length;
  const scorePercent = total === 0 ? 0 : Math.floor((correct * 100) / total);
  return { correct, total, scorePercent, isPassed: total > 0 && scorePercent >= passMark, correctByQuestion };
}

/** Questions with which option is right and why: only for scoring and for a submitted attempt's result. */
async function listMarkingQuestions(executor: Executor, activityId: number) {
  const questions = await executor
    .select({ id: cmeQuestions.id, position: cmeQuestions.position, prompt: cmeQuestions.prompt, explanation: cmeQuestions.explanation })
    .from(cmeQuestions)
    .where(eq(cmeQuestions.activityId, activityId))
    .orderBy(asc(cmeQuestions.position));
  if (questions.length === 0) return [];
  const options = await executor
    .select({ id: cmeOptions.id, questionId: cmeOptions.questionId, label: cmeOptions.label, isCorrect: cmeOptions.isCorrect })
    .from(cmeOptions)
    .where(
      inArray(
        cmeOptions.questionId,
        questions.map((q) => q.id),
      ),
    )
    .orderBy(asc(cmeOptions.questionId), asc(cmeOptions.position));
  return questions.map((q) => {
    const own = options.filter((o) => o.questionId === q.id);
    return {
      ...q,
      options: own.map((o) => ({ id: o.id, label: o.label })),
      optionIds: own.map((o) => o.id),
      // A question without a right option cannot be answered right: -1 matches no option.
      correctOptionId: own.find((o) => o.isCorrect)?.id ?? -1,
    };
  });
}

export type SubmitAttemptOutcome =
  | { ok: true; attemptId: number; scorePercent: number; isPassed: boolean; certificateCode: string | null; isNewCertificate: boolean }
  | { ok: false; reason: CmeTestRefusal }
  | { ok: false; reason: 'limit'; nextAttemptAt: Date };

/**
 * Submits an attempt, in one transaction: the user's row is locked first, so that one user's
 * submits for any activity run one after another; eligibility (the account still active and
 * verified, the activity not expired, the attempt limit) is checked again under that lock, so
 * ten concurrent submits store at most `maxAttempts` attempts and the rest are refused with
 * 'limit'. Every attempt that passes the checks is stored; a pass issues the certificate unless
 * one exists (on conflict do nothing: a double submit or a retake never makes a second). The
 * audit rows go in the same transaction. Null for an unknown or unpublished slug.
 */
export async function submitAttempt(
  reader: CmeReader,
  slug: string,
  answers: CmeAnswers,
  options: { now?: Date; ip?: string | null } = {},
): Promise<SubmitAttemptOutcome | null> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const activity = await findPublishedActivity(tx, slug);
    if (!activity) return null;
    if (reader === null) return { ok: false, reason: 'signed_out' };
    // Re-read under the lock: a session checked a moment ago may belong to an account closed since.
    const [user] = await tx
      .select({ id: users.id, status: users.status, emailVerifiedAt: users.emailVerifiedAt })
      .from(users)
      .where(eq(users.id, reader.id))
      .for('update');
    if (!user) return { ok: false, reason: 'signed_out' };
    const current: CmeReader = { id: user.id, status: user.status, isEmailVerified: user.emailVerifiedAt !== null };
    const { eligibility } = await eligibilityOf(tx, activity, current, now);
    if (!eligibility.ok) return eligibility;

    const questions = await listMarkingQuestions(tx, activity.id);
    const score = scoreAttempt(questions, answers, activity.passMark);
    // Only answers to this activity's questions with one of their options are kept.
    const kept: CmeAnswers = {};
    for (const q of questions) {
      const chosen = answers[String(q.id)];
      if (chosen !== undefined && q.optionIds.includes(chosen)) kept[String(q.id)] = chosen;
    }
    const [attempt] = await tx
      .insert(cmeAttempts)
      .values({ userId: user.id, activityId: activity.id, answers: kept, scorePercent: score.scorePercent, isPassed: score.isPassed, submittedAt: now })
      .returning({ id: cmeAttempts.id });
    const attemptId = attempt!.id;

    let certificateCode: string | null = null;
    let isNewCertificate = false;
    if (score.isPassed) {
      const [issued] = await tx
        .insert(cmeCertificates)
        .values({ userId: user.id, activityId: activity.id, attemptId, code: newCertificateCode(), credits: activity.credits, issuedAt: now })
        .onConflictDoNothing({ target: [cmeCertificates.userId, cmeCertificates.activityId] })
        .returning({ id: cmeCertificates.id, code: cmeCertificates.code });
      isNewCertificate = issued !== undefined;
      certificateCode = issued?.code ?? (await certificateCodeOf(tx, user.id, activity.id));
      if (issued) {
        await audit(tx, {
          actorId: user.id,
          action: 'cme.certificate.issue',
          subjectType: 'cme_certificate',
          subjectId: issued.id,
          details: { activityId: activity.id, attemptId, credits: activity.credits },
          ip: options.ip,
        });
      }
    }
    await audit(tx, {
      actorId: user.id,
      action: 'cme.attempt.submit',
      subjectType: 'cme_attempt',
      subjectId: attemptId,
      details: { activityId: activity.id, scorePercent: score.scorePercent, isPassed: score.isPassed, isNewCertificate },
      ip: options.ip,
    });
    return { ok: true, attemptId, scorePercent: score.scorePercent, isPassed: score.isPassed, certificateCode, isNewCertificate };
  });
}

/**
 * A submitted attempt's result, for its owner only: anyone else (another user, nobody) gets
 * null, as for an attempt that does not exist (404). The answers and explanations are read
 * here, after the attempt, never before.
 */
export async function getAttemptResult(reader: CmeReader, attemptId: number): Promise<CmeAttemptResult | null> {
  if (reader === null || !Number.isSafeInteger(attemptId) || attemptId < 1 || attemptId > 2_147_483_647) return null;
  const [row] = await db
    .select({
      id: cmeAttempts.id,
      answers: cmeAttempts.answers,
      scorePercent: cmeAttempts.scorePercent,
      isPassed: cmeAttempts.isPassed,
      submittedAt: cmeAttempts.submittedAt,
      activity: activityColumns,
    })
    .from(cmeAttempts)
    .innerJoin(cmeActivities, eq(cmeActivities.id, cmeAttempts.activityId))
    .where(and(eq(cmeAttempts.id, attemptId), eq(cmeAttempts.userId, reader.id)));
  if (!row || !canReadCmeContent(row.activity, reader)) return null;
  const questions = await listMarkingQuestions(db, row.activity.id);
  const marked: CmeMarkedQuestion[] = questions.map((q) => {
    const chosen = row.answers[String(q.id)];
    const chosenOptionId = chosen !== undefined && q.optionIds.includes(chosen) ? chosen : null;
    return {
      id: q.id,
      position: q.position,
      prompt: q.prompt,
      options: q.options,
      chosenOptionId,
      correctOptionId: q.correctOptionId,
      isCorrect: chosenOptionId !== null && chosenOptionId === q.correctOptionId,
      explanation: q.explanation,
    };
  });
  return {
    attemptId: row.id,
    activitySlug: row.activity.slug,
    activityTitle: row.activity.title,
    scorePercent: row.scorePercent,
    passMark: row.activity.passMark,
    isPassed: row.isPassed,
    submittedAt: row.submittedAt,
    questions: marked,
    certificateCode: await certificateCodeOf(db, reader.id, row.activity.id),
  };
}
