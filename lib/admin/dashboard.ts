import 'server-only';
import { sql } from 'drizzle-orm';
import { summariseCmeActivities, type CmeActivitySummary } from '@/lib/cme/summary';
import { db } from '@/lib/db/client';
import type { Role } from '@/lib/auth/roles';
import { can } from './policy';

/*
 * The dashboard at /admin: a few aggregate queries, run in parallel, each panel only for the
 * roles that may act on it. Editors and admins see everything but the users panel, which is the
 * admins' (users.manage); an author sees the published counts, the page views and their own
 * drafts (not the review queue, the CME results or the users, which are not theirs to act on).
 */

export const DASHBOARD_KINDS = ['condition', 'news', 'article', 'event', 'video', 'cme'] as const;
export type DashboardKind = (typeof DASHBOARD_KINDS)[number];

export const VIEW_DAYS = 30;
export const REVIEW_DUE_DAYS = 30;

export type DraftRow = { id: number; kind: string; title: string; authorName: string | null; reviewRequestedAt: Date | null; updatedAt: Date };
export type ReviewDueRow = { id: number; slug: string; title: string; status: string; nextReviewDue: string; isOverdue: boolean };
export type ViewDay = { day: string; views: number };
export type UsersByStatus = { active: number; deactivated: number; deleted: number };
export type CmeResults = { attempts: number; passes: number; passRatePercent: number | null };

export type Dashboard = {
  published: Record<DashboardKind, number>;
  /** Editors: every draft submitted for review, oldest request first. Authors: their own drafts. */
  drafts: { scope: 'review' | 'own'; rows: DraftRow[] };
  viewsPerDay: ViewDay[];
  users: UsersByStatus | null;
  cme: { last30Days: CmeResults; activities: CmeActivitySummary[] } | null;
  reviewDue: ReviewDueRow[] | null;
};

const DRAFT_LIMIT = 20;
const REVIEW_DUE_LIMIT = 50;

/** Published as readers see it: published, or scheduled and its time has come. */
const isLive = (table: string) => sql.raw(`${table}.status in ('published', 'scheduled') and ${table}.published_at <= now()`);

async function countPublished(): Promise<Record<DashboardKind, number>> {
  const rows = await db.execute<{ kind: DashboardKind; count: number }>(sql`
    select kind, count(*)::int as count from posts where ${isLive('posts')} group by kind
    union all select 'event', count(*)::int from events where ${isLive('events')}
    union all select 'video', count(*)::int from videos where ${isLive('videos')}
    union all select 'cme', count(*)::int from cme_activities where ${isLive('cme_activities')}`);
  const counts = Object.fromEntries(DASHBOARD_KINDS.map((kind) => [kind, 0])) as Record<DashboardKind, number>;
  for (const row of rows) counts[row.kind] = Number(row.count);
  return counts;
}

async function listDrafts(scope: 'review' | 'own', viewerId: number): Promise<DraftRow[]> {
  const where = scope === 'review' ? sql`p.review_requested_at is not null` : sql`p.author_id = ${viewerId}`;
  const rows = await db.execute<{ id: number; kind: string; title: string; author_name: string | null; review_requested_at: string | null; updated_at: string }>(sql`
    select p.id, p.kind, p.title, u.name as author_name, p.review_requested_at, p.updated_at
    from posts p left join users u on u.id = p.author_id
    where p.status = 'draft' and ${where}
    order by ${scope === 'review' ? sql`p.review_requested_at asc` : sql`p.updated_at desc`}, p.id
    limit ${DRAFT_LIMIT}`);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    authorName: r.author_name,
    reviewRequestedAt: r.review_requested_at === null ? null : new Date(r.review_requested_at),
    updatedAt: new Date(r.updated_at),
  }));
}

/** Page views of every post per day, the last VIEW_DAYS days up to today, oldest first; a day without views is 0. */
export async function listViewsPerDay(): Promise<ViewDay[]> {
  const rows = await db.execute<{ day: string; views: number }>(sql`
    select d.day::date::text as day, coalesce(sum(v.views), 0)::int as views
    from generate_series((current_date - ${VIEW_DAYS - 1}::int)::timestamp, current_date::timestamp, interval '1 day') as d(day)
    left join daily_views v on v.day = d.day::date
    group by d.day order by d.day`);
  return rows.map((r) => ({ day: r.day, views: Number(r.views) }));
}

async function countUsersByStatus(): Promise<UsersByStatus> {
  // Deactivated: in the grace period (delete_after ahead); the erasure job makes them deleted after it.
  const [row] = await db.execute<UsersByStatus>(sql`
    select count(*) filter (where status = 'active')::int as active,
           count(*) filter (where status = 'deactivated')::int as deactivated,
           count(*) filter (where status = 'deleted')::int as deleted
    from users`);
  return { active: Number(row!.active), deactivated: Number(row!.deactivated), deleted: Number(row!.deleted) };
}

async function countCmeResults(): Promise<CmeResults> {
  const [row] = await db.execute<{ attempts: number; passes: number }>(sql`
    select count(*)::int as attempts, count(*) filter (where is_passed)::int as passes
    from cme_attempts where submitted_at >= now() - make_interval(days => ${VIEW_DAYS})`);
  const attempts = Number(row!.attempts);
  const passes = Number(row!.passes);
  return { attempts, passes, passRatePercent: attempts === 0 ? null : Math.round((passes * 100) / attempts) };
}

/** Condition articles (not archived) whose next review is past or within REVIEW_DUE_DAYS, the most overdue first. */
async function listReviewDue(): Promise<ReviewDueRow[]> {
  const rows = await db.execute<{ id: number; slug: string; title: string; status: string; next_review_due: string; is_overdue: boolean }>(sql`
    select id, slug, title, status, next_review_due::text, next_review_due < current_date as is_overdue
    from posts
    where kind = 'condition' and status <> 'archived' and next_review_due is not null
      and next_review_due <= current_date + ${REVIEW_DUE_DAYS}::int
    order by next_review_due, id
    limit ${REVIEW_DUE_LIMIT}`);
  return rows.map((r) => ({ id: r.id, slug: r.slug, title: r.title, status: r.status, nextReviewDue: r.next_review_due, isOverdue: r.is_overdue }));
}

/** What the dashboard shows this role (panels it may not see are null). */
export async function getDashboard(viewer: { id: number; role: Role }): Promise<Dashboard> {
  const isEditor = can(viewer.role, 'posts.publish');
  const seesCme = can(viewer.role, 'cme.manage');
  const seesUsers = can(viewer.role, 'users.manage');
  const scope = isEditor ? 'review' : 'own';
  const [published, drafts, viewsPerDay, users, cmeResults, cmeActivities, reviewDue] = await Promise.all([
    countPublished(),
    listDrafts(scope, viewer.id),
    listViewsPerDay(),
    seesUsers ? countUsersByStatus() : null,
    seesCme ? countCmeResults() : null,
    seesCme ? summariseCmeActivities() : null,
    isEditor ? listReviewDue() : null,
  ]);
  return {
    published,
    drafts: { scope, rows: drafts },
    viewsPerDay,
    users,
    cme: cmeResults && cmeActivities ? { last30Days: cmeResults, activities: cmeActivities } : null,
    reviewDue,
  };
}
