import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/lib/db/client';
import type { ChangedContent } from './revalidate';

/*
 * Scheduled items appear by themselves: a post, event or video with status `scheduled` is
 * live once its published_at has come (./published.ts), but a cached page rendered before
 * that time does not show it until it is revalidated. The launcher asks the web process
 * (app/api/internal/publish-due) every few seconds, and at each item's time, which items
 * came due since it last asked; their pages are revalidated like an editor's publication.
 */

export type DueItems = {
  /** Items whose time is in (since, now], in the words revalidateContent takes. */
  due: ChangedContent[];
  /** The database's now: the next call's `since`, so nothing falls between two calls. */
  now: Date;
  /** Milliseconds until the next scheduled item's time, or null when none is waiting. */
  nextInMs: number | null;
};

type DueRow = {
  kind: ChangedContent['kind'];
  slug: string;
  specialty_slug: string | null;
  series_slug: string | null;
} & Record<string, unknown>;

/**
 * What came due after `since`, by the database's clock (the same clock isLive() reads). Three
 * small reads on the partial indexes of published and scheduled rows (events have few rows).
 */
export async function listDueScheduledItems(since: Date): Promise<DueItems> {
  const [clock] = await db.execute<{ now: Date | string; next_in_ms: number | string | null }>(sql`
    select now() as now,
      (extract(epoch from (
        least(
          (select min(published_at) from posts where status = 'scheduled' and published_at > now()),
          (select min(published_at) from events where status = 'scheduled' and published_at > now()),
          (select min(published_at) from videos where status = 'scheduled' and published_at > now())
        ) - now())) * 1000)::bigint as next_in_ms`);
  const sinceIso = since.toISOString();
  const rows = await db.execute<DueRow>(sql`
    select p.kind, p.slug, s.slug as specialty_slug, null::text as series_slug
      from posts p left join specialties s on s.id = p.specialty_id
      where p.status = 'scheduled' and p.published_at > ${sinceIso}::timestamptz and p.published_at <= now()
    union all
    select 'event', e.slug, s.slug, null
      from events e left join specialties s on s.id = e.specialty_id
      where e.status = 'scheduled' and e.published_at > ${sinceIso}::timestamptz and e.published_at <= now()
    union all
    select 'video', v.slug, s.slug, vs.slug
      from videos v left join specialties s on s.id = v.specialty_id left join video_series vs on vs.id = v.series_id
      where v.status = 'scheduled' and v.published_at > ${sinceIso}::timestamptz and v.published_at <= now()`);
  return {
    due: [...rows].map((row) => ({
      kind: row.kind,
      slug: row.slug,
      specialtySlug: row.specialty_slug,
      ...(row.kind === 'video' ? { seriesSlug: row.series_slug } : {}),
    })),
    now: new Date(clock?.now ?? Date.now()),
    nextInMs: clock?.next_in_ms === null || clock?.next_in_ms === undefined ? null : Math.max(0, Number(clock.next_in_ms)),
  };
}
