import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '@/lib/accounts/test-helpers';
import { insertActivity } from '@/lib/cme/test-helpers';
import { cmeAttempts, dailyViews, posts, type NewPost } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { getDashboard, listViewsPerDay, VIEW_DAYS } from './dashboard';

/* The dashboard's numbers against a database whose every row the test put there. */

const { db } = testDatabase('migrated', 'adm_dash_dashboard');

const DAY = 86_400_000;
let serial = 0;

async function dayFromToday(days: number): Promise<string> {
  const [row] = await db.execute<{ day: string }>(sql`select (current_date + ${days}::int)::text as day`);
  return row!.day;
}

async function insertPost(values: Partial<NewPost> & Pick<NewPost, 'kind'>) {
  serial += 1;
  const [row] = await db
    .insert(posts)
    .values({ slug: `post-${serial}`, title: `Post ${serial}`, summary: 'A summary.', body: 'A body.', ...values })
    .returning({ id: posts.id, title: posts.title });
  return row!;
}

const published = { status: 'published' as const, publishedAt: new Date(Date.now() - DAY) };

describe('the dashboard', () => {
  let editorId: number;
  let authorId: number;
  let adminId: number;
  let ids: Record<string, number>;

  beforeAll(async () => {
    editorId = (await insertUser(db, { email: 'editor@dash.test', name: 'Ed Itor', role: 'editor' })).id;
    authorId = (await insertUser(db, { email: 'author@dash.test', name: 'Au Thor', role: 'author' })).id;
    adminId = (await insertUser(db, { email: 'admin@dash.test', name: 'Ad Min', role: 'admin' })).id;
    await insertUser(db, { email: 'gone@dash.test', name: 'Gone', status: 'deactivated', deactivatedAt: new Date(), deleteAfter: new Date(Date.now() + 20 * DAY) });
    await insertUser(db, { email: 'erased@dash.test', name: 'Erased', status: 'deleted' });

    // Published: 2 conditions, 1 news; not counted: a draft, an archived one, one scheduled for tomorrow.
    const c1 = await insertPost({ kind: 'condition', ...published, nextReviewDue: await dayFromToday(-3) });
    const c2 = await insertPost({ kind: 'condition', ...published, nextReviewDue: await dayFromToday(20) });
    await insertPost({ kind: 'condition', ...published, nextReviewDue: await dayFromToday(45) });
    await insertPost({ kind: 'condition', status: 'archived', publishedAt: new Date(Date.now() - DAY), nextReviewDue: await dayFromToday(-10) });
    const news = await insertPost({ kind: 'news', ...published });
    await insertPost({ kind: 'news', status: 'scheduled', publishedAt: new Date(Date.now() + DAY) });
    const waiting = await insertPost({ kind: 'article', authorId, reviewRequestedAt: new Date(Date.now() - 2 * DAY) });
    const ownDraft = await insertPost({ kind: 'news', authorId });
    await insertPost({ kind: 'article', authorId: editorId });
    ids = { c1: c1.id, c2: c2.id, news: news.id, waiting: waiting.id, ownDraft: ownDraft.id };

    // Views: 5 + 7 today (two posts), 4 ten days ago, 100 forty days ago (outside the 30 days).
    await db.insert(dailyViews).values([
      { postId: c1.id, day: await dayFromToday(0), views: 5 },
      { postId: news.id, day: await dayFromToday(0), views: 7 },
      { postId: news.id, day: await dayFromToday(-10), views: 4 },
      { postId: news.id, day: await dayFromToday(-40), views: 100 },
    ]);

    // CME: 3 attempts in the last 30 days, 2 passed; one pass 40 days ago (not counted).
    const activity = await insertActivity(db, {}, 1);
    await insertActivity(db, { status: 'draft', publishedAt: null }, 1);
    const doctor = await insertUser(db, { email: 'doc@dash.test', name: 'Doc' });
    const attempt = (isPassed: boolean, daysAgo: number) => ({
      userId: doctor.id,
      activityId: activity.id,
      answers: {},
      scorePercent: isPassed ? 100 : 0,
      isPassed,
      submittedAt: new Date(Date.now() - daysAgo * DAY),
    });
    await db.insert(cmeAttempts).values([attempt(true, 1), attempt(false, 2), attempt(true, 3), attempt(true, 40)]);
  });

  it('counts what readers see per kind, the users by status and the CME passes of the last 30 days', async () => {
    const dashboard = await getDashboard({ id: adminId, role: 'admin' });
    expect(dashboard.published).toEqual({ condition: 3, news: 1, article: 0, event: 0, video: 0, cme: 1 });
    expect(dashboard.users).toEqual({ active: 4, deactivated: 1, deleted: 1 });
    expect(dashboard.cme!.last30Days).toEqual({ attempts: 3, passes: 2, passRatePercent: 67 });
    expect(dashboard.cme!.activities).toHaveLength(2);
    expect(dashboard.cme!.activities.find((a) => a.attempts > 0)).toMatchObject({ attempts: 4, passes: 3, passRatePercent: 75 });
  });

  it('gives page views for each of the last 30 days, 0 on a day without any', async () => {
    const days = await listViewsPerDay();
    expect(days).toHaveLength(VIEW_DAYS);
    expect(days[0]!.day).toBe(await dayFromToday(-(VIEW_DAYS - 1)));
    expect(days.at(-1)).toEqual({ day: await dayFromToday(0), views: 12 });
    expect(days[VIEW_DAYS - 11]).toEqual({ day: await dayFromToday(-10), views: 4 });
    expect(days.filter((d) => d.views === 0)).toHaveLength(VIEW_DAYS - 2);
    expect(days.reduce((sum, d) => sum + d.views, 0)).toBe(16);
  });

  it('lists for editors the drafts submitted for review and the condition articles due for review', async () => {
    const dashboard = await getDashboard({ id: editorId, role: 'editor' });
    expect(dashboard.drafts.scope).toBe('review');
    expect(dashboard.drafts.rows.map((r) => [r.id, r.authorName])).toEqual([[ids.waiting, 'Au Thor']]);
    // Overdue first, then due within 30 days; not one due in 45 days, nor an archived one.
    expect(dashboard.reviewDue!.map((r) => [r.id, r.isOverdue])).toEqual([
      [ids.c1, true],
      [ids.c2, false],
    ]);
    expect(dashboard.users).toBeNull();
    expect(dashboard.cme).not.toBeNull();
  });

  it('shows an author their own drafts, and not the review queue, the CME results or the users', async () => {
    const dashboard = await getDashboard({ id: authorId, role: 'author' });
    expect(dashboard.drafts.scope).toBe('own');
    expect(dashboard.drafts.rows.map((r) => r.id).sort()).toEqual([ids.waiting, ids.ownDraft].sort());
    expect(dashboard.reviewDue).toBeNull();
    expect(dashboard.cme).toBeNull();
    expect(dashboard.users).toBeNull();
    expect(dashboard.published.condition).toBe(3);
    expect(dashboard.viewsPerDay).toHaveLength(VIEW_DAYS);
  });
});
