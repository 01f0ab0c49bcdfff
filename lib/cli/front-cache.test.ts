import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { SHARED_FOR_HEADER } from '@/lib/cache/shared-answers';
import { startFrontCache, type FrontCache, type FrontCacheOptions } from './front-cache';

/*
 * The front cache between real sockets: a stand-in for `next start` that counts what reaches
 * it and answers as told, and the front cache in front of it.
 */

/** `delayMs`: Next takes that long before it answers. */
type Answer = { status?: number; headers?: http.OutgoingHttpHeaders; body?: string; delayMs?: number };
const SHARED: http.OutgoingHttpHeaders = { 'x-nextjs-cache': 'HIT', 'cache-control': 's-maxage=300, stale-while-revalidate=31535700' };
/** What Next says of a page it renders per request. */
const PER_REQUEST = 'private, no-cache, no-store, max-age=0, must-revalidate';

let clock = 0;
const running: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of running.splice(0)) await stop();
});

async function setUp(answer: (req: http.IncomingMessage, body: string) => Answer, options: Partial<FrontCacheOptions> = {}) {
  const seen: Array<{ method?: string; url?: string; body: string; headers: http.IncomingHttpHeaders }> = [];
  /** Every request and body byte that reached Next, complete or not, and answers cut short. */
  const received = { bytes: 0, requests: 0, abandoned: 0 };
  const timers = new Set<NodeJS.Timeout>();
  const upstream = http.createServer((req, res) => {
    received.requests += 1;
    res.on('close', () => {
      if (!res.writableFinished) received.abandoned += 1;
    });
    let body = '';
    req.on('data', (chunk: Buffer) => {
      received.bytes += chunk.length;
      body += chunk.toString();
    });
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, body, headers: req.headers });
      const a = answer(req, body);
      const send = () => {
        res.writeHead(a.status ?? 200, { 'content-type': 'text/html', ...a.headers });
        res.end(a.body ?? `page ${req.url} #${seen.length}`);
      };
      if (a.delayMs === undefined) return send();
      const timer = setTimeout(() => {
        timers.delete(timer);
        send();
      }, a.delayMs);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  running.push(() => new Promise((resolve) => {
    for (const timer of timers) clearTimeout(timer);
    upstream.closeAllConnections();
    upstream.close(() => resolve());
  }));
  const front: FrontCache = await startFrontCache({
    port: 0,
    host: '127.0.0.1',
    upstream: { host: '127.0.0.1', port: (upstream.address() as AddressInfo).port },
    now: () => clock,
    ...options,
  });
  running.unshift(() => front.close());
  const get = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`http://127.0.0.1:${front.port}${path}`, init);
    return { status: response.status, headers: response.headers, body: await response.text() };
  };
  /** With node:http, which (unlike fetch) lets a test choose the Host header and the request target. */
  const send = (path: string, init: { method?: string; headers?: http.OutgoingHttpHeaders; body?: string[] } = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      let hasAnswer = false;
      const request = http.request({ host: '127.0.0.1', port: front.port, path, method: init.method, headers: init.headers, agent: false }, (response) => {
        hasAnswer = true;
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      });
      // A refusal can arrive while the body is still being written: the answer is what counts.
      request.on('error', (error) => (hasAnswer ? undefined : reject(error)));
      for (const chunk of init.body ?? []) request.write(chunk);
      request.end();
    });
  /** Bytes as they are on the wire, and everything the front cache says until it closes. */
  const sendRaw = (text: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = net.connect({ host: '127.0.0.1', port: front.port }, () => socket.write(text));
      let reply = '';
      socket.on('data', (chunk: Buffer) => (reply += chunk.toString()));
      socket.on('close', () => resolve(reply));
      socket.on('error', reject);
      socket.setTimeout(3_000, () => {
        socket.destroy();
        reject(new Error(`the connection stayed open; so far: ${JSON.stringify(reply)}`));
      });
    });
  return { seen, received, get, send, sendRaw, port: front.port, close: () => front.close() };
}

async function waitUntil(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Whether a new connection to the port is taken: 'refused' once nothing listens there. */
function connectOutcome(port: number): Promise<'accepted' | 'refused'> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve('accepted');
    });
    socket.on('error', () => resolve('refused'));
  });
}

describe('front cache', () => {
  it('answers a shared page from its copy for a second, then asks Next again', async () => {
    const { seen, get } = await setUp(() => ({ headers: SHARED }));
    clock = 1_000;
    const first = await get('/news');
    const second = await get('/news');
    expect(seen).toHaveLength(1);
    expect(second.body).toBe(first.body);
    expect(second.headers.get('x-front-cache')).toBe('HIT');
    expect(second.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(second.headers.get('cache-control')).toBe(SHARED['cache-control']);

    clock = 2_000;
    const later = await get('/news');
    expect(seen).toHaveLength(2);
    expect(later.body).not.toBe(first.body);
    expect(later.headers.get('x-front-cache')).toBeNull();
  });

  it('keeps one copy per address and per accepted encoding, and answers HEAD from it without a body', async () => {
    const { seen, get } = await setUp(() => ({ headers: SHARED }));
    clock = 10_000;
    await get('/news');
    await get('/news?page=2');
    await get('/news', { headers: { 'accept-encoding': 'br' } });
    expect(seen).toHaveLength(3);
    const head = await get('/news', { method: 'HEAD' });
    expect(head.headers.get('x-front-cache')).toBe('HIT');
    expect(head.body).toBe('');
    expect(seen).toHaveLength(3);
  });

  it('never answers a signed-in reader, a router request or a POST from a copy', async () => {
    const { seen, get } = await setUp(() => ({ headers: SHARED }));
    clock = 20_000;
    await get('/conditions/calcinosis');
    await get('/conditions/calcinosis', { headers: { cookie: 'theme=dark; next-auth.session-token=abc' } });
    await get('/conditions/calcinosis', { headers: { cookie: '__Secure-next-auth.session-token=abc' } });
    await get('/conditions/calcinosis', { headers: { rsc: '1' } });
    await get('/conditions/calcinosis', { headers: { 'next-router-prefetch': '1' } });
    await get('/conditions/calcinosis?_rsc=abc12');
    const post = await get('/api/views', { method: 'POST', body: 'kind=news&slug=x', headers: { 'content-type': 'text/plain' } });
    expect(seen).toHaveLength(7);
    expect(seen.at(-1)).toMatchObject({ method: 'POST', body: 'kind=news&slug=x' });
    expect(post.headers.get('x-front-cache')).toBeNull();
    // An anonymous reader with other cookies still gets the copy.
    const other = await get('/conditions/calcinosis', { headers: { cookie: 'theme=dark' } });
    expect(other.headers.get('x-front-cache')).toBe('HIT');
  });

  it('keeps nothing Next did not serve to everyone from its own cache', async () => {
    const answers: Record<string, Answer> = {
      '/rendered': { headers: { ...SHARED, 'x-nextjs-cache': 'MISS' } },
      '/private': { headers: { ...SHARED, 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' } },
      '/cookie': { headers: { ...SHARED, 'set-cookie': 'a=b' } },
      '/missing': { status: 404, headers: SHARED },
      '/plain': { headers: { 'cache-control': 's-maxage=300' } },
    };
    const { seen, get } = await setUp((req) => answers[req.url ?? ''] ?? {});
    clock = 30_000;
    for (const path of Object.keys(answers)) {
      await get(path);
      const again = await get(path);
      expect(again.headers.get('x-front-cache'), path).toBeNull();
    }
    expect(seen).toHaveLength(10);
  });

  it('shares a per-request answer Next marks as the same for every anonymous reader for the seconds it names, then asks Next again', async () => {
    const { seen, get } = await setUp(() => ({ headers: { [SHARED_FOR_HEADER]: '5', 'cache-control': PER_REQUEST } }));
    clock = 40_000;
    const first = await get('/search?q=calcinosis');
    expect(first.headers.get(SHARED_FOR_HEADER)).toBeNull();
    const within = await get('/search?q=calcinosis');
    expect(within.headers.get('x-front-cache')).toBe('HIT');
    expect(within.body).toBe(first.body);
    // The note is for this cache alone, and browsers are still told to keep nothing.
    expect(within.headers.get(SHARED_FOR_HEADER)).toBeNull();
    expect(within.headers.get('cache-control')).toBe(PER_REQUEST);
    // Another search is another page.
    expect((await get('/search?q=lymphoma')).headers.get('x-front-cache')).toBeNull();
    expect(seen).toHaveLength(2);

    clock = 44_999;
    expect((await get('/search?q=calcinosis')).headers.get('x-front-cache')).toBe('HIT');
    clock = 45_000;
    const after = await get('/search?q=calcinosis');
    expect(after.headers.get('x-front-cache')).toBeNull();
    expect(after.body).not.toBe(first.body);
    expect(seen).toHaveLength(3);
  });

  it('never lets a signed-in reader and an anonymous one share a marked answer, either way', async () => {
    // As if Next marked every answer: the front cache alone must keep readers apart.
    const { seen, get } = await setUp((req) => ({
      headers: { [SHARED_FOR_HEADER]: '5' },
      body: /next-auth\.session-token=/.test(req.headers.cookie ?? '') ? `signed in #${Math.random()}` : `anonymous #${Math.random()}`,
    }));
    const signedIn = { headers: { cookie: 'next-auth.session-token=abc' } };
    clock = 50_000;
    const anonymous = await get('/search?q=calcinosis');
    const member = await get('/search?q=calcinosis', signedIn);
    expect(member.body).toMatch(/^signed in/);
    expect(member.headers.get('x-front-cache')).toBeNull();
    expect((await get('/search?q=calcinosis')).body).toBe(anonymous.body);

    // A signed-in reader first: nothing kept for the next anonymous reader, nor for the next signed-in one.
    const memberFirst = await get('/search?q=lymphoma', signedIn);
    const anonymousAfter = await get('/search?q=lymphoma');
    expect(anonymousAfter.body).toMatch(/^anonymous/);
    expect(anonymousAfter.headers.get('x-front-cache')).toBeNull();
    const memberAgain = await get('/search?q=lymphoma', { headers: { cookie: '__Secure-next-auth.session-token=abc' } });
    expect(memberAgain.body).not.toBe(memberFirst.body);
    expect(memberAgain.body).toMatch(/^signed in/);
    expect(seen).toHaveLength(5);
  });

  it('keeps no marked answer that is not a 200, sets a cookie or names no sensible lifetime, and no longer than a minute', async () => {
    const marked = (seconds: string, more: Answer = {}): Answer => ({ ...more, headers: { [SHARED_FOR_HEADER]: seconds, ...more.headers } });
    const answers: Record<string, Answer> = {
      '/missing': marked('5', { status: 404 }),
      '/failed': marked('5', { status: 503 }),
      '/cookie': marked('5', { headers: { 'set-cookie': 'a=b' } }),
      '/zero': marked('0'),
      '/words': marked('five'),
      '/negative': marked('-5'),
    };
    const { seen, get } = await setUp((req) => answers[req.url ?? ''] ?? marked('999'));
    clock = 60_000;
    for (const path of Object.keys(answers)) {
      await get(path);
      expect((await get(path)).headers.get('x-front-cache'), path).toBeNull();
    }
    expect(seen).toHaveLength(12);
    await get('/long');
    clock = 119_999;
    expect((await get('/long')).headers.get('x-front-cache')).toBe('HIT');
    clock = 120_000;
    expect((await get('/long')).headers.get('x-front-cache')).toBeNull();
  });

  it('lets the least recently read copy go when its memory is full', async () => {
    // Room for two 200-byte pages with their keys, not three.
    const { seen, get } = await setUp((req) => ({ headers: SHARED, body: `${req.url}`.padEnd(200, '.') }), { maxBytes: 500 });
    clock = 35_000;
    await get('/a');
    await get('/b');
    expect((await get('/a')).headers.get('x-front-cache')).toBe('HIT');
    await get('/c');
    expect(seen).toHaveLength(3);
    expect((await get('/a')).headers.get('x-front-cache')).toBe('HIT');
    expect((await get('/b')).headers.get('x-front-cache')).toBeNull();
  });

  it('passes the reader’s address and host on, and says so plainly when Next is not there', async () => {
    const { seen, get } = await setUp(() => ({}));
    await get('/');
    expect(seen[0]!.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(seen[0]!.headers['x-forwarded-host']).toMatch(/^127\.0\.0\.1:\d+$/);
    // What a client claims stays in front: the address rate limits read is the last entry.
    await get('/', { headers: { 'X-Forwarded-For': '6.6.6.6' } });
    expect(seen[1]!.headers['x-forwarded-for']).toBe('6.6.6.6, 127.0.0.1');

    const front = await startFrontCache({ port: 0, host: '127.0.0.1', upstream: { host: '127.0.0.1', port: 9 } });
    running.unshift(() => front.close());
    const response = await fetch(`http://127.0.0.1:${front.port}/`);
    expect(response.status).toBe(502);
    expect(await response.text()).toMatch(/starting or restarting/);
  });
});

describe('a kept-alive connection Next has just closed', () => {
  it('is asked again on a fresh connection, so the reader gets the page and not a 502', async () => {
    // Next closes an idle kept-alive connection after its keepAliveTimeout; a request sent on it
    // at that moment fails with ECONNRESET. Here the second request on a connection meets that.
    const perConnection = new Map<Duplex, number>();
    let served = 0;
    const upstream = http.createServer((req, res) => {
      const count = (perConnection.get(req.socket) ?? 0) + 1;
      perConnection.set(req.socket, count);
      if (count === 2) return req.socket.destroy();
      served += 1;
      res.end(`page ${req.url}`);
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    running.push(() => new Promise((resolve) => {
      upstream.closeAllConnections();
      upstream.close(() => resolve());
    }));
    const front = await startFrontCache({ port: 0, host: '127.0.0.1', upstream: { host: '127.0.0.1', port: (upstream.address() as AddressInfo).port } });
    running.unshift(() => front.close());
    const first = await fetch(`http://127.0.0.1:${front.port}/first`);
    expect(await first.text()).toBe('page /first');
    const second = await fetch(`http://127.0.0.1:${front.port}/second`);
    expect(second.status).toBe(200);
    expect(await second.text()).toBe('page /second');
    expect(served).toBe(2);
  });
});

describe('front door', () => {
  it('replaces a client’s X-Forwarded-Host and -Proto with the request’s Host and http, unless a trusted proxy set them', async () => {
    const claims = { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https', 'x-forwarded-port': '443', forwarded: 'host=evil.example' };
    const direct = await setUp(() => ({}));
    await direct.send('/reset-password', { headers: { host: 'hidoc.example', ...claims } });
    expect(direct.seen[0]!.headers).toMatchObject({ host: 'hidoc.example', 'x-forwarded-host': 'hidoc.example', 'x-forwarded-proto': 'http' });
    expect(direct.seen[0]!.headers['x-forwarded-port']).toBeUndefined();
    expect(direct.seen[0]!.headers.forwarded).toBeUndefined();

    const behindProxy = await setUp(() => ({}), { trustedProxyHops: 1 });
    await behindProxy.send('/reset-password', { headers: { host: '10.0.0.5:3000', 'x-forwarded-host': 'hidoc.example', 'x-forwarded-proto': 'https' } });
    expect(behindProxy.seen[0]!.headers).toMatchObject({ 'x-forwarded-host': 'hidoc.example', 'x-forwarded-proto': 'https' });
  });

  it('keeps copies per Host: one made for a site never answers another', async () => {
    const { seen, send } = await setUp((req) => ({ headers: SHARED, body: `page for ${req.headers.host}` }));
    clock = 40_000;
    await send('/news', { headers: { host: 'a.example' } });
    const b = await send('/news', { headers: { host: 'b.example' } });
    expect(seen).toHaveLength(2);
    expect(b.body).toBe('page for b.example');
    expect(b.headers['x-front-cache']).toBeUndefined();
    const again = await send('/news', { headers: { host: 'A.Example' } });
    expect(again.headers['x-front-cache']).toBe('HIT');
    expect(again.body).toBe('page for a.example');
  });

  it('refuses a request without a Host, or with one that is no address', async () => {
    const { received, send, sendRaw } = await setUp(() => ({}));
    expect(await sendRaw('GET / HTTP/1.0\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
    expect(await sendRaw('GET / HTTP/1.1\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
    expect((await send('/', { headers: { host: 'evil.example/news' } })).status).toBe(400);
    expect((await send('/', { headers: { host: 'user@evil.example' } })).status).toBe(400);
    expect(received.requests).toBe(0);
  });

  it('refuses a path whose percent-escapes are not UTF-8 with a 400, and passes any query string on', async () => {
    const { received, send } = await setUp(() => ({}));
    for (const path of ['/news/%ff', '/news/%C0%AF', '/news/%E0%A4%A', '/cme/verify/%F0%9F', '/media/%', '/news/%ff?page=2']) {
      const response = await send(path, { headers: { host: 'localhost' } });
      expect(response.status, path).toBe(400);
      expect(response.body, path).toMatch(/invalid percent-encoding/);
    }
    expect(received.requests).toBe(0);
    for (const path of ['/news/%C3%A9t%C3%A9', '/news/a%2Fb', '/search?q=%ff', '/search?q=%E0%A4%A&page=%']) {
      expect((await send(path, { headers: { host: 'localhost' } })).status, path).toBe(200);
    }
    expect(received.requests).toBe(4);
  });

  it('reads a form’s multipart POST before Next does: one that does not parse gets a 400, one that does reaches Next whole', async () => {
    const { received, seen, send } = await setUp(() => ({}));
    const headers = { host: 'localhost', 'content-type': 'multipart/form-data; boundary=xyz' };
    for (const body of ['garbage', '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb']) {
      expect((await send('/conditions/calcinosis', { method: 'POST', headers, body: [body] })).status, body).toBe(400);
    }
    expect(received.requests).toBe(0);
    const form = '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--xyz--\r\n';
    const answer = await send('/conditions/calcinosis', { method: 'POST', headers, body: [form.slice(0, 20), form.slice(20)] });
    expect(answer.status).toBe(200);
    expect(seen[0]?.body).toBe(form);
    // A server action posted by the page's script (Next-Action) is Next's to read, as it comes.
    expect((await send('/conditions/calcinosis', { method: 'POST', headers: { ...headers, 'next-action': 'abc' }, body: ['garbage'] })).status).toBe(200);
  });

  it('refuses TRACE with a 405: it never reaches Next', async () => {
    const { received, send } = await setUp(() => ({}));
    expect((await send('/api/health', { method: 'TRACE', headers: { host: 'localhost' } })).status).toBe(405);
    expect(received.requests).toBe(0);
  });

  it('refuses a multipart POST that names no boundary, a server action’s too, and passes one that does', async () => {
    const { received, send } = await setUp(() => ({}));
    for (const type of ['multipart/form-data', 'multipart/form-data; boundary=', 'Multipart/Form-Data ; charset=utf-8']) {
      const headers = { host: 'localhost', 'content-type': type, 'next-action': 'abc' };
      expect((await send('/conditions/calcinosis', { method: 'POST', headers, body: ['x'] })).status, type).toBe(400);
    }
    expect(received.requests).toBe(0);
    for (const type of ['multipart/form-data; boundary=xyz', 'multipart/form-data; boundary="a b"']) {
      const headers = { host: 'localhost', 'content-type': type, 'next-action': 'abc' };
      expect((await send('/conditions/calcinosis', { method: 'POST', headers, body: ['x'] })).status, type).toBe(200);
    }
  });

  it('answers 404 for the internal routes, however spelled, secret or not: they never reach Next from here', async () => {
    const { received, send } = await setUp(() => ({}));
    for (const path of ['/api/internal/publish-due', '/api/Internal/publish-due', '//api/internal/publish-due', '/api/%69nternal/publish-due']) {
      const response = await send(path, { method: 'POST', headers: { host: 'localhost', 'x-internal-secret': 'anything' } });
      expect(response.status, path).toBe(404);
    }
    expect(received.requests).toBe(0);
    // Nor does the secret's header reach Next with any other request.
    const { seen, get } = await setUp(() => ({}));
    await get('/news', { headers: { 'x-internal-secret': 'anything' } });
    expect(seen[0]?.headers['x-internal-secret']).toBeUndefined();
  });

  it('refuses absolute-form and asterisk targets and CONNECT: it is no forward proxy', async () => {
    const { received, send, sendRaw } = await setUp(() => ({}));
    const absolute = await send('http://evil.example/news', { headers: { host: 'evil.example' } });
    expect(absolute.status).toBe(400);
    expect(await sendRaw('OPTIONS * HTTP/1.1\r\nHost: hidoc.example\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
    expect(await sendRaw('CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
    expect(received.requests).toBe(0);
  });

  it('refuses a WebSocket upgrade and closes the connection', async () => {
    const { received, sendRaw } = await setUp(() => ({}));
    const reply = await sendRaw(
      'GET /_next/webpack-hmr HTTP/1.1\r\nHost: hidoc.example\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n' +
        'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
    );
    expect(reply).toMatch(/^HTTP\/1\.1 501 /);
    expect(received.requests).toBe(0);
  });

  it('answers 504 when Next does not answer in time, and gives up the request', async () => {
    const { received, get } = await setUp(() => ({ delayMs: 5_000 }), { upstreamTimeoutMs: 100 });
    const started = Date.now();
    const response = await get('/slow');
    expect(response.status).toBe(504);
    expect(response.body).toMatch(/too long/);
    expect(Date.now() - started).toBeLessThan(2_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received.abandoned).toBe(1);
  });

  it('answers 413 to a body over the limit, declared or not, and Next never sees more than the limit', async () => {
    const { received, send, sendRaw } = await setUp(() => ({}), { maxBodyBytes: 1_000 });
    const declared = await send('/api/views', { method: 'POST', headers: { 'content-length': 1_500 }, body: ['x'.repeat(1_500)] });
    expect(declared.status).toBe(413);
    expect(declared.headers.connection).toBe('close');
    // Asked first, it says no before the body is sent.
    expect(await sendRaw('POST /api/views HTTP/1.1\r\nHost: hidoc.example\r\nContent-Length: 5000\r\nExpect: 100-continue\r\n\r\n')).toMatch(
      /^HTTP\/1\.1 413 /,
    );
    expect(received.requests).toBe(0);

    const streamed = await send('/api/views', { method: 'POST', body: ['x'.repeat(600), 'x'.repeat(600), 'x'.repeat(600)] });
    expect(streamed.status).toBe(413);
    expect(received.bytes).toBeLessThanOrEqual(1_000);

    const fitting = await send('/api/views', { method: 'POST', body: ['x'.repeat(500), 'x'.repeat(500)] });
    expect(fitting.status).toBe(200);
  });

  it('lets a client refused for a large body finish sending it and read the 413, not a broken pipe', async () => {
    const { received, port } = await setUp(() => ({}), { maxBodyBytes: 1_000 });
    const outcome = await new Promise<{ status: number | null; error: string | null }>((resolve) => {
      let status: number | null = null;
      const request = http.request({ host: '127.0.0.1', port, path: '/account/security', method: 'POST', headers: { 'content-length': 8 * 1024 * 1024 }, agent: false }, (response) => {
        status = response.statusCode ?? null;
        response.resume();
      });
      request.on('error', (error) => resolve({ status, error: (error as NodeJS.ErrnoException).code ?? error.message }));
      request.on('close', () => resolve({ status, error: null }));
      const chunk = Buffer.alloc(64 * 1024, 120);
      for (let sent = 0; sent < 8 * 1024 * 1024; sent += chunk.length) request.write(chunk);
      request.end();
    });
    expect(outcome).toEqual({ status: 413, error: null });
    expect(received.requests).toBe(0);
  });

  it('lets a client read Next’s own refusal of a body it answered before reading (a route’s 413), not a broken pipe', async () => {
    // As a route handler or middleware.ts does with a Content-Length over its own limit: the
    // answer at once, the body never read.
    const upstream = http.createServer((req, res) => {
      if (Number(req.headers['content-length']) > 1024 * 1024) return void res.writeHead(413, { 'content-type': 'text/plain' }).end('Request body too large.');
      req.resume();
      req.on('end', () => res.end('stored'));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    running.push(() => new Promise((resolve) => {
      upstream.closeAllConnections();
      upstream.close(() => resolve());
    }));
    const front = await startFrontCache({ port: 0, host: '127.0.0.1', upstream: { host: '127.0.0.1', port: (upstream.address() as AddressInfo).port } });
    running.unshift(() => front.close());
    const upload = (bytes: number) =>
      new Promise<{ status: number | null; body: string; error: string | null }>((resolve) => {
        let status: number | null = null;
        let body = '';
        const request = http.request({ host: '127.0.0.1', port: front.port, path: '/api/auth/callback/credentials', method: 'POST', headers: { 'content-length': bytes }, agent: false }, (response) => {
          status = response.statusCode ?? null;
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        });
        request.on('error', (error) => resolve({ status, body, error: (error as NodeJS.ErrnoException).code ?? error.message }));
        request.on('close', () => resolve({ status, body, error: null }));
        const chunk = Buffer.alloc(64 * 1024, 120);
        for (let sent = 0; sent < bytes; sent += chunk.length) request.write(chunk);
        request.end();
      });
    // Under the front cache's 10 MB, over the route's 1 MB.
    expect(await upload(4 * 1024 * 1024)).toEqual({ status: 413, body: 'Request body too large.', error: null });
    expect(await upload(64 * 1024)).toEqual({ status: 200, body: 'stored', error: null });
  });

  it('lets concurrent readers of one page wait for a single fetch from Next', async () => {
    const { seen, get } = await setUp(() => ({ headers: SHARED, delayMs: 100 }));
    clock = 50_000;
    const first = get('/news');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const others = Array.from({ length: 19 }, (_, i) => get('/news', { method: i % 4 === 0 ? 'HEAD' : 'GET' }));
    const answers = await Promise.all([first, ...others]);
    expect(seen).toHaveLength(1);
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(new Set(answers.map((answer) => answer.body).filter(Boolean)).size).toBe(1);
  });

  it('does not keep readers waiting for a fetch whose reader gave up', async () => {
    const { received, get } = await setUp(() => ({ headers: SHARED, delayMs: 300 }), { upstreamTimeoutMs: 5_000 });
    clock = 55_000;
    const leaving = new AbortController();
    const first = get('/news', { signal: leaving.signal }).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const waiting = get('/news');
    await new Promise((resolve) => setTimeout(resolve, 50));
    leaving.abort();
    await first;
    const started = Date.now();
    expect((await waiting).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(received.requests).toBe(2);
  });

  it('sends each waiter to Next when the answer is not a page to share, and never makes a signed-in reader wait', async () => {
    const { seen, get } = await setUp((req) => ({ headers: { ...SHARED, 'x-nextjs-cache': req.url === '/rendered' ? 'MISS' : 'HIT' }, delayMs: 100 }));
    clock = 60_000;
    const rendered = await Promise.all(Array.from({ length: 5 }, () => get('/rendered')));
    expect(seen).toHaveLength(5);
    expect(rendered.every((answer) => answer.status === 200)).toBe(true);

    const signedIn = { headers: { cookie: 'next-auth.session-token=abc' } };
    await Promise.all([get('/news'), get('/news', signedIn), get('/news', signedIn)]);
    expect(seen).toHaveLength(8);
  });

  it('turns Next’s 500 into a 503 with Retry-After while the health check says the database is down and for a few seconds after, and only then', async () => {
    let isDatabaseDown = true;
    const { seen, get } = await setUp((req) => {
      if (req.url === '/api/health') return { status: isDatabaseDown ? 503 : 200, body: '{}' };
      return { status: 500, headers: { 'cache-control': 'private, no-store' }, body: 'Next’s error page' };
    }, { siteName: 'Hidoc <Dr.>' });
    clock = 10_000;

    const page = await get('/conditions/asthma', { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('30');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<h1>Temporarily unavailable</h1>');
    expect(page.body).toContain('<title>Temporarily unavailable · Hidoc &lt;Dr.&gt;</title>');
    expect(page.body).not.toContain('Next’s error page');

    const beacon = await get('/api/views', { method: 'POST', body: '{"kind":"news","slug":"x"}', headers: { 'content-type': 'application/json' } });
    expect(beacon.status).toBe(503);
    expect(beacon.headers.get('retry-after')).toBe('30');
    expect(JSON.parse(beacon.body)).toEqual({ error: 'The portal’s database is unavailable for a moment. Try again shortly.' });
    // One health check stands for the 500s of the same second.
    expect(seen.filter((r) => r.url === '/api/health')).toHaveLength(1);

    // The database answers again: a 500 of the next few seconds is still the outage's (its
    // request may have met the database down), and only after that a bug, passed on as it is.
    isDatabaseDown = false;
    clock += 2_000;
    expect((await get('/conditions/asthma', { headers: { accept: 'text/html' } })).status).toBe(503);
    clock += 10_000;
    const bug = await get('/conditions/asthma', { headers: { accept: 'text/html' } });
    expect(bug.status).toBe(500);
    expect(bug.body).toBe('Next’s error page');
  });

  it('asks the health check again for a 500 that came back after the last check was sent: the outage may have just begun', async () => {
    let isDatabaseDown = false;
    const { seen, get } = await setUp((req) => {
      if (req.url === '/api/health') return { status: isDatabaseDown ? 503 : 200, body: '{}' };
      return { status: 500, body: 'Next’s error page' };
    });
    clock = 50_000;
    expect((await get('/api/health')).status).toBe(200);

    isDatabaseDown = true;
    clock = 50_200;
    const page = await get('/news', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(503);
    expect(seen.filter((r) => r.url === '/api/health')).toHaveLength(2);
  });
  it('answers a signed-in or router request for /admin or /account 503 itself while the last health check found the database down, asking again each second until it is back; never asks while it is up', async () => {
    let isDatabaseDown = false;
    const { seen, get } = await setUp((req) => {
      if (req.url === '/api/health') return { status: isDatabaseDown ? 503 : 200, body: '{}' };
      return { headers: { 'cache-control': 'private, no-store' } };
    });
    const signedIn = { cookie: 'next-auth.session-token=abc', accept: 'text/html' };
    const healthChecks = () => seen.filter((r) => r.url === '/api/health').length;
    clock = 100_000;
    // The database up: straight to Next, no health check on the way (the admin's pages stream).
    expect((await get('/admin/posts', { headers: signedIn })).status).toBe(200);
    expect(healthChecks()).toBe(0);

    isDatabaseDown = true;
    // A load balancer's check (or a 500 turned into a 503) tells the front cache.
    expect((await get('/api/health')).status).toBe(503);
    const page = await get('/admin/users', { headers: signedIn });
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('30');
    expect(page.body).toContain('<h1>Temporarily unavailable</h1>');
    // The router's request for a page's payload: a 503 it cannot read, so it loads the page itself.
    const payload = await get('/account/security?_rsc=1x2y', { headers: { cookie: signedIn.cookie, rsc: '1' } });
    expect(payload.status).toBe(503);
    expect(payload.headers.get('content-type')).toContain('application/json');
    expect(seen.some((r) => r.url?.startsWith('/admin/users') || r.url?.startsWith('/account/security'))).toBe(false);
    // Only GET and HEAD of those two areas: a form's POST gets Next's answer (a 500 there becomes a 503 as before).
    expect((await get('/account-deactivation', { headers: signedIn })).status).toBe(200);
    expect((await get('/admin/posts', { method: 'POST', headers: signedIn, body: 'x' })).status).toBe(200);
    expect(healthChecks()).toBe(1);

    // Back: found by the check of the next second, and then straight through again.
    isDatabaseDown = false;
    clock += 500;
    expect((await get('/admin/users', { headers: signedIn })).status).toBe(503);
    expect(healthChecks()).toBe(1);
    clock += 1_000;
    expect((await get('/admin/users', { headers: signedIn })).status).toBe(200);
    expect(healthChecks()).toBe(2);
    clock += 5_000;
    expect((await get('/account', { headers: signedIn })).status).toBe(200);
    expect(healthChecks()).toBe(2);
  });
});

describe('closing (SIGTERM or SIGINT to the launcher)', () => {
  /** A reader on a kept-alive connection, as a browser or a load balancer is. */
  const keepAlive = () => {
    const agent = new http.Agent({ keepAlive: true });
    running.push(async () => agent.destroy());
    return agent;
  };
  const ask = (port: number, path: string, agent: http.Agent | false) =>
    new Promise<{ status: number; connection?: string; body: string }>((resolve, reject) => {
      const request = http.get({ host: '127.0.0.1', port, path, agent }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, body }));
      });
      request.on('error', reject);
    });

  it('refuses new connections at once, lets the requests under way finish, and ends once they have', async () => {
    const { received, port, close } = await setUp(() => ({ delayMs: 400 }), { shutdownGraceMs: 10_000 });
    const agent = keepAlive();
    // A reader whose kept-alive connection is idle when the stop comes: it must not hold it up.
    expect((await ask(port, '/before', keepAlive())).status).toBe(200);
    // Kept-alive readers, and readers who asked for their connection to be closed after the answer.
    const underWay = Array.from({ length: 6 }, (_, i) => ask(port, `/search?q=${i}`, i % 2 === 0 ? agent : false));
    await waitUntil(() => received.requests === 7, 'the requests to reach Next');

    const started = Date.now();
    const closed = close().then(() => Date.now() - started);
    expect(await connectOutcome(port)).toBe('refused');
    const answers = await Promise.all(underWay);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
    // Each answer ends its connection: the reader asks elsewhere next, never into a closing door.
    expect(answers.every((answer) => answer.connection === 'close')).toBe(true);
    expect(await closed).toBeLessThan(2_000);
  });

  it('cuts what is still under way once the grace period is over', async () => {
    const { received, port, close } = await setUp(() => ({ delayMs: 5_000 }), { shutdownGraceMs: 300 });
    const stuck = ask(port, '/slow', keepAlive()).then(
      () => 'answered',
      (error: NodeJS.ErrnoException) => error.code,
    );
    await waitUntil(() => received.requests === 1, 'the request to reach Next');
    const started = Date.now();
    await close();
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await stuck).toBe('ECONNRESET');
    await waitUntil(() => received.abandoned === 1, 'Next to see the request given up');
  });
});
