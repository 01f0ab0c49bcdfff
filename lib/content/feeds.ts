import 'server-only';
import { and, desc, eq, inArray, max, sql } from 'drizzle-orm';
import { db } from '@/lib/db/client';
import { events, posts, specialties, videoSeries, videos, type Access, type PostKind } from '@/lib/db/schema';
import { getCurrentLegalDocument } from '@/lib/legal/queries';
import { anonymousViewer, canReadFull } from './access';
import { pathForEvent, pathForPost, pathForVideo, pathForVideoSeries, postSections } from './paths';
import { isLive } from './published';

/*
 * What the feed and the sitemap list. Both are read by strangers and crawlers, so both come
 * from explicit columns only (never a body or transcript) and decide "published" here:
 * published or scheduled, and its time has come by the database's clock.
 */

export const FEED_KINDS = ['news', 'article'] as const satisfies readonly PostKind[];
const FEED_SIZE = 20;

export type FeedItem = {
  kind: (typeof FEED_KINDS)[number];
  slug: string;
  path: string;
  title: string;
  /** The only text a feed carries, members-only items included: their body never leaves. */
  summary: string;
  publishedAt: Date;
  access: Access;
};

export type SitemapEntry = { path: string; lastModified?: Date };

const isLivePost = () => isLive(posts);
const isLiveEvent = () => isLive(events);
const isLiveVideo = () => isLive(videos);

/** The latest published news and articles together, newest first. */
export async function listFeedItems(limit = FEED_SIZE): Promise<FeedItem[]> {
  const rows = await db
    .select({
      kind: posts.kind,
      slug: posts.slug,
      title: posts.title,
      summary: posts.summary,
      publishedAt: posts.publishedAt,
      access: posts.access,
    })
    .from(posts)
    .where(and(inArray(posts.kind, [...FEED_KINDS]), isLivePost()))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(limit);
  return rows.flatMap((row) => {
    if (!row.publishedAt || (row.kind !== 'news' && row.kind !== 'article')) return [];
    return [{ ...row, kind: row.kind, publishedAt: row.publishedAt, path: pathForPost(row.kind, row.slug) }];
  });
}

/**
 * Every public page a crawler should know, with the time its content last changed.
 * Members-only items are left out (canReadFull as nobody), as are pages that would answer
 * 404: a series with no published part, a legal document not yet in force.
 */
export async function listSitemapEntries(): Promise<SitemapEntry[]> {
  const [postRows, eventRows, videoRows, seriesRows, specialtyRows, legal] = await Promise.all([
    db
      .select({ kind: posts.kind, slug: posts.slug, access: posts.access, updatedAt: posts.updatedAt })
      .from(posts)
      .where(isLivePost())
      .orderBy(desc(posts.publishedAt), desc(posts.id)),
    db
      .select({ slug: events.slug, updatedAt: events.updatedAt })
      .from(events)
      .where(isLiveEvent())
      .orderBy(desc(events.startsAt), desc(events.id)),
    db
      .select({ slug: videos.slug, access: videos.access, updatedAt: videos.updatedAt })
      .from(videos)
      .where(isLiveVideo())
      .orderBy(desc(videos.publishedAt), desc(videos.id)),
    db
      .select({
        slug: videoSeries.slug,
        updatedAt: sql<Date>`greatest(${videoSeries.updatedAt}, ${max(videos.updatedAt)})`.mapWith(videoSeries.updatedAt),
      })
      .from(videoSeries)
      .innerJoin(videos, and(eq(videos.seriesId, videoSeries.id), isLiveVideo()))
      .groupBy(videoSeries.id)
      .orderBy(videoSeries.slug),
    db.select({ slug: specialties.slug, updatedAt: specialties.updatedAt }).from(specialties).orderBy(specialties.slug),
    listLegalEntries(),
  ]);

  const publicPosts = postRows.filter((row) => canReadFull(row, anonymousViewer));
  const publicVideos = videoRows.filter((row) => canReadFull(row, anonymousViewer));
  const newest = (dates: Date[]) => (dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : undefined);
  const newestPost = (kind: PostKind) => newest(postRows.filter((row) => row.kind === kind).map((row) => row.updatedAt));

  const lists: SitemapEntry[] = [
    { path: '/', lastModified: newest([...postRows, ...eventRows, ...videoRows].map((row) => row.updatedAt)) },
    ...(['condition', 'news', 'article'] as const).map((kind) => ({ path: postSections[kind].path, lastModified: newestPost(kind) })),
    { path: '/events', lastModified: newest(eventRows.map((row) => row.updatedAt)) },
    { path: '/events/past', lastModified: newest(eventRows.map((row) => row.updatedAt)) },
    { path: '/videos', lastModified: newest(videoRows.map((row) => row.updatedAt)) },
    { path: '/specialties', lastModified: newest(specialtyRows.map((row) => row.updatedAt)) },
  ];
  return [
    ...lists,
    ...publicPosts.map((row) => ({ path: pathForPost(row.kind, row.slug), lastModified: row.updatedAt })),
    ...eventRows.map((row) => ({ path: pathForEvent(row.slug), lastModified: row.updatedAt })),
    ...publicVideos.map((row) => ({ path: pathForVideo(row.slug), lastModified: row.updatedAt })),
    ...seriesRows.map((row) => ({ path: pathForVideoSeries(row.slug), lastModified: row.updatedAt })),
    ...specialtyRows.map((row) => ({ path: `/specialties/${row.slug}`, lastModified: row.updatedAt })),
    ...legal,
    { path: '/account-deactivation' },
  ];
}

/** The four legal pages of the footer, each when its version in force was last changed. */
async function listLegalEntries(): Promise<SitemapEntry[]> {
  const pages = [
    ['terms', 'llp'],
    ['terms', 'inc'],
    ['privacy', 'llp'],
    ['privacy', 'inc'],
  ] as const;
  const documents = await Promise.all(pages.map(([kind, entity]) => getCurrentLegalDocument(kind, entity)));
  return documents.flatMap((doc) => (doc ? [{ path: `/legal/${doc.kind}/${doc.entity}`, lastModified: doc.updatedAt }] : []));
}
