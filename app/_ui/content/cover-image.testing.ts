import sharp from 'sharp';
import { expect } from 'vitest';
import { storeUploadedImage } from '@/lib/admin/images';

/*
 * For the tests of pages that show a cover (events, videos): an image stored as an upload is,
 * and what the page's <img> must say about it.
 */

/** A PNG of the given size stored as an uploaded cover: its id and its stored copies. */
export async function storeTestCover(width: number, height: number) {
  const png = await sharp({ create: { width, height, channels: 3, background: '#225588' } }).png().toBuffer();
  const stored = await storeUploadedImage({ bytes: png }, null);
  if (!stored.ok) throw new Error(stored.message);
  return stored.image;
}

/**
 * The page's one <img>, checked as a cover: every stored width in srcset, the widest copy as
 * src with its intrinsic size (no layout shift), and the editor's text alternative.
 */
export function expectCoverImage(html: string, image: Awaited<ReturnType<typeof storeTestCover>>, alt: string): string {
  const img = /<img [^>]*>/.exec(html)?.[0];
  expect(img).toBeDefined();
  const widest = image.variants.at(-1)!;
  expect(img).toContain(`srcSet="${image.variants.map((v) => `${v.url} ${v.width}w`).join(', ')}"`);
  expect(img).toContain(`src="${widest.url}"`);
  expect(img).toContain(`width="${widest.width}"`);
  expect(img).toContain(`height="${widest.height}"`);
  expect(img).toContain(`alt="${alt}"`);
  return img!;
}
