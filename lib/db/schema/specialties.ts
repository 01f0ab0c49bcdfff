import { sql } from 'drizzle-orm';
import { check, pgTable, text } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns';

export const specialties = pgTable(
  'specialties',
  {
    id: id(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull().unique(),
    description: text('description').notNull().default(''),
    ...timestamps,
  },
  (t) => [
    check('specialties_slug_shape', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(${t.slug}) <= 80`),
    check('specialties_name_length', sql`length(${t.name}) between 1 and 80`),
  ],
);

export type Specialty = typeof specialties.$inferSelect;
