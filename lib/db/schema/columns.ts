import { customType, integer, timestamp } from 'drizzle-orm/pg-core';

/** PostgreSQL's tsvector, for the generated full-text search columns. */
export const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});

export const id = () => integer('id').primaryKey().generatedAlwaysAsIdentity();

export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** The publishing life cycle shared by every kind of content. */
export const PUBLISH_STATUSES = ['draft', 'scheduled', 'published', 'archived'] as const;
export type PublishStatus = (typeof PUBLISH_STATUSES)[number];

export const ACCESS_LEVELS = ['public', 'members'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

/** `'a', 'b'` for a CHECK constraint over a fixed list of values. */
export function sqlList(values: readonly string[]): string {
  return values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
}
