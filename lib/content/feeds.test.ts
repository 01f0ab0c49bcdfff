import { beforeAll, describe, expect, it } from 'vitest';
import { posts, videos, videoSeries, type NewPost, type NewVideo } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import * as feeds from './feeds';

/*
 * The feed and the sitemap list only what a stranger may see, and never a members-only body.
 * A database of its own with the real seed, plus rows in every state a post can be in.
 */

const MARKER = 'FEED-TEST-BODY-MARKER';
const HOUR = 3_600_000;
const MINUTE = 60_000;

const { db } = testDatabase('seeded', 'content_feeds');

beforeAll(async () => {
  const now = Date.now();
  const post = (row: Partial<NewPost> & Pick<NewPost, 'slug'>): NewPost => ({
    kind: 'news',
    title: `Title ${row.slug}`,
    summary: `Summary of ${row.slug}`,
    body: `${MARKER} body of ${row.slug}`,
    status: 'published',
    // Minutes old: newer than anything in the seed, so these lead the feed.
    publishedAt: new Date(now - MINUTE),
    ...row,
  });
  await db.insert(posts).values([
    post({ slug: 'feed-public-news' }),
    post({ slug: 'feed-members-news', access: 'members', publishedAt: new Date(now - 2 * MINUTE) }),
    post({ slug: 'feed-public-article', kind: 'article', publishedAt: new Date(now - 3 * MINUTE) }),
    post({ slug: 'feed-scheduled-due', status: 'scheduled', publishedAt: new Date(now - 4 * MINUTE) }),
    post({ slug: 'feed-scheduled-future', status: 'scheduled', publishedAt: new Date(now + 24 * HOUR) }),
    post({ slug: 'feed-draft', status: 'draft', publishedAt: null }),
    post({ slug: 'feed-archived', status: 'archived' }),
    post({ slug: 'feed-condition', kind: 'condition' }),
    // Enough older items that the feed must stop at its 20.
    ...Array.from({ length: 20 }, (_, i) => post({ slug: `feed-older-${i}`, publishedAt: new Date(now - (100 + i) * HOUR) })),
  ]);
  const [series] = await db
    .insert(videoSeries)
    .values([{ slug: 'feed-series', title: 'Feed series' }, { slug: 'feed-empty-series', title: 'No parts yet' }])
    .returning({ id: videoSeries.id });
  const video = (row: Partial<NewVideo> & Pick<NewVideo, 'slug'>): NewVideo => ({
    title: `Video ${row.slug}`,
    summary: 'A video.',
    provider: 'youtube',
    providerVideoId: 'abc123',
    status: 'published',
    publishedAt: new Date(now - HOUR),
    ...row,
  });
  await db.insert(videos).values([
    video({ slug: 'feed-public-video', seriesId: series!.id, partNumber: 1 }),
    video({ slug: 'feed-members-video', access: 'members' }),
    video({ slug: 'feed-draft-video', status: 'draft', publishedAt: null }),
  ]);
});

describe('listFeedItems', () => {
  it('gives the latest published news and articles, newest first, members-only ones by title and summary', async () => {
    const items = await feeds.listFeedItems();
    expect(items.length).toBe(20);
    expect(items.slice(0, 4).map((i) => i.slug)).toEqual([
      'feed-public-news',
      'feed-members-news',
      'feed-public-article',
      'feed-scheduled-due',
    ]);
    expect(items.every((i) => i.kind === 'news' || i.kind === 'article')).toBe(true);
    const dates = items.map((i) => i.publishedAt.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(items.find((i) => i.slug === 'feed-public-article')?.path).toBe('/articles/feed-public-article');
    expect(items.find((i) => i.slug === 'feed-members-news')).toMatchObject({ access: 'members', summary: 'Summary of feed-members-news' });
    expect(JSON.stringify(items)).not.toContain(MARKER);
  });

  it('leaves out drafts, archived items, future-scheduled items and condition articles', async () => {
    const slugs = (await feeds.listFeedItems(1_000)).map((i) => i.slug);
    for (const hidden of ['feed-draft', 'feed-archived', 'feed-scheduled-future', 'feed-condition']) {
      expect(slugs).not.toContain(hidden);
    }
  });
});

describe('listSitemapEntries', () => {
  it('lists every published public page and no members-only, unpublished or empty one', async () => {
    const entries = await feeds.listSitemapEntries();
    const paths = entries.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/conditions',
        '/news',
        '/articles',
        '/events',
        '/events/past',
        '/videos',
        '/specialties',
        '/conditions/calcinosis',
        '/news/feed-public-news',
        '/news/feed-scheduled-due',
        '/articles/feed-public-article',
        '/conditions/feed-condition',
        '/videos/feed-public-video',
        '/videos/series/feed-series',
        '/legal/terms/llp',
        '/legal/terms/inc',
        '/legal/privacy/llp',
        '/legal/privacy/inc',
        '/account-deactivation',
      ]),
    );
    for (const hidden of [
      '/news/feed-members-news',
      '/videos/feed-members-video',
      '/articles/managing-immune-related-adverse-events-a-practical-protocol',
      '/news/feed-draft',
      '/news/feed-archived',
      '/news/feed-scheduled-future',
      '/videos/feed-draft-video',
      '/videos/series/feed-empty-series',
    ]) {
      expect(paths).not.toContain(hidden);
    }
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.some((p) => p.startsWith('/events/') && p !== '/events/past')).toBe(true);
    expect(paths.some((p) => p.startsWith('/specialties/'))).toBe(true);
  });

  it("dates each item's page by its last update", async () => {
    const entries = await feeds.listSitemapEntries();
    const news = entries.find((e) => e.path === '/news/feed-public-news');
    expect(news?.lastModified).toBeInstanceOf(Date);
    expect(Math.abs(Date.now() - (news?.lastModified?.getTime() ?? 0))).toBeLessThan(10 * 60_000);
    expect(entries.find((e) => e.path === '/videos/series/feed-series')?.lastModified).toBeInstanceOf(Date);
  });
});
