import 'server-only';
import { and, asc, count, desc, eq, gt, lte, sql, type Placeholder, type SQL } from 'drizzle-orm';
import { cache } from 'react';
import { renderMarkdown } from '@/lib/content/markdown';
import { paginate, type Paged } from '@/lib/content/pagination';
import { isSlug } from '@/lib/content/slug';
import { toSpecialtyRef, type SpecialtyRef } from '@/lib/content/specialties';
import { db, preparedOnce, type Database } from '@/lib/db/client';
import { cmeActivities, cmeQuestions, specialties } from '@/lib/db/schema';
import { siteUrl } from '@/lib/env';
import { canReadCmeContent, type CmeReader } from './access';
import type { CmeContent, CmeListItem, CmeProgress, CmeTeaser } from './types';

/*
 * Reading CME: the list, the public teaser and, for a signed-in doctor, the full content with
 * their progress. What leaves the database is chosen here, column by column: the list and the
 * teaser never select the body, the video address or the questions, so a cached page built
 * from them cannot hold what it never had. The content asks canReadCmeContent (lib/cme/access.ts)
 * before and after it reads.
 *
 * "Current" is published, released (release date today or before) and not expired (expiry date
 * after today); "archive" is published, released and expired. Dates are calendar dates in UTC,
 * as cmeTestRefusal compares them.
 */

export type { CmeReader };

/**
 * Addresses under /cme that are pages of their own, not activities: an activity with one of
 * these slugs would be hidden behind the page (Next prefers a named folder to [slug]). The
 * admin's form refuses them (isReservedCmeSlug), middleware.ts never rewrites them, and a test
 * holds this list against app/(site)/cme's folders and the seed.
 */
export const RESERVED_CME_SLUGS = ['archive', 'page', 'specialty', 'verify', 'certificates'] as const;

export function isReservedCmeSlug(slug: string): boolean {
  return (RESERVED_CME_SLUGS as readonly string[]).includes(slug);
}

/** Today's calendar date in UTC, YYYY-MM-DD: the day activities are current or expired on. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export const CME_PAGE_SIZE = 20;

const listColumns = {
  id: cmeActivities.id,
  slug: cmeActivities.slug,
  title: cmeActivities.title,
  summary: cmeActivities.summary,
  specialtySlug: specialties.slug,
  specialtyName: specialties.name,
  format: cmeActivities.format,
  credits: cmeActivities.credits,
  releaseDate: cmeActivities.releaseDate,
  expiryDate: cmeActivities.expiryDate,
};

// Everything anyone may see. Not the body, the video or the questions: only how many there are.
const teaserColumns = {
  ...listColumns,
  objectives: cmeActivities.objectives,
  accreditationStatement: cmeActivities.accreditationStatement,
  faculty: cmeActivities.faculty,
  passMark: cmeActivities.passMark,
  questionCount: sql<number>`(select count(*)::int from ${cmeQuestions} where ${cmeQuestions.activityId} = ${cmeActivities.id})`,
};

type ListRow = { [K in keyof typeof listColumns]: unknown } & {
  slug: string;
  title: string;
  summary: string;
  specialtySlug: string | null;
  specialtyName: string | null;
  format: CmeListItem['format'];
  credits: string;
  releaseDate: string;
  expiryDate: string;
};

function toListItem(row: ListRow): CmeListItem {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    specialty: toSpecialtyRef(row.specialtySlug, row.specialtyName),
    format: row.format,
    credits: row.credits,
    releaseDate: row.releaseDate,
    expiryDate: row.expiryDate,
  };
}

/** Published and released: what the public may know exists. */
function isReleased(today: string | Placeholder): SQL {
  return and(eq(cmeActivities.status, 'published'), lte(cmeActivities.releaseDate, today)) as SQL;
}

/** The current list, or the archive's. */
function inTab(archive: boolean, today: string): SQL {
  const expiry = archive ? lte(cmeActivities.expiryDate, today) : gt(cmeActivities.expiryDate, today);
  return and(isReleased(today), expiry) as SQL;
}

function inSpecialty(specialty: string | null): SQL | undefined {
  return specialty === null ? undefined : eq(specialties.slug, specialty);
}

/**
 * A page of /cme (current activities, newest release first) or of its archive (most recently
 * expired first), optionally in one specialty. An unknown specialty is an empty list; the page
 * checks the specialty exists to answer 404.
 */
export async function listCmeActivities(params: { specialty: string | null; archive: boolean; page: number }): Promise<Paged<CmeListItem>> {
  const today = todayUtc();
  const where = and(inTab(params.archive, today), inSpecialty(params.specialty));
  const order = params.archive
    ? [desc(cmeActivities.expiryDate), desc(cmeActivities.id)]
    : [desc(cmeActivities.releaseDate), desc(cmeActivities.id)];
  return paginate(
    { page: params.page, asOf: new Date() },
    {
      count: async () => {
        const [row] = await db
          .select({ n: count() })
          .from(cmeActivities)
          .leftJoin(specialties, eq(cmeActivities.specialtyId, specialties.id))
          .where(where);
        return row?.n ?? 0;
      },
      rows: async ({ limit, offset }) => {
        const rows = await db
          .select(listColumns)
          .from(cmeActivities)
          .leftJoin(specialties, eq(cmeActivities.specialtyId, specialties.id))
          .where(where)
          .orderBy(...order)
          .limit(limit)
          .offset(offset);
        return rows.map(toListItem);
      },
    },
    CME_PAGE_SIZE,
  );
}

/** The specialties that have activities in a tab, with how many: the filter's choices. */
export async function listCmeSpecialties(archive: boolean): Promise<Array<SpecialtyRef & { count: number }>> {
  return db
    .select({ slug: specialties.slug, name: specialties.name, count: count() })
    .from(cmeActivities)
    .innerJoin(specialties, eq(cmeActivities.specialtyId, specialties.id))
    .where(inTab(archive, todayUtc()))
    .groupBy(specialties.id, specialties.slug, specialties.name)
    .orderBy(asc(specialties.name));
}

type TeaserRow = ListRow & {
  id: number;
  objectives: string[];
  accreditationStatement: string;
  faculty: CmeTeaser['faculty'];
  passMark: number;
  questionCount: number;
};

function toTeaser(row: TeaserRow, today: string): CmeTeaser {
  return {
    ...toListItem(row),
    objectives: row.objectives,
    accreditationStatement: row.accreditationStatement,
    faculty: row.faculty,
    passMark: row.passMark,
    questionCount: Number(row.questionCount),
    isExpired: row.expiryDate <= today,
  };
}

/**
 * What anyone may see of a published, released activity (expired ones too: the archive links
 * here), or null. Shared by the page and its metadata within a render.
 */
export const getCmeTeaser = cache(async function getCmeTeaser(slug: string): Promise<CmeTeaser | null> {
  if (!isSlug(slug) || isReservedCmeSlug(slug)) return null;
  const today = todayUtc();
  const [row] = await db
    .select(teaserColumns)
    .from(cmeActivities)
    .leftJoin(specialties, eq(cmeActivities.specialtyId, specialties.id))
    .where(and(eq(cmeActivities.slug, slug), isReleased(today)))
    .limit(1);
  return row ? toTeaser(row as TeaserRow, today) : null;
});

/**
 * The full activity and the reader's progress, or null: for anyone canReadCmeContent does not
 * open it to (no reader, a deactivated account, a draft), and for an unknown slug. The body is
 * read only once the reader is known to be one who could read a published activity.
 */
/**
 * The statement behind getCmeContent, built once per pool (a doctor's every view runs it; its
 * subqueries cost PostgreSQL more to plan than to run, and drizzle more to assemble than either).
 * Placeholders: slug, today (YYYY-MM-DD), userId, now (an ISO timestamp).
 */
function cmeContentQuery(database: Database) {
  return database
    .select({
      ...teaserColumns,
      status: cmeActivities.status,
      body: cmeActivities.body,
      version: cmeActivities.version,
      updatedAt: cmeActivities.updatedAt,
      videoUrl: cmeActivities.videoUrl,
      maxAttempts: cmeActivities.maxAttempts,
      attemptWindowHours: cmeActivities.attemptWindowHours,
      // The reader's progress in the same statement: one round trip for the page.
      ...progressColumns(sql.placeholder('userId'), sql.raw('cme_activities.id'), sql.raw('cme_activities.attempt_window_hours'), sql.placeholder('now')),
    })
    .from(cmeActivities)
    .leftJoin(specialties, eq(cmeActivities.specialtyId, specialties.id))
    .where(and(eq(cmeActivities.slug, sql.placeholder('slug')), isReleased(sql.placeholder('today'))))
    .limit(1)
    .prepare('cme_content');
}

export async function getCmeContent(
  slug: string,
  reader: CmeReader,
): Promise<{ content: CmeContent; progress: CmeProgress } | null> {
  if (!canReadCmeContent({ status: 'published' }, reader) || !isSlug(slug) || isReservedCmeSlug(slug)) return null;
  const now = new Date();
  const today = todayUtc(now);
  const [row] = await preparedOnce('cme_content', cmeContentQuery).execute({ slug, today, userId: reader!.id, now: now.toISOString() });
  if (!row || !canReadCmeContent(row, reader)) return null;
  const content: CmeContent = { ...toTeaser(row as TeaserRow, today), bodyHtml: renderBody(row), videoUrl: row.videoUrl };
  return { content, progress: toProgress(row, { maxAttempts: row.maxAttempts, attemptWindowHours: row.attemptWindowHours }) };
}

/**
 * Where a doctor stands on an activity, as columns of a select: correlated subqueries over
 * their attempts and certificate, so the page's activity query reads them in the same
 * statement. `activityId` and `windowHours` are SQL (a column of the outer query, or a value).
 */
function progressColumns(userId: number | Placeholder, activityId: SQL, windowHours: SQL, now: string | Placeholder) {
  const mine = sql`a.user_id = ${userId} and a.activity_id = ${activityId}`;
  const inWindow = sql`a.submitted_at > ${now}::timestamptz - make_interval(hours => ${windowHours})`;
  const certificate = sql`c.user_id = ${userId} and c.activity_id = ${activityId}`;
  return {
    attemptsTotal: sql<number>`(select count(*)::int from cme_attempts a where ${mine})`,
    attemptsInWindow: sql<number>`(select count(*)::int from cme_attempts a where ${mine} and ${inWindow})`,
    oldestInWindow: sql<string | null>`(select min(a.submitted_at) from cme_attempts a where ${mine} and ${inWindow})`,
    hasPassed: sql<boolean>`exists (select 1 from cme_attempts a where ${mine} and a.is_passed)`,
    certificateCode: sql<string | null>`(select c.code from cme_certificates c where ${certificate})`,
    isEvaluated: sql<boolean>`exists (select 1 from cme_evaluations e join cme_certificates c on c.id = e.certificate_id where ${certificate})`,
  };
}

type ProgressRow = {
  attemptsTotal: number | string;
  attemptsInWindow: number | string;
  oldestInWindow: string | Date | null;
  hasPassed: boolean;
  certificateCode: string | null;
  isEvaluated: boolean;
};

/**
 * Passed (a certificate), in progress (an attempt, none passed) or not started; the attempts
 * made within the activity's window against its limit, and when the next one is allowed once
 * the limit is used up.
 */
function toProgress(row: ProgressRow, limits: { maxAttempts: number; attemptWindowHours: number }): CmeProgress {
  const total = Number(row.attemptsTotal);
  const inWindow = Number(row.attemptsInWindow);
  const certificateCode = row.certificateCode;
  const isPassed = certificateCode !== null || row.hasPassed;
  const oldest = row.oldestInWindow ? new Date(row.oldestInWindow) : null;
  return {
    state: isPassed ? 'passed' : total > 0 ? 'in_progress' : 'not_started',
    attemptsInWindow: inWindow,
    maxAttempts: limits.maxAttempts,
    nextAttemptAt:
      !isPassed && inWindow >= limits.maxAttempts && oldest ? new Date(oldest.getTime() + limits.attemptWindowHours * 3_600_000) : null,
    certificateCode,
    isEvaluated: certificateCode !== null && row.isEvaluated,
  };
}

/** A doctor's progress on one activity (getCmeContent reads it with the content instead). */
export async function getCmeProgress(
  userId: number,
  activityId: number,
  limits: { maxAttempts: number; attemptWindowHours: number },
  now: Date = new Date(),
): Promise<CmeProgress> {
  const [row] = await db
    .select(progressColumns(userId, sql`${activityId}::int`, sql`${limits.attemptWindowHours}::int`, now.toISOString()))
    .from(sql`(select 1) as one`);
  return toProgress(row!, limits);
}

/*
 * An activity's body rendered to HTML, kept per activity and edit: every doctor reading it gets
 * the same HTML, so it is made once, not on every request. Only getCmeContent, after the gate,
 * reads it. Bounded: the oldest entry goes first.
 */
const renderedBodies = new Map<string, string>();
const MAX_RENDERED_BODIES = 200;

function renderBody(activity: { id: number; version: number; updatedAt: Date; body: string }): string {
  const key = `${activity.id}:${activity.version}:${activity.updatedAt.getTime()}`;
  const kept = renderedBodies.get(key);
  if (kept !== undefined) return kept;
  const { html } = renderMarkdown(activity.body, { siteOrigin: siteUrl() });
  if (renderedBodies.size >= MAX_RENDERED_BODIES) renderedBodies.delete(renderedBodies.keys().next().value!);
  renderedBodies.set(key, html);
  return html;
}

/** The public teasers for the sitemap: published and released, current and archived. */
export async function listCmeSitemapEntries(): Promise<Array<{ slug: string; lastModified: Date }>> {
  return db
    .select({ slug: cmeActivities.slug, lastModified: cmeActivities.updatedAt })
    .from(cmeActivities)
    .where(isReleased(todayUtc()))
    .orderBy(desc(cmeActivities.releaseDate), desc(cmeActivities.id));
}
