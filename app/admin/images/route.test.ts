import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { insertStaff } from '@/lib/admin/test-helpers';
import { images } from '@/lib/db/schema';
import { pointAppDbAt, testDatabase } from '@/lib/db/test/database';
import { useSession } from '@/lib/db/test/next-request';
import { GET as getMedia } from '../../media/[name]/route';
import { POST } from './route';

vi.mock('next/headers', async () => (await import('@/lib/db/test/next-request')).switchableRequest);

const { db } = testDatabase('migrated', 'adm_images_route');

const ORIGIN = 'http://127.0.0.1:3000';
let tokens: Record<'member' | 'author', string>;
let png: Buffer;

beforeAll(async () => {
  tokens = { member: (await insertStaff(db, 'member')).token, author: (await insertStaff(db, 'author')).token };
  png = await sharp({ create: { width: 800, height: 400, channels: 3, background: '#2a6f97' } }).png().toBuffer();
});

function send(file: Blob | string | null, name = 'cover.png', headers: Record<string, string> = {}) {
  const form = new FormData();
  if (file !== null) form.set('file', file as Blob, name);
  return POST(new Request(`${ORIGIN}/admin/images`, { method: 'POST', body: form, headers: { Host: '127.0.0.1:3000', Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin', ...headers } }));
}

const media = (name: string) => getMedia(new Request(`${ORIGIN}/media/${name}`), { params: Promise.resolve({ name }) });

describe('POST /admin/images', () => {
  it('refuses an anonymous request with 401 and a member with 403, storing nothing', async () => {
    await useSession(null);
    expect((await send(new Blob([new Uint8Array(png)], { type: 'image/png' }))).status).toBe(401);
    await useSession(tokens.member);
    const refused = await send(new Blob([new Uint8Array(png)], { type: 'image/png' }));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: 'You do not have access to this.' });
    expect(await db.$count(images)).toBe(0);
  });

  it('refuses an author’s upload sent from another site', async () => {
    await useSession(tokens.author);
    const response = await send(new Blob([new Uint8Array(png)]), 'cover.png', { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' });
    expect(response.status).toBe(403);
    expect(await db.$count(images)).toBe(0);
  });

  it('accepts an author’s image and answers its copies; the same file again is the same image', async () => {
    await useSession(tokens.author);
    const response = await send(new Blob([new Uint8Array(png)], { type: 'image/png' }));
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toEqual({
      id: expect.any(Number),
      width: 800,
      height: 400,
      variants: [
        { name: expect.stringMatching(/^[a-f0-9]{16}-320\.webp$/), width: 320, height: 160, url: expect.stringMatching(/^\/media\/[a-f0-9]{16}-320\.webp$/) },
        { name: expect.stringMatching(/^[a-f0-9]{16}-640\.webp$/), width: 640, height: 320, url: expect.stringMatching(/^\/media\/[a-f0-9]{16}-640\.webp$/) },
      ],
    });
    const again = await send(new Blob([new Uint8Array(png)]), 'renamed.jpg');
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(body);
    expect(await db.$count(images, eq(images.id, body.id))).toBe(1);
  });

  it('refuses an SVG named .png and a script named photo.jpg with a message to show', async () => {
    await useSession(tokens.author);
    const svg = await send(new Blob(['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" width="9" height="9"/>'], { type: 'image/png' }), 'photo.png');
    expect(svg.status).toBe(415);
    expect((await svg.json()).error).toMatch(/SVG images are not accepted/);
    const script = await send(new Blob(['#!/bin/sh\nrm -rf /\n'], { type: 'image/jpeg' }), 'photo.jpg');
    expect(script.status).toBe(415);
    expect((await script.json()).error).toMatch(/not an image we can read/);
  });

  it('refuses a body larger than the limit with 413 before reading it, and a form without a file with 400', async () => {
    await useSession(tokens.author);
    const big = await POST(
      new Request(`${ORIGIN}/admin/images`, {
        method: 'POST',
        body: 'x',
        headers: { Host: '127.0.0.1:3000', Origin: ORIGIN, 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': String(9 * 1024 * 1024) },
      }),
    );
    expect(big.status).toBe(413);
    expect((await big.json()).error).toMatch(/larger than 8 MB/);
    const overByBytes = await send(new Blob([new Uint8Array(8 * 1024 * 1024 + 1)]), 'huge.png');
    expect(overByBytes.status).toBe(413);
    expect((await send(null)).status).toBe(400);
  });
});

describe('GET /media/[name]', () => {
  it('serves a copy as WebP for a year, immutable, with its length and nosniff', async () => {
    await useSession(tokens.author);
    const { variants } = await (await send(new Blob([new Uint8Array(png)]))).json();
    const response = await media(variants[1].name);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/webp');
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('Content-Length')).toBe(String(bytes.byteLength));
    expect(await sharp(bytes).metadata()).toMatchObject({ format: 'webp', width: 640, height: 320 });
  });

  it('answers 404 for an unknown name, and for a malformed one without asking the database', async () => {
    expect((await media('0123456789abcdef-640.webp')).status).toBe(404);
    // The app's db pointed at a server that is not there: a query would throw.
    const restore = await pointAppDbAt('postgres://nobody@127.0.0.1:9/nowhere');
    try {
      for (const name of ['../../etc/passwd', 'cover.png', '0123456789abcdef-640.svg', "x' or 1=1", '0123456789abcdef-640.webp.tmp']) {
        expect((await media(name)).status).toBe(404);
      }
      await expect(media('0123456789abcdef-640.webp')).rejects.toThrow();
    } finally {
      await restore();
    }
  });
});
