import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Executor } from '@/lib/db/client';
import { POST_KINDS, type PostKind } from '@/lib/db/schema';

/*
 * Daily view counters, for Trending. A day is a UTC calendar day, decided by the database
 * (`viewDay`), so every app instance and the trending query agree on where a day ends.
 */

/** Today in UTC, by the database's clock. */
export const viewDay = sql`(now() at time zone 'UTC')::date`;

/** What /api/views accepts: a post's kind and slug, nothing else. */
export const ViewInput = z.object({
  kind: z.enum(POST_KINDS),
  slug: z
    .string()
    .max(120)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
});
export type ViewInput = z.infer<typeof ViewInput>;

/**
 * Adds one view to today's counter of a published post, in one statement: the insert finds
 * the post and the conflict clause adds to an existing row, so concurrent views never race
 * (no read-then-write) and an unknown, draft or future post adds nothing. Answers whether
 * a view was counted.
 */
export async function recordView(kind: PostKind, slug: string, executor: Executor = db): Promise<boolean> {
  const rows = await executor.execute<{ post_id: number }>(sql`
    insert into daily_views (post_id, day, views)
    select p.id, ${viewDay}, 1
    from posts p
    where p.kind = ${kind} and p.slug = ${slug}
      and p.status in ('published', 'scheduled') and p.published_at <= now()
    on conflict (post_id, day) do update set views = daily_views.views + 1
    returning post_id`);
  return rows.length > 0;
}
