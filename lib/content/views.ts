import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Executor } from '@/lib/db/client';
import { POST_KINDS, type PostKind } from '@/lib/db/schema';
import { takeFromRateLimitSql, type RateRule } from '@/lib/security/rate-limit';
import { isLiveAs } from './published';
import { slugSchema } from './slug';

/*
 * Daily view counters, for Trending. A day is a UTC calendar day, decided by the database
 * (`viewDay`), so every app instance and the trending query agree on where a day ends.
 */

/** Today in UTC, by the database's clock. */
export const viewDay = sql`(now() at time zone 'UTC')::date`;

/** What /api/views accepts: a post's kind and slug, nothing else. */
export const ViewInput = z.object({
  kind: z.enum(POST_KINDS),
  slug: slugSchema(120),
});
export type ViewInput = z.infer<typeof ViewInput>;

/**
 * How many views of one post a reader's address may add in a day. A script posting the
 * beacon in a loop would otherwise put any item at the top of Trending; a hospital's
 * doctors behind one address still count, up to this many for each post.
 */
export const VIEWS_PER_ADDRESS: RateRule = { limit: 20, windowSeconds: 24 * 60 * 60 };

/**
 * Adds one view to today's counter of a published post, in one statement: the insert finds
 * the post and the conflict clause adds to an existing row, so concurrent views never race
 * (no read-then-write) and an unknown, draft or future post adds nothing. With the reader's
 * address, the view counts only within VIEWS_PER_ADDRESS, a counter taken only for a post
 * that exists (so made-up slugs leave nothing behind). Answers whether a view was counted.
 */
export async function recordView(
  kind: PostKind,
  slug: string,
  { address = null }: { address?: string | null } = {},
  executor: Executor = db,
): Promise<boolean> {
  const withinLimit = address === null ? sql`true` : takeFromRateLimitSql(sql`'view:' || ${address}::text || ':' || p.id`, VIEWS_PER_ADDRESS);
  const rows = await executor.execute<{ post_id: number }>(sql`
    insert into daily_views (post_id, day, views)
    select p.id, ${viewDay}, 1
    from posts p
    where p.kind = ${kind} and p.slug = ${slug}
      and ${isLiveAs('p')}
      and ${withinLimit}
    on conflict (post_id, day) do update set views = daily_views.views + 1
    returning post_id`);
  return rows.length > 0;
}
