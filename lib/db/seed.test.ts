import { beforeAll, describe, expect, it } from 'vitest';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { newCertificateCode } from '@/lib/cme/certificate-code';
import { RESERVED_CME_SLUGS } from '@/lib/cme/activities';
import { cmeActivities, cmeAttempts, cmeCertificates, cmeEvaluations, cmeOptions, cmeQuestions, events, legalDocuments, posts, specialties, users, videoSeries, videos } from './schema';
import { seedDatabase } from './seed';
import { CALCINOSIS_PARAGRAPHS, CME_ACTIVITIES, CME_BODY_MARKER, DEMO_PASSED_CME_SLUG, DEMO_PASSWORD } from './seed-content';
import { createTestDatabase, testDatabase, type TestDatabase } from './test/database';

const CONTENT_TABLES = ['specialties', 'posts', 'events', 'video_series', 'videos', 'legal_documents', 'users', 'cme_activities', 'cme_questions', 'cme_options'] as const;
const CME_PROGRESS_TABLES = ['cme_attempts', 'cme_certificates', 'cme_evaluations'] as const;

// The seed page's titles, typed out here rather than imported, so a slip in the content
// modules cannot hide from the test that checks them.
const SEED_NEWS = [
  'A new mechanism of radioresistance formation demonstrated in lung adenocarcinoma',
  'An inhibitor of JAK1 exhibits "remarkable" activity in T-cell lymphoma.',
  'Approval in Endometrial Cancer Expanded; Masks at Cancer Centers; NPR Reporter Dies',
  'Breast cancer surgery: Study finds overnight hospital stay not important for older patients',
  'As compared to proton therapy, proton therapy is very effective in treating esophageal cancer.',
];
const SEED_ARTICLES = [
  'New Hope for Rectal Cancer Patients: Breakthrough Drug Shows Promising Results',
  'Exploring the Latest Treatments for Essential Thrombocythemia',
  'Colon cancer: Risk factors, warning signs and treatment options',
  'Unlocking the Mystery of Hemoglobin C Trait: A Closer Look at a Rare Blood Disorder',
  'Tertiary Lymphoid Structures: Pivotal Players in Cancer Prognosis and Therapeutic Response',
];
const SEED_EVENTS = [
  'International Lung Cancer Congress®',
  'Genito-Urinary Oncology Summit 2026',
  'Future NRG Oncology Meeting',
  'ISMB 2026 (Intelligent Systems for Molecular Biology)',
  'Annual International Congress on the Future of Breast Cancer East',
];
const SEED_VIDEOS = [
  'Thromboprophylaxis In Medical Settings- An Update',
  'Lorlatinib in the Management of 1st line ALK+ mNSCLC (CROWN TRIAL Update)',
  'Untangling The Best Treatment Approaches For ALK Positive Lung Cancer - Part II',
  'Treatment Sequencing Strategies in ALK + NSCLC Patients with CNS Diseases - Part II',
  'Untangling The Best Treatment Approaches For ALK Positive Lung Cancer - Part V',
];

/** Every row of every content table, as JSON, in a stable order. */
async function snapshotContent(raw: TestDatabase['sql'], tables: readonly string[] = CONTENT_TABLES): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows = await raw.unsafe(`select to_jsonb(t) as row from ${table} t order by id`);
    snapshot[table] = rows.map((r) => r.row);
  }
  return snapshot;
}

function localHour(instant: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(instant));
}

describe('seedDatabase', () => {
  const s = testDatabase('migrated', 'seed_test');

  beforeAll(async () => {
    await seedDatabase(s.db, { demoAccounts: false });
  });

  it('fills every content table, and a second run changes no row at all', async () => {
    const first = await snapshotContent(s.sql);
    expect(first.specialties!.length).toBeGreaterThanOrEqual(5);
    // Calcinosis, five news, five articles and one members-only article.
    expect(first.posts).toHaveLength(12);
    expect(first.events).toHaveLength(5);
    expect(first.video_series).toHaveLength(2);
    expect(first.videos!.length).toBeGreaterThanOrEqual(5);
    expect(first.legal_documents).toHaveLength(4);
    // Three current CME activities and the archived demo; five questions each (three for the demo), four options each.
    expect(first.cme_activities).toHaveLength(4);
    expect(first.cme_questions).toHaveLength(18);
    expect(first.cme_options).toHaveLength(72);

    await new Promise((resolve) => setTimeout(resolve, 20)); // a later "now" must not move any date
    await seedDatabase(s.db, { demoAccounts: false });
    expect(await snapshotContent(s.sql)).toEqual(first);
  });

  it('creates no accounts unless demo accounts are asked for', async () => {
    const [row] = await s.db.select({ count: sql<number>`count(*)::int` }).from(users);
    expect(row?.count).toBe(0);
  });

  it('includes the five specialties the home page content needs', async () => {
    const rows = await s.db.select({ slug: specialties.slug }).from(specialties);
    expect(rows.map((r) => r.slug)).toEqual(
      expect.arrayContaining(['oncology', 'haematology', 'rheumatology', 'dermatology', 'cardiology']),
    );
  });

  it('stores Calcinosis as a published article with the lead, six sections and every seed paragraph', async () => {
    const [article] = await s.db
      .select()
      .from(posts)
      .where(and(eq(posts.kind, 'condition'), eq(posts.slug, 'calcinosis')));
    expect(article).toBeDefined();
    const body = article!.body;
    expect(article!.status).toBe('published');
    expect(article!.access).toBe('public');
    expect(article!.summary.length).toBeGreaterThan(40);
    expect(article!.summary.length).toBeLessThanOrEqual(600);
    expect(article!.references.length).toBeGreaterThanOrEqual(3);
    expect(article!.references.every((r) => r.url?.startsWith('https://'))).toBe(true);

    expect(body.match(/^## .+$/gm)).toEqual([
      '## Overview',
      '## Causes',
      '## Symptoms',
      '## Diagnosis',
      '## Treatment',
      '## Outlook',
    ]);
    expect(CALCINOSIS_PARAGRAPHS).toHaveLength(7);
    expect(CALCINOSIS_PARAGRAPHS[0]).toMatch(/^Calcinosis is a condition in which calcium deposits accumulate/);
    expect(CALCINOSIS_PARAGRAPHS[6]).toMatch(/reduce the risk of complications\.$/);
    // The lead comes before any heading; each later paragraph sits under its own heading, in order.
    const blocks = body.split('\n\n');
    expect(blocks).toEqual([
      CALCINOSIS_PARAGRAPHS[0],
      '## Overview',
      CALCINOSIS_PARAGRAPHS[1],
      '## Causes',
      CALCINOSIS_PARAGRAPHS[2],
      '## Symptoms',
      CALCINOSIS_PARAGRAPHS[3],
      '## Diagnosis',
      CALCINOSIS_PARAGRAPHS[4],
      '## Treatment',
      CALCINOSIS_PARAGRAPHS[5],
      '## Outlook',
      CALCINOSIS_PARAGRAPHS[6],
    ]);
  });

  it('lists news and articles newest first in the seed page order', async () => {
    for (const [kind, expected] of [['news', SEED_NEWS], ['article', SEED_ARTICLES]] as const) {
      const rows = await s.db
        .select({ title: posts.title, status: posts.status, access: posts.access })
        .from(posts)
        .where(and(eq(posts.kind, kind), eq(posts.status, 'published')))
        .orderBy(desc(posts.publishedAt), desc(posts.id))
        .limit(5);
      expect(rows.map((r) => r.title)).toEqual(expected);
      expect(rows.every((r) => r.access === 'public')).toBe(true);
    }
  });

  it('lists events soonest first in the seed page order, all in the future at a daytime local hour', async () => {
    const rows = await s.db
      .select()
      .from(events)
      .where(eq(events.status, 'published'))
      .orderBy(asc(events.startsAt), asc(events.id));
    expect(rows.map((r) => r.title)).toEqual(SEED_EVENTS);
    for (const event of rows) {
      expect(event.startsAt.getTime()).toBeGreaterThan(Date.now());
      expect(event.endsAt.getTime()).toBeGreaterThan(event.startsAt.getTime());
      expect(event.endsAt.getTime() - event.startsAt.getTime()).toBeLessThanOrEqual(3 * 24 * 3_600_000);
      const hour = localHour(event.startsAt, event.timeZone);
      expect(hour).toBeGreaterThanOrEqual(7);
      expect(hour).toBeLessThanOrEqual(11);
      expect(event.organiser.length).toBeGreaterThan(0);
      expect(event.registrationUrl).toMatch(/^https:\/\//);
    }
    expect(rows.some((r) => r.virtualUrl !== null)).toBe(true);
    expect(rows.some((r) => r.venue !== null)).toBe(true);
  });

  it('lists videos newest first with exactly the seed page five on top', async () => {
    const rows = await s.db
      .select({ title: videos.title })
      .from(videos)
      .where(eq(videos.status, 'published'))
      .orderBy(desc(videos.publishedAt), desc(videos.id))
      .limit(5);
    expect(rows.map((r) => r.title)).toEqual(SEED_VIDEOS);
  });

  it('groups the ALK talks into series with their part numbers', async () => {
    const rows = await s.db
      .select({ series: videoSeries.slug, title: videos.title, part: videos.partNumber })
      .from(videos)
      .innerJoin(videoSeries, eq(videos.seriesId, videoSeries.id))
      .orderBy(asc(videoSeries.slug), asc(videos.partNumber));
    const partOf = (title: string) => rows.find((r) => r.title === title);
    expect(partOf(SEED_VIDEOS[2]!)).toMatchObject({ series: 'untangling-the-best-treatment-approaches-for-alk-positive-lung-cancer', part: 2 });
    expect(partOf(SEED_VIDEOS[4]!)).toMatchObject({ series: 'untangling-the-best-treatment-approaches-for-alk-positive-lung-cancer', part: 5 });
    expect(partOf(SEED_VIDEOS[3]!)).toMatchObject({ series: 'treatment-sequencing-strategies-in-alk-nsclc-patients-with-cns-disease', part: 2 });
    const transcripts = await s.db
      .select({ count: sql<number>`count(*)::int` })
      .from(videos)
      .where(sql`${videos.transcript} is not null`);
    expect(transcripts[0]?.count).toBeGreaterThanOrEqual(2);
  });

  it('publishes the four legal documents, each a sectioned document with a version and effective date', async () => {
    const rows = await s.db.select().from(legalDocuments).orderBy(asc(legalDocuments.kind), asc(legalDocuments.entity));
    expect(rows.map((r) => `${r.kind}/${r.entity}`)).toEqual(['privacy/inc', 'privacy/llp', 'terms/inc', 'terms/llp']);
    for (const doc of rows) {
      expect(doc.version).toBe(1);
      expect(doc.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(doc.publishedAt).not.toBeNull();
      expect(doc.title).toContain(doc.entity === 'llp' ? 'Hidoc Dr. LLP' : 'Hidoc Dr. Inc.');
      expect((doc.body.match(/^## /gm) ?? []).length).toBeGreaterThanOrEqual(8);
      const words = doc.body.split(/\s+/).length;
      expect(words).toBeGreaterThan(600);
      expect(words).toBeLessThan(1400);
    }
    const privacy = rows.filter((r) => r.kind === 'privacy');
    for (const doc of privacy) {
      for (const topic of ['collect', 'keep', 'share', 'protect', 'rights', 'legal basis', 'Deactivating or deleting', 'Cookies', 'Contact', 'Changes']) {
        expect(doc.body, `${doc.entity} privacy policy covers "${topic}"`).toMatch(new RegExp(`^## .*${topic}`, 'im'));
      }
    }
  });

  it('seeds the three CME activities of the seed page\'s video topics, current for a year, and one archived', async () => {
    const rows = await s.db.select().from(cmeActivities).orderBy(asc(cmeActivities.releaseDate));
    const today = new Date().toISOString().slice(0, 10);
    const inAYear = new Date(Date.now() + 365 * 24 * 3_600_000).toISOString().slice(0, 10);
    const current = rows.filter((r) => r.expiryDate > today);
    expect(current.map((r) => r.title)).toEqual([
      expect.stringMatching(/^Thromboprophylaxis in Medical Inpatients/),
      expect.stringMatching(/^Lorlatinib as First-Line Therapy in ALK-Positive/),
      expect.stringMatching(/^Treatment Sequencing in ALK-Positive NSCLC with CNS Disease/),
    ]);
    expect(current.map((r) => r.credits)).toEqual(['1.00', '1.50', '1.00']);
    for (const activity of current) {
      expect(activity.status).toBe('published');
      expect(activity.releaseDate < today).toBe(true);
      expect(activity.expiryDate >= inAYear).toBe(true);
      expect(activity.passMark).toBe(70);
      expect(activity.objectives.length).toBeGreaterThanOrEqual(3);
      expect(activity.objectives.length).toBeLessThanOrEqual(4);
      expect(activity.faculty.length).toBeGreaterThanOrEqual(1);
      expect(activity.faculty.every((f) => f.name && f.role && f.disclosure)).toBe(true);
      expect(activity.accreditationStatement).toContain(activity.credits);
      expect(activity.body.match(/^## /gm)?.length).toBeGreaterThanOrEqual(3);
      const words = activity.body.split(/\s+/).length;
      expect(words).toBeGreaterThan(400);
      expect(words).toBeLessThan(700);
    }
    expect(current.some((r) => r.format === 'video' && r.videoUrl?.startsWith('https://www.youtube-nocookie.com/embed/'))).toBe(true);
    const archived = rows.filter((r) => r.expiryDate <= today);
    expect(archived.map((r) => r.title)).toEqual([expect.stringMatching(/Archived Edition/)]);
  });

  it('gives every current activity five questions of four options with exactly one right and an explanation', async () => {
    const rows = await s.db
      .select({ slug: cmeActivities.slug, questionId: cmeQuestions.id, explanation: cmeQuestions.explanation, isCorrect: cmeOptions.isCorrect })
      .from(cmeQuestions)
      .innerJoin(cmeActivities, eq(cmeActivities.id, cmeQuestions.activityId))
      .innerJoin(cmeOptions, eq(cmeOptions.questionId, cmeQuestions.id));
    for (const activity of CME_ACTIVITIES.slice(0, 3)) {
      const options = rows.filter((r) => r.slug === activity.slug);
      const questions = new Set(options.map((o) => o.questionId));
      expect(questions.size, activity.slug).toBe(5);
      for (const id of questions) {
        const ofQuestion = options.filter((o) => o.questionId === id);
        expect(ofQuestion).toHaveLength(4);
        expect(ofQuestion.filter((o) => o.isCorrect)).toHaveLength(1);
        expect(ofQuestion[0]!.explanation.length).toBeGreaterThan(20);
      }
    }
  });

  it('names no activity with a slug that an address under /cme takes, and holds the leak tests\' marker in one body only', async () => {
    const rows = await s.db.select({ slug: cmeActivities.slug, body: cmeActivities.body, summary: cmeActivities.summary, title: cmeActivities.title }).from(cmeActivities);
    for (const row of rows) expect(RESERVED_CME_SLUGS as readonly string[]).not.toContain(row.slug);
    expect(rows.filter((r) => r.body.includes(CME_BODY_MARKER))).toHaveLength(1);
    expect(rows.some((r) => r.title.includes(CME_BODY_MARKER) || r.summary.includes(CME_BODY_MARKER))).toBe(false);
    const elsewhere = await s.sql`
      select 1 from posts where body ilike ${'%' + CME_BODY_MARKER + '%'} or title ilike ${'%' + CME_BODY_MARKER + '%'}
      union all select 1 from videos where body ilike ${'%' + CME_BODY_MARKER + '%'} or transcript ilike ${'%' + CME_BODY_MARKER + '%'}
      union all select 1 from events where body ilike ${'%' + CME_BODY_MARKER + '%'}
      union all select 1 from cme_questions where prompt ilike ${'%' + CME_BODY_MARKER + '%'} or explanation ilike ${'%' + CME_BODY_MARKER + '%'}`;
    expect(elsewhere).toHaveLength(0);
  });
});

describe('seedDatabase demo accounts', () => {
  const s = testDatabase('migrated', 'seed_test');

  it('are created only when asked for, verified, with the demo password, and never re-hashed', async () => {
    await seedDatabase(s.db, { demoAccounts: false });
    expect(await s.db.select().from(users)).toHaveLength(0);

    await seedDatabase(s.db, { demoAccounts: { hashPassword, newCertificateCode } });
    const accounts = await s.db.select().from(users).orderBy(asc(users.id));
    expect(Object.fromEntries(accounts.map((u) => [u.email, u.role]))).toEqual({
      'admin@demo.hidoc.local': 'admin',
      'editor@demo.hidoc.local': 'editor',
      'author@demo.hidoc.local': 'author',
      'doctor@demo.hidoc.local': 'member',
    });
    for (const account of accounts) {
      expect(account.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(account.passwordHash, DEMO_PASSWORD)).toBe(true);
      expect(await verifyPassword(account.passwordHash, 'demo-portal-2026')).toBe(false);
      expect(account.emailVerifiedAt).not.toBeNull();
      expect(account.status).toBe('active');
    }

    const doctor = accounts.find((u) => u.email === 'doctor@demo.hidoc.local')!;
    const [oncology] = await s.db.select().from(specialties).where(eq(specialties.slug, 'oncology'));
    expect(doctor).toMatchObject({ profession: 'Doctor', specialtyId: oncology!.id });
    expect(doctor.registrationNumber).toMatch(/^MCI-\d{4}-\d+$/);

    await seedDatabase(s.db, { demoAccounts: { hashPassword, newCertificateCode } });
    expect(await s.db.select().from(users).orderBy(asc(users.id))).toEqual(accounts);
  });

  it('have the demo doctor pass one activity (all right, a certificate, an evaluation), once however often the seed runs', async () => {
    await seedDatabase(s.db, { demoAccounts: { hashPassword, newCertificateCode } });
    const progress = await snapshotContent(s.sql, CME_PROGRESS_TABLES);
    const [doctor] = await s.db.select().from(users).where(eq(users.email, 'doctor@demo.hidoc.local'));
    const [activity] = await s.db.select().from(cmeActivities).where(eq(cmeActivities.slug, DEMO_PASSED_CME_SLUG));
    const attempts = await s.db.select().from(cmeAttempts);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ userId: doctor!.id, activityId: activity!.id, scorePercent: 100, isPassed: true });
    const correct = await s.db
      .select({ questionId: cmeQuestions.id, optionId: cmeOptions.id })
      .from(cmeOptions)
      .innerJoin(cmeQuestions, eq(cmeQuestions.id, cmeOptions.questionId))
      .where(and(eq(cmeQuestions.activityId, activity!.id), eq(cmeOptions.isCorrect, true)));
    expect(Object.keys(attempts[0]!.answers)).toHaveLength(5);
    for (const c of correct) expect(attempts[0]!.answers[String(c.questionId)]).toBe(c.optionId);
    const certificates = await s.db.select().from(cmeCertificates);
    expect(certificates).toHaveLength(1);
    expect(certificates[0]).toMatchObject({ userId: doctor!.id, activityId: activity!.id, attemptId: attempts[0]!.id, credits: activity!.credits });
    expect(certificates[0]!.code).toMatch(/^HDC(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    const evaluations = await s.db.select().from(cmeEvaluations);
    expect(evaluations).toHaveLength(1);
    expect(evaluations[0]!.certificateId).toBe(certificates[0]!.id);

    await seedDatabase(s.db, { demoAccounts: { hashPassword, newCertificateCode } });
    expect(await snapshotContent(s.sql, CME_PROGRESS_TABLES)).toEqual(progress);
  });

  it('leave an existing account with the same address in another case alone', async () => {
    const other = await createTestDatabase('migrated', 'seed_test');
    try {
      await other.db.insert(users).values({ email: 'Doctor@Demo.Hidoc.Local', name: 'Dr. Somebody Else', passwordHash: 'kept-as-is' });
      await seedDatabase(other.db, { demoAccounts: { hashPassword, newCertificateCode } });
      const rows = await other.db.select().from(users);
      expect(rows).toHaveLength(4);
      const doctor = rows.find((u) => u.email.toLowerCase() === 'doctor@demo.hidoc.local');
      expect(doctor).toMatchObject({ email: 'Doctor@Demo.Hidoc.Local', name: 'Dr. Somebody Else', passwordHash: 'kept-as-is' });
    } finally {
      await other.close();
    }
  });
});

describe('seedDatabase and what editors did since', () => {
  const s = testDatabase('migrated', 'adm_cache_seed_marks');
  const newsSlug = async (title: string) =>
    (await s.db.select({ slug: posts.slug }).from(posts).where(and(eq(posts.kind, 'news'), eq(posts.title, title))))[0]!.slug;
  const titles = async () => (await s.db.select({ title: posts.title }).from(posts)).map((p) => p.title);

  it('records every item it inserts, and never puts back one an editor deleted or changed', async () => {
    await seedDatabase(s.db, { demoAccounts: false });
    const recorded = await s.sql<Array<{ table_name: string; n: number }>>`
      select table_name, count(*)::int as n from seed_items group by table_name order by table_name`;
    expect(Object.fromEntries(recorded.map((r) => [r.table_name, r.n]))).toEqual({
      cme_activities: 4,
      cme_options: 72,
      cme_questions: 18,
      events: 5,
      legal_documents: 4,
      posts: 12,
      video_series: 2,
      videos: (await s.db.select({ id: videos.id }).from(videos)).length,
    });

    // An editor deletes one news item and an event, renames another news item (title and slug),
    // and deletes a CME question.
    const deletedSlug = await newsSlug(SEED_NEWS[0]!);
    await s.db.delete(posts).where(and(eq(posts.kind, 'news'), eq(posts.slug, deletedSlug)));
    const renamedSlug = await newsSlug(SEED_NEWS[1]!);
    await s.db.update(posts).set({ title: 'Edited by an editor', slug: 'edited-by-an-editor' }).where(and(eq(posts.kind, 'news'), eq(posts.slug, renamedSlug)));
    const [event] = await s.db.select({ id: events.id, title: events.title }).from(events).limit(1);
    await s.db.delete(events).where(eq(events.id, event!.id));
    const [question] = await s.db.select({ id: cmeQuestions.id }).from(cmeQuestions).orderBy(desc(cmeQuestions.id)).limit(1);
    await s.db.delete(cmeQuestions).where(eq(cmeQuestions.id, question!.id));

    await seedDatabase(s.db, { demoAccounts: false });
    const after = await titles();
    expect(after).not.toContain(SEED_NEWS[0]);
    expect(after).not.toContain(SEED_NEWS[1]);
    expect(after).toContain('Edited by an editor');
    expect(after).toHaveLength(11);
    expect((await s.db.select({ title: events.title }).from(events)).map((e) => e.title)).not.toContain(event!.title);
    expect(await s.db.select().from(cmeQuestions)).toHaveLength(17);
  });

  it('on a database seeded before the record existed, records every item and inserts none that is missing', async () => {
    // As a database seeded by the earlier seed: its content, no record.
    await s.sql`delete from seed_items`;
    const before = await titles();
    await seedDatabase(s.db, { demoAccounts: false });
    expect((await titles()).sort()).toEqual(before.sort());
    const [row] = await s.sql<Array<{ n: number }>>`select count(*)::int as n from seed_items where table_name = 'posts'`;
    // Every seed post is recorded, the deleted one too: it stays deleted from now on.
    expect(row?.n).toBe(12);
  });
});
