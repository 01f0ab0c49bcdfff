import 'server-only';
import { and, count, desc, eq, ilike, ne, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '@/lib/audit';
import type { Viewer } from '@/lib/auth/session';
import { revalidateContent } from '@/lib/content/revalidate';
import { db, type Executor } from '@/lib/db/client';
import { specialties, videos, videoSeries, VIDEO_PROVIDERS } from '@/lib/db/schema';
import {
  ADMIN_PAGE_SIZE,
  applyTransition,
  changedFields,
  conflictState,
  containsPattern,
  fieldError,
  fieldErrors,
  idField,
  isHttpUrl,
  isUniqueViolation,
  optionalId,
  optionalText,
  slugField,
  slugFromTitle,
  specialtyField,
  versionField,
  withFieldRules,
  type EditableStatus,
  type ListFilter,
} from './editing';
import { lastEditorName, type SaveResult } from './events';
import { getRevision, recordRevision } from './revisions';

/*
 * Staff editing of videos (as events: optimistic lock, revision and audit row per save, status
 * transitions, restore) and of video series. A series has no status and no version column, so
 * it is kept simple: create and edit with an audit row and a revision (numbered by count), no
 * locking: the last save wins.
 */

export const VIDEO_FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  slug: 'Slug',
  summary: 'Summary',
  body: 'Notes',
  specialtyId: 'Specialty',
  provider: 'Provider',
  providerVideoId: 'Video id',
  fileUrl: 'File address',
  duration: 'Duration',
  speaker: 'Speaker',
  seriesId: 'Series',
  partNumber: 'Part number',
  transcript: 'Transcript',
  access: 'Access',
  coverImageId: 'Cover image',
  coverImageAlt: 'Cover image text',
};

/** The id shape the public player accepts (lib/content/videos.ts toVideoEmbed). */
const PROVIDER_ID_SHAPE = /^[A-Za-z0-9_-]{1,64}$/;

/** A hosted video's id from what an editor pastes: the id itself or the video's address. */
export function providerIdFrom(provider: 'youtube' | 'vimeo', text: string): string {
  const value = text.trim();
  if (!isHttpUrl(value)) return value;
  const url = new URL(value);
  const host = url.hostname.replace(/^www\./, '');
  if (provider === 'youtube') {
    if (host === 'youtu.be') return url.pathname.slice(1);
    if (host.endsWith('youtube.com') || host.endsWith('youtube-nocookie.com')) {
      return url.searchParams.get('v') ?? url.pathname.split('/').filter(Boolean).at(-1) ?? value;
    }
  }
  if (provider === 'vimeo' && host.endsWith('vimeo.com')) return url.pathname.split('/').filter(Boolean).at(-1) ?? value;
  return value;
}

/** "1:02:03", "12:30" or "95" (seconds) → seconds; null when blank; NaN when malformed. */
export function parseDuration(text: string): number | null {
  const value = text.trim();
  if (!value) return null;
  if (!/^\d{1,5}(:\d{1,2}){0,2}$/.test(value)) return Number.NaN;
  const parts = value.split(':').map(Number);
  if (parts.slice(1).some((part) => part > 59)) return Number.NaN;
  return parts.reduce((total, part) => total * 60 + part, 0);
}

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

export const VideoFields = withFieldRules(
  z.object({
    title: z.string().trim().min(1, 'Enter a title.').max(200, 'At most 200 characters.'),
    slug: slugField,
    summary: z.string().trim().min(1, 'Enter a summary.').max(500, 'At most 500 characters.'),
    body: z.string().max(20_000).default(''),
    specialtyId: specialtyField,
    provider: z.enum(VIDEO_PROVIDERS, { message: 'Choose YouTube, Vimeo or a file.' }),
    providerVideoId: z.string().trim().max(2000).default(''),
    fileUrl: z.string().trim().max(2000).default(''),
    duration: z.string().default(''),
    speaker: optionalText(200),
    seriesId: optionalId('Choose a series from the list.'),
    partNumber: z.string().trim().default(''),
    transcript: z.string().max(20_000).optional().transform((value) => (value?.trim() ? value : null)),
    access: z.enum(['public', 'members'], { message: 'Choose who may watch it.' }),
    coverImageId: optionalId('Choose an uploaded image.'),
    coverImageAlt: optionalText(300),
  }),
  (fields, rules) => {
    let providerVideoId: string | null = null;
    let fileUrl: string | null = null;
    if (rules.isValid('provider', 'fileUrl') && fields.provider === 'file') {
      const url = fields.fileUrl;
      const isSitePath = url.startsWith('/') && !url.startsWith('//');
      if (!url) rules.issue('fileUrl', 'Enter the video file’s address.');
      else if (!isSitePath && !isHttpUrl(url)) rules.issue('fileUrl', 'Enter an address that starts with https:// or http://, or a path on this site such as /media/talk.mp4.');
      else fileUrl = url;
    } else if (rules.isValid('provider', 'providerVideoId') && fields.provider !== 'file') {
      const id = providerIdFrom(fields.provider, fields.providerVideoId);
      if (!id) rules.issue('providerVideoId', 'Enter the video’s id or its address.');
      else if (!PROVIDER_ID_SHAPE.test(id)) rules.issue('providerVideoId', 'This is not a video id: use letters, digits, - and _ only (such as dQw4w9WgXcQ), or paste the video’s address.');
      else providerVideoId = id;
    }
    const durationSeconds = rules.isValid('duration') ? parseDuration(fields.duration) : null;
    if (Number.isNaN(durationSeconds) || durationSeconds === 0) rules.issue('duration', 'Enter the length as minutes:seconds (12:30) or hours:minutes:seconds (1:02:03).');
    let partNumber: number | null = null;
    if (rules.isValid('partNumber') && fields.partNumber) {
      partNumber = /^[1-9][0-9]{0,3}$/.test(fields.partNumber) ? Number(fields.partNumber) : null;
      if (partNumber === null) rules.issue('partNumber', 'Enter a whole number from 1.');
      else if (rules.isValid('seriesId') && fields.seriesId === null) rules.issue('partNumber', 'A part number needs a series: choose one, or leave the part blank.');
    }
    if (rules.isValid('coverImageId', 'coverImageAlt') && fields.coverImageAlt === null && fields.coverImageId !== null) {
      rules.issue('coverImageAlt', 'Describe the cover image for readers who cannot see it.');
    }
    const { title, slug, summary, body, specialtyId, provider, speaker, seriesId, transcript, access, coverImageId, coverImageAlt } = fields;
    return { title, slug, summary, body, specialtyId, provider, speaker, seriesId, transcript, access, coverImageId, coverImageAlt, providerVideoId, fileUrl, durationSeconds: Number.isNaN(durationSeconds) ? null : durationSeconds, partNumber };
  },
);

export const CreateVideoInput = VideoFields;
export const SaveVideoInput = z.intersection(z.object({ id: idField, version: versionField }), VideoFields);
export type VideoInput = z.infer<typeof VideoFields>;
type VideoRow = typeof videos.$inferSelect;

export function videoFormFields(row: VideoRow): Record<string, string> {
  return {
    title: row.title,
    slug: row.slug,
    summary: row.summary,
    body: row.body,
    specialtyId: row.specialtyId ? String(row.specialtyId) : '',
    provider: row.provider,
    providerVideoId: row.providerVideoId ?? '',
    fileUrl: row.fileUrl ?? '',
    duration: formatDuration(row.durationSeconds),
    speaker: row.speaker ?? '',
    seriesId: row.seriesId ? String(row.seriesId) : '',
    partNumber: row.partNumber ? String(row.partNumber) : '',
    transcript: row.transcript ?? '',
    access: row.access,
    coverImageId: row.coverImageId ? String(row.coverImageId) : '',
    coverImageAlt: row.coverImageAlt ?? '',
  };
}

function columnsOf(input: VideoInput, slug: string) {
  return {
    title: input.title,
    slug,
    summary: input.summary,
    body: input.body,
    specialtyId: input.specialtyId,
    provider: input.provider,
    providerVideoId: input.providerVideoId,
    fileUrl: input.fileUrl,
    durationSeconds: input.durationSeconds,
    speaker: input.speaker,
    seriesId: input.seriesId,
    partNumber: input.partNumber,
    transcript: input.transcript,
    access: input.access,
    coverImageId: input.coverImageId,
    coverImageAlt: input.coverImageAlt,
  };
}

export type VideoListItem = { id: number; title: string; status: EditableStatus; provider: string; seriesTitle: string | null; partNumber: number | null; updatedAt: Date };

export async function listVideosForAdmin(filter: ListFilter): Promise<{ items: VideoListItem[]; total: number; page: number; totalPages: number }> {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(videos.status, filter.status));
  if (filter.q) conditions.push(ilike(videos.title, containsPattern(filter.q)));
  const where = conditions.length ? and(...conditions) : undefined;
  const [[total], items] = await Promise.all([
    db.select({ n: count() }).from(videos).where(where),
    db
      .select({
        id: videos.id,
        title: videos.title,
        status: videos.status,
        provider: videos.provider,
        seriesTitle: videoSeries.title,
        partNumber: videos.partNumber,
        updatedAt: videos.updatedAt,
      })
      .from(videos)
      .leftJoin(videoSeries, eq(videoSeries.id, videos.seriesId))
      .where(where)
      .orderBy(desc(videos.updatedAt), desc(videos.id))
      .limit(ADMIN_PAGE_SIZE)
      .offset((filter.page - 1) * ADMIN_PAGE_SIZE),
  ]);
  const n = total?.n ?? 0;
  return { items, total: n, page: filter.page, totalPages: Math.max(1, Math.ceil(n / ADMIN_PAGE_SIZE)) };
}

export type EditableVideo = { id: number; version: number; status: EditableStatus; publishedAt: Date | null; slug: string; fields: Record<string, string> };

export async function getVideoForEdit(id: number, executor: Executor = db): Promise<EditableVideo | null> {
  const [row] = await executor.select().from(videos).where(eq(videos.id, id)).limit(1);
  return row ? { id: row.id, version: row.version, status: row.status, publishedAt: row.publishedAt, slug: row.slug, fields: videoFormFields(row) } : null;
}

const SLUG_TAKEN = 'Another video already has this slug: choose another.';
const PART_TAKEN = 'Another video is already this part of the series: choose another number.';

/** The field a unique violation is about, with its message, or null. */
function uniqueProblem(error: unknown): { field: string; message: string } | null {
  if (isUniqueViolation(error, 'videos_slug_unique')) return { field: 'slug', message: SLUG_TAKEN };
  if (isUniqueViolation(error, 'videos_series_part_key')) return { field: 'partNumber', message: PART_TAKEN };
  return null;
}

/** What the database refuses before the save is tried: a taken slug and a taken part, both at once. */
async function precheck(input: VideoInput, slug: string, exceptId: number | null): Promise<Record<string, string[]> | null> {
  const notThis = exceptId === null ? undefined : ne(videos.id, exceptId);
  const problems: Record<string, string[]> = {};
  const [slugRow] = await db.select({ id: videos.id }).from(videos).where(and(eq(videos.slug, slug), notThis)).limit(1);
  if (slugRow) problems.slug = [SLUG_TAKEN];
  if (input.seriesId !== null && input.partNumber !== null) {
    const [partRow] = await db
      .select({ id: videos.id })
      .from(videos)
      .where(and(eq(videos.seriesId, input.seriesId), eq(videos.partNumber, input.partNumber), notThis))
      .limit(1);
    if (partRow) problems.partNumber = [PART_TAKEN];
  }
  return Object.keys(problems).length ? problems : null;
}

export async function createVideo(viewer: Pick<Viewer, 'id'>, input: VideoInput, values: Record<string, string>): Promise<SaveResult> {
  const slug = input.slug || slugFromTitle(input.title);
  const kept = { ...values, slug };
  const problems = await precheck(input, slug, null);
  if (problems) return fieldErrors(problems, kept);
  try {
    const id = await db.transaction(async (tx) => {
      const [row] = await tx.insert(videos).values({ ...columnsOf(input, slug), status: 'draft', authorId: viewer.id }).returning();
      await recordRevision(tx, { itemType: 'video', itemId: row!.id, version: row!.version, snapshot: videoFormFields(row!), editorId: viewer.id, note: 'Created' });
      await audit(tx, { actorId: viewer.id, action: 'video.create', subjectType: 'video', subjectId: row!.id, details: { title: row!.title, status: 'draft' } });
      return row!.id;
    });
    return { status: 'ok', message: 'The video was created as a draft.', id };
  } catch (error) {
    const unique = uniqueProblem(error);
    if (unique) return fieldError(unique.field, unique.message, kept);
    throw error;
  }
}

async function slugsOf(row: VideoRow): Promise<{ specialtySlug: string | null; seriesSlug: string | null }> {
  const [specialty] = row.specialtyId ? await db.select({ slug: specialties.slug }).from(specialties).where(eq(specialties.id, row.specialtyId)) : [];
  const [series] = row.seriesId ? await db.select({ slug: videoSeries.slug }).from(videoSeries).where(eq(videoSeries.id, row.seriesId)) : [];
  return { specialtySlug: specialty?.slug ?? null, seriesSlug: series?.slug ?? null };
}

async function revalidateVideo(after: VideoRow, before?: VideoRow) {
  const now = await slugsOf(after);
  const then = before ? await slugsOf(before) : null;
  revalidateContent({ kind: 'video', slug: after.slug, ...now, previous: before && then ? { slug: before.slug, ...then } : undefined });
}

export async function saveVideo(
  viewer: Pick<Viewer, 'id'>,
  input: VideoInput & { id: number; version: number },
  values: Record<string, string>,
  note = 'Edited',
): Promise<SaveResult> {
  const slug = input.slug || slugFromTitle(input.title);
  const kept = { ...values, slug };
  const problems = await precheck(input, slug, input.id);
  if (problems) return fieldErrors(problems, kept);
  let outcome: { before: VideoRow; after: VideoRow } | SaveResult;
  try {
    outcome = await db.transaction(async (tx) => {
      const [before] = await tx.select().from(videos).where(eq(videos.id, input.id)).limit(1);
      if (!before) return { status: 'error', message: 'This video no longer exists.' } satisfies SaveResult;
      const [after] = await tx
        .update(videos)
        .set({ ...columnsOf(input, slug), version: sql`${videos.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(videos.id, input.id), eq(videos.version, input.version)))
        .returning();
      if (!after) {
        const current = (await getVideoForEdit(input.id, tx))!;
        const savedBy = await lastEditorName(tx, 'video', input.id, current.version);
        return conflictState({ version: current.version, savedBy, savedAt: before.updatedAt, fields: current.fields }, kept);
      }
      const snapshot = videoFormFields(after);
      await recordRevision(tx, { itemType: 'video', itemId: after.id, version: after.version, snapshot, editorId: viewer.id, note });
      await audit(tx, {
        actorId: viewer.id,
        action: note === 'Edited' ? 'video.update' : 'video.restore',
        subjectType: 'video',
        subjectId: after.id,
        details: { fields: changedFields(videoFormFields(before), snapshot), version: after.version },
      });
      return { before, after };
    });
  } catch (error) {
    const unique = uniqueProblem(error);
    if (unique) return fieldError(unique.field, unique.message, kept);
    throw error;
  }
  if (!('after' in outcome)) return outcome;
  const { before, after } = outcome;
  if (after.status === 'published' || after.status === 'scheduled') await revalidateVideo(after, before);
  return { status: 'ok', message: `Saved as version ${after.version}.`, id: after.id, values: { ...videoFormFields(after), version: String(after.version) } };
}

export async function transitionVideo(
  viewer: Pick<Viewer, 'id'>,
  input: { id: number; version: number; transition: 'publish' | 'schedule' | 'unpublish' | 'archive'; publishAt: Date | null },
): Promise<SaveResult> {
  const outcome: { before: VideoRow; after: VideoRow } | SaveResult = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(videos).where(eq(videos.id, input.id)).limit(1);
    if (!before) return { status: 'error', message: 'This video no longer exists.' } satisfies SaveResult;
    const stale = { status: 'error', message: 'This video was changed since you opened it. Reload the page to see the saved version, then try again.' } satisfies SaveResult;
    if (before.version !== input.version) return stale;
    const next = applyTransition(before, input.transition, input.publishAt);
    if ('error' in next) return { status: 'error', message: next.error, fieldErrors: next.field ? { [next.field]: [next.error] } : undefined } satisfies SaveResult;
    const [after] = await tx
      .update(videos)
      .set({ status: next.status, publishedAt: next.publishedAt, version: sql`${videos.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(videos.id, input.id), eq(videos.version, input.version)))
      .returning();
    if (!after) return stale;
    await recordRevision(tx, { itemType: 'video', itemId: after.id, version: after.version, snapshot: videoFormFields(after), editorId: viewer.id, note: `Status: ${before.status} → ${after.status}` });
    await audit(tx, {
      actorId: viewer.id,
      action: `video.${input.transition}`,
      subjectType: 'video',
      subjectId: after.id,
      details: { from: before.status, to: after.status, publishedAt: after.publishedAt?.toISOString() ?? null },
    });
    return { before, after };
  });
  if (!('after' in outcome)) return outcome;
  await revalidateVideo(outcome.after);
  return { status: 'ok', message: `The video is now ${outcome.after.status}.`, id: outcome.after.id };
}

export async function restoreVideoRevision(viewer: Pick<Viewer, 'id'>, input: { id: number; version: number; revision: number }): Promise<SaveResult> {
  const revision = await getRevision('video', input.id, input.revision);
  if (!revision) return { status: 'error', message: 'That revision does not exist.' };
  const fields = Object.fromEntries(Object.entries(revision.snapshot).map(([key, value]) => [key, value == null ? '' : String(value)]));
  const parsed = VideoFields.safeParse(fields);
  if (!parsed.success) return { status: 'error', message: 'That revision cannot be restored as it stands: open it in the editor and correct it instead.' };
  const result = await saveVideo(viewer, { ...parsed.data, id: input.id, version: input.version }, fields, `Restored version ${input.revision}`);
  // A part number taken since then, for example: say so on the revision's page.
  if (result.status === 'error' && result.fieldErrors && !result.conflict) {
    return { status: 'error', message: `That revision cannot be restored: ${Object.values(result.fieldErrors).flat().join(' ')}` };
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Series: no status; a save names the version it started from, like every other kind.

export const SERIES_FIELD_LABELS: Record<string, string> = { title: 'Title', slug: 'Slug', summary: 'Summary', specialtyId: 'Specialty' };

export const SeriesFields = z.object({
  title: z.string().trim().min(1, 'Enter a title.').max(200, 'At most 200 characters.'),
  slug: slugField,
  summary: z.string().trim().max(1000, 'At most 1,000 characters.').default(''),
  specialtyId: specialtyField,
});
export const SaveSeriesInput = z.intersection(z.object({ id: idField, version: versionField }), SeriesFields);
export type SeriesInput = z.infer<typeof SeriesFields>;
type SeriesRow = typeof videoSeries.$inferSelect;

function seriesFormFields(row: SeriesRow): Record<string, string> {
  return { title: row.title, slug: row.slug, summary: row.summary, specialtyId: row.specialtyId ? String(row.specialtyId) : '' };
}

export type SeriesListItem = { id: number; title: string; slug: string; parts: number; updatedAt: Date };

export async function listSeriesForAdmin(filter: ListFilter): Promise<{ items: SeriesListItem[]; total: number; page: number; totalPages: number }> {
  const where = filter.q ? ilike(videoSeries.title, containsPattern(filter.q)) : undefined;
  const [[total], items] = await Promise.all([
    db.select({ n: count() }).from(videoSeries).where(where),
    db
      .select({
        id: videoSeries.id,
        title: videoSeries.title,
        slug: videoSeries.slug,
        parts: sql<number>`(select count(*)::int from ${videos} where ${videos.seriesId} = ${videoSeries.id})`,
        updatedAt: videoSeries.updatedAt,
      })
      .from(videoSeries)
      .where(where)
      .orderBy(desc(videoSeries.updatedAt), desc(videoSeries.id))
      .limit(ADMIN_PAGE_SIZE)
      .offset((filter.page - 1) * ADMIN_PAGE_SIZE),
  ]);
  const n = total?.n ?? 0;
  return { items, total: n, page: filter.page, totalPages: Math.max(1, Math.ceil(n / ADMIN_PAGE_SIZE)) };
}

export async function getSeriesForEdit(id: number, executor: Executor = db): Promise<{ id: number; slug: string; version: number; fields: Record<string, string> } | null> {
  const [row] = await executor.select().from(videoSeries).where(eq(videoSeries.id, id)).limit(1);
  return row ? { id: row.id, slug: row.slug, version: row.version, fields: seriesFormFields(row) } : null;
}

const SERIES_SLUG_TAKEN = 'Another series already has this slug: choose another.';

/** Creates (no id) or saves a series, with a revision and an audit row; a reader-visible page changes when it has published parts. */
export async function saveSeries(viewer: Pick<Viewer, 'id'>, input: SeriesInput & { id?: number; version?: number }, values: Record<string, string>): Promise<SaveResult> {
  const slug = input.slug || slugFromTitle(input.title);
  const kept = { ...values, slug };
  const exceptId = input.id ?? null;
  const [taken] = await db
    .select({ id: videoSeries.id })
    .from(videoSeries)
    .where(exceptId === null ? eq(videoSeries.slug, slug) : and(eq(videoSeries.slug, slug), ne(videoSeries.id, exceptId)))
    .limit(1);
  if (taken) return fieldError('slug', SERIES_SLUG_TAKEN, kept);
  const columns = { title: input.title, slug, summary: input.summary, specialtyId: input.specialtyId };
  let outcome: { before: SeriesRow | null; after: SeriesRow } | SaveResult | null;
  try {
    outcome = await db.transaction(async (tx) => {
      const [before] = exceptId === null ? [null] : await tx.select().from(videoSeries).where(eq(videoSeries.id, exceptId)).limit(1);
      if (before === undefined) return null;
      const [after] = before
        ? await tx
            .update(videoSeries)
            .set({ ...columns, version: sql`${videoSeries.version} + 1`, updatedAt: sql`now()` })
            .where(and(eq(videoSeries.id, before.id), eq(videoSeries.version, input.version ?? 0)))
            .returning()
        : await tx.insert(videoSeries).values(columns).returning();
      if (!after) {
        // Saved by someone else since this form was opened: nothing is overwritten.
        const current = (await getSeriesForEdit(before!.id, tx))!;
        const savedBy = await lastEditorName(tx, 'video_series', before!.id, current.version);
        return conflictState({ version: current.version, savedBy, savedAt: before!.updatedAt, fields: current.fields }, kept);
      }
      const snapshot = seriesFormFields(after);
      await recordRevision(tx, { itemType: 'video_series', itemId: after.id, version: after.version, snapshot, editorId: viewer.id, note: before ? 'Edited' : 'Created' });
      await audit(tx, {
        actorId: viewer.id,
        action: before ? 'video_series.update' : 'video_series.create',
        subjectType: 'video_series',
        subjectId: after.id,
        details: before ? { fields: changedFields(seriesFormFields(before), snapshot), version: after.version } : { title: after.title },
      });
      return { before, after };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'video_series_slug_unique')) return fieldError('slug', SERIES_SLUG_TAKEN, kept);
    throw error;
  }
  if (!outcome) return { status: 'error', message: 'This series no longer exists.' };
  if (!('after' in outcome)) return outcome;
  const { before, after } = outcome;
  if (before) {
    // Its page and each published part's page show the series' title.
    const parts = await db.select().from(videos).where(and(eq(videos.seriesId, after.id), sql`${videos.status} in ('published', 'scheduled')`));
    for (const part of parts.slice(0, 50)) await revalidateVideo(part, { ...part, seriesId: part.seriesId });
    if (before.slug !== after.slug && parts[0]) revalidateContent({ kind: 'video', slug: parts[0].slug, seriesSlug: before.slug });
  }
  return { status: 'ok', message: before ? 'The series was saved.' : 'The series was created.', id: after.id, values: { ...seriesFormFields(after), version: String(after.version) } };
}
