import { sql, type SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { posts, specialties } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { MAX_PAGE, PAGE_SIZE, filterHref, pageHref, pageNumbers, parseListParams } from './pagination';
import * as queries from './posts';

const NOW = new Date('2026-05-01T12:00:00.000Z');

describe('parseListParams', () => {
  it('reads a page number, a snapshot and a specialty', () => {
    expect(parseListParams({ page: '3', asOf: '2026-04-30T08:15:00.250Z', specialty: 'oncology' }, NOW)).toEqual({
      page: 3,
      asOf: new Date('2026-04-30T08:15:00.250Z'),
      specialty: 'oncology',
    });
  });

  it('treats a missing page as page 1 and a missing snapshot as now', () => {
    expect(parseListParams({}, NOW)).toEqual({ page: 1, asOf: NOW, specialty: null });
    expect(parseListParams({ specialty: '' }, NOW)?.specialty).toBeNull();
  });

  it.each(['0', '-1', 'abc', '1.5', '01', '1e3', String(10 ** 9), String(MAX_PAGE + 1), '', ' 2', '2 '])(
    'answers null for the page %j (a 404, not an error)',
    (page) => {
      expect(parseListParams({ page }, NOW)).toBeNull();
    },
  );

  it('accepts the last allowed page', () => {
    expect(parseListParams({ page: String(MAX_PAGE) }, NOW)?.page).toBe(MAX_PAGE);
  });

  it.each(['yesterday', '2026-13-45T00:00:00Z', '2026-04-30', '1714460400', "'; drop table posts; --", 'x'.repeat(500)])(
    'falls back to now for the malformed snapshot %j',
    (asOf) => {
      expect(parseListParams({ page: '2', asOf }, NOW)).toEqual({ page: 2, asOf: NOW, specialty: null });
    },
  );

  it('clamps a snapshot in the future to now', () => {
    expect(parseListParams({ asOf: '2030-01-01T00:00:00Z' }, NOW)?.asOf).toEqual(NOW);
  });

  it('answers null for a specialty that cannot be a slug', () => {
    for (const specialty of ['Oncology', 'onc ology', '../x', 'a'.repeat(81), "x' or 1=1"]) {
      expect(parseListParams({ specialty }, NOW), specialty).toBeNull();
    }
  });

  it('takes the first value of a repeated key', () => {
    expect(parseListParams({ page: ['2', '9'], specialty: ['oncology', 'x'] }, NOW)).toMatchObject({ page: 2, specialty: 'oncology' });
  });
});

describe('page addresses', () => {
  const asOf = new Date('2026-04-30T08:15:00.000Z');

  it('sends unfiltered page 1 to the cached first page', () => {
    expect(pageHref('/news', 1, { asOf })).toBe('/news');
  });

  it('gives deeper pages the snapshot, and filtered pages the specialty', () => {
    expect(pageHref('/news', 2, { asOf })).toBe('/news/page/2?asOf=2026-04-30T08%3A15%3A00.000Z');
    expect(pageHref('/news', 1, { asOf, specialty: 'oncology' })).toBe(
      '/news/page/1?asOf=2026-04-30T08%3A15%3A00.000Z&specialty=oncology',
    );
    expect(filterHref('/articles', 'haematology')).toBe('/articles/page/1?specialty=haematology');
    expect(filterHref('/articles', null)).toBe('/articles');
  });

  it('round-trips a snapshot through a link', () => {
    const href = pageHref('/news', 3, { asOf, specialty: 'oncology' });
    const query = new URL(href, 'http://x').searchParams;
    expect(parseListParams({ page: '3', asOf: query.get('asOf') ?? undefined, specialty: query.get('specialty') ?? undefined }, NOW)).toEqual({
      page: 3,
      asOf,
      specialty: 'oncology',
    });
  });

  it('numbers the first, last, current and neighbouring pages, eliding gaps', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(5, 20)).toEqual([1, null, 4, 5, 6, null, 20]);
    expect(pageNumbers(3, 20)).toEqual([1, 2, 3, 4, null, 20]);
    expect(pageNumbers(20, 20)).toEqual([1, null, 19, 20]);
  });
});

describe('listPostsPage on a real database', () => {
  const MINUTE = 60_000;
  const { db } = testDatabase('migrated', 'content_pagination');
  let insertNews: (rows: Array<{ slug: string; publishedAt: Date | SQL; status?: 'published' | 'scheduled' | 'draft' | 'archived' }>) => Promise<void>;

  beforeAll(async () => {
    const [paging] = await db.insert(specialties).values({ slug: 'paging', name: 'Paging' }).returning({ id: specialties.id });
    await db.insert(specialties).values({ slug: 'empty-specialty', name: 'Empty' });
    insertNews = async (rows) => {
      await db.insert(posts).values(
        rows.map((row) => ({
          kind: 'news' as const,
          slug: row.slug,
          title: `Title ${row.slug}`,
          summary: 'A row for the pagination test.',
          body: 'Body.',
          status: row.status ?? ('published' as const),
          publishedAt: row.publishedAt,
          specialtyId: paging!.id,
        })),
      );
    };
  });

  it('returns each item exactly once across pages while newer items are published between page loads', async () => {
    const start = Date.now();
    // Two items share a timestamp so the id tie-break is exercised at a page boundary.
    const original = Array.from({ length: 45 }, (_, i) => ({
      slug: `original-${i}`,
      publishedAt: new Date(start - (i === 20 ? 20 : i + 1) * MINUTE),
    }));
    await insertNews(original);

    const first = parseListParams({ specialty: 'paging' });
    expect(first).not.toBeNull();
    const page1 = await queries.listPostsPage('news', first!);
    expect(page1.totalPages).toBe(3);
    expect(page1.items).toHaveLength(PAGE_SIZE);

    // Published after page 1 was read: by the database's clock, so strictly later than asOf.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await insertNews(Array.from({ length: 5 }, (_, i) => ({ slug: `newer-${i}`, publishedAt: sql`now()` })));

    const later = (page: number) =>
      queries.listPostsPage('news', parseListParams({ page: String(page), asOf: page1.asOf.toISOString(), specialty: 'paging' })!);
    const [page2, page3] = await Promise.all([later(2), later(3)]);
    expect(page2.totalPages).toBe(3);
    expect(page3.items).toHaveLength(5);

    const seen = [...page1.items, ...page2.items, ...page3.items].map((p) => p.slug);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(original.map((o) => o.slug).sort());

    // A fresh first page (no snapshot) does see the newer items, newest first.
    const fresh = await queries.listPostsPage('news', parseListParams({ specialty: 'paging' })!);
    expect(fresh.total).toBe(50);
    expect(fresh.items.slice(0, 5).every((p) => p.slug.startsWith('newer-'))).toBe(true);
  });

  it('orders newest first with a stable tie-break', async () => {
    const page = await queries.listPostsPage('news', parseListParams({ specialty: 'paging' })!);
    for (let i = 1; i < page.items.length; i += 1) {
      const a = page.items[i - 1]!;
      const b = page.items[i]!;
      expect(a.publishedAt.getTime() > b.publishedAt.getTime() || (a.publishedAt.getTime() === b.publishedAt.getTime() && a.id > b.id)).toBe(true);
    }
  });

  it('lists past-scheduled posts and hides drafts, archived and future-scheduled ones', async () => {
    const now = Date.now();
    await insertNews([
      { slug: 'state-draft', status: 'draft', publishedAt: new Date(now - 500 * MINUTE) },
      { slug: 'state-archived', status: 'archived', publishedAt: new Date(now - 500 * MINUTE) },
      { slug: 'state-future', status: 'scheduled', publishedAt: new Date(now + 500 * MINUTE) },
      { slug: 'state-future-published', status: 'published', publishedAt: new Date(now + 500 * MINUTE) },
      { slug: 'state-due', status: 'scheduled', publishedAt: new Date(now - 500 * MINUTE) },
    ]);
    const all = await queries.listPostsPage('news', parseListParams({ page: '1', specialty: 'paging' })!);
    const slugs: string[] = [];
    for (let page = 1; page <= all.totalPages; page += 1) {
      const p = await queries.listPostsPage('news', { ...parseListParams({ specialty: 'paging' })!, page, asOf: all.asOf });
      slugs.push(...p.items.map((i) => i.slug));
    }
    expect(slugs).toContain('state-due');
    for (const hidden of ['state-draft', 'state-archived', 'state-future', 'state-future-published']) expect(slugs).not.toContain(hidden);
    expect(await queries.getPublishedPostBySlug('news', 'state-due')).not.toBeNull();
    expect(await queries.getPublishedPostBySlug('news', 'state-future')).toBeNull();
  });

  it('answers an empty first page for a specialty with nothing in it, and for an unknown one', async () => {
    for (const specialty of ['empty-specialty', 'no-such-specialty']) {
      const page = await queries.listPostsPage('news', parseListParams({ specialty })!);
      expect(page).toMatchObject({ items: [], total: 0, totalPages: 1, page: 1 });
    }
  });

  it('answers an empty page past the end instead of failing', async () => {
    const page = await queries.listPostsPage('news', parseListParams({ page: String(MAX_PAGE), specialty: 'paging' })!);
    expect(page.items).toEqual([]);
    expect(page.page).toBeGreaterThan(page.totalPages);
  });
});
