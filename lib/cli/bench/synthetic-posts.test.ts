import { describe, expect, it } from 'vitest';
import { testDatabase } from '@/lib/db/test/database';
import { buildSyntheticText, countSyntheticPosts, loadSyntheticPosts } from './synthetic-posts';

const { sql } = testDatabase('seeded', 'bench_posts');

describe('loadSyntheticPosts', () => {
  it('adds the asked number of distinct published posts, searchable through the index, and replaces them on reload', async () => {
    await loadSyntheticPosts(sql, 1_500);
    expect(await countSyntheticPosts(sql)).toBe(1_500);
    const [stats] = await sql<Array<{ live: number; members: number; kinds: number; bodies: number; titles: number }>>`
      select count(*) filter (where status = 'published' and published_at <= now())::int as live,
             count(*) filter (where access = 'members')::int as members,
             count(distinct kind)::int as kinds,
             count(distinct body)::int as bodies,
             count(distinct title)::int as titles
      from posts where slug like 'bench-post-%'`;
    expect(stats).toEqual({ live: 1_500, members: 150, kinds: 3, bodies: 1_500, titles: expect.any(Number) });
    expect(stats!.titles).toBeGreaterThan(1_400);

    // A made-up drug name is rare; a common clinical word is everywhere.
    const rare = buildSyntheticText().rareTerms[7]!;
    const [hits] = await sql<Array<{ rare: number; common: number }>>`
      select count(*) filter (where search_vector @@ plainto_tsquery('english', ${rare}))::int as rare,
             count(*) filter (where search_vector @@ plainto_tsquery('english', 'patient'))::int as common
      from posts where slug like 'bench-post-%'`;
    expect(hits!.rare).toBeLessThan(30);
    expect(hits!.common).toBeGreaterThan(1_000);
    const [index] = await sql`select 1 from pg_indexes where indexname = 'posts_search_idx'`;
    expect(index).toBeDefined();

    await loadSyntheticPosts(sql, 300);
    expect(await countSyntheticPosts(sql)).toBe(300);
    const [seeded] = await sql<Array<{ n: number }>>`select count(*)::int as n from posts where slug = 'calcinosis'`;
    expect(seeded!.n).toBe(1);
  });
});
