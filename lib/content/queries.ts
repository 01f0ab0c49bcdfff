import 'server-only';
import { and, asc, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { cache } from 'react';
import { db } from '@/lib/db/client';
import {
  events,
  posts,
  specialties,
  videoSeries,
  videos,
  type Access,
  type PostKind,
  type Reference,
  type VideoProvider,
} from '@/lib/db/schema';
import { anonymousViewer, canReadFull, type ContentViewer } from './access';
import { getLead } from './markdown';

/*
 * Public read paths. Every function here decides for itself what "published" means
 * (status published and publishedAt not in the future, by the database's clock) and which
 * columns leave the database, so no page can forget a filter or leak a draft.
 */

const HOME_LIST_SIZE = 5;
const LIST_PAGE_SIZE = 20;

export type SpecialtyRef = { slug: string; name: string };

export type PostListItem = {
  id: number;
  kind: PostKind;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  access: Access;
};

export type PostDetail = PostListItem & {
  /** Markdown, or null when the reader may not see it (members-only). */
  body: string | null;
  references: Reference[];
  byline: string | null;
  specialty: SpecialtyRef | null;
  updatedAt: Date;
  /** ISO dates (YYYY-MM-DD). */
  lastReviewedAt: string | null;
  nextReviewDue: string | null;
};

export type EventListItem = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  startsAt: Date;
  endsAt: Date;
  /** IANA zone the event is held in; show its times in it. */
  timeZone: string;
  venue: string | null;
  virtualUrl: string | null;
  organiser: string;
};

export type EventDetail = EventListItem & {
  body: string;
  /** Already ended, by the database's clock when the page was made. */
  hasEnded: boolean;
  registrationUrl: string | null;
  specialty: SpecialtyRef | null;
};

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

export type VideoDetail = VideoListItem & {
  /** The player and the words are null when the reader may not see them (members-only). */
  player: { provider: VideoProvider; providerVideoId: string | null; fileUrl: string | null } | null;
  body: string | null;
  transcript: string | null;
  specialty: SpecialtyRef | null;
};

export type VideoSeriesDetail = {
  slug: string;
  title: string;
  summary: string;
  parts: VideoListItem[];
};

export type FeaturedCondition = { slug: string; title: string; lead: string };

export type HomePage = {
  featured: FeaturedCondition | null;
  trendingNews: PostListItem[];
  latestArticles: PostListItem[];
  upcomingEvents: EventListItem[];
  videos: VideoListItem[];
};

const SLUG_SHAPE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Cheap guard so a made-up address never costs a query. */
function isSlug(value: string): boolean {
  return value.length <= 120 && SLUG_SHAPE.test(value);
}

// A published row always has a date (the posts_published_has_date check); say so once.
function publishedDate(value: Date | null): Date {
  if (!value) throw new Error('A published row has no published_at: the database check is missing.');
  return value;
}

const isLivePost = (kind: PostKind): SQL =>
  and(eq(posts.kind, kind), eq(posts.status, 'published'), lte(posts.publishedAt, sql`now()`)) as SQL;
const isLiveEvent = (): SQL => and(eq(events.status, 'published'), lte(events.publishedAt, sql`now()`)) as SQL;
const isLiveVideo = (): SQL => and(eq(videos.status, 'published'), lte(videos.publishedAt, sql`now()`)) as SQL;

const postListColumns = {
  id: posts.id,
  kind: posts.kind,
  slug: posts.slug,
  title: posts.title,
  summary: posts.summary,
  publishedAt: posts.publishedAt,
  access: posts.access,
};

const eventListColumns = {
  id: events.id,
  slug: events.slug,
  title: events.title,
  summary: events.summary,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  timeZone: events.timeZone,
  venue: events.venue,
  virtualUrl: events.virtualUrl,
  organiser: events.organiser,
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

type PostListRow = Omit<PostListItem, 'publishedAt'> & { publishedAt: Date | null };
type VideoListRow = Omit<VideoListItem, 'publishedAt' | 'series'> & {
  publishedAt: Date | null;
  seriesSlug: string | null;
  seriesTitle: string | null;
};

function toPostListItem(row: PostListRow): PostListItem {
  return { ...row, publishedAt: publishedDate(row.publishedAt) };
}

function toVideoListItem(row: VideoListRow): VideoListItem {
  const { seriesSlug, seriesTitle, ...rest } = row;
  return {
    ...rest,
    publishedAt: publishedDate(row.publishedAt),
    series: seriesSlug && seriesTitle ? { slug: seriesSlug, title: seriesTitle } : null,
  };
}

function toSpecialty(slug: string | null, name: string | null): SpecialtyRef | null {
  return slug && name ? { slug, name } : null;
}

/** Newest published items of one kind, newest first (ties broken by id, so the order is stable). */
export async function listPublishedPosts(kind: PostKind, options: { limit?: number } = {}): Promise<PostListItem[]> {
  const rows = await db
    .select(postListColumns)
    .from(posts)
    .where(isLivePost(kind))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(options.limit ?? LIST_PAGE_SIZE);
  return rows.map(toPostListItem);
}

/** Events not yet over (in progress or to come), soonest first. */
export async function listUpcomingEvents(options: { limit?: number } = {}): Promise<EventListItem[]> {
  return db
    .select(eventListColumns)
    .from(events)
    .where(and(isLiveEvent(), gte(events.endsAt, sql`now()`)))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(options.limit ?? LIST_PAGE_SIZE);
}

export async function listPublishedVideos(options: { limit?: number } = {}): Promise<VideoListItem[]> {
  const rows = await db
    .select(videoListColumns)
    .from(videos)
    .leftJoin(videoSeries, eq(videos.seriesId, videoSeries.id))
    .where(isLiveVideo())
    .orderBy(desc(videos.publishedAt), desc(videos.id))
    .limit(options.limit ?? LIST_PAGE_SIZE);
  return rows.map(toVideoListItem);
}

/** The newest published condition article, with its lead paragraph as plain text. */
export async function getFeaturedCondition(viewer: ContentViewer = anonymousViewer): Promise<FeaturedCondition | null> {
  const [row] = await db
    .select({ slug: posts.slug, title: posts.title, summary: posts.summary, body: posts.body, access: posts.access })
    .from(posts)
    .where(isLivePost('condition'))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(1);
  if (!row) return null;
  // The lead is part of the body: a members-only article shows its summary instead.
  const lead = canReadFull(row, viewer) ? getLead(row.body) : '';
  return { slug: row.slug, title: row.title, lead: lead || row.summary };
}

/** Everything the home page shows, read in parallel. */
export async function getHomePage(): Promise<HomePage> {
  const [featured, trendingNews, latestArticles, upcomingEvents, latestVideos] = await Promise.all([
    getFeaturedCondition(),
    // Issue 9 replaces this with the most viewed news of the last seven days.
    listPublishedPosts('news', { limit: HOME_LIST_SIZE }),
    listPublishedPosts('article', { limit: HOME_LIST_SIZE }),
    listUpcomingEvents({ limit: HOME_LIST_SIZE }),
    listPublishedVideos({ limit: HOME_LIST_SIZE }),
  ]);
  return { featured, trendingNews, latestArticles, upcomingEvents, videos: latestVideos };
}

/**
 * One published post of a kind, or null (unknown, draft, scheduled, archived or future).
 * The body comes back only when the reader may read it in full. Wrapped in React's cache so
 * a page and its metadata share one query per request.
 */
export const getPublishedPostBySlug = cache(async function getPublishedPostBySlug(
  kind: PostKind,
  slug: string,
  viewer: ContentViewer = anonymousViewer,
): Promise<PostDetail | null> {
  if (!isSlug(slug)) return null;
  const [row] = await db
    .select({
      ...postListColumns,
      body: posts.body,
      references: posts.references,
      byline: posts.byline,
      updatedAt: posts.updatedAt,
      lastReviewedAt: posts.lastReviewedAt,
      nextReviewDue: posts.nextReviewDue,
      specialtySlug: specialties.slug,
      specialtyName: specialties.name,
    })
    .from(posts)
    .leftJoin(specialties, eq(posts.specialtyId, specialties.id))
    .where(and(isLivePost(kind), eq(posts.slug, slug)))
    .limit(1);
  if (!row) return null;
  const { specialtySlug, specialtyName, body, ...rest } = row;
  return {
    ...rest,
    publishedAt: publishedDate(row.publishedAt),
    body: canReadFull(row, viewer) ? body : null,
    specialty: toSpecialty(specialtySlug, specialtyName),
  };
});

export const getPublishedEventBySlug = cache(async function getPublishedEventBySlug(
  slug: string,
): Promise<EventDetail | null> {
  if (!isSlug(slug)) return null;
  const [row] = await db
    .select({
      ...eventListColumns,
      body: events.body,
      registrationUrl: events.registrationUrl,
      hasEnded: sql<boolean>`${events.endsAt} < now()`,
      specialtySlug: specialties.slug,
      specialtyName: specialties.name,
    })
    .from(events)
    .leftJoin(specialties, eq(events.specialtyId, specialties.id))
    .where(and(isLiveEvent(), eq(events.slug, slug)))
    .limit(1);
  if (!row) return null;
  const { specialtySlug, specialtyName, ...rest } = row;
  return { ...rest, specialty: toSpecialty(specialtySlug, specialtyName) };
});

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
      specialtySlug: specialties.slug,
      specialtyName: specialties.name,
    })
    .from(videos)
    .leftJoin(videoSeries, eq(videos.seriesId, videoSeries.id))
    .leftJoin(specialties, eq(videos.specialtyId, specialties.id))
    .where(and(isLiveVideo(), eq(videos.slug, slug)))
    .limit(1);
  if (!row) return null;
  const { provider, providerVideoId, fileUrl, body, transcript, specialtySlug, specialtyName, ...listRow } = row;
  const isOpen = canReadFull(row, viewer);
  return {
    ...toVideoListItem(listRow),
    player: isOpen ? { provider, providerVideoId, fileUrl } : null,
    body: isOpen ? body : null,
    transcript: isOpen ? transcript : null,
    specialty: toSpecialty(specialtySlug, specialtyName),
  };
});

/** A series with its published parts in order, or null when it has none to show. */
export const getVideoSeriesBySlug = cache(async function getVideoSeriesBySlug(
  slug: string,
): Promise<VideoSeriesDetail | null> {
  if (!isSlug(slug)) return null;
  const [series] = await db
    .select({ id: videoSeries.id, slug: videoSeries.slug, title: videoSeries.title, summary: videoSeries.summary })
    .from(videoSeries)
    .where(eq(videoSeries.slug, slug))
    .limit(1);
  if (!series) return null;
  const rows = await db
    .select(videoListColumns)
    .from(videos)
    .innerJoin(videoSeries, eq(videos.seriesId, videoSeries.id))
    .where(and(isLiveVideo(), eq(videos.seriesId, series.id)))
    .orderBy(sql`${videos.partNumber} asc nulls last`, asc(videos.id));
  if (rows.length === 0) return null;
  return { slug: series.slug, title: series.title, summary: series.summary, parts: rows.map(toVideoListItem) };
});
