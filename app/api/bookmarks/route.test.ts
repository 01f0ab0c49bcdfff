import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSession, findViewerBySessionToken } from '@/lib/auth/sessions';
import { posts, users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { DELETE, GET, POST } from './route';

/*
 * The bookmark endpoint on a database of its own. Reading the session cookie is the sign-in
 * change's part: here the request's session token is set by the test, and the viewer is
 * looked up from the real sessions table as every request does.
 */
const signedIn = vi.hoisted(() => ({ token: null as string | null }));
vi.mock('@/lib/auth/session', () => ({
  getViewer: async () => (signedIn.token ? findViewerBySessionToken(signedIn.token) : null),
}));

const { db } = testDatabase('migrated', 'api_bookmarks');

const ORIGIN = 'http://127.0.0.1:3000';
let adaToken = '';
let babbageToken = '';

beforeAll(async () => {
  const [ada, babbage] = await db
    .insert(users)
    .values([
      { email: 'ada@example.org', name: 'Ada', passwordHash: 'x' },
      { email: 'babbage@example.org', name: 'Babbage', passwordHash: 'x' },
    ])
    .returning({ id: users.id });
  adaToken = await createSession(db, ada!.id, { userAgent: null, ip: null });
  babbageToken = await createSession(db, babbage!.id, { userAgent: null, ip: null });
  await db.insert(posts).values({ kind: 'article', slug: 'kept', title: 'Kept', summary: 's', body: 'b', status: 'published', publishedAt: new Date(Date.now() - 60_000) });
});

function send(method: 'POST' | 'DELETE', body: string, headers: Record<string, string> = {}) {
  const request = new Request(`${ORIGIN}/api/bookmarks`, {
    method,
    body,
    headers: { 'Content-Type': 'application/json', Host: '127.0.0.1:3000', Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin', ...headers },
  });
  return method === 'POST' ? POST(request) : DELETE(request);
}

const state = () => GET(new Request(`${ORIGIN}/api/bookmarks?kind=article&slug=kept`));
const item = JSON.stringify({ kind: 'article', slug: 'kept' });

describe('/api/bookmarks', () => {
  it('tells an anonymous reader to sign in, and refuses their changes with 401', async () => {
    signedIn.token = null;
    const response = await state();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.json()).toEqual({ signedIn: false, bookmarked: false });
    const refused = await send('POST', item);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('cache-control')).toBe('private, no-store');
    expect((await send('DELETE', item)).status).toBe(401);
  });

  it('adds and removes a bookmark for the signed-in reader, privately', async () => {
    signedIn.token = adaToken;
    const added = await send('POST', item);
    expect(added.status).toBe(200);
    expect(added.headers.get('cache-control')).toBe('private, no-store');
    expect(await (await state()).json()).toEqual({ signedIn: true, bookmarked: true });

    // Another reader sees their own state, and their DELETE does not touch Ada's bookmark.
    signedIn.token = babbageToken;
    expect(await (await state()).json()).toEqual({ signedIn: true, bookmarked: false });
    expect((await send('DELETE', item)).status).toBe(200);
    signedIn.token = adaToken;
    expect(await (await state()).json()).toEqual({ signedIn: true, bookmarked: true });

    expect((await send('DELETE', item)).status).toBe(200);
    expect(await (await state()).json()).toEqual({ signedIn: true, bookmarked: false });
  });

  it("refuses another site's Origin, a missing Origin and a cross-site fetch, changing nothing", async () => {
    signedIn.token = adaToken;
    expect((await send('POST', item, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await send('POST', item, { Origin: 'http://127.0.0.1:3000.evil.example' })).status).toBe(403);
    expect((await send('POST', item, { Origin: 'null' })).status).toBe(403);
    expect((await send('POST', item, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    const noOrigin = new Request(`${ORIGIN}/api/bookmarks`, { method: 'POST', body: item, headers: { Host: '127.0.0.1:3000' } });
    expect((await POST(noOrigin)).status).toBe(403);
    expect(await (await state()).json()).toEqual({ signedIn: true, bookmarked: false });
  });

  it('answers bad input with a 4xx, never a 500', async () => {
    signedIn.token = adaToken;
    expect((await send('POST', 'not json')).status).toBe(400);
    expect((await send('POST', JSON.stringify({ kind: 'news', slug: 'x\u0000y' }))).status).toBe(400);
    expect((await send('POST', JSON.stringify({ kind: 'article', slug: 'k'.repeat(2000) }))).status).toBe(400);
    expect((await send('POST', JSON.stringify({ kind: 'news', slug: 'no-such-post' }))).status).toBe(404);
    expect((await GET(new Request(`${ORIGIN}/api/bookmarks?kind=cme&slug=x`))).status).toBe(400);
  });
});
