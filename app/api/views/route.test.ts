import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { posts } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { publishedNews } from '@/lib/db/test/rows';
import { POST } from './route';

/* The view endpoint as the beacon and as junk senders call it, on a database of its own. */

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

const { db } = testDatabase('migrated', 'api_views');

beforeAll(async () => {
  for (const slug of ['read-by-people', 'read-by-bots', 'prefetched', 'other-site', 'read-in-a-loop']) {
    await db.insert(posts).values(publishedNews(slug));
  }
});

async function viewsOf(slug: string) {
  const [row] = await db.execute<{ n: number }>(sql`
    select coalesce(sum(v.views), 0)::int as n from daily_views v join posts p on p.id = v.post_id where p.slug = ${slug}`);
  return row!.n;
}

function beacon(body: BodyInit | null, headers: Record<string, string> = {}) {
  return POST(
    new Request('http://127.0.0.1/api/views', {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json', 'User-Agent': BROWSER, ...headers },
    }),
  );
}

describe('POST /api/views', () => {
  it('counts a view from a browser and answers 204 with no body', async () => {
    const response = await beacon(JSON.stringify({ kind: 'news', slug: 'read-by-people' }), { 'Sec-Fetch-Site': 'same-origin' });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    await beacon(JSON.stringify({ kind: 'news', slug: 'read-by-people' }));
    expect(await viewsOf('read-by-people')).toBe(2);
  });

  it('answers 204 but counts nothing for crawlers, headless browsers and a missing User-Agent', async () => {
    const body = JSON.stringify({ kind: 'news', slug: 'read-by-bots' });
    for (const ua of ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'HeadlessChrome/131.0', '']) {
      expect((await beacon(body, { 'User-Agent': ua })).status).toBe(204);
    }
    expect(await viewsOf('read-by-bots')).toBe(0);
  });

  it('counts nothing for a prefetch or a request from another site', async () => {
    const body = JSON.stringify({ kind: 'news', slug: 'prefetched' });
    expect((await beacon(body, { 'Sec-Purpose': 'prefetch' })).status).toBe(204);
    expect((await beacon(body, { 'Next-Router-Prefetch': '1' })).status).toBe(204);
    expect(await viewsOf('prefetched')).toBe(0);
    const other = JSON.stringify({ kind: 'news', slug: 'other-site' });
    expect((await beacon(other, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(204);
    expect(await viewsOf('other-site')).toBe(0);
  });

  it('counts a reader address only so many times a day for one post, telling nothing', async () => {
    const body = JSON.stringify({ kind: 'news', slug: 'read-in-a-loop' });
    const { limit } = (await import('@/lib/content/views')).VIEWS_PER_ADDRESS;
    // What the front cache sends: whatever the client claimed, then the address it saw.
    for (let i = 0; i < limit + 5; i++) {
      expect((await beacon(body, { 'X-Forwarded-For': `10.9.9.${i}, 203.0.113.50` })).status).toBe(204);
    }
    expect(await viewsOf('read-in-a-loop')).toBe(limit);
    await beacon(body, { 'X-Forwarded-For': '203.0.113.51' });
    expect(await viewsOf('read-in-a-loop')).toBe(limit + 1);
  });

  it('answers 204 for an unknown post, telling nothing', async () => {
    expect((await beacon(JSON.stringify({ kind: 'news', slug: 'no-such-post' }))).status).toBe(204);
  });

  it.each([
    ['not JSON', 'kind=news&slug=x'],
    ['empty', ''],
    ['a JSON string', '"news"'],
    ['null', 'null'],
    ['an unknown kind', JSON.stringify({ kind: 'event', slug: 'x' })],
    ['a bad slug', JSON.stringify({ kind: 'news', slug: '../../etc/passwd' })],
    ['SQL in the slug', JSON.stringify({ kind: 'news', slug: "x'; drop table posts; --" })],
    ['an oversized body', JSON.stringify({ kind: 'news', slug: 'x', pad: 'y'.repeat(5000) })],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
  ])('answers 400 with a JSON message for %s', async (_label, body) => {
    const response = await beacon(body as BodyInit);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: expect.any(String) });
  });
});
