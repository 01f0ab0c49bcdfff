import { sql, type SQL } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { ACCESS_LEVELS, PUBLISH_STATUSES, id, sqlList, timestamps, tsvector } from './columns';
import { images } from './media';
import { specialties } from './specialties';
import { users } from './users';

const slugCheck = (name: string, slug: SQL | unknown) =>
  check(name, sql`${slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(${slug}) <= 120`);

const weighted = (column: string, weight: 'A' | 'B' | 'C') => `setweight(to_tsvector('english', coalesce(${column}, '')), '${weight}')`;

/** Title weighs most in search, then the summary, then the body. */
function searchVector(title: string, summary: string, body: string): SQL {
  return sql.raw(`${weighted(title, 'A')} || ${weighted(summary, 'B')} || ${weighted(body, 'C')}`);
}

/**
 * The title and summary alone, at the same positions as in searchVector: what a members-only
 * item may be found and ranked by, so that its body never decides what a stranger sees.
 * Small, and kept in the row (STORAGE MAIN in drizzle/0006).
 */
function searchOpen(title: string, summary: string): SQL {
  return sql.raw(`${weighted(title, 'A')} || ${weighted(summary, 'B')}`);
}

/**
 * searchVector without positions or weights: a few times smaller, so it stays in the row where
 * searchVector goes to TOAST. Search finds rows by it (lib/content/search.ts); phrases, weights
 * and ranking still read searchVector.
 */
function searchWords(title: string, summary: string, body: string): SQL {
  return sql`strip(${searchVector(title, summary, body)})`;
}

/**
 * Every two neighbouring words of searchVector as one lexeme ('chronic kidney'), for quoted
 * phrases: word positions are not in a GIN index, so without these a phrase of two common
 * words reads every row that holds both. search_word_pairs() is drizzle/0003's. (A generated
 * column cannot read another one, so the vector is made again here.)
 */
function searchPairs(title: string, summary: string, body: string): SQL {
  return sql`search_word_pairs(${searchVector(title, summary, body)})`;
}

/**
 * The title alone, with its positions (as in searchVector, so a phrase checked on it means the
 * same): with its own index, search also ranks the newest title matches of any age, where the
 * word index alone hands over only the newest matches of all (lib/content/search.ts).
 * Small, and kept in the row (STORAGE MAIN in drizzle/0014).
 */
function searchTitle(title: string): SQL {
  return sql.raw(weighted(title, 'A'));
}

export const POST_KINDS = ['condition', 'news', 'article'] as const;
export type PostKind = (typeof POST_KINDS)[number];

export type Reference = { label: string; url?: string };

/** Condition articles, news and articles: one table, told apart by `kind`. */
export const posts = pgTable(
  'posts',
  {
    id: id(),
    kind: text('kind', { enum: POST_KINDS }).notNull(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    /** Markdown; `##` headings are the article's sections. */
    body: text('body').notNull(),
    references: jsonb('references').$type<Reference[]>().notNull().default([]),
    specialtyId: integer('specialty_id').references(() => specialties.id, { onDelete: 'set null' }),
    status: text('status', { enum: PUBLISH_STATUSES }).notNull().default('draft'),
    access: text('access', { enum: ACCESS_LEVELS }).notNull().default('public'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** Shown as the author when no user account wrote it (seeded and syndicated content). */
    byline: text('byline'),
    reviewerId: integer('reviewer_id').references(() => users.id, { onDelete: 'set null' }),
    lastReviewedAt: date('last_reviewed_at'),
    nextReviewDue: date('next_review_due'),
    /** An author's draft handed to the editors; cleared when it is published or sent back. */
    reviewRequestedAt: timestamp('review_requested_at', { withTimezone: true }),
    /** An uploaded cover image (lib/admin/images.ts) and its text alternative. */
    coverImageId: integer('cover_image_id').references(() => images.id, { onDelete: 'set null' }),
    coverImageAlt: text('cover_image_alt'),
    /** Optimistic locking: an edit names the version it started from. */
    version: integer('version').notNull().default(1),
    searchVector: tsvector('search_vector').generatedAlwaysAs(searchVector('title', 'summary', 'body')),
    searchWords: tsvector('search_words').generatedAlwaysAs(searchWords('title', 'summary', 'body')),
    searchOpen: tsvector('search_open').generatedAlwaysAs(searchOpen('title', 'summary')),
    searchPairs: tsvector('search_pairs').generatedAlwaysAs(searchPairs('title', 'summary', 'body')),
    searchTitle: tsvector('search_title').generatedAlwaysAs(searchTitle('title')),
    ...timestamps,
  },
  (t) => [
    unique('posts_kind_slug_key').on(t.kind, t.slug),
    slugCheck('posts_slug_shape', t.slug),
    check('posts_kind_check', sql.raw(`kind in (${sqlList(POST_KINDS)})`)),
    check('posts_status_check', sql.raw(`status in (${sqlList(PUBLISH_STATUSES)})`)),
    check('posts_access_check', sql.raw(`access in (${sqlList(ACCESS_LEVELS)})`)),
    check('posts_title_length', sql`length(${t.title}) between 1 and 200`),
    check('posts_summary_length', sql`length(${t.summary}) <= 600`),
    check('posts_published_has_date', sql`${t.status} not in ('published', 'scheduled') or ${t.publishedAt} is not null`),
    // Lists read "published" (status published or scheduled) newest first: a partial index in
    // exactly that order lets them stop after one page instead of sorting every row.
    index('posts_listing_idx')
      .on(t.kind, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} in ('published', 'scheduled')`),
    index('posts_specialty_idx').on(t.specialtyId),
    // A specialty's published posts newest first: its page, filtered lists, filtered search.
    index('posts_specialty_listing_idx')
      .on(t.specialtyId, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} in ('published', 'scheduled')`),
    // Every kind's published posts newest first: a quoted phrase of common words is answered
    // by reading the newest posts until enough hold it (lib/content/search.ts).
    index('posts_published_idx')
      .on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} in ('published', 'scheduled')`),
    index('posts_search_idx').using('gin', t.searchWords),
    index('posts_search_pairs_idx').using('gin', t.searchPairs),
    index('posts_search_title_idx').using('gin', t.searchTitle),
  ],
);

export const events = pgTable(
  'events',
  {
    id: id(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    body: text('body').notNull(),
    specialtyId: integer('specialty_id').references(() => specialties.id, { onDelete: 'set null' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** IANA zone the event is held in, e.g. Europe/Vienna; times are shown in it. */
    timeZone: text('time_zone').notNull(),
    venue: text('venue'),
    virtualUrl: text('virtual_url'),
    organiser: text('organiser').notNull(),
    registrationUrl: text('registration_url'),
    status: text('status', { enum: PUBLISH_STATUSES }).notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** An uploaded cover image (lib/admin/images.ts) and its text alternative. */
    coverImageId: integer('cover_image_id').references(() => images.id, { onDelete: 'set null' }),
    coverImageAlt: text('cover_image_alt'),
    version: integer('version').notNull().default(1),
    searchVector: tsvector('search_vector').generatedAlwaysAs(searchVector('title', 'summary', 'body')),
    searchWords: tsvector('search_words').generatedAlwaysAs(searchWords('title', 'summary', 'body')),
    searchPairs: tsvector('search_pairs').generatedAlwaysAs(searchPairs('title', 'summary', 'body')),
    searchTitle: tsvector('search_title').generatedAlwaysAs(searchTitle('title')),
    ...timestamps,
  },
  (t) => [
    slugCheck('events_slug_shape', t.slug),
    check('events_status_check', sql.raw(`status in (${sqlList(PUBLISH_STATUSES)})`)),
    check('events_title_length', sql`length(${t.title}) between 1 and 200`),
    check('events_ends_after_start', sql`${t.endsAt} >= ${t.startsAt}`),
    check('events_has_place', sql`${t.venue} is not null or ${t.virtualUrl} is not null`),
    check('events_published_has_date', sql`${t.status} not in ('published', 'scheduled') or ${t.publishedAt} is not null`),
    index('events_listing_idx').on(t.startsAt, t.id).where(sql`${t.status} in ('published', 'scheduled')`),
    index('events_search_idx').using('gin', t.searchWords),
    index('events_search_pairs_idx').using('gin', t.searchPairs),
    index('events_search_title_idx').using('gin', t.searchTitle),
  ],
);

export const videoSeries = pgTable(
  'video_series',
  {
    id: id(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    specialtyId: integer('specialty_id').references(() => specialties.id, { onDelete: 'set null' }),
    /** Optimistic locking: an edit names the version it started from. */
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [slugCheck('video_series_slug_shape', t.slug)],
);

export const VIDEO_PROVIDERS = ['youtube', 'vimeo', 'file'] as const;
export type VideoProvider = (typeof VIDEO_PROVIDERS)[number];

export const videos = pgTable(
  'videos',
  {
    id: id(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    body: text('body').notNull().default(''),
    specialtyId: integer('specialty_id').references(() => specialties.id, { onDelete: 'set null' }),
    provider: text('provider', { enum: VIDEO_PROVIDERS }).notNull(),
    /** The hosted video's id (youtube, vimeo). */
    providerVideoId: text('provider_video_id'),
    /** A direct file address (provider `file`). */
    fileUrl: text('file_url'),
    durationSeconds: integer('duration_seconds'),
    speaker: text('speaker'),
    seriesId: integer('series_id').references(() => videoSeries.id, { onDelete: 'set null' }),
    partNumber: integer('part_number'),
    transcript: text('transcript'),
    access: text('access', { enum: ACCESS_LEVELS }).notNull().default('public'),
    status: text('status', { enum: PUBLISH_STATUSES }).notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** An uploaded cover image (lib/admin/images.ts) and its text alternative. */
    coverImageId: integer('cover_image_id').references(() => images.id, { onDelete: 'set null' }),
    coverImageAlt: text('cover_image_alt'),
    version: integer('version').notNull().default(1),
    searchVector: tsvector('search_vector').generatedAlwaysAs(searchVector('title', 'summary', 'body')),
    searchWords: tsvector('search_words').generatedAlwaysAs(searchWords('title', 'summary', 'body')),
    searchOpen: tsvector('search_open').generatedAlwaysAs(searchOpen('title', 'summary')),
    searchPairs: tsvector('search_pairs').generatedAlwaysAs(searchPairs('title', 'summary', 'body')),
    searchTitle: tsvector('search_title').generatedAlwaysAs(searchTitle('title')),
    ...timestamps,
  },
  (t) => [
    slugCheck('videos_slug_shape', t.slug),
    unique('videos_series_part_key').on(t.seriesId, t.partNumber),
    check('videos_provider_check', sql.raw(`provider in (${sqlList(VIDEO_PROVIDERS)})`)),
    check('videos_status_check', sql.raw(`status in (${sqlList(PUBLISH_STATUSES)})`)),
    check('videos_access_check', sql.raw(`access in (${sqlList(ACCESS_LEVELS)})`)),
    check('videos_title_length', sql`length(${t.title}) between 1 and 200`),
    check(
      'videos_source',
      sql`(${t.provider} = 'file' and ${t.fileUrl} is not null) or (${t.provider} <> 'file' and ${t.providerVideoId} is not null)`,
    ),
    check('videos_part_in_series', sql`${t.partNumber} is null or (${t.seriesId} is not null and ${t.partNumber} > 0)`),
    check('videos_duration_positive', sql`${t.durationSeconds} is null or ${t.durationSeconds} > 0`),
    check('videos_published_has_date', sql`${t.status} not in ('published', 'scheduled') or ${t.publishedAt} is not null`),
    index('videos_listing_idx')
      .on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} in ('published', 'scheduled')`),
    index('videos_search_idx').using('gin', t.searchWords),
    index('videos_search_pairs_idx').using('gin', t.searchPairs),
    index('videos_search_title_idx').using('gin', t.searchTitle),
  ],
);

/** One row per post and day; trending sums the last seven days. */
export const dailyViews = pgTable(
  'daily_views',
  {
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.postId, t.day] }), index('daily_views_day_idx').on(t.day)],
);

/** A reader's saved item: exactly one of a post, an event or a video. */
export const bookmarks = pgTable(
  'bookmarks',
  {
    id: id(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    postId: integer('post_id').references(() => posts.id, { onDelete: 'cascade' }),
    eventId: integer('event_id').references(() => events.id, { onDelete: 'cascade' }),
    videoId: integer('video_id').references(() => videos.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('bookmarks_one_item', sql`num_nonnulls(${t.postId}, ${t.eventId}, ${t.videoId}) = 1`),
    uniqueIndex('bookmarks_user_post_key').on(t.userId, t.postId).where(sql`${t.postId} is not null`),
    uniqueIndex('bookmarks_user_event_key').on(t.userId, t.eventId).where(sql`${t.eventId} is not null`),
    uniqueIndex('bookmarks_user_video_key').on(t.userId, t.videoId).where(sql`${t.videoId} is not null`),
    index('bookmarks_user_created_idx').on(t.userId, t.createdAt.desc()),
  ],
);

export type Post = typeof posts.$inferSelect;
export type NewPost = typeof posts.$inferInsert;
export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
export type Video = typeof videos.$inferSelect;
export type NewVideo = typeof videos.$inferInsert;
export type VideoSeries = typeof videoSeries.$inferSelect;
