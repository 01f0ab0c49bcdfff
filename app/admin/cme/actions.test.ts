import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { auditLog, cmeActivities, cmeAttempts, cmeOptions, cmeQuestions, revisions } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { useSession as signInAs } from '@/lib/db/test/next-request';
import { idFromRedirect, insertEditorialStaff, runAction as run } from '@/lib/admin/test-helpers';

vi.mock('next/headers', async () => (await import('@/lib/db/test/next-request')).switchableRequest);
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock('next/cache', () => ({ revalidatePath: (path: string) => void revalidated.push(path), revalidateTag: () => {} }));

const { db } = testDatabase('migrated', 'adm_content_cme');
const actions = await import('./actions');

const staff = insertEditorialStaff(db);

const ACTIVITY = {
  title: 'Anticoagulation in Atrial Fibrillation',
  summary: 'Choosing an anticoagulant.',
  body: 'The content, in **Markdown**.',
  credits: '1.5',
  accreditationStatement: 'Accredited for 1.5 credits.',
  objectives: 'Assess stroke risk\nChoose an anticoagulant',
  faculty: 'Dr A. Faculty | Cardiologist | None\nDr B. Faculty | Haematologist | Speaker fees from X',
  releaseDate: '2026-01-01',
  expiryDate: '2027-12-31',
  format: 'article',
  videoUrl: '',
  passMark: '70',
  maxAttempts: '3',
  attemptWindowHours: '24',
  questionCount: '2',
  q1Prompt: 'Which score assesses stroke risk?',
  q1Options: '* CHA2DS2-VASc\nHAS-BLED\nWells',
  q1Explanation: 'CHA2DS2-VASc estimates stroke risk.',
  q2Prompt: 'Which drug is a factor Xa inhibitor?',
  q2Options: 'Dabigatran\n* Apixaban',
  q2Explanation: 'Apixaban inhibits factor Xa.',
};

async function createActivity(fields: Record<string, string | number> = {}): Promise<number> {
  await signInAs(staff.editor.token);
  const state = await run(actions.createCmeAction, { ...ACTIVITY, ...fields });
  expect(state.redirect, JSON.stringify(state)).toMatch(/^\/admin\/cme\/\d+/);
  return idFromRedirect(state.redirect);
}

async function questionsOf(activityId: number) {
  const rows = await db
    .select({ prompt: cmeQuestions.prompt, label: cmeOptions.label, isCorrect: cmeOptions.isCorrect, explanation: cmeQuestions.explanation })
    .from(cmeQuestions)
    .innerJoin(cmeOptions, eq(cmeOptions.questionId, cmeQuestions.id))
    .where(eq(cmeQuestions.activityId, activityId))
    .orderBy(asc(cmeQuestions.position), asc(cmeOptions.position));
  return rows;
}

describe('CME editor', () => {
  it('creates a draft with its objectives, faculty, questions, options and explanations in one save', async () => {
    const id = await createActivity();
    const [row] = await db.select().from(cmeActivities).where(eq(cmeActivities.id, id));
    expect(row).toMatchObject({ slug: 'anticoagulation-in-atrial-fibrillation', status: 'draft', version: 1, credits: '1.50', passMark: 70 });
    expect(row!.objectives).toEqual(['Assess stroke risk', 'Choose an anticoagulant']);
    expect(row!.faculty[1]).toEqual({ name: 'Dr B. Faculty', role: 'Haematologist', disclosure: 'Speaker fees from X' });
    const options = await questionsOf(id);
    expect(options).toHaveLength(5);
    expect(options.filter((o) => o.isCorrect).map((o) => o.label)).toEqual(['CHA2DS2-VASc', 'Apixaban']);
    expect(options[0]!.explanation).toBe('CHA2DS2-VASc estimates stroke risk.');
    expect(await db.select().from(auditLog).where(and(eq(auditLog.action, 'cme.create'), eq(auditLog.subjectId, String(id))))).toHaveLength(1);
  });

  it('"add another question" saves nothing and answers the typed form with one more slot', async () => {
    await signInAs(staff.editor.token);
    const state = await run(actions.createCmeAction, { title: 'Half typed', questionCount: '2', q1Prompt: 'Kept?', intent: 'add-question' });
    expect(state.status).toBe('idle');
    expect(state.values).toMatchObject({ questionCount: '3', title: 'Half typed', q1Prompt: 'Kept?' });
    expect(await db.select().from(cmeActivities).where(eq(cmeActivities.title, 'Half typed'))).toHaveLength(0);
  });

  it('replaces the questions on a save; refuses a second save of the same version; restores a revision as a new save', async () => {
    const id = await createActivity({ title: 'Questions Replaced' });
    const first = await run(actions.saveCmeAction, { ...ACTIVITY, title: 'Questions Replaced', id, version: 1, q2Options: '* Rivaroxaban\nWarfarin\nHeparin' });
    expect(first.status, JSON.stringify(first)).toBe('ok');
    expect((await questionsOf(id)).filter((o) => o.isCorrect).map((o) => o.label)).toEqual(['CHA2DS2-VASc', 'Rivaroxaban']);
    const second = await run(actions.saveCmeAction, { ...ACTIVITY, title: 'Questions Replaced', id, version: 1, passMark: '80' });
    expect(second.conflict?.version).toBe(2);
    expect(second.conflict?.fields.q2Options).toBe('* Rivaroxaban\nWarfarin\nHeparin');
    expect((await db.select().from(cmeActivities).where(eq(cmeActivities.id, id)))[0]!.passMark).toBe(70);
    const restored = await run(actions.restoreCmeAction, { id, version: 2, revision: 1 });
    expect(restored.redirect).toBe(`/admin/cme/${id}?restored=1`);
    expect((await questionsOf(id)).filter((o) => o.isCorrect).map((o) => o.label)).toEqual(['CHA2DS2-VASc', 'Apixaban']);
    const [kept] = await db.select().from(revisions).where(and(eq(revisions.itemType, 'cme_activity'), eq(revisions.itemId, id), eq(revisions.version, 3)));
    expect(kept?.note).toBe('Restored version 1');
  });

  it('refuses changes to questions once a doctor has attempted the test, and still saves other fields', async () => {
    const id = await createActivity({ title: 'Attempted Activity' });
    await db.insert(cmeAttempts).values({ userId: staff.member.id, activityId: id, answers: {}, scorePercent: 50, isPassed: false });
    const refused = await run(actions.saveCmeAction, { ...ACTIVITY, title: 'Attempted Activity', id, version: 1, q1Options: 'CHA2DS2-VASc\n* HAS-BLED' });
    expect(refused.status).toBe('error');
    expect(refused.message).toMatch(/already taken this post-test/);
    expect(refused.values?.q1Options).toBe('CHA2DS2-VASc\n* HAS-BLED');
    expect((await db.select().from(cmeActivities).where(eq(cmeActivities.id, id)))[0]!.version).toBe(1);
    expect((await questionsOf(id)).filter((o) => o.isCorrect).map((o) => o.label)).toEqual(['CHA2DS2-VASc', 'Apixaban']);
    const allowed = await run(actions.saveCmeAction, { ...ACTIVITY, title: 'Attempted Activity', id, version: 1, summary: 'A better summary.' });
    expect(allowed.status).toBe('ok');
  });

  it('publishes (revalidating the CME pages), unpublishes and archives; no publishing without questions', async () => {
    const id = await createActivity({ title: 'Publish Activity' });
    revalidated.length = 0;
    expect((await run(actions.transitionCmeAction, { id, version: 1, transition: 'publish' })).status).toBe('ok');
    expect(revalidated).toEqual(expect.arrayContaining(['/cme', '/cme/archive', '/cme/publish-activity/teaser', '/sitemap.xml']));
    expect((await run(actions.transitionCmeAction, { id, version: 2, transition: 'archive' })).status).toBe('ok');
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'cme.archive'), eq(auditLog.subjectId, String(id))));
    expect(entry?.details).toMatchObject({ from: 'published', to: 'archived' });
    const empty = await createActivity({ title: 'No Questions', q1Prompt: '', q1Options: '', q1Explanation: '', q2Prompt: '', q2Options: '', q2Explanation: '' });
    expect((await run(actions.transitionCmeAction, { id: empty, version: 1, transition: 'publish' })).message).toMatch(/at least one post-test question/);
  });

  it('explains each invalid field: two correct options, too few options, a missing explanation, dates, faculty, a duplicate slug', async () => {
    await signInAs(staff.editor.token);
    const state = await run(actions.createCmeAction, {
      ...ACTIVITY,
      title: 'Invalid Activity',
      q1Options: '* CHA2DS2-VASc\n* HAS-BLED',
      q2Options: '* Apixaban',
      q2Explanation: '',
      expiryDate: '2025-01-01',
      faculty: 'Dr Nobody',
      format: 'video',
      videoUrl: 'javascript:alert(1)',
    });
    expect(state.fieldErrors?.q1Options?.[0]).toMatch(/exactly one option of question 1 as correct/);
    expect(state.fieldErrors?.q2Options?.[0]).toMatch(/from 2 to 6 options/);
    expect(state.fieldErrors?.q2Explanation?.[0]).toMatch(/Explain the answer to question 2/);
    expect(state.fieldErrors?.expiryDate).toEqual(['The expiry date must be after the release date.']);
    expect(state.fieldErrors?.faculty?.[0]).toMatch(/Name \| Role \| Disclosure/);
    expect(state.fieldErrors?.videoUrl?.[0]).toMatch(/YouTube or Vimeo/);
    await createActivity({ title: 'Duplicate Activity' });
    const duplicate = await run(actions.createCmeAction, { ...ACTIVITY, title: 'Duplicate Activity' });
    expect(duplicate.fieldErrors?.slug).toEqual(['Another CME activity already has this slug: choose another.']);
  });

  it('says everything wrong at once, each beside its field, keeping what was typed', async () => {
    await signInAs(staff.editor.token);
    const state = await run(actions.createCmeAction, { ...ACTIVITY, title: '', credits: '0', expiryDate: '2025-06-01', objectives: '', q1Explanation: '' });
    expect(state.fieldErrors).toEqual({
      title: ['Enter a title.'],
      credits: ['Credits must be more than 0.'],
      expiryDate: ['The expiry date must be after the release date.'],
      objectives: ['Enter at least one learning objective, one per line.'],
      q1Explanation: ['Explain the answer to question 1: doctors read it with their result.'],
    });
    expect(state.values).toMatchObject({ summary: ACTIVITY.summary, expiryDate: '2025-06-01', q1Prompt: ACTIVITY.q1Prompt });
  });

  it('refuses an author and a member every action', async () => {
    const id = await createActivity({ title: 'Guarded Activity' });
    for (const user of [staff.author, staff.member]) {
      await signInAs(user.token);
      for (const [action, fields] of [
        [actions.createCmeAction, { ...ACTIVITY, title: 'Sneaky' }],
        [actions.saveCmeAction, { ...ACTIVITY, id, version: 1, title: 'Sneaky' }],
        [actions.transitionCmeAction, { id, version: 1, transition: 'publish' }],
        [actions.restoreCmeAction, { id, version: 1, revision: 1 }],
      ] as const) {
        expect((await run(action, fields)).message).toMatch(/do not have access/);
      }
    }
    const [row] = await db.select().from(cmeActivities).where(eq(cmeActivities.id, id));
    expect(row).toMatchObject({ title: 'Guarded Activity', status: 'draft', version: 1 });
  });
});
