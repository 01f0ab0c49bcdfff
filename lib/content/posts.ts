import 'server-only';
import { and, count, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { cache } from 'react';
import { db } from '@/lib/db/client';
import {
  posts,
  specialties,
  users,
  type Access,
  type PostKind,
  type Reference,
} from '@/lib/db/schema';
import { anonymousViewer, canReadFull, type ContentViewer } from './access';
import { getLead } from './markdown';
import { inSpecialty, isLive, specialtyIdOf } from './published';
import { isSlug } from './slug';
import { toSpecialtyRef, type SpecialtyRef } from './specialties';
import { paginate, publishedAsOf, type ListParams, type Paged } from './pagination';
import { getCoverImage, type CoverImageView } from './images';
import { countReadingMinutes } from './reading-time';

/*
 * Public read paths of posts (conditions, news, articles). Every function here decides for itself what "published" means
 * (status published and publishedAt not in the future, by the database's clock) and which
 * columns leave the database, so no page can forget a filter or leak a draft.
 */

/** A section of a specialty page: as many as a home page section. */
const SECTION_SIZE = 5;
const LIST_PAGE_SIZE = 20;
const RELATED_LIMIT = 4;

// Posts name two accounts: who wrote it and who reviewed it medically.
const authors = alias(users, 'authors');
const reviewers = alias(users, 'reviewers');

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
  /** Who wrote it: the author's account name, else the byline. */
  authorName: string | null;
  /** The medical reviewer's name, when one is set. */
  reviewerName: string | null;
  /** Minutes to read the whole body (known even when the body itself is withheld). */
  readingMinutes: number;
  specialty: SpecialtyRef | null;
  /** The cover image, when one was uploaded. */
  cover: CoverImageView | null;
  updatedAt: Date;
  /** ISO dates (YYYY-MM-DD). */
  lastReviewedAt: string | null;
  nextReviewDue: string | null;
};

export type FeaturedCondition = { slug: string; title: string; lead: string };

// A published row always has a date (the posts_published_has_date check); say so once.
function publishedDate(value: Date | null): Date {
  if (!value) throw new Error('A published row has no published_at: the database check is missing.');
  return value;
}

const isLivePostOfAnyKind = (): SQL => isLive(posts);
const isLivePost = (kind: PostKind): SQL => and(eq(posts.kind, kind), isLivePostOfAnyKind()) as SQL;

const postListColumns = {
  id: posts.id,
  kind: posts.kind,
  slug: posts.slug,
  title: posts.title,
  summary: posts.summary,
  publishedAt: posts.publishedAt,
  access: posts.access,
};

type PostListRow = Omit<PostListItem, 'publishedAt'> & { publishedAt: Date | null };

function toPostListItem(row: PostListRow): PostListItem {
  return { ...row, publishedAt: publishedDate(row.publishedAt) };
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
      coverImageId: posts.coverImageId,
      coverImageAlt: posts.coverImageAlt,
      specialtySlug: specialties.slug,
      specialtyName: specialties.name,
      accountAuthorName: authors.name,
      reviewerName: reviewers.name,
    })
    .from(posts)
    .leftJoin(specialties, eq(posts.specialtyId, specialties.id))
    .leftJoin(authors, eq(posts.authorId, authors.id))
    .leftJoin(reviewers, eq(posts.reviewerId, reviewers.id))
    .where(and(isLivePost(kind), eq(posts.slug, slug)))
    .limit(1);
  if (!row) return null;
  const { specialtySlug, specialtyName, body, accountAuthorName, coverImageId, coverImageAlt, ...rest } = row;
  return {
    ...rest,
    cover: await getCoverImage(coverImageId, coverImageAlt),
    publishedAt: publishedDate(row.publishedAt),
    body: canReadFull(row, viewer) ? body : null,
    authorName: accountAuthorName ?? row.byline,
    readingMinutes: countReadingMinutes(body),
    specialty: toSpecialtyRef(specialtySlug, specialtyName),
  };
});

/**
 * One page of a kind's list, newest first, counted and read as of the first page's
 * snapshot (see ./pagination), optionally narrowed to one specialty.
 */
export async function listPostsPage(kind: PostKind, params: ListParams): Promise<Paged<PostListItem>> {
  const where = and(
    isLivePost(kind),
    publishedAsOf(posts.publishedAt, params.asOf),
    inSpecialty(posts.specialtyId, params.specialty),
  );
  return paginate(params, {
    count: async () => {
      const [row] = await db.select({ n: count() }).from(posts).where(where);
      return row?.n ?? 0;
    },
    rows: async ({ limit, offset }) => {
      const rows = await db
        .select(postListColumns)
        .from(posts)
        .where(where)
        .orderBy(desc(posts.publishedAt), desc(posts.id))
        .limit(limit)
        .offset(offset);
      return rows.map(toPostListItem);
    },
  });
}

/**
 * Other published posts in the same specialty, the same kind first, then newest: the
 * "related" box under a post. Never the post itself.
 */
export async function listRelatedPosts(
  post: { id: number; kind: PostKind; specialty: SpecialtyRef | null },
  options: { limit?: number } = {},
): Promise<PostListItem[]> {
  if (!post.specialty) return [];
  const rows = await db
    .select(postListColumns)
    .from(posts)
    .where(and(isLivePostOfAnyKind(), ne(posts.id, post.id), eq(posts.specialtyId, specialtyIdOf(post.specialty.slug))))
    .orderBy(sql`(${posts.kind} = ${post.kind}) desc`, desc(posts.publishedAt), desc(posts.id))
    .limit(options.limit ?? RELATED_LIMIT);
  return rows.map(toPostListItem);
}

/** The specialties that have published posts of a kind, with how many: a list's filter. */
export async function listPostSpecialties(kind: PostKind): Promise<Array<SpecialtyRef & { count: number }>> {
  return db
    .select({ slug: specialties.slug, name: specialties.name, count: count() })
    .from(posts)
    .innerJoin(specialties, eq(posts.specialtyId, specialties.id))
    .where(isLivePost(kind))
    .groupBy(specialties.id, specialties.slug, specialties.name)
    .orderBy(specialties.name);
}

/** The newest published posts of a kind in one specialty: a section of its specialty page. */
export async function listLatestPostsInSpecialty(
  kind: PostKind,
  specialtySlug: string,
  options: { limit?: number } = {},
): Promise<PostListItem[]> {
  const rows = await db
    .select(postListColumns)
    .from(posts)
    .where(and(isLivePost(kind), eq(posts.specialtyId, specialtyIdOf(specialtySlug))))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(options.limit ?? SECTION_SIZE);
  return rows.map(toPostListItem);
}
