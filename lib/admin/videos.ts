import 'server-only';
import { and, count, desc, eq, ilike, ne, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { revalidateContent } from '@/lib/content/revalidate';
import { db } from '@/lib/db/client';
import { videos, videoSeries, VIDEO_PROVIDERS } from '@/lib/db/schema';
import {
  ADMIN_PAGE_SIZE,
  containsPattern,
  idField,
  isHttpUrl,
  isSeenByReaders,
  makeVersionedEditor,
  optionalId,
  optionalText,
  slugField,
  specialtyField,
  specialtySlugOf,
  versionField,
  withFieldRules,
  type EditableStatus,
  type ListFilter,
} from './editing';

/*
 * Staff editing of videos and of video series: their fields, their lists and the pages a save
 * refreshes; the save itself is makeVersionedEditor's (./editing.ts), as every kind's. A series
 * has no status: it shows once one of its parts is published.
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

async function slugsOf(row: VideoRow): Promise<{ specialtySlug: string | null; seriesSlug: string | null }> {
  const [series] = row.seriesId ? await db.select({ slug: videoSeries.slug }).from(videoSeries).where(eq(videoSeries.id, row.seriesId)) : [];
  return { specialtySlug: await specialtySlugOf(row.specialtyId), seriesSlug: series?.slug ?? null };
}

async function revalidateVideo(after: VideoRow, before?: VideoRow) {
  const now = await slugsOf(after);
  const then = before ? await slugsOf(before) : null;
  revalidateContent({ kind: 'video', slug: after.slug, ...now, previous: before && then ? { slug: before.slug, ...then } : undefined });
}

const videoEditor = makeVersionedEditor<VideoRow, VideoInput>({
  table: videos,
  itemType: 'video',
  auditName: 'video',
  noun: 'video',
  createdMessage: 'The video was created as a draft.',
  fields: VideoFields,
  columnsOf,
  newColumns: (viewer) => ({ status: 'draft', authorId: viewer.id }),
  formFields: async (_executor, row) => videoFormFields(row),
  slugTaken: { message: 'Another video already has this slug: choose another.', constraint: 'videos_slug_unique' },
  alsoUnique: {
    field: 'partNumber',
    constraint: 'videos_series_part_key',
    message: 'Another video is already this part of the series: choose another number.',
    async isTaken(input, exceptId) {
      if (input.seriesId === null || input.partNumber === null) return false;
      const [other] = await db
        .select({ id: videos.id })
        .from(videos)
        .where(and(eq(videos.seriesId, input.seriesId), eq(videos.partNumber, input.partNumber), exceptId === null ? undefined : ne(videos.id, exceptId)))
        .limit(1);
      return Boolean(other);
    },
  },
  async revalidate(before, after) {
    if (isSeenByReaders(before, after)) await revalidateVideo(after, before);
  },
});

export const getVideoForEdit = videoEditor.getForEdit;
export const createVideo = videoEditor.create;
export const saveVideo = videoEditor.save;
export const transitionVideo = videoEditor.transition;
export const restoreVideoRevision = videoEditor.restore;

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

const seriesEditor = makeVersionedEditor<SeriesRow, SeriesInput>({
  table: videoSeries,
  itemType: 'video_series',
  auditName: 'video_series',
  noun: 'series',
  createdMessage: 'The series was created.',
  fields: SeriesFields,
  columnsOf: (input, slug) => ({ title: input.title, slug, summary: input.summary, specialtyId: input.specialtyId }),
  formFields: async (_executor, row) => seriesFormFields(row),
  slugTaken: { message: 'Another series already has this slug: choose another.', constraint: 'video_series_slug_unique' },
  // A series shows on its own page and on each published part's page, whatever it was before.
  async revalidate(before, after) {
    const parts = await db.select().from(videos).where(and(eq(videos.seriesId, after.id), sql`${videos.status} in ('published', 'scheduled')`));
    for (const part of parts.slice(0, 50)) await revalidateVideo(part, { ...part, seriesId: part.seriesId });
    if (before.slug !== after.slug && parts[0]) revalidateContent({ kind: 'video', slug: parts[0].slug, seriesSlug: before.slug });
  },
});

export const getSeriesForEdit = seriesEditor.getForEdit;
export const createSeries = seriesEditor.create;
export const saveSeries = seriesEditor.save;
export const restoreSeriesRevision = seriesEditor.restore;
