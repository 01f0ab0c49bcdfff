import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp, { type Metadata } from 'sharp';
import { z } from 'zod';
import { audit } from '@/lib/audit';
import { getCoverImage, listImageVariants, mediaUrl, variantFilePath, type ImageVariantView } from '@/lib/content/images';
import { db, type Executor } from '@/lib/db/client';
import { images, imageVariants } from '@/lib/db/schema';
import { env } from '@/lib/env';

/*
 * Cover image uploads. What a file is comes from its bytes alone (sharp reads them); the name and
 * type the browser claims are never asked. Accepted images are kept as resized WebP copies under
 * content-hashed names (the original is not kept), in PostgreSQL or in IMAGE_STORAGE_DIR, and
 * served by /media/<name> (lib/content/images.ts).
 */

/** The widths made, each only when the original is at least that wide (never upscaled). */
export const IMAGE_WIDTHS = [320, 640, 1280] as const;

/** More pixels than this is refused unread (sharp's limitInputPixels): a small file can claim a huge canvas. */
export const MAX_INPUT_PIXELS = 40_000_000;

/** sharp's name for a format → what the reader is told. AVIF is sharp's `heif` with AV1 compression. */
const ACCEPTED_FORMATS: Record<string, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', heif: 'AVIF' };

const ACCEPTED_LIST = 'JPEG, PNG, WebP or AVIF';

export type Upload = {
  bytes: Buffer;
  /** What the browser said the file is called and is: kept for the log, never for the decision. */
  claimedName?: string;
  claimedType?: string;
};

export type StoredImage = { id: number; width: number; height: number; variants: ImageVariantView[] };

export type UploadResult =
  | { ok: true; image: StoredImage; isNew: boolean }
  | { ok: false; status: 413 | 415 | 422; message: string };

export function maxUploadBytes(): number {
  return env.IMAGE_MAX_UPLOAD_BYTES;
}

export function describeBytes(size: number): string {
  return size >= 1024 * 1024 ? `${Math.round((size / (1024 * 1024)) * 10) / 10} MB` : `${Math.ceil(size / 1024)} kB`;
}

export function tooLargeMessage(): string {
  return `The image is larger than ${describeBytes(maxUploadBytes())}: make it smaller and upload it again.`;
}

function tooManyPixelsMessage(): string {
  return `The image has more than ${MAX_INPUT_PIXELS / 1_000_000} megapixels: make it smaller and upload it again.`;
}

function refuse(status: 413 | 415 | 422, message: string): UploadResult {
  return { ok: false, status, message };
}

/** A variant's content-hashed name: the original's hash, the width (two digits at least, as the schema's CHECK asks). */
export function variantName(sha256: string, width: number): string {
  return `${sha256.slice(0, 16)}-${String(width).padStart(2, '0')}.webp`;
}

/** The widths to make for an original this wide: those not above it, or the original's own when it is narrower than all. */
export function variantWidths(originalWidth: number): number[] {
  const widths = IMAGE_WIDTHS.filter((w) => w <= originalWidth);
  return widths.length > 0 ? widths : [originalWidth];
}

/**
 * Accepts an uploaded cover image for `uploadedBy`, or says why not. The same bytes uploaded again
 * are the same image (its row, its copies). One transaction writes the image, its copies and the
 * audit row; in a folder, the files are written (atomically) before it.
 */
export async function storeUploadedImage(upload: Upload, uploadedBy: number | null): Promise<UploadResult> {
  const { bytes } = upload;
  if (bytes.byteLength > maxUploadBytes()) return refuse(413, tooLargeMessage());
  if (bytes.byteLength === 0) return refuse(422, 'The file is empty: choose an image.');

  const input = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', animated: false });
  let metadata: Metadata;
  try {
    metadata = await input().metadata();
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) return refuse(422, tooManyPixelsMessage());
    return refuse(415, `This file is not an image we can read: upload a ${ACCEPTED_LIST}.`);
  }
  const format = metadata.format as string;
  if (format === 'svg') return refuse(415, `SVG images are not accepted (they can carry scripts): upload a ${ACCEPTED_LIST}.`);
  if (!(format in ACCEPTED_FORMATS) || (format === 'heif' && metadata.compression !== 'av1')) {
    return refuse(415, `This is a${/^[aeiou]/.test(format) ? 'n' : ''} ${format.toUpperCase()} file, not one we accept: upload a ${ACCEPTED_LIST}.`);
  }
  if ((metadata.pages ?? 1) > 1) return refuse(415, 'Animated images are not accepted: upload a still image.');
  const width = metadata.autoOrient?.width ?? metadata.width;
  const height = metadata.autoOrient?.height ?? metadata.height;
  if (!width || !height) return refuse(415, `This file is not an image we can read: upload a ${ACCEPTED_LIST}.`);
  if (width * height > MAX_INPUT_PIXELS) return refuse(422, tooManyPixelsMessage());

  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const existing = await findImageBySha(sha256);
  if (existing) return { ok: true, image: existing, isNew: false };

  // One at a time: the machine's cores are shared with page rendering.
  const variants: Array<{ name: string; width: number; height: number; data: Buffer }> = [];
  try {
    for (const target of variantWidths(width)) {
      const { data, info } = await input()
        .autoOrient()
        .resize({ width: target, withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer({ resolveWithObject: true });
      variants.push({ name: variantName(sha256, info.width), width: info.width, height: info.height, data });
    }
  } catch {
    // A header that reads but a body that does not (a truncated file).
    return refuse(415, `This file is not an image we can read: upload a ${ACCEPTED_LIST}.`);
  }

  const inFolder = variantFilePath(variants[0]!.name) !== null;
  if (inFolder) for (const v of variants) await writeFileAtomically(variantFilePath(v.name)!, v.data);

  try {
    const id = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(images)
        .values({ sha256, sourceFormat: ACCEPTED_FORMATS[format]!.toLowerCase(), width, height, uploadedBy })
        .returning({ id: images.id });
      await tx.insert(imageVariants).values(
        variants.map((v) => ({
          name: v.name,
          imageId: row!.id,
          width: v.width,
          height: v.height,
          contentType: 'image/webp',
          byteLength: v.data.byteLength,
          bytes: inFolder ? null : v.data,
        })),
      );
      await audit(tx, {
        actorId: uploadedBy,
        action: 'image.upload',
        subjectType: 'image',
        subjectId: row!.id,
        details: { format: ACCEPTED_FORMATS[format], width, height, bytes: bytes.byteLength, variants: variants.map((v) => v.width) },
      });
      return row!.id;
    });
    return {
      ok: true,
      isNew: true,
      image: { id, width, height, variants: variants.map((v) => ({ name: v.name, width: v.width, height: v.height, url: mediaUrl(v.name) })) },
    };
  } catch (error) {
    // The same file uploaded twice at once: the other upload's row stands (and its files are these).
    if (isUniqueViolation(error)) {
      const winner = await findImageBySha(sha256);
      if (winner) return { ok: true, image: winner, isNew: false };
    }
    throw error;
  }
}

/**
 * The two fields CoverImageField (app/_ui/admin/cover-image-field.tsx) adds to an editor's form,
 * to spread into its zod schema: `coverImageId` (empty: no image) and `coverImageAlt`, each null
 * when empty, ready for the item's cover_image_id and cover_image_alt.
 */
export const coverImageFields = {
  coverImageId: z
    .string()
    .trim()
    .regex(/^\d{0,9}$/, 'Choose the image again.')
    .default('')
    .transform((value) => (value === '' ? null : Number(value))),
  coverImageAlt: z
    .string()
    .trim()
    .max(300, 'Keep the text alternative under 300 characters.')
    .default('')
    .transform((value) => (value === '' ? null : value)),
};

/**
 * In a save's transaction: the field errors for a cover image that is not there (uploaded, then
 * gone), or null when the fields may be saved as they are.
 */
export async function checkCoverImage(tx: Executor, fields: { coverImageId: number | null }): Promise<Record<string, string[]> | null> {
  if (fields.coverImageId === null) return null;
  const [row] = await tx.select({ id: images.id }).from(images).where(eq(images.id, fields.coverImageId)).limit(1);
  return row ? null : { coverImageId: ['That image is no longer there: upload it again.'] };
}

async function findImageBySha(sha256: string): Promise<StoredImage | null> {
  const [row] = await db
    .select({ id: images.id, width: images.width, height: images.height })
    .from(images)
    .where(eq(images.sha256, sha256))
    .limit(1);
  if (!row) return null;
  return { ...row, variants: await listImageVariants(row.id) };
}

/** Readers never see half a file: written beside it under a temporary name, then renamed over it. */
async function writeFileAtomically(file: string, data: Buffer): Promise<void> {
  await mkdir(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(/*turbopackIgnore: true*/ temporary, data, { flag: 'wx' });
    await rename(/*turbopackIgnore: true*/ temporary, /*turbopackIgnore: true*/ file);
  } catch (error) {
    await rm(/*turbopackIgnore: true*/ temporary, { force: true });
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/** An item's saved cover image as the editor's field shows it, or null (none, or gone since). */
export async function coverImageForEditor(imageId: number | null, alt: string | null) {
  if (imageId === null) return null;
  const cover = await getCoverImage(imageId, alt);
  return cover ? { id: imageId, url: cover.src, width: cover.width, height: cover.height, alt: cover.alt } : null;
}
