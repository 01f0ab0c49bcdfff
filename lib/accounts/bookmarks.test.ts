import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookmarks, events, posts, users, videos } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { isAppError } from '@/lib/errors';
import { addBookmark, BookmarkTarget, countLiveBookmarks, isBookmarked, listBookmarks, removeBookmark, removeBookmarkById } from './bookmarks';

/* Bookmarks on a database of their own: two readers, a few items. */

const { db } = testDatabase('migrated', 'accounts_bookmarks');

let ada = 0;
let babbage = 0;
const past = new Date(Date.now() - 60_000);

beforeAll(async () => {
  const made = await db
    .insert(users)
    .values([
      { email: 'ada@example.org', name: 'Ada', passwordHash: 'x' },
      { email: 'babbage@example.org', name: 'Babbage', passwordHash: 'x' },
    ])
    .returning({ id: users.id });
  [ada, babbage] = made.map((row) => row.id) as [number, number];
  await db.insert(posts).values([
    { kind: 'news', slug: 'live-news', title: 'Live news', summary: 's', body: 'b', status: 'published', publishedAt: past },
    { kind: 'article', slug: 'live-news', title: 'Same slug, other kind', summary: 's', body: 'b', status: 'published', publishedAt: past },
    { kind: 'news', slug: 'a-draft', title: 'Draft', summary: 's', body: 'b', status: 'draft' },
    { kind: 'news', slug: 'future', title: 'Future', summary: 's', body: 'b', status: 'scheduled', publishedAt: new Date(Date.now() + 3_600_000) },
  ]);
  await db.insert(events).values({
    slug: 'an-event',
    title: 'An event',
    summary: 's',
    body: 'b',
    startsAt: new Date(Date.now() + 86_400_000),
    endsAt: new Date(Date.now() + 90_000_000),
    timeZone: 'Asia/Kolkata',
    organiser: 'Hidoc',
    venue: 'Mumbai',
    status: 'published',
    publishedAt: past,
  });
  await db.insert(videos).values({
    slug: 'a-video',
    title: 'A video',
    summary: 's',
    provider: 'youtube',
    providerVideoId: 'abc',
    status: 'published',
    publishedAt: past,
  });
});

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return null;
}

describe('bookmarks', () => {
  it('adds, lists and removes a post, an event and a video; adding twice keeps one', async () => {
    await addBookmark(ada, { kind: 'news', slug: 'live-news' });
    await addBookmark(ada, { kind: 'news', slug: 'live-news' });
    await addBookmark(ada, { kind: 'event', slug: 'an-event' });
    await addBookmark(ada, { kind: 'video', slug: 'a-video' });
    expect(await isBookmarked(ada, { kind: 'news', slug: 'live-news' })).toBe(true);
    expect(await isBookmarked(ada, { kind: 'article', slug: 'live-news' })).toBe(false);
    const listed = await listBookmarks(ada);
    expect(listed.map((item) => [item.kind, item.path, item.title]).sort()).toEqual([
      ['event', '/events/an-event', 'An event'],
      ['news', '/news/live-news', 'Live news'],
      ['video', '/videos/a-video', 'A video'],
    ]);
    expect(await removeBookmark(ada, { kind: 'event', slug: 'an-event' })).toBe(true);
    expect(await removeBookmark(ada, { kind: 'event', slug: 'an-event' })).toBe(false);
    expect(await isBookmarked(ada, { kind: 'event', slug: 'an-event' })).toBe(false);
    expect((await listBookmarks(ada)).map((item) => item.kind).sort()).toEqual(['news', 'video']);
  });

  it('refuses an unpublished, future or unknown item', async () => {
    for (const target of [
      { kind: 'news', slug: 'a-draft' },
      { kind: 'news', slug: 'future' },
      { kind: 'news', slug: 'no-such-item' },
      { kind: 'condition', slug: 'live-news' },
    ] as const) {
      const error = await refusal(addBookmark(ada, target));
      expect(isAppError(error) && error.status, target.slug).toBe(404);
    }
    expect(await db.select().from(bookmarks).where(eq(bookmarks.userId, ada))).toHaveLength(2);
  });

  it('leaves an item withdrawn after bookmarking out of the list, and still lets it be removed', async () => {
    await addBookmark(babbage, { kind: 'article', slug: 'live-news' });
    await db.update(posts).set({ status: 'archived' }).where(eq(posts.kind, 'article'));
    expect(await listBookmarks(babbage)).toEqual([]);
    expect(await listBookmarks(babbage, { onlyLive: false })).toHaveLength(1);
    expect(await removeBookmark(babbage, { kind: 'article', slug: 'live-news' })).toBe(true);
  });

  it("Babbage cannot see or remove Ada's bookmark", async () => {
    const [adas] = await listBookmarks(ada);
    expect(await listBookmarks(babbage)).toEqual([]);
    expect(await isBookmarked(babbage, { kind: adas!.kind, slug: adas!.slug })).toBe(false);
    expect(await removeBookmarkById(babbage, adas!.id)).toBe(false);
    expect(await removeBookmark(babbage, { kind: adas!.kind, slug: adas!.slug })).toBe(false);
    expect((await listBookmarks(ada)).map((item) => item.id)).toContain(adas!.id);
    expect(await removeBookmarkById(ada, adas!.id)).toBe(true);
  });

  it('pages through the published ones, newest first, each once', async () => {
    const [reader] = await db.insert(users).values({ email: 'pager@example.org', name: 'Pager', passwordHash: 'x' }).returning({ id: users.id });
    const made = await db
      .insert(posts)
      .values(Array.from({ length: 7 }, (_, i) => ({ kind: 'news' as const, slug: `paged-${i}`, title: `Paged ${i}`, summary: 's', body: 'b', status: 'published' as const, publishedAt: past })))
      .returning({ id: posts.id });
    await db.insert(bookmarks).values(made.map((post) => ({ userId: reader!.id, postId: post.id, createdAt: new Date('2026-01-01T00:00:00Z') })));
    await db.update(posts).set({ status: 'draft', publishedAt: null }).where(eq(posts.slug, 'paged-3'));
    expect(await countLiveBookmarks(reader!.id)).toBe(6);
    const pages = [];
    for (let offset = 0; offset < 9; offset += 3) pages.push(await listBookmarks(reader!.id, { limit: 3, offset }));
    expect(pages.map((page) => page.length)).toEqual([3, 3, 0]);
    const slugs = pages.flat().map((item) => item.slug);
    expect(new Set(slugs).size).toBe(6);
    expect(slugs).not.toContain('paged-3');
  });

  it('accepts only a kind and a slug', () => {
    expect(BookmarkTarget.safeParse({ kind: 'video', slug: 'a-video' }).success).toBe(true);
    for (const bad of [{}, { kind: 'cme', slug: 'x' }, { kind: 'news', slug: 'Bad Slug' }, { kind: 'news', slug: 'x', userId: 2 }, { kind: 'news', slug: 'a'.repeat(121) }]) {
      expect(BookmarkTarget.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
