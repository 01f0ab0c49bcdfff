import { randomInt } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import postgres from 'postgres';
import sharp from 'sharp';
import { DEMO_DOCTOR, signInByScript } from './pages/auth-pages';

/*
 * Cover image uploads over HTTP through the built app (the editors' pages that hold the field
 * are other parts' work): an author's upload, its copies at /media with their cache headers,
 * and the refusals. Each run's pictures are new (random size and colour), so a rerun on the
 * same database still makes new images.
 */

const PASSWORD = 'Demo-Portal-2026';

type Uploaded = { id: number; width: number; height: number; variants: Array<{ name: string; width: number; height: number; url: string }> };

async function signIn(request: APIRequestContext, email: string) {
  const { sessionCookie } = await signInByScript(request, email, PASSWORD);
  expect(sessionCookie, `${email} signed in`).not.toBeNull();
}

function uploadTo(request: APIRequestContext, origin: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  return request.post('/admin/images', { multipart: { file }, headers: { Origin: origin }, maxRedirects: 0 });
}

async function newPicture(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: randomInt(256), g: randomInt(256), b: randomInt(256) } } })
    .png()
    .toBuffer();
}

let sql: postgres.Sql;
test.beforeAll(() => {
  sql = postgres(process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
});
test.afterAll(async () => {
  await sql.end({ timeout: 5 });
});

async function storedLength(name: string): Promise<number> {
  const [row] = await sql<Array<{ byte_length: number }>>`select byte_length from image_variants where name = ${name}`;
  return row!.byte_length;
}

test.describe('cover images', () => {
  test('an author uploads a PNG; its copies are served as WebP with their size and cached for a year', async ({ request, baseURL, playwright }) => {
    await signIn(request, 'author@demo.hidoc.local');
    const width = 700 + randomInt(500);
    const png = await newPicture(width, 400);
    const response = await uploadTo(request, baseURL!, { name: 'cover.png', mimeType: 'image/png', buffer: png });
    expect(response.status()).toBe(201);
    const image = (await response.json()) as Uploaded;
    expect(image).toMatchObject({ width, height: 400 });
    expect(image.variants.map((v) => v.width)).toEqual([320, 640]);

    // Anyone may fetch the copies: a reader without a session.
    const reader = await playwright.request.newContext({ baseURL });
    for (const variant of image.variants) {
      expect(variant.url).toMatch(/^\/media\/[a-f0-9]{16}-(320|640)\.webp$/);
      const served = await reader.get(variant.url);
      expect(served.status()).toBe(200);
      const headers = served.headers();
      expect(headers['content-type']).toBe('image/webp');
      expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['content-encoding']).toBeUndefined();
      const bytes = await served.body();
      // The route sets Content-Length (app/admin/images/route.test.ts), but Next 16 drops it from
      // every route handler's answer (next/dist/server/send-response.js) and sends it chunked:
      // the length is checked against what the upload stored instead.
      if (headers['content-length'] !== undefined) expect(headers['content-length']).toBe(String(bytes.byteLength));
      expect(bytes.byteLength).toBe(await storedLength(variant.name));
      expect(await sharp(bytes).metadata()).toMatchObject({ format: 'webp', width: variant.width, height: variant.height });
    }
    expect((await reader.get(`/media/${'0'.repeat(16)}-640.webp`)).status()).toBe(404);
    expect((await reader.get('/media/not-a-name.png')).status()).toBe(404);
    await reader.dispose();

    // The same file again, under another name, is the same image.
    const again = await uploadTo(request, baseURL!, { name: 'renamed.jpg', mimeType: 'image/jpeg', buffer: png });
    expect(again.status()).toBe(200);
    expect(((await again.json()) as Uploaded).id).toBe(image.id);
  });

  test('an SVG named .png, a script named photo.jpg and a web page named .png are refused with a message', async ({ request, baseURL }) => {
    await signIn(request, 'author@demo.hidoc.local');
    const refusals = [
      { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><script>alert(2)</script></svg>'), says: /SVG images are not accepted/ },
      { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('#!/bin/sh\necho owned\n'), says: /not an image we can read/ },
      { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('<!doctype html><title>x</title><script>alert(1)</script>'), says: /not an image/ },
    ];
    for (const { says, ...file } of refusals) {
      const response = await uploadTo(request, baseURL!, file);
      expect(response.status(), file.name).toBe(415);
      expect(((await response.json()) as { error: string }).error).toMatch(says);
    }
  });

  test('no upload without an author: anonymous is sent to sign in, a doctor is refused, and so is another site', async ({ request, baseURL, playwright }) => {
    const png = await newPicture(40, 40);
    const file = { name: 'cover.png', mimeType: 'image/png', buffer: png };
    const anonymous = await playwright.request.newContext({ baseURL });
    const bounced = await uploadTo(anonymous, baseURL!, file);
    expect(bounced.status()).toBe(307);
    expect(bounced.headers()['location']).toContain('/login');
    await anonymous.dispose();

    await signIn(request, DEMO_DOCTOR.email);
    const member = await uploadTo(request, baseURL!, file);
    expect(member.status()).toBe(403);
    expect(await member.json()).toEqual({ error: 'You do not have access to this.' });

    const author = await playwright.request.newContext({ baseURL });
    await signIn(author, 'author@demo.hidoc.local');
    expect((await uploadTo(author, 'https://evil.example', file)).status()).toBe(403);
    await author.dispose();
  });
});
