import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/lib/db/client';
import type { Access, PostKind } from '@/lib/db/schema';
import { isLiveAs } from './published';
import type { PostListItem } from './posts';
import { viewDay } from './views';

export type TrendingNewsItem = PostListItem & {
  /** Views in the window; 0 for an item that only fills up the list. */
  views: number;
};

type TrendingRow = {
  id: number;
  kind: PostKind;
  slug: string;
  title: string;
  summary: string;
  published_at: Date;
  access: Access;
  views: number;
};

/**
 * The most viewed published news of the last `days` days (today and the days before it,
 * in UTC), most views first, ties by newest; filled up with the latest published news when
 * fewer than `limit` have views, never listing one twice.
 *
 * Two small candidate sets instead of ranking every news item: the `limit` most viewed
 * and the `limit` newest. The answer always lies in their union: the viewed ones come
 * first, and any places left go to the newest unviewed items, of which the newest
 * `limit` hold enough.
 */
export async function listTrendingNews(options: { days?: number; limit?: number } = {}): Promise<TrendingNewsItem[]> {
  const days = Math.max(1, Math.trunc(options.days ?? 7));
  const limit = Math.max(1, Math.trunc(options.limit ?? 5));
  const rows = await db.execute<TrendingRow>(sql`
    with viewed as (
      select v.post_id as id, sum(v.views)::int as views
      from daily_views v
      join posts p on p.id = v.post_id
      where v.day > ${viewDay} - ${days}::int
        and p.kind = 'news' and ${isLiveAs('p')}
      group by v.post_id
      order by views desc, max(p.published_at) desc, v.post_id desc
      limit ${limit}
    ),
    newest as (
      -- One status at a time, so each reads posts_listing_idx in order and stops early.
      (select p.id, 0 as views, p.published_at from posts p
       where p.kind = 'news' and p.status = 'published' and p.published_at <= now()
       order by p.published_at desc nulls last, p.id desc nulls last limit ${limit})
      union all
      (select p.id, 0 as views, p.published_at from posts p
       where p.kind = 'news' and p.status = 'scheduled' and p.published_at <= now()
       order by p.published_at desc nulls last, p.id desc nulls last limit ${limit})
    ),
    candidates as (
      select id, max(views) as views
      from (select id, views from viewed union all select id, views from newest) c
      group by id
    )
    select p.id, p.kind, p.slug, p.title, p.summary, p.published_at, p.access, c.views
    from candidates c join posts p on p.id = c.id
    order by c.views desc, p.published_at desc, p.id desc
    limit ${limit}`);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    publishedAt: new Date(row.published_at),
    access: row.access,
    views: row.views,
  }));
}
