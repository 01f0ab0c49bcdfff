import { beforeAll, describe, expect, it } from 'vitest';
import { images, imageVariants, posts, specialties, users, type NewPost } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import * as queries from './posts';

/*
 * The post read paths beyond the foundation's: related items, specialty listings, names
 * and reading time. A database of its own, seeded with the real seed, so the rows added
 * here never disturb other files.
 */

const MARKER = 'MEMBERS-ONLY-MARKER';
const DAY = 86_400_000;
const MEMBERS_SLUG = 'managing-immune-related-adverse-events-a-practical-protocol';

const { db } = testDatabase('seeded', 'content_posts');
let specialtyId: number;
let otherSpecialtyId: number;
let reviewerId: number;

beforeAll(async () => {
  const [a, b] = await db
    .insert(specialties)
    .values([
      { slug: 'related-test', name: 'Related test' },
      { slug: 'related-other', name: 'Related other' },
    ])
    .returning({ id: specialties.id });
  specialtyId = a!.id;
  otherSpecialtyId = b!.id;
  const [reviewer] = await db
    .insert(users)
    .values({ email: 'reviewer@example.org', name: 'Dr. Rita Reviewer', passwordHash: 'x' })
    .returning({ id: users.id });
  reviewerId = reviewer!.id;
});

async function insertPost(row: Partial<NewPost> & Pick<NewPost, 'kind' | 'slug'>) {
  const [inserted] = await db
    .insert(posts)
    .values({
      title: `Title ${row.slug}`,
      summary: 'A test row.',
      body: 'Lead paragraph.',
      status: 'published',
      publishedAt: new Date(Date.now() - DAY),
      specialtyId,
      ...row,
    })
    .returning({ id: posts.id });
  return inserted!.id;
}

describe('listRelatedPosts', () => {
  it('gives published posts of the same specialty, same kind first, never the post itself', async () => {
    const now = Date.now();
    await insertPost({ kind: 'news', slug: 'rel-self', publishedAt: new Date(now - 1 * DAY) });
    await insertPost({ kind: 'article', slug: 'rel-article-newest', publishedAt: new Date(now - 2 * DAY) });
    await insertPost({ kind: 'news', slug: 'rel-news-a', publishedAt: new Date(now - 3 * DAY) });
    await insertPost({ kind: 'condition', slug: 'rel-condition', publishedAt: new Date(now - 4 * DAY) });
    await insertPost({ kind: 'news', slug: 'rel-news-b', publishedAt: new Date(now - 5 * DAY) });
    await insertPost({ kind: 'news', slug: 'rel-draft', status: 'draft', publishedAt: null });
    await insertPost({ kind: 'news', slug: 'rel-archived', status: 'archived' });
    await insertPost({ kind: 'news', slug: 'rel-future', status: 'scheduled', publishedAt: new Date(now + DAY) });
    await insertPost({ kind: 'news', slug: 'rel-elsewhere', specialtyId: otherSpecialtyId });

    const self = await queries.getPublishedPostBySlug('news', 'rel-self');
    expect(self).not.toBeNull();
    const related = await queries.listRelatedPosts(self!);
    expect(related.map((p) => p.slug)).toEqual(['rel-news-a', 'rel-news-b', 'rel-article-newest', 'rel-condition']);
    expect(await queries.listRelatedPosts(self!, { limit: 3 })).toHaveLength(3);
  });

  it('gives nothing for a post without a specialty', async () => {
    await insertPost({ kind: 'news', slug: 'rel-orphan', specialtyId: null });
    const orphan = await queries.getPublishedPostBySlug('news', 'rel-orphan');
    expect(orphan?.specialty).toBeNull();
    expect(await queries.listRelatedPosts(orphan!)).toEqual([]);
  });
});

describe('specialty listings', () => {
  it('counts only published posts of a kind per specialty, for the list filter', async () => {
    const news = await queries.listPostSpecialties('news');
    const related = news.find((s) => s.slug === 'related-test');
    // rel-self, rel-news-a, rel-news-b, rel-orphan has none: three live news items.
    expect(related).toEqual({ slug: 'related-test', name: 'Related test', count: 3 });
    expect(news.find((s) => s.slug === 'oncology')?.count).toBeGreaterThanOrEqual(4);
    const articles = await queries.listPostSpecialties('article');
    expect(articles.map((s) => s.slug)).not.toContain('related-other');
  });

  it('lists the newest published posts of one kind in one specialty', async () => {
    const latest = await queries.listLatestPostsInSpecialty('news', 'related-test', { limit: 2 });
    expect(latest.map((p) => p.slug)).toEqual(['rel-self', 'rel-news-a']);
    expect(await queries.listLatestPostsInSpecialty('news', 'no-such-specialty')).toEqual([]);
  });
});

describe('getPublishedPostBySlug details', () => {
  it("names the medical reviewer and reads the author from the byline when no account wrote it", async () => {
    await insertPost({ kind: 'condition', slug: 'reviewed-condition', reviewerId, byline: 'Editorial Team', lastReviewedAt: '2026-01-02' });
    const post = await queries.getPublishedPostBySlug('condition', 'reviewed-condition');
    expect(post).toMatchObject({ reviewerName: 'Dr. Rita Reviewer', authorName: 'Editorial Team', lastReviewedAt: '2026-01-02' });
    const calcinosis = await queries.getPublishedPostBySlug('condition', 'calcinosis');
    expect(calcinosis?.reviewerName).toBeNull();
  });

  it('prefers the author account name to the byline', async () => {
    await insertPost({ kind: 'article', slug: 'authored-article', authorId: reviewerId, byline: 'Someone else' });
    expect((await queries.getPublishedPostBySlug('article', 'authored-article'))?.authorName).toBe('Dr. Rita Reviewer');
  });

  it('gives the reading time from the whole body', async () => {
    const body = Array.from({ length: 1000 }, () => 'word').join(' ');
    await insertPost({ kind: 'article', slug: 'long-article', body });
    expect((await queries.getPublishedPostBySlug('article', 'long-article'))?.readingMinutes).toBe(5);
  });

  it('shows a scheduled post once its time has passed', async () => {
    await insertPost({ kind: 'article', slug: 'due-article', status: 'scheduled', publishedAt: new Date(Date.now() - 1000) });
    expect(await queries.getPublishedPostBySlug('article', 'due-article')).not.toBeNull();
    expect((await queries.listPublishedPosts('article', { limit: 100 })).map((p) => p.slug)).toContain('due-article');
  });
});

describe('the seeded members-only article', () => {
  it('is listed by title and summary, with a reading time, but its body never reaches an anonymous reader', async () => {
    const post = await queries.getPublishedPostBySlug('article', MEMBERS_SLUG);
    expect(post?.title).toBe('Managing Immune-Related Adverse Events: A Practical Protocol');
    expect(post?.access).toBe('members');
    expect(post?.body).toBeNull();
    expect(post?.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(post)).not.toContain(MARKER);

    const page = await queries.listPostsPage('article', { page: 1, asOf: new Date(), specialty: null });
    expect(page.items.map((p) => p.slug)).toContain(MEMBERS_SLUG);
    const inOncology = await queries.listLatestPostsInSpecialty('article', 'oncology', { limit: 20 });
    const related = await queries.listRelatedPosts({ id: -1, kind: 'article', specialty: { slug: 'oncology', name: 'Oncology' } }, { limit: 50 });
    for (const output of [page, inOncology, related]) expect(JSON.stringify(output)).not.toContain(MARKER);
  });

  it('opens for an active member', async () => {
    const post = await queries.getPublishedPostBySlug('article', MEMBERS_SLUG, { id: reviewerId, status: 'active' });
    expect(post?.body).toContain('MEMBERS-ONLY-MARKER: full clinical protocol follows.');
  });
});

describe('a post with a cover image', () => {
  it('comes with the cover: its smallest copy, every width for srcset, its size and its text alternative', async () => {
    const [image] = await db.insert(images).values({ sha256: 'c'.repeat(64), sourceFormat: 'png', width: 1600, height: 900, uploadedBy: null }).returning({ id: images.id });
    await db.insert(imageVariants).values([
      { name: `${'c'.repeat(16)}-320.webp`, imageId: image!.id, width: 320, height: 180, contentType: 'image/webp', byteLength: 3, bytes: Buffer.from('abc') },
      { name: `${'c'.repeat(16)}-640.webp`, imageId: image!.id, width: 640, height: 360, contentType: 'image/webp', byteLength: 3, bytes: Buffer.from('abc') },
    ]);
    await insertPost({ kind: 'article', slug: 'with-cover', coverImageId: image!.id, coverImageAlt: 'A chest radiograph' });
    await insertPost({ kind: 'article', slug: 'without-cover' });

    const post = await queries.getPublishedPostBySlug('article', 'with-cover');
    expect(post?.cover).toMatchObject({ alt: 'A chest radiograph', width: expect.any(Number), height: expect.any(Number) });
    expect(post?.cover?.srcSet).toContain(`/media/${'c'.repeat(16)}-320.webp 320w`);
    expect(post?.cover?.srcSet).toContain(`/media/${'c'.repeat(16)}-640.webp 640w`);
    expect((await queries.getPublishedPostBySlug('article', 'without-cover'))?.cover).toBeNull();
  });
});
