import { describe, expect, it } from 'vitest';
import { testDatabase } from './test/database';

// The list queries of lib/content read "published" rows newest first (events: soonest first).
// Their index must deliver rows in that order, so a page stops after 20 rows instead of
// sorting every published row of the kind: at 100,000 posts, 0.07 ms instead of 30 ms.
const { sql } = testDatabase('shared');

/** The plan PostgreSQL picks for a query, on the test data plus `extraPosts` posts made for it and then discarded. */
async function planOf(query: string, { bitmap = false, extraPosts = 0 } = {}): Promise<string> {
  let plan = '';
  await sql
    .begin(async (tx) => {
      // The test database is small; without this the planner would rightly scan the table.
      await tx`set local enable_seqscan = off`;
      // A GIN index is only read through a bitmap; the lists must not need one.
      if (!bitmap) await tx`set local enable_bitmapscan = off`;
      // Where two indexes would both serve, which one is cheaper depends on the table's size.
      // The dates are shuffled ((i * 7919) mod n is a permutation), so that the order the rows
      // were written in favours no index.
      if (extraPosts > 0) {
        await tx`
          insert into posts (kind, slug, title, summary, body, status, published_at, specialty_id)
          select (array['condition', 'news', 'article'])[1 + i % 3], 'plan-probe-' || i, 'Plan probe', '', '', 'published',
            now() - ((i * 7919) % ${extraPosts}::int + 1) * interval '1 hour', (select id from specialties order by id offset i % 5 limit 1)
          from generate_series(1, ${extraPosts}::int) i`;
        await tx`analyze posts`;
      }
      const rows = await tx.unsafe<{ 'QUERY PLAN': string }[]>(`explain ${query}`);
      plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      throw new Discard();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Discard)) throw error;
    });
  // The statistics rolled back with the rows, but not the row count ANALYZE keeps in pg_class.
  if (extraPosts > 0) await sql`analyze posts`;
  return plan;
}

/** Thrown to roll a transaction back once it has said what it had to. */
class Discard extends Error {}

describe('listing indexes', () => {
  it.each([
    ['posts', `select id from posts where kind = 'news' and status in ('published', 'scheduled') and published_at <= now()
               order by published_at desc, id desc limit 20 offset 20`, 'posts_listing_idx'],
    // A quoted phrase of common words reads every kind's newest posts until enough hold it.
    ['posts of every kind', `select id from posts where kind in ('condition', 'news', 'article') and status in ('published', 'scheduled')
                             and published_at <= now() order by published_at desc, id desc limit 201`, 'posts_published_idx'],
    ['specialty posts', `select id from posts where specialty_id = 1 and status in ('published', 'scheduled') and published_at <= now()
                         order by published_at desc, id desc limit 20`, 'posts_specialty_listing_idx'],
    ['videos', `select id from videos where status in ('published', 'scheduled') and published_at <= now()
                order by published_at desc, id desc limit 20`, 'videos_listing_idx'],
    ['events', `select id from events where status in ('published', 'scheduled') and published_at <= now() and ends_at >= now()
                order by starts_at asc, id asc limit 20`, 'events_listing_idx'],
  ])('%s lists come straight off the index, without a sort', async (_table, query, index) => {
    const plan = await planOf(query, { extraPosts: 3000 });
    expect(plan).toContain(index);
    expect(plan).not.toMatch(/\bSort\b/);
  });
});

describe('word pairs for quoted phrases', () => {
  it('keeps each two neighbouring words of a post, and looks a phrase up in their index', async () => {
    const [row] = await sql<{ pairs: string }[]>`select search_pairs::text as pairs from posts where slug = 'calcinosis'`;
    // "…calcium deposits…" in the article's text: stemmed, side by side.
    expect(row?.pairs).toContain("'calcium deposit'");
    const plan = await planOf(`select id from posts where search_pairs @@ '''calcium deposit'''::tsquery`, { bitmap: true });
    expect(plan).toContain('posts_search_pairs_idx');
  });
});

describe('search columns', () => {
  it('find rows by a vector without positions and decide members-only rows by title and summary, both kept in the row', async () => {
    const [row] = await sql<{ words: string; vector: string; open_count: number; title_summary_count: number }[]>`
      select search_words::text as words, search_vector::text as vector,
        (select count(*)::int from unnest(search_open)) as open_count,
        (select count(*)::int from unnest(search_vector) u where u.weights && array['A', 'B']) as title_summary_count
      from posts where slug = 'calcinosis'`;
    expect(row?.vector).toMatch(/'calcinosi':\d/);
    expect(row?.words).toContain("'calcinosi'");
    expect(row?.words).not.toMatch(/:\d/);
    expect(row?.open_count).toBeGreaterThan(0);
    expect(row?.open_count).toBe(row?.title_summary_count);

    // Read for every row a search walks: in the row (MAIN), not in TOAST like search_vector.
    const storage = await sql<{ attname: string; attstorage: string }[]>`
      select attname, attstorage from pg_attribute
      where attrelid in ('posts'::regclass, 'videos'::regclass) and attname in ('search_words', 'search_open')`;
    expect(storage).toHaveLength(4);
    for (const column of storage) expect(column.attstorage, column.attname).toBe('m');
  });
});

describe('title vectors', () => {
  it('keep each title in the row, and look a title word up in its own index', async () => {
    const [row] = await sql<{ title: string }[]>`select search_title::text as title from posts where slug = 'calcinosis'`;
    expect(row?.title).toMatch(/^'calcinosi':1A$/);
    const storage = await sql<{ attname: string; attstorage: string }[]>`
      select attrelid::regclass::text as attname, attstorage from pg_attribute
      where attrelid in ('posts'::regclass, 'events'::regclass, 'videos'::regclass) and attname = 'search_title'`;
    expect(storage).toHaveLength(3);
    for (const column of storage) expect(column.attstorage, column.attname).toBe('m');
    for (const table of ['posts', 'events', 'videos']) {
      const plan = await planOf(`select id from ${table} where search_title @@ '''calcinosi'''::tsquery`, { bitmap: true });
      expect(plan, table).toContain(`${table}_search_title_idx`);
    }
  });
});
