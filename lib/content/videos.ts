import 'server-only';
import { and, asc, count, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import { cache } from 'react';
import { db } from '@/lib/db/client';
import { specialties, videoSeries, videos, type Access, type VideoProvider } from '@/lib/db/schema';
import { anonymousViewer, canReadFull, type ContentViewer } from './access';
import { getCoverImage, type CoverImageView } from './images';
import { paginate, publishedAsOf, type ListParams, type Paged } from './pagination';
import { toSafeHttpUrl } from './paths';
import { isLive, inSpecialty as inSpecialtyOf } from './published';
import { isSlug } from './slug';
import { toSpecialtyRef, type SpecialtyRef } from './specialties';

/*
 * Public read paths for videos and series. "Published" is decided here (status published or
 * scheduled, publishedAt reached by the database's clock), and the player, body and
 * transcript of a members-only video never leave this module for a reader who may not see them.
 */

const HOME_LIST_SIZE = 5;
const RELATED_SIZE = 3;

export type VideoListItem = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  durationSeconds: number | null;
  speaker: string | null;
  access: Access;
  series: { slug: string; title: string } | null;
  partNumber: number | null;
};

export type VideoPlayerSource = { provider: VideoProvider; providerVideoId: string | null; fileUrl: string | null };

export type VideoDetail = VideoListItem & {
  /** The player and the words are null when the reader may not see them (members-only). */
  player: VideoPlayerSource | null;
  body: string | null;
  transcript: string | null;
  specialty: SpecialtyRef | null;
  /** The cover image, when one was uploaded; shown to every reader, like the title. */
  cover: CoverImageView | null;
  updatedAt: Date;
};

export type VideoSeriesDetail = {
  slug: string;
  title: string;
  summary: string;
  /** Published parts, in part order. */
  parts: VideoListItem[];
};

/** Where one part sits in its series: "Part 2 of 5", with its neighbours. */
export type SeriesPosition = {
  partNumber: number;
  /** The highest published part number (or the count, when parts are unnumbered). */
  partCount: number;
  previous: VideoListItem | null;
  next: VideoListItem | null;
};

const videoListColumns = {
  id: videos.id,
  slug: videos.slug,
  title: videos.title,
  summary: videos.summary,
  publishedAt: videos.publishedAt,
  durationSeconds: videos.durationSeconds,
  speaker: videos.speaker,
  access: videos.access,
  partNumber: videos.partNumber,
  seriesSlug: videoSeries.slug,
  seriesTitle: videoSeries.title,
};

type VideoListRow = Omit<VideoListItem, 'publishedAt' | 'series'> & {
  publishedAt: Date | null;
  seriesSlug: string | null;
  seriesTitle: string | null;
};

const isLiveVideo = (): SQL => isLive(videos);
const inSpecialty = (specialtySlug: string | null | undefined) => inSpecialtyOf(videos.specialtyId, specialtySlug);

const newestFirst = [desc(videos.publishedAt), desc(videos.id)];

// Field by field, so extra columns selected beside the list's never ride along to a page.
function toVideoListItem(row: VideoListRow): VideoListItem {
  // A live row always has a date (the videos_published_has_date check); say so once.
  if (!row.publishedAt) throw new Error('A published video has no published_at: the database check is missing.');
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    publishedAt: row.publishedAt,
    durationSeconds: row.durationSeconds,
    speaker: row.speaker,
    access: row.access,
    series: row.seriesSlug && row.seriesTitle ? { slug: row.seriesSlug, title: row.seriesTitle } : null,
    partNumber: row.partNumber,
  };
}

/** The newest published videos: the home and specialty pages' lists. */
export async function listPublishedVideos(options: { limit?: number; specialty?: string | null } = {}): Promise<VideoListItem[]> {
  const rows = await db
    .select(videoListColumns)
    .from(videos)
    .leftJoin(videoSeries, eq(videos.seriesId, videoSeries.id))
    .where(and(isLiveVideo(), inSpecialty(options.specialty)))
    .orderBy(...newestFirst)
    .limit(options.limit ?? HOME_LIST_SIZE);
  return rows.map(toVideoListItem);
}

/** One numbered page of videos, newest first, as of the reader's snapshot, with the total. */
export async function listVideosPage(params: ListParams): Promise<Paged<VideoListItem>> {
  const where = and(isLiveVideo(), publishedAsOf(videos.publishedAt, params.asOf), inSpecialty(params.specialty));
  return paginate(params, {
    count: async () => {
      const [row] = await db.select({ n: count() }).from(videos).where(where);
      return row?.n ?? 0;
    },
    rows: async ({ limit, offset }) => {
      const rows = await db
        .select(videoListColumns)
        .from(videos)
        .leftJoin(videoSeries, eq(videos.seriesId, videoSeries.id))
        .where(where)
        .orderBy(...newestFirst)
        .limit(limit)
        .offset(offset);
      return rows.map(toVideoListItem);
    },
  });
}

/**
 * One published video, or null (unknown, draft, archived or not yet published). The player,
 * body and transcript come back only when the reader may see them. Wrapped in React's cache
 * so a page and its metadata share one query per request.
 */
export const getPublishedVideoBySlug = cache(async function getPublishedVideoBySlug(
  slug: string,
  viewer: ContentViewer = anonymousViewer,
): Promise<VideoDetail | null> {
  if (!isSlug(slug)) return null;
  const [row] = await db
    .select({
      ...videoListColumns,
      provider: videos.provider,
      providerVideoId: videos.providerVideoId,
      fileUrl: videos.fileUrl,
      body: videos.body,
      transcript: videos.transcript,
      updatedAt: videos.updatedAt,
      coverImageId: videos.coverImageId,
      coverImageAlt: videos.coverImageAlt,
      specialtySlug: specialties.slug,
      specialtyName: specialties.name,
    })
    .from(videos)
    .leftJoin(videoSeries, eq(videos.seriesId, videoSeries.id))
    .leftJoin(specialties, eq(videos.specialtyId, specialties.id))
    .where(and(isLiveVideo(), eq(videos.slug, slug)))
    .limit(1);
  if (!row) return null;
  const { provider, providerVideoId, fileUrl, body, transcript, updatedAt, coverImageId, coverImageAlt, specialtySlug, specialtyName, ...listRow } = row;
  const isOpen = canReadFull(row, viewer);
  return {
    ...toVideoListItem(listRow),
    player: isOpen ? { provider, providerVideoId, fileUrl } : null,
    body: isOpen ? body : null,
    transcript: isOpen ? transcript : null,
    specialty: toSpecialtyRef(specialtySlug, specialtyName),
    cover: await getCoverImage(coverImageId, coverImageAlt),
    updatedAt,
  };
});

/** A series with its published parts in order, or null when it has none to show. */
export const getVideoSeriesBySlug = cache(async function getVideoSeriesBySlug(
  slug: string,
): Promise<VideoSeriesDetail | null> {
  if (!isSlug(slug)) return null;
  const rows = await db
    .select({ ...videoListColumns, seriesSummary: videoSeries.summary })
    .from(videos)
    .innerJoin(videoSeries, eq(videos.seriesId, videoSeries.id))
    .where(and(isLiveVideo(), eq(videoSeries.slug, slug)))
    .orderBy(sql`${videos.partNumber} asc nulls last`, asc(videos.publishedAt), asc(videos.id));
  const [first] = rows;
  if (!first?.seriesSlug || !first.seriesTitle) return null;
  return {
    slug: first.seriesSlug,
    title: first.seriesTitle,
    summary: first.seriesSummary,
    parts: rows.map(toVideoListItem),
  };
});

/** Where a video sits among its series' published parts, or null when it is not among them. */
export function findSeriesPosition(parts: VideoListItem[], videoId: number): SeriesPosition | null {
  const index = parts.findIndex((part) => part.id === videoId);
  if (index < 0) return null;
  const numbers = parts.map((part, i) => part.partNumber ?? i + 1);
  return {
    partNumber: numbers[index] ?? index + 1,
    partCount: Math.max(parts.length, ...numbers),
    previous: parts[index - 1] ?? null,
    next: parts[index + 1] ?? null,
  };
}

/** Other videos of the same specialty, newest first, leaving out the video's own series. */
export async function listRelatedVideos(video: {
  id: number;
  specialty: SpecialtyRef | null;
  series: { slug: string } | null;
}): Promise<VideoListItem[]> {
  if (!video.specialty) return [];
  const rows = await db
    .select(videoListColumns)
    .from(videos)
    .leftJoin(videoSeries, eq(videos.seriesId, videoSeries.id))
    .where(
      and(
        isLiveVideo(),
        ne(videos.id, video.id),
        inSpecialty(video.specialty.slug),
        video.series ? sql`${videoSeries.slug} is distinct from ${video.series.slug}` : undefined,
      ),
    )
    .orderBy(...newestFirst)
    .limit(RELATED_SIZE);
  return rows.map(toVideoListItem);
}

/** The specialties that have published videos, with how many: the filter's choices. */
export async function listVideoSpecialties(): Promise<Array<SpecialtyRef & { count: number }>> {
  return db
    .select({ slug: specialties.slug, name: specialties.name, count: count() })
    .from(videos)
    .innerJoin(specialties, eq(videos.specialtyId, specialties.id))
    .where(isLiveVideo())
    .groupBy(specialties.id, specialties.slug, specialties.name)
    .orderBy(asc(specialties.name));
}

/**
 * How a video plays: a file in the browser's own player, or a hosted player in a frame from
 * the provider's privacy-enhanced address (youtube-nocookie; vimeo with Do Not Track).
 * Null when the stored source is unusable (a non-http address, a missing id).
 */
export type VideoEmbed =
  | { kind: 'file'; src: string }
  | { kind: 'frame'; provider: 'youtube' | 'vimeo'; src: string; thumbnailUrl: string | null };

const PROVIDER_ID_SHAPE = /^[A-Za-z0-9_-]{1,64}$/;

export function toVideoEmbed(player: VideoPlayerSource): VideoEmbed | null {
  if (player.provider === 'file') {
    const url = player.fileUrl ?? '';
    // A path on this site, or an http(s) address; never "//host" or "javascript:".
    const src = url.startsWith('/') && !url.startsWith('//') ? url : toSafeHttpUrl(url);
    return src ? { kind: 'file', src } : null;
  }
  const id = player.providerVideoId;
  if (!id || !PROVIDER_ID_SHAPE.test(id)) return null;
  if (player.provider === 'youtube') {
    return {
      kind: 'frame',
      provider: 'youtube',
      src: `https://www.youtube-nocookie.com/embed/${id}?rel=0`,
      thumbnailUrl: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`,
    };
  }
  return { kind: 'frame', provider: 'vimeo', src: `https://player.vimeo.com/video/${id}?dnt=1`, thumbnailUrl: null };
}
