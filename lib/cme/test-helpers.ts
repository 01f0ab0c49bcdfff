import type { Database } from '@/lib/db/client';
import { cmeActivities, cmeOptions, cmeQuestions, type NewUser } from '@/lib/db/schema';
import { insertUser } from '@/lib/accounts/test-helpers';
import type { CmeReader } from './access';

/** In every fixture explanation: a word the test page must never send. */
export const EXPLANATION_MARKER = 'Zanzibarexplain';

export type FixtureQuestion = { id: number; correctOptionId: number; wrongOptionId: number; optionIds: number[] };

let counter = 0;

/**
 * A CME activity for a test: published, current (expires in a year) unless `row` says
 * otherwise, with `questionCount` questions of three options each (the second is right).
 * Options are inserted in reverse position order, so a test can tell that reads sort them.
 */
export async function insertActivity(
  db: Database,
  row: Partial<typeof cmeActivities.$inferInsert> = {},
  questionCount = 5,
): Promise<{ id: number; slug: string; questions: FixtureQuestion[] }> {
  counter += 1;
  const slug = row.slug ?? `test-activity-${process.pid}-${counter}`;
  const today = new Date();
  const [activity] = await db
    .insert(cmeActivities)
    .values({
      slug,
      title: `Test activity ${counter}`,
      summary: 'A test activity.',
      body: 'The body.',
      credits: '1.50',
      accreditationStatement: 'Accredited for tests.',
      releaseDate: new Date(today.getTime() - 30 * 86_400_000).toISOString().slice(0, 10),
      expiryDate: new Date(today.getTime() + 365 * 86_400_000).toISOString().slice(0, 10),
      status: 'published',
      publishedAt: new Date(today.getTime() - 86_400_000),
      ...row,
    })
    .returning({ id: cmeActivities.id, slug: cmeActivities.slug });
  const questions: FixtureQuestion[] = [];
  for (let position = 1; position <= questionCount; position++) {
    const [question] = await db
      .insert(cmeQuestions)
      .values({
        activityId: activity!.id,
        position,
        prompt: `Question ${position} of ${slug}?`,
        explanation: `${EXPLANATION_MARKER} ${position}: because the second option is right.`,
      })
      .returning({ id: cmeQuestions.id });
    const options = await db
      .insert(cmeOptions)
      .values([3, 2, 1].map((p) => ({ questionId: question!.id, position: p, label: `Option ${p} of question ${position}`, isCorrect: p === 2 })))
      .returning({ id: cmeOptions.id, position: cmeOptions.position });
    const byPosition = (p: number) => options.find((o) => o.position === p)!.id;
    questions.push({ id: question!.id, correctOptionId: byPosition(2), wrongOptionId: byPosition(1), optionIds: [1, 2, 3].map(byPosition) });
  }
  return { id: activity!.id, slug: activity!.slug, questions };
}

/** A signed-in reader as lib/auth's getViewer would give: active, verified unless `row` says otherwise. */
export async function insertReader(db: Database, row: Partial<NewUser> = {}): Promise<NonNullable<CmeReader> & { email: string }> {
  counter += 1;
  const user = await insertUser(db, { email: `reader-${process.pid}-${counter}@example.org`, emailVerifiedAt: new Date(), ...row });
  const isEmailVerified = row.emailVerifiedAt === undefined ? true : row.emailVerifiedAt !== null;
  return { id: user.id, status: row.status ?? 'active', isEmailVerified, email: user.email };
}

/** Answers: `rightCount` questions right, the rest wrong. */
export function answersFor(questions: FixtureQuestion[], rightCount: number): Record<string, number> {
  return Object.fromEntries(questions.map((q, i) => [String(q.id), i < rightCount ? q.correctOptionId : q.wrongOptionId]));
}
