import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { freePort, startServeProcess, stopServeProcess } from './serve-process';

/*
 * The page cache, seen from outside: public pages come from the cache (a second request is
 * a HIT, so nothing in the shared layout made them per-request), and made-up addresses are
 * neither stored nor written to disk. The server under test runs from this checkout
 * (playwright.config.ts), so its .next folder is ours to measure.
 */

const SERVER_DIST = path.resolve(__dirname, '..', '.next', 'server');

/** Total bytes and number of files under a folder. */
async function measureFolder(folder: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await fs.readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += (await fs.stat(path.join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

/**
 * Requests a page, then once more: what a second reader gets. A page found stale (its period
 * over, or a tag dropped) is made afresh behind the first request, so a pair whose second
 * request is not a HIT is tried again after a moment, a few times; a page that is never kept
 * still fails.
 */
async function getWarm(request: APIRequestContext, url: string) {
  let second = null;
  for (let attempt = 0; attempt < 4; attempt++) {
    const first = await request.get(url);
    expect(first.status(), url).toBe(200);
    second = await request.get(url);
    if (second.headers()['x-nextjs-cache'] === 'HIT') break;
    // A stale copy is being made afresh behind it: give that a moment.
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return second!;
}

test('a second request for the home page and for an article is a cache hit', async ({ request }) => {
  for (const url of ['/', '/conditions/calcinosis']) {
    const response = await getWarm(request, url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['x-nextjs-cache'], url).toBe('HIT');
  }
});

test('public lists and feeds are cached too, and none is marked private', async ({ request }) => {
  // /speed-reference too: the bench compares every page with it as a cached page.
  for (const url of ['/', '/conditions/calcinosis', '/news', '/articles', '/events', '/videos', '/feed.xml', '/sitemap.xml', '/speed-reference']) {
    const response = await getWarm(request, url);
    expect(response.headers()['x-nextjs-cache'], url).toBe('HIT');
    const cacheControl = response.headers()['cache-control'] ?? '';
    expect(cacheControl, url).not.toMatch(/private|no-store/);
  }
});

test('made-up addresses answer 404 without being cached or filling the disk', async ({ request }) => {
  const before = await measureFolder(SERVER_DIST);
  const slugs = Array.from({ length: 50 }, (_, i) => `random-${i}-${randomBytes(4).toString('hex')}`);
  for (const slug of slugs) {
    const response = await request.get(`/news/${slug}`);
    expect(response.status(), slug).toBe(404);
  }
  const after = await measureFolder(SERVER_DIST);
  expect(after.files).toBe(before.files);
  expect(after.bytes).toBe(before.bytes);

  // Asked again, an unknown address is rendered afresh: it was not kept in memory either.
  const again = await request.get(`/news/${slugs[0]}`);
  expect(again.status()).toBe(404);
  expect(again.headers()['x-nextjs-cache']).not.toBe('HIT');
});

test('after a start, a page the build wrote to .next is rendered afresh, never served from that copy', async () => {
  // `next build` prerendered the news list into .next; since then the list may have changed
  // (an item unpublished, made members-only). Next's own cache would answer from that copy.
  await fs.access(path.join(SERVER_DIST, 'app', 'news.html'));
  const port = await freePort();
  const server = await startServeProcess(port);
  try {
    const first = await fetch(`http://127.0.0.1:${port}/news`);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-nextjs-cache')).toBe('MISS');
  } finally {
    await stopServeProcess(server);
  }
});

test('the front cache answers a page Next serves to everyone from its copy, never a signed-in reader', async ({ request }) => {
  const url = '/news';
  await getWarm(request, url);
  const answers: Array<string | undefined> = [];
  for (let i = 0; i < 3; i++) answers.push((await request.get(url)).headers()['x-front-cache']);
  expect(answers).toContain('HIT');

  const signedIn = await request.get(url, { headers: { cookie: 'next-auth.session-token=not-a-session' } });
  expect(signedIn.status()).toBe(200);
  expect(signedIn.headers()['x-front-cache']).toBeUndefined();
});

test('one search is shared among anonymous readers for a few seconds, never with a signed-in one', async ({ request }) => {
  // A query of its own: no other spec's search can have left a copy.
  const url = `/search?q=calcinosis+${randomBytes(4).toString('hex')}`;
  const first = await request.get(url);
  expect(first.status()).toBe(200);
  const second = await request.get(url);
  expect(second.headers()['x-front-cache']).toBe('HIT');
  expect(await second.text()).toBe(await first.text());
  // The answer is still one no browser or shared proxy keeps.
  expect(second.headers()['cache-control']).toMatch(/no-store/);

  const signedIn = await request.get(url, { headers: { cookie: 'next-auth.session-token=not-a-session' } });
  expect(signedIn.status()).toBe(200);
  expect(signedIn.headers()['x-front-cache']).toBeUndefined();
});
