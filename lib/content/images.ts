import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { db } from '@/lib/db/client';
import { imageVariants } from '@/lib/db/schema';
import { env } from '@/lib/env';

/*
 * Cover images as readers get them: a resized copy by its content-hashed name (/media/<name>),
 * and an image's copies for an <img srcset>. Uploads are staff code, in lib/admin/images.ts.
 */

/** What the upload writes: 16 hex digits of the original's sha-256, the width (at least two digits), `.webp`. */
export const VARIANT_NAME = /^[a-f0-9]{16}-[0-9]{2,4}\.webp$/;

export type ImageVariantView = { name: string; width: number; height: number; url: string };

export type CoverImageView = {
  src: string;
  srcSet: string;
  width: number;
  height: number;
  alt: string;
};

export function mediaUrl(name: string): string {
  return `/media/${name}`;
}

/** Where a variant's file is when IMAGE_STORAGE_DIR is set; null when it is not. Only ever a checked name. */
export function variantFilePath(name: string): string | null {
  if (!env.IMAGE_STORAGE_DIR) return null;
  if (!VARIANT_NAME.test(name)) throw new Error(`Not a variant name: ${name}`);
  return path.resolve(env.IMAGE_STORAGE_DIR, name);
}

/**
 * A variant's bytes to serve, or null for an unknown name. A name of the wrong shape is
 * answered without asking the database.
 */
export async function readImageVariant(name: string): Promise<{ bytes: Buffer; contentType: string; width: number; height: number } | null> {
  if (!VARIANT_NAME.test(name)) return null;
  const [row] = await db
    .select({ bytes: imageVariants.bytes, contentType: imageVariants.contentType, width: imageVariants.width, height: imageVariants.height })
    .from(imageVariants)
    .where(eq(imageVariants.name, name))
    .limit(1);
  if (!row) return null;
  if (row.bytes) return { ...row, bytes: row.bytes };
  const file = variantFilePath(name);
  if (file === null) {
    console.error(`image variant ${name} is kept in a folder, but IMAGE_STORAGE_DIR is not set`);
    return null;
  }
  try {
    // The folder is a setting, not part of the build: nothing under it is traced into the output.
    return { ...row, bytes: await readFile(/*turbopackIgnore: true*/ file) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(`image variant ${name}: its file is missing from IMAGE_STORAGE_DIR`);
      return null;
    }
    throw error;
  }
}

/** An image's resized copies, narrowest first (empty for an unknown id). */
export async function listImageVariants(imageId: number): Promise<ImageVariantView[]> {
  const rows = await db
    .select({ name: imageVariants.name, width: imageVariants.width, height: imageVariants.height })
    .from(imageVariants)
    .where(eq(imageVariants.imageId, imageId))
    .orderBy(asc(imageVariants.width));
  return rows.map((row) => ({ ...row, url: mediaUrl(row.name) }));
}

/** What an <img> of the cover needs: the widest copy as src and intrinsic size, every copy in srcset. Null without an image. */
export function coverImageFromVariants(variants: ImageVariantView[], alt: string | null): CoverImageView | null {
  const widest = variants.at(-1);
  if (!widest) return null;
  return {
    src: widest.url,
    srcSet: variants.map((v) => `${v.url} ${v.width}w`).join(', '),
    width: widest.width,
    height: widest.height,
    alt: alt ?? '',
  };
}

/** A post's, event's or video's cover (its cover_image_id and cover_image_alt), or null when it has none. */
export async function getCoverImage(imageId: number | null | undefined, alt: string | null | undefined): Promise<CoverImageView | null> {
  if (imageId === null || imageId === undefined) return null;
  return coverImageFromVariants(await listImageVariants(imageId), alt ?? null);
}
