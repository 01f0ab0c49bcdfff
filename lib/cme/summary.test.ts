import { describe, expect, it } from 'vitest';
import { cmeEvaluations } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { submitEvaluation } from './evaluation';
import { submitAttempt } from './post-test';
import { summariseCmeActivities } from './summary';
import { answersFor, insertActivity, insertReader } from './test-helpers';

/* Staff reading: attempts, pass rate and evaluation answers per activity. */

const { db } = testDatabase('migrated', 'cme_summary');

describe('summariseCmeActivities', () => {
  it("sums up each activity's attempts, passes and evaluations, with the latest comments first", async () => {
    const busy = await insertActivity(db, { title: 'A busy activity' });
    const quiet = await insertActivity(db, { title: 'B quiet activity' });
    const [ada, ben, cy] = [await insertReader(db), await insertReader(db), await insertReader(db)];
    // Ada fails then passes; Ben passes; Cy fails twice: 5 attempts, 2 passes, 3 doctors, 2 passed.
    await submitAttempt(ada, busy.slug, answersFor(busy.questions, 1));
    await submitAttempt(ada, busy.slug, answersFor(busy.questions, 5));
    await submitAttempt(ben, busy.slug, answersFor(busy.questions, 4));
    await submitAttempt(cy, busy.slug, answersFor(busy.questions, 0));
    await submitAttempt(cy, busy.slug, answersFor(busy.questions, 3));
    await submitEvaluation(ada, busy.slug, { isRelevant: true, isFreeOfBias: true, practiceChange: 'yes', comment: 'First comment' });
    await submitEvaluation(ben, busy.slug, { isRelevant: false, isFreeOfBias: true, practiceChange: 'unsure', comment: 'Second comment' });
    // 25 more evaluations' comments would be too many to show: only the latest 20 come back.
    const filler = await insertActivity(db, { title: 'C many comments' });
    for (let i = 0; i < 25; i++) {
      const reader = await insertReader(db);
      await submitAttempt(reader, filler.slug, answersFor(filler.questions, 5));
      await submitEvaluation(reader, filler.slug, { isRelevant: true, isFreeOfBias: true, practiceChange: 'no', comment: `Comment ${i}` });
    }

    const summary = await summariseCmeActivities();
    const busyRow = summary.find((s) => s.slug === busy.slug);
    expect(busyRow).toMatchObject({
      title: 'A busy activity',
      attempts: 5,
      uniqueParticipants: 3,
      passes: 2,
      participantsPassed: 2,
      passRatePercent: 40,
      evaluations: { count: 2, relevantPercent: 50, freeOfBiasPercent: 100, practiceChange: { yes: 1, no: 0, unsure: 1 } },
    });
    expect(busyRow?.evaluations.comments.map((c) => c.text)).toEqual(['Second comment', 'First comment']);
    expect(summary.find((s) => s.slug === quiet.slug)).toMatchObject({
      attempts: 0,
      uniqueParticipants: 0,
      passRatePercent: null,
      evaluations: { count: 0, relevantPercent: null, practiceChange: { yes: 0, no: 0, unsure: 0 }, comments: [] },
    });
    const fillerRow = summary.find((s) => s.slug === filler.slug);
    expect(fillerRow?.evaluations.count).toBe(25);
    expect(fillerRow?.evaluations.comments).toHaveLength(20);
    expect(fillerRow?.evaluations.comments[0]?.text).toBe('Comment 24');
    expect(summary.map((s) => s.title)).toEqual([...summary.map((s) => s.title)].sort());
    expect(await db.$count(cmeEvaluations)).toBe(27);
  });
});
