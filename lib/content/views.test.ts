import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { dailyViews, posts, type NewPost } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { publishedNews } from '@/lib/db/test/rows';
import * as views from './views';

/* View counting on an empty database of its own: only the posts this file adds exist. */

const { db } = testDatabase('migrated', 'content_views');

async function insertPost(row: Partial<NewPost> & { slug: string }) {
  const [inserted] = await db
    .insert(posts)
    .values(publishedNews(row.slug, row))
    .returning({ id: posts.id });
  return inserted!.id;
}

async function countsOf(postId: number) {
  return db.select({ day: dailyViews.day, views: dailyViews.views }).from(dailyViews).where(eq(dailyViews.postId, postId));
}

async function totalRows() {
  const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from daily_views`);
  return row!.n;
}

const todayUtc = () => new Date().toISOString().slice(0, 10);

describe('recordView', () => {
  it('adds one a call to one row per post and day', async () => {
    const id = await insertPost({ slug: 'counted-twice' });
    expect(await views.recordView('news', 'counted-twice')).toBe(true);
    expect(await views.recordView('news', 'counted-twice')).toBe(true);
    expect(await countsOf(id)).toEqual([{ day: todayUtc(), views: 2 }]);
  });

  it('loses no view when many arrive at once', async () => {
    const id = await insertPost({ slug: 'counted-concurrently', kind: 'article' });
    await Promise.all(Array.from({ length: 25 }, () => views.recordView('article', 'counted-concurrently')));
    expect(await countsOf(id)).toEqual([{ day: todayUtc(), views: 25 }]);
  });

  it('counts nothing for an unknown, unpublished or future post, or the wrong kind', async () => {
    await insertPost({ slug: 'a-draft', status: 'draft', publishedAt: null });
    await insertPost({ slug: 'archived-one', status: 'archived' });
    await insertPost({ slug: 'not-yet', status: 'scheduled', publishedAt: new Date(Date.now() + 3_600_000) });
    await insertPost({ slug: 'only-news', kind: 'news' });
    const before = await totalRows();
    expect(await views.recordView('news', 'no-such-post')).toBe(false);
    expect(await views.recordView('news', 'a-draft')).toBe(false);
    expect(await views.recordView('news', 'archived-one')).toBe(false);
    expect(await views.recordView('news', 'not-yet')).toBe(false);
    expect(await views.recordView('condition', 'only-news')).toBe(false);
    expect(await totalRows()).toBe(before);
  });

  it("with the reader's address, counts at most VIEWS_PER_ADDRESS a day of one post from it", async () => {
    const id = await insertPost({ slug: 'read-in-a-loop' });
    const other = await insertPost({ slug: 'read-once' });
    const { limit } = views.VIEWS_PER_ADDRESS;
    const counted = [];
    for (let i = 0; i < limit + 3; i++) counted.push(await views.recordView('news', 'read-in-a-loop', { address: '203.0.113.9' }));
    expect(counted.filter(Boolean)).toHaveLength(limit);
    expect(await countsOf(id)).toEqual([{ day: todayUtc(), views: limit }]);
    // Another reader of the same post, and the same reader on another post, still count.
    expect(await views.recordView('news', 'read-in-a-loop', { address: '198.51.100.20' })).toBe(true);
    expect(await views.recordView('news', 'read-once', { address: '203.0.113.9' })).toBe(true);
    expect(await countsOf(other)).toEqual([{ day: todayUtc(), views: 1 }]);
  });

  it('keeps no counter for an address when the post does not exist or is not published', async () => {
    await insertPost({ slug: 'a-later-draft', status: 'draft', publishedAt: null });
    const counters = async () => {
      const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from rate_limit_buckets where key like 'view:192.0.2.1:%'`);
      return row!.n;
    };
    expect(await views.recordView('news', 'made-up-slug-1', { address: '192.0.2.1' })).toBe(false);
    expect(await views.recordView('news', 'a-later-draft', { address: '192.0.2.1' })).toBe(false);
    expect(await counters()).toBe(0);
  });

  it('counts a scheduled post whose time has come', async () => {
    const id = await insertPost({ slug: 'due-now', status: 'scheduled' });
    expect(await views.recordView('news', 'due-now')).toBe(true);
    expect(await countsOf(id)).toEqual([{ day: todayUtc(), views: 1 }]);
  });
});

describe('ViewInput', () => {
  it('accepts a kind and slug and nothing odd', () => {
    expect(views.ViewInput.safeParse({ kind: 'news', slug: 'a-b-1' }).success).toBe(true);
    for (const bad of [
      null,
      'news',
      {},
      { kind: 'event', slug: 'x' },
      { kind: 'news', slug: '' },
      { kind: 'news', slug: 'Bad Slug' },
      { kind: 'news', slug: "x'; drop table posts; --" },
      { kind: 'news', slug: 'a'.repeat(121) },
      { kind: ['news'], slug: 'x' },
      { kind: 'news', slug: 42 },
    ]) {
      expect(views.ViewInput.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
