import { sql } from 'drizzle-orm';
import { check, customType, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { id } from './columns';
import { users } from './users';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * An uploaded cover image: the original's facts. Its resized copies are image_variants, served
 * under content-hashed names; the original itself is not kept.
 */
export const images = pgTable(
  'images',
  {
    id: id(),
    /** sha-256 of the uploaded bytes, hex: the same file uploaded twice is one image. */
    sha256: text('sha256').notNull().unique(),
    /** What the bytes are (decided from their content, never from the file's name). */
    sourceFormat: text('source_format').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('images_size_positive', sql`${t.width} > 0 and ${t.height} > 0`)],
);

/**
 * One resized copy of an image, by its content-hashed file name (e.g. `3f9a…-640.webp`).
 * The bytes are here, or in the folder IMAGE_STORAGE_DIR names (then `bytes` is null).
 */
export const imageVariants = pgTable(
  'image_variants',
  {
    name: text('name').primaryKey(),
    imageId: integer('image_id')
      .notNull()
      .references(() => images.id, { onDelete: 'cascade' }),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    contentType: text('content_type').notNull(),
    byteLength: integer('byte_length').notNull(),
    bytes: bytea('bytes'),
  },
  (t) => [
    index('image_variants_image_idx').on(t.imageId),
    check('image_variants_name_shape', sql`${t.name} ~ '^[a-f0-9]{16,64}-[0-9]{2,4}\\.(webp|jpg|png|avif)$'`),
  ],
);

export type Image = typeof images.$inferSelect;
export type ImageVariant = typeof imageVariants.$inferSelect;
