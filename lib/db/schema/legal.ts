import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, primaryKey, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { id, sqlList, timestamps } from './columns';
import { users } from './users';

export const LEGAL_KINDS = ['terms', 'privacy'] as const;
export type LegalKind = (typeof LEGAL_KINDS)[number];
export const LEGAL_ENTITIES = ['llp', 'inc'] as const;
export type LegalEntity = (typeof LEGAL_ENTITIES)[number];

/** Versioned: a change is a new row; the page shows the newest version in effect. */
export const legalDocuments = pgTable(
  'legal_documents',
  {
    id: id(),
    kind: text('kind', { enum: LEGAL_KINDS }).notNull(),
    entity: text('entity', { enum: LEGAL_ENTITIES }).notNull(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    /** Markdown. */
    body: text('body').notNull(),
    effectiveDate: date('effective_date').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    editorId: integer('editor_id').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    unique('legal_documents_kind_entity_version_key').on(t.kind, t.entity, t.version),
    check('legal_documents_kind_check', sql.raw(`kind in (${sqlList(LEGAL_KINDS)})`)),
    check('legal_documents_entity_check', sql.raw(`entity in (${sqlList(LEGAL_ENTITIES)})`)),
    check('legal_documents_version_positive', sql`${t.version} > 0`),
  ],
);

export const legalAcceptances = pgTable(
  'legal_acceptances',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    documentId: integer('document_id')
      .notNull()
      .references(() => legalDocuments.id, { onDelete: 'restrict' }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.documentId] })],
);

export type LegalDocument = typeof legalDocuments.$inferSelect;
