import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { posts, type NewPost } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { publishedNews } from '@/lib/db/test/rows';
import * as trending from './trending';

/*
 * Trending on an empty database of its own; each test starts from no posts and no views,
 * and dates views relative to the database's own UTC day, as recordView does.
 */

const HOUR = 3_600_000;

const { db, truncate } = testDatabase('migrated', 'content_trending');

async function insertNews(slug: string, hoursAgo: number, row: Partial<NewPost> = {}) {
  const [inserted] = await db
    .insert(posts)
    .values(publishedNews(slug, { publishedAt: new Date(Date.now() - hoursAgo * HOUR), ...row }))
    .returning({ id: posts.id });
  return inserted!.id;
}

async function addViews(postId: number, daysAgo: number, count: number) {
  await db.execute(sql`
    insert into daily_views (post_id, day, views)
    values (${postId}, (now() at time zone 'UTC')::date - ${daysAgo}::int, ${count})`);
}

beforeEach(async () => {
  await truncate('daily_views', 'posts');
});

const slugs = (items: Array<{ slug: string }>) => items.map((item) => item.slug);

describe('listTrendingNews', () => {
  it('orders by views over the last seven days, most first', async () => {
    const a = await insertNews('a', 10);
    const b = await insertNews('b', 20);
    const c = await insertNews('c', 30);
    await addViews(a, 0, 3);
    await addViews(b, 0, 5);
    await addViews(b, 3, 4);
    await addViews(c, 6, 7);
    const items = await trending.listTrendingNews({ days: 7, limit: 5 });
    expect(items.map((i) => [i.slug, i.views])).toEqual([
      ['b', 9],
      ['c', 7],
      ['a', 3],
    ]);
  });

  it('ignores views older than seven days', async () => {
    const old = await insertNews('popular-last-week', 300);
    const recent = await insertNews('read-today', 400);
    await addViews(old, 7, 1000);
    await addViews(old, 8, 1000);
    await addViews(recent, 0, 1);
    const items = await trending.listTrendingNews({ days: 7, limit: 2 });
    expect(items.map((i) => [i.slug, i.views])).toEqual([
      ['read-today', 1],
      ['popular-last-week', 0],
    ]);
  });

  it('breaks a tie in views by the newer item', async () => {
    const older = await insertNews('older', 50);
    const newer = await insertNews('newer', 5);
    await addViews(older, 1, 4);
    await addViews(newer, 2, 4);
    expect(slugs(await trending.listTrendingNews())).toEqual(['newer', 'older']);
  });

  it('fills up with the latest news, without listing an item twice', async () => {
    const viewed = await insertNews('viewed-and-newest', 1);
    await insertNews('second-newest', 2);
    await insertNews('third-newest', 3);
    await insertNews('fourth-newest', 4);
    await insertNews('fifth-newest', 5);
    await insertNews('sixth-newest', 6);
    const oldViewed = await insertNews('old-but-viewed', 500);
    await addViews(viewed, 0, 2);
    await addViews(oldViewed, 0, 9);
    expect(slugs(await trending.listTrendingNews({ days: 7, limit: 5 }))).toEqual([
      'old-but-viewed',
      'viewed-and-newest',
      'second-newest',
      'third-newest',
      'fourth-newest',
    ]);
  });

  it('is the latest news when nothing has views', async () => {
    for (let i = 1; i <= 7; i++) await insertNews(`n${i}`, i);
    expect(slugs(await trending.listTrendingNews())).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
  });

  it('lists only published news, whatever their views', async () => {
    const live = await insertNews('live', 10);
    const draft = await insertNews('draft', 1, { status: 'draft', publishedAt: null });
    const archived = await insertNews('archived', 1, { status: 'archived' });
    const future = await insertNews('future', -5, { status: 'scheduled' });
    const due = await insertNews('scheduled-due', 2, { status: 'scheduled' });
    const article = await insertNews('an-article', 1, { kind: 'article' });
    for (const id of [draft, archived, future, article]) await addViews(id, 0, 100);
    await addViews(live, 0, 1);
    await addViews(due, 0, 1);
    expect(slugs(await trending.listTrendingNews())).toEqual(['scheduled-due', 'live']);
  });
});
