import 'server-only';
import { and, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { isLive } from '@/lib/content/published';
import { pathForEvent, pathForPost, pathForVideo } from '@/lib/content/paths';
import { slugSchema } from '@/lib/content/slug';
import { db, type Executor } from '@/lib/db/client';
import { bookmarks, events, POST_KINDS, posts, videos, type PostKind } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { BOOKMARK_KINDS, type BookmarkKind } from './bookmark-kinds';

/*
 * A reader's bookmarks of posts, events and videos. Every function takes the user's id and
 * touches only that user's rows: the ownership check is in each statement's WHERE.
 */

export { BOOKMARK_KINDS, type BookmarkKind };

/** An item as the bookmark button names it: its kind and slug (the address it lives at). */
export const BookmarkTarget = z.object({ kind: z.enum(BOOKMARK_KINDS), slug: slugSchema(120) }).strict();
export type BookmarkTarget = z.infer<typeof BookmarkTarget>;

export type BookmarkItem = { id: number; kind: BookmarkKind; slug: string; title: string; path: string; createdAt: Date };

const isPostKind = (kind: BookmarkKind): kind is PostKind => (POST_KINDS as readonly string[]).includes(kind);

/** The item's id, if it exists and is published now; null otherwise. */
async function findLiveItem(executor: Executor, target: BookmarkTarget): Promise<{ column: 'postId' | 'eventId' | 'videoId'; id: number } | null> {
  if (isPostKind(target.kind)) {
    const [row] = await executor
      .select({ id: posts.id })
      .from(posts)
      .where(and(eq(posts.kind, target.kind), eq(posts.slug, target.slug), isLive(posts)));
    return row ? { column: 'postId', id: row.id } : null;
  }
  const table = target.kind === 'event' ? events : videos;
  const [row] = await executor.select({ id: table.id }).from(table).where(and(eq(table.slug, target.slug), isLive(table)));
  return row ? { column: target.kind === 'event' ? 'eventId' : 'videoId', id: row.id } : null;
}

function itemCondition(item: { column: 'postId' | 'eventId' | 'videoId'; id: number }): SQL {
  return eq(bookmarks[item.column], item.id);
}

/** Bookmarks a published item (a second time changes nothing); a missing or unpublished one is a 404. */
export async function addBookmark(userId: number, target: BookmarkTarget, executor: Executor = db): Promise<void> {
  const item = await findLiveItem(executor, target);
  if (!item) throw new AppError('bookmark:not-found', 'This page cannot be bookmarked.', 404);
  await executor
    .insert(bookmarks)
    .values({ userId, [item.column]: item.id })
    .onConflictDoNothing();
}

/**
 * Removes the user's bookmark of an item (whether or not it is still published, so a
 * withdrawn item can be removed too): true if there was one.
 */
export async function removeBookmark(userId: number, target: BookmarkTarget, executor: Executor = db): Promise<boolean> {
  const idOf = isPostKind(target.kind)
    ? sql`(select ${posts.id} from ${posts} where ${posts.kind} = ${target.kind} and ${posts.slug} = ${target.slug})`
    : target.kind === 'event'
      ? sql`(select ${events.id} from ${events} where ${events.slug} = ${target.slug})`
      : sql`(select ${videos.id} from ${videos} where ${videos.slug} = ${target.slug})`;
  const column = isPostKind(target.kind) ? bookmarks.postId : target.kind === 'event' ? bookmarks.eventId : bookmarks.videoId;
  const removed = await executor
    .delete(bookmarks)
    .where(and(eq(bookmarks.userId, userId), eq(column, idOf)))
    .returning({ id: bookmarks.id });
  return removed.length > 0;
}

/** Removes one bookmark by its id, only if it is the user's: the /account/bookmarks page's button. */
export async function removeBookmarkById(userId: number, bookmarkId: number, executor: Executor = db): Promise<boolean> {
  const removed = await executor
    .delete(bookmarks)
    .where(and(eq(bookmarks.id, bookmarkId), eq(bookmarks.userId, userId)))
    .returning({ id: bookmarks.id });
  return removed.length > 0;
}

export async function isBookmarked(userId: number, target: BookmarkTarget, executor: Executor = db): Promise<boolean> {
  const item = await findLiveItem(executor, target);
  if (!item) return false;
  const [row] = await executor
    .select({ id: bookmarks.id })
    .from(bookmarks)
    .where(and(eq(bookmarks.userId, userId), itemCondition(item)));
  return row !== undefined;
}

/** Bookmarks per page of /account/bookmarks. */
export const BOOKMARKS_PAGE_SIZE = 50;

/**
 * The user's bookmarks, newest first (ties by id, so pages never overlap). `onlyLive` (the
 * bookmarks page) leaves out items no longer published, whose title is no longer public;
 * the data export lists them all.
 */
export async function listBookmarks(
  userId: number,
  { onlyLive = true, limit, offset = 0 }: { onlyLive?: boolean; limit?: number; offset?: number } = {},
  executor: Executor = db,
): Promise<BookmarkItem[]> {
  const query = executor
    .select({
      id: bookmarks.id,
      createdAt: bookmarks.createdAt,
      postKind: posts.kind,
      postSlug: posts.slug,
      postTitle: posts.title,
      eventSlug: events.slug,
      eventTitle: events.title,
      videoSlug: videos.slug,
      videoTitle: videos.title,
    })
    .from(bookmarks)
    .leftJoin(posts, eq(posts.id, bookmarks.postId))
    .leftJoin(events, eq(events.id, bookmarks.eventId))
    .leftJoin(videos, eq(videos.id, bookmarks.videoId))
    .where(and(eq(bookmarks.userId, userId), onlyLive ? isAnyItemLive : undefined))
    .orderBy(desc(bookmarks.createdAt), desc(bookmarks.id))
    .offset(offset);
  const rows = limit === undefined ? await query : await query.limit(limit);
  const items: BookmarkItem[] = [];
  for (const row of rows) {
    const base = { id: row.id, createdAt: row.createdAt };
    if (row.postKind && row.postSlug && row.postTitle) {
      items.push({ ...base, kind: row.postKind, slug: row.postSlug, title: row.postTitle, path: pathForPost(row.postKind, row.postSlug) });
    } else if (row.eventSlug && row.eventTitle) {
      items.push({ ...base, kind: 'event', slug: row.eventSlug, title: row.eventTitle, path: pathForEvent(row.eventSlug) });
    } else if (row.videoSlug && row.videoTitle) {
      items.push({ ...base, kind: 'video', slug: row.videoSlug, title: row.videoTitle, path: pathForVideo(row.videoSlug) });
    }
  }
  return items;
}

const isAnyItemLive = sql`(${or(isLive(posts), isLive(events), isLive(videos))}) is true`;

/** How many of the user's bookmarks the bookmarks page lists (published items only). */
export async function countLiveBookmarks(userId: number, executor: Executor = db): Promise<number> {
  const [row] = await executor
    .select({ n: count() })
    .from(bookmarks)
    .leftJoin(posts, eq(posts.id, bookmarks.postId))
    .leftJoin(events, eq(events.id, bookmarks.eventId))
    .leftJoin(videos, eq(videos.id, bookmarks.videoId))
    .where(and(eq(bookmarks.userId, userId), isAnyItemLive));
  return row?.n ?? 0;
}
