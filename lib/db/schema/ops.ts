import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { sqlList } from './columns';
import { users } from './users';

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** e.g. `post.publish`, `account.deactivate` */
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    ip: text('ip'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_created_idx').on(t.createdAt.desc()), index('audit_log_actor_idx').on(t.actorId)],
);

/** Fixed-window counters, shared by every app instance through the database. */
export const rateLimitBuckets = pgTable(
  'rate_limit_buckets',
  {
    key: text('key').primaryKey(),
    count: integer('count').notNull().default(0),
    resetAt: timestamp('reset_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limit_buckets_reset_idx').on(t.resetAt)],
);

export const MAIL_STATUSES = ['queued', 'sent', 'failed', 'logged'] as const;

export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    status: text('status', { enum: MAIL_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    check('mail_outbox_status_check', sql`${t.status} in ('queued', 'sent', 'failed', 'logged')`),
    index('mail_outbox_created_idx').on(t.createdAt.desc()),
  ],
);

/** What staff edit; each kind's rows carry a `version` for optimistic locking. */
export const REVISION_ITEM_TYPES = ['post', 'event', 'video', 'video_series', 'cme_activity', 'legal_document'] as const;
export type RevisionItemType = (typeof REVISION_ITEM_TYPES)[number];

/**
 * Every save of an edited item keeps the item as it was saved (its fields as JSON), by the
 * version that save made: any revision can be read, compared with the current one and
 * restored as a new one. Never updated.
 */
export const revisions = pgTable(
  'revisions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    itemType: text('item_type', { enum: REVISION_ITEM_TYPES }).notNull(),
    itemId: integer('item_id').notNull(),
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    editorId: integer('editor_id').references(() => users.id, { onDelete: 'set null' }),
    /** A few words on the save: "published", "restored version 3", "edited". */
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('revisions_item_version_key').on(t.itemType, t.itemId, t.version),
    check('revisions_item_type_check', sql.raw(`item_type in (${sqlList(REVISION_ITEM_TYPES)})`)),
  ],
);

/**
 * What the seed has inserted once, by table and natural key: a later seed inserts only what is
 * not here, so an item an editor deleted or changed is never put back.
 */
export const seedItems = pgTable(
  'seed_items',
  {
    tableName: text('table_name').notNull(),
    key: text('key').notNull(),
    seededAt: timestamp('seeded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tableName, t.key] })],
);
