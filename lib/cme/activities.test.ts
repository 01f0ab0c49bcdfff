import { readdirSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { cmeActivities, cmeAttempts, cmeCertificates, cmeEvaluations, users } from '@/lib/db/schema';
import { CME_ACTIVITIES, CME_BODY_MARKER } from '@/lib/db/seed-content';
import { testDatabase } from '@/lib/db/test/database';
import {
  getCmeContent,
  getCmeProgress,
  getCmeTeaser,
  isReservedCmeSlug,
  listCmeActivities,
  listCmeSitemapEntries,
  listCmeSpecialties,
  RESERVED_CME_SLUGS,
} from './activities';
import { newCertificateCode } from './certificate-code';

const { db } = testDatabase('seeded', 'cme_activities');

const [thrombo, lorlatinib, sequencing, archived] = CME_ACTIVITIES as [
  (typeof CME_ACTIVITIES)[0],
  (typeof CME_ACTIVITIES)[0],
  (typeof CME_ACTIVITIES)[0],
  (typeof CME_ACTIVITIES)[0],
];
const DAY = 24 * 3_600_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

let doctor: { id: number; status: 'active'; isEmailVerified: boolean };
let deactivated: { id: number; status: 'deactivated'; isEmailVerified: boolean };

beforeAll(async () => {
  const [a, b] = await db
    .insert(users)
    .values([
      { email: 'reader@example.org', name: 'Dr Reader', passwordHash: 'x', emailVerifiedAt: new Date() },
      { email: 'gone@example.org', name: 'Dr Gone', passwordHash: 'x', status: 'deactivated', deactivatedAt: new Date() },
    ])
    .returning({ id: users.id });
  doctor = { id: a!.id, status: 'active', isEmailVerified: true };
  deactivated = { id: b!.id, status: 'deactivated', isEmailVerified: true };
  // A draft and an activity not released yet: neither may show anywhere.
  await db.insert(cmeActivities).values([
    {
      slug: 'draft-activity', title: 'Draft activity', summary: 'Not yet.', body: 'Draft body DRAFTMARK.', credits: '1.00',
      accreditationStatement: 'x', releaseDate: day(-5), expiryDate: day(300), status: 'draft',
    },
    {
      slug: 'future-activity', title: 'Future activity', summary: 'Soon.', body: 'Future body.', credits: '1.00',
      accreditationStatement: 'x', releaseDate: day(5), expiryDate: day(300), status: 'published', publishedAt: new Date(),
    },
  ]);
});

/** Every string anywhere inside a value. */
function allText(value: unknown): string {
  return JSON.stringify(value);
}

describe('listCmeActivities', () => {
  it('lists the current activities, newest release first, with what a row shows', async () => {
    const page = await listCmeActivities({ specialty: null, archive: false, page: 1 });
    expect(page.items.map((i) => i.slug)).toEqual([sequencing.slug, lorlatinib.slug, thrombo.slug]);
    expect(page.total).toBe(3);
    expect(page.items[1]).toEqual({
      slug: lorlatinib.slug,
      title: lorlatinib.title,
      summary: lorlatinib.summary,
      specialty: { slug: 'oncology', name: 'Oncology' },
      format: 'video',
      credits: '1.50',
      releaseDate: day(-20),
      expiryDate: day(710),
    });
    expect(allText(page)).not.toContain(CME_BODY_MARKER);
  });

  it('filters by specialty, and keeps expired activities to the archive tab', async () => {
    const oncology = await listCmeActivities({ specialty: 'oncology', archive: false, page: 1 });
    expect(oncology.items.map((i) => i.slug)).toEqual([sequencing.slug, lorlatinib.slug]);
    const haematologyArchive = await listCmeActivities({ specialty: 'haematology', archive: true, page: 1 });
    expect(haematologyArchive.items.map((i) => i.slug)).toEqual([archived.slug]);
    const archive = await listCmeActivities({ specialty: null, archive: true, page: 1 });
    expect(archive.items.map((i) => i.slug)).toEqual([archived.slug]);
    expect((await listCmeActivities({ specialty: 'no-such', archive: false, page: 1 })).items).toEqual([]);
    expect(await listCmeSpecialties(false)).toEqual([
      { slug: 'haematology', name: 'Haematology', count: 1 },
      { slug: 'oncology', name: 'Oncology', count: 2 },
    ]);
  });

  it('pages by twenty, and a page past the end is empty', async () => {
    const page2 = await listCmeActivities({ specialty: null, archive: false, page: 2 });
    expect(page2).toMatchObject({ items: [], page: 2, totalPages: 1, total: 3 });
  });
});

describe('getCmeTeaser', () => {
  it('holds what anyone may see, and no body, video address or question text', async () => {
    const teaser = await getCmeTeaser(sequencing.slug);
    expect(teaser).toMatchObject({
      title: sequencing.title,
      objectives: sequencing.objectives,
      faculty: sequencing.faculty,
      accreditationStatement: sequencing.accreditationStatement,
      passMark: 70,
      questionCount: 5,
      isExpired: false,
      format: 'article',
    });
    const text = allText(teaser);
    expect(text).not.toContain(CME_BODY_MARKER);
    expect(text).not.toContain('## ');
    for (const q of sequencing.questions) {
      expect(text).not.toContain(q.prompt);
      expect(text).not.toContain(q.explanation);
    }
    expect(Object.keys(teaser!)).not.toEqual(expect.arrayContaining(['body']));

    const video = await getCmeTeaser(thrombo.slug);
    expect(allText(video)).not.toContain('youtube');
    expect(allText(video)).not.toContain(thrombo.body.slice(0, 60));
  });

  it('shows an expired activity as expired, and nothing for a draft, an unreleased, a reserved or an unknown slug', async () => {
    expect(await getCmeTeaser(archived.slug)).toMatchObject({ isExpired: true, questionCount: 3 });
    for (const slug of ['draft-activity', 'future-activity', 'archive', 'no-such-activity', '../etc', 'A']) {
      expect(await getCmeTeaser(slug), slug).toBeNull();
    }
  });
});

describe('getCmeContent', () => {
  it('gives an active doctor the body as sanitized HTML, the video and their progress', async () => {
    const result = await getCmeContent(sequencing.slug, doctor);
    expect(result?.content.bodyHtml).toContain(CME_BODY_MARKER);
    expect(result?.content.bodyHtml).toMatch(/<h2 id="[a-z-]+">Worked example<\/h2>/);
    expect(result?.content.videoUrl).toBeNull();
    expect(result?.progress).toEqual({
      state: 'not_started', attemptsInWindow: 0, maxAttempts: 3, nextAttemptAt: null, certificateCode: null, isEvaluated: false,
    });
    const video = await getCmeContent(thrombo.slug, doctor);
    expect(video?.content.videoUrl).toBe('https://www.youtube-nocookie.com/embed/hD7q2LmX9aQ');
  });

  it('gives nothing to no reader, a deactivated account, or for a draft, an unreleased or an unknown activity', async () => {
    expect(await getCmeContent(sequencing.slug, null)).toBeNull();
    expect(await getCmeContent(sequencing.slug, deactivated)).toBeNull();
    expect(await getCmeContent(sequencing.slug, { ...doctor, status: 'deleted' })).toBeNull();
    expect(await getCmeContent('draft-activity', doctor)).toBeNull();
    expect(await getCmeContent('future-activity', doctor)).toBeNull();
    expect(await getCmeContent('no-such-activity', doctor)).toBeNull();
  });

  it('still opens an expired activity to a doctor, for reading', async () => {
    expect((await getCmeContent(archived.slug, doctor))?.content.isExpired).toBe(true);
  });
});

describe('getCmeProgress', () => {
  it('counts attempts in the window, says when the next is allowed, and turns to passed with a certificate', async () => {
    const [activity] = await db.select().from(cmeActivities).where(eq(cmeActivities.slug, lorlatinib.slug));
    const limits = { maxAttempts: 3, attemptWindowHours: 24 };
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
    await db.insert(cmeAttempts).values([
      { userId: doctor.id, activityId: activity!.id, answers: {}, scorePercent: 20, isPassed: false, submittedAt: hoursAgo(30) },
      { userId: doctor.id, activityId: activity!.id, answers: {}, scorePercent: 40, isPassed: false, submittedAt: hoursAgo(10) },
      { userId: doctor.id, activityId: activity!.id, answers: {}, scorePercent: 40, isPassed: false, submittedAt: hoursAgo(5) },
    ]);
    expect(await getCmeProgress(doctor.id, activity!.id, limits)).toMatchObject({ state: 'in_progress', attemptsInWindow: 2, nextAttemptAt: null });

    const [third] = await db
      .insert(cmeAttempts)
      .values({ userId: doctor.id, activityId: activity!.id, answers: {}, scorePercent: 60, isPassed: false, submittedAt: hoursAgo(1) })
      .returning();
    const limited = await getCmeProgress(doctor.id, activity!.id, limits);
    expect(limited.attemptsInWindow).toBe(3);
    // The oldest attempt in the window (10 hours ago) leaves it 14 hours from now.
    expect(Math.abs(limited.nextAttemptAt!.getTime() - (Date.now() + 14 * 3_600_000))).toBeLessThan(60_000);

    const [certificate] = await db
      .insert(cmeCertificates)
      .values({ userId: doctor.id, activityId: activity!.id, attemptId: third!.id, code: newCertificateCode(), credits: '1.50' })
      .returning();
    const passed = await getCmeProgress(doctor.id, activity!.id, limits);
    expect(passed).toMatchObject({ state: 'passed', nextAttemptAt: null, certificateCode: certificate!.code, isEvaluated: false });
    await db.insert(cmeEvaluations).values({ certificateId: certificate!.id, activityId: activity!.id, isRelevant: true, isFreeOfBias: true, practiceChange: 'unsure' });
    expect((await getCmeContent(lorlatinib.slug, doctor))?.progress).toMatchObject({ state: 'passed', isEvaluated: true });
    // Another doctor's progress is their own.
    expect((await getCmeContent(lorlatinib.slug, { ...doctor, id: deactivated.id }))?.progress).toMatchObject({ state: 'not_started', attemptsInWindow: 0 });
  });
});

describe('reserved slugs', () => {
  it('cover every named folder under /cme, so no activity hides behind a page', () => {
    const folders = ['app/(site)/cme', 'app/cme'].flatMap((dir) => {
      try {
        return readdirSync(path.join(process.cwd(), dir), { withFileTypes: true })
          .filter((e) => e.isDirectory() && !e.name.startsWith('[') && !e.name.startsWith('_') && !e.name.startsWith('('))
          .map((e) => e.name);
      } catch {
        return [];
      }
    });
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) expect(isReservedCmeSlug(folder), folder).toBe(true);
    for (const activity of CME_ACTIVITIES) expect(isReservedCmeSlug(activity.slug), activity.slug).toBe(false);
    expect(RESERVED_CME_SLUGS).toContain('archive');
  });

  it('are what middleware.ts leaves alone', async () => {
    const source = (await import('node:fs')).readFileSync(path.join(process.cwd(), 'middleware.ts'), 'utf8');
    const listed = source.match(/const RESERVED_CME_SLUGS = \[([^\]]*)\]/)?.[1];
    expect(listed?.split(',').map((s) => s.trim().replace(/'/g, '')).filter(Boolean)).toEqual([...RESERVED_CME_SLUGS]);
  });
});

describe('listCmeSitemapEntries', () => {
  it('lists the released activities, never a draft or an unreleased one', async () => {
    const slugs = (await listCmeSitemapEntries()).map((e) => e.slug);
    expect(slugs.sort()).toEqual(CME_ACTIVITIES.map((a) => a.slug).sort());
  });
});

describe('the rendered body', () => {
  it('follows an edit of the activity at once, though it is kept between readers', async () => {
    const before = await getCmeContent(archived.slug, doctor);
    expect(before?.content.bodyHtml).toContain('Probability first');
    await db
      .update(cmeActivities)
      .set({ body: '## Edited heading\n\nNew text.', version: 2, updatedAt: new Date() })
      .where(eq(cmeActivities.slug, archived.slug));
    const after = await getCmeContent(archived.slug, doctor);
    expect(after?.content.bodyHtml).toContain('Edited heading');
    expect(after?.content.bodyHtml).not.toContain('Probability first');
  });
});
