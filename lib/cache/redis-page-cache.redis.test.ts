import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import path from 'node:path';
import { promisify } from 'node:util';
import { createClient } from '@redis/client';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { CacheValue } from './isr-cache.cjs';
import { createRedisClient, createRedisPageCache, MAX_AGE_SECONDS, type Logger } from './redis-page-cache.cjs';

// The machine's Redis (README "Deployment: several instances"); each run writes under a
// prefix of its own and deletes it afterwards.
const REDIS_URL = 'redis://127.0.0.1:6379';
/** A port of this task's range with nothing listening: a Redis that is not there. */
const SPARE_PORT = 3154;

const runPrefix = `test:redis-page-cache:${randomUUID()}:`;
let prefixCount = 0;
const newPrefix = () => `${runPrefix}${prefixCount++}:`;

/** Every client a test opened, closed at the end. */
const clients: Array<{ isOpen: boolean; destroy(): void }> = [];
const servers: ChildProcess[] = [];

async function connectedClient(url = REDIS_URL) {
  const client = createClient({ url });
  // A test's own Redis is stopped at its end: no uncaught error for the lost connection.
  client.on('error', () => {});
  clients.push(client);
  await client.connect();
  return client;
}

/** Log lines, kept to be read by the test (and the console left quiet). */
function createLogBook(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const write = (...parts: unknown[]) => void lines.push(parts.map(String).join(' '));
  return { lines, info: write, warn: write, error: write };
}

// What Next 16.4 hands the handler for an App Router page (as in isr-cache.test.ts).
function appPage(pagePath: string, options: { status?: number; html?: string; tags?: string[] } = {}): CacheValue {
  const tags = [`_N_T_/layout`, `_N_T_${pagePath}`, ...(options.tags ?? [])];
  return {
    kind: 'APP_PAGE',
    html: options.html ?? `<html>${pagePath}</html>`,
    rscData: Buffer.from(`rsc ${pagePath}`),
    postponed: undefined,
    status: options.status,
    headers: { 'x-nextjs-stale-time': '300', 'x-next-cache-tags': tags.join(',') },
    segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  };
}

const pageKey = (pagePath: string) => `/route-cache/APP_PAGE/0000/$${pagePath}`;
const pageControl = { cacheControl: { revalidate: 300, expire: 31_536_000 } };
const asPage = { kind: 'APP_PAGE' };

/** Two app instances: each its own cache and its own connection, one Redis, one prefix. */
async function twoInstances() {
  const keyPrefix = newPrefix();
  const logs = createLogBook();
  const a = createRedisPageCache({ client: await connectedClient(), keyPrefix, logger: logs });
  const b = createRedisPageCache({ client: await connectedClient(), keyPrefix, logger: logs });
  return { a, b, keyPrefix, logs };
}

afterEach(() => {
  for (const server of servers.splice(0)) server.kill();
});

afterAll(async () => {
  const cleaner = await connectedClient();
  for await (const keys of cleaner.scanIterator({ MATCH: `${runPrefix}*`, COUNT: 1000 })) {
    if (keys.length > 0) await cleaner.unlink(keys);
  }
  for (const client of clients) if (client.isOpen) client.destroy();
});

describe('the page cache shared through Redis', () => {
  it('serves a page stored by one instance to another, buffers and all', async () => {
    const { a, b } = await twoInstances();
    await a.set(pageKey('/news/a'), appPage('/news/a'), pageControl);

    const entry = await b.get(pageKey('/news/a'), asPage);
    expect(entry?.value.html).toBe('<html>/news/a</html>');
    expect(Buffer.isBuffer(entry?.value.rscData) && entry.value.rscData.toString()).toBe('rsc /news/a');
    expect(entry?.value.segmentData?.get('/_tree')?.toString()).toBe('tree');
    // Next takes the entry's own lifetime over what its process remembers for the route.
    expect(entry?.cacheControl).toEqual(pageControl.cacheControl);
    expect(await b.get(pageKey('/news/other'), asPage)).toBeNull();
  });

  it('drops a page on every instance when one instance revalidates its tag or its path', async () => {
    const { a, b } = await twoInstances();
    await a.set(pageKey('/articles/a'), appPage('/articles/a', { tags: ['item:article:a', 'specialty:oncology:posts'] }), pageControl);
    await a.set(pageKey('/articles/b'), appPage('/articles/b', { tags: ['item:article:b', 'specialty:oncology:posts'] }), pageControl);
    await a.set(pageKey('/articles/c'), appPage('/articles/c', { tags: ['item:article:c', 'specialty:cardiology:posts'] }), pageControl);
    expect(await b.get(pageKey('/articles/a'), asPage)).not.toBeNull();

    // What revalidateContent sends on instance B after an edit of article a.
    await b.revalidateTag(['item:article:a', 'specialty:oncology:posts'], { expire: 0 });
    expect(await a.get(pageKey('/articles/a'), asPage)).toBeNull();
    expect(await a.get(pageKey('/articles/b'), asPage)).toBeNull();
    expect(await a.get(pageKey('/articles/c'), asPage)).not.toBeNull();

    // revalidatePath('/articles/c') on A is the path's tag; B misses too.
    await a.revalidateTag('_N_T_/articles/c');
    expect(await b.get(pageKey('/articles/c'), asPage)).toBeNull();

    // The fresh render stored after the revalidation is shared again.
    await b.set(pageKey('/articles/a'), appPage('/articles/a', { html: 'new' }), pageControl);
    expect((await a.get(pageKey('/articles/a'), asPage))?.value.html).toBe('new');
  });

  it('does not share a page whose render started before another instance revalidated its path', async () => {
    const { a, b } = await twoInstances();
    const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
    expect(await a.get(pageKey('/legal/terms'), asPage)).toBeNull(); // A starts rendering the old version
    await pause();
    await b.revalidateTag('_N_T_/legal/terms'); // an editor saves a new version on B
    await pause();
    await a.set(pageKey('/legal/terms'), appPage('/legal/terms', { html: 'old version' }), pageControl);
    expect(await b.get(pageKey('/legal/terms'), asPage)).toBeNull();

    // B's own render, started after the revalidation, is kept and shared.
    await pause();
    await b.set(pageKey('/legal/terms'), appPage('/legal/terms', { html: 'new version' }), pageControl);
    expect((await a.get(pageKey('/legal/terms'), asPage))?.value.html).toBe('new version');
  });

  it('checks a fetch entry against the path tags the caller names', async () => {
    const { a, b } = await twoInstances();
    const marker: CacheValue = { kind: 'FETCH', data: { body: 'true' }, revalidate: 31_536_000 };
    await a.set('marker', marker, { tags: ['page-tags'] });
    expect(await b.get('marker', { kind: 'FETCH', tags: ['page-tags'], softTags: ['_N_T_/'] })).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5)); // the revalidation comes after the write
    await b.revalidateTag('_N_T_/');
    expect(await a.get('marker', { kind: 'FETCH', tags: ['page-tags'], softTags: ['_N_T_/'] })).toBeNull();
  });

  it('never stores a 404, and a 404 removes the page the address held', async () => {
    const { a, b, keyPrefix } = await twoInstances();
    const redis = await connectedClient();
    await a.set(pageKey('/news/made-up-1'), appPage('/news/made-up-1', { status: 404 }), pageControl);
    expect(await b.get(pageKey('/news/made-up-1'), asPage)).toBeNull();
    expect(await redis.exists(keyPrefix + pageKey('/news/made-up-1'))).toBe(0);

    await a.set(pageKey('/news/withdrawn'), appPage('/news/withdrawn'), pageControl);
    expect(await b.get(pageKey('/news/withdrawn'), asPage)).not.toBeNull();
    await b.set(pageKey('/news/withdrawn'), appPage('/news/withdrawn', { status: 404 }), pageControl);
    expect(await a.get(pageKey('/news/withdrawn'), asPage)).toBeNull();
    expect(await redis.exists(keyPrefix + pageKey('/news/withdrawn'))).toBe(0);
  });

  it('gives every entry an expiry: the page’s own when shorter, at most a day', async () => {
    const { a, keyPrefix } = await twoInstances();
    const redis = await connectedClient();
    await a.set(pageKey('/'), appPage('/'), pageControl); // expire: a year
    await a.set(pageKey('/events'), appPage('/events'), { cacheControl: { revalidate: 60, expire: 600 } });
    await a.set(pageKey('/legal'), appPage('/legal'), { cacheControl: { revalidate: false } });

    const home = await redis.ttl(keyPrefix + pageKey('/'));
    expect(home).toBeGreaterThan(MAX_AGE_SECONDS - 5);
    expect(home).toBeLessThanOrEqual(MAX_AGE_SECONDS);
    const events = await redis.ttl(keyPrefix + pageKey('/events'));
    expect(events).toBeGreaterThan(590);
    expect(events).toBeLessThanOrEqual(600);
    expect(await redis.ttl(keyPrefix + pageKey('/legal'))).toBeLessThanOrEqual(MAX_AGE_SECONDS);
    expect(await redis.ttl(keyPrefix + pageKey('/legal'))).toBeGreaterThan(0);
  });

  it('reads as empty and logs failed writes while Redis cannot be reached, without throwing', async () => {
    const logs = createLogBook();
    const { client, firstAttempt } = createRedisClient(`redis://127.0.0.1:${SPARE_PORT}`, logs);
    clients.push(client);
    await firstAttempt;
    const cache = createRedisPageCache({ client, keyPrefix: newPrefix(), logger: logs });

    const started = Date.now();
    await expect(cache.set(pageKey('/'), appPage('/'), pageControl)).resolves.toBeUndefined();
    expect(await cache.get(pageKey('/'), asPage)).toBeNull();
    await expect(cache.revalidateTag('item:article:a', { expire: 0 })).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(500);
    expect(logs.lines.some((line) => line.includes('Redis write failed for /route-cache/APP_PAGE/0000/$/'))).toBe(true);
    expect(logs.lines.some((line) => line.includes('revalidating item:article:a in Redis failed'))).toBe(true);
  });

  it('shares pages again once a Redis that went away is back', async () => {
    const url = `redis://127.0.0.1:${SPARE_PORT}`;
    await startRedis(SPARE_PORT);
    const logs = createLogBook();
    const { client } = createRedisClient(url, logs);
    clients.push(client);
    const keyPrefix = newPrefix();
    const cache = createRedisPageCache({ client, keyPrefix, logger: logs });
    await waitFor(() => client.isReady);
    await cache.set(pageKey('/'), appPage('/'), pageControl);
    expect(await cache.get(pageKey('/'), asPage)).not.toBeNull();

    const server = servers.pop();
    server?.kill();
    if (server) await once(server, 'exit');
    expect(await cache.get(pageKey('/'), asPage)).toBeNull();

    // Restarted without persistence, as on this machine: empty, then shared again.
    await startRedis(SPARE_PORT);
    await waitFor(() => client.isReady);
    expect(await cache.get(pageKey('/'), asPage)).toBeNull();
    await cache.set(pageKey('/'), appPage('/', { html: 'after' }), pageControl);
    const other = createRedisPageCache({ client: await connectedClient(url), keyPrefix, logger: logs });
    expect((await other.get(pageKey('/'), asPage))?.value.html).toBe('after');
    expect(logs.lines.some((line) => line.includes('lost Redis'))).toBe(true);
  });
});

describe('isr-cache-handler.cjs, the handler next.config.ts installs', () => {
  const run = promisify(execFile);
  const handlerFile = path.join(import.meta.dirname, 'isr-cache-handler.cjs');
  // Prints the handler class's name and whether any Redis code was loaded.
  const probe = `const H = require(${JSON.stringify(handlerFile)});
    console.log(JSON.stringify({ name: H.name, redisLoaded: Object.keys(require.cache).some((f) => /@redis|redis-page-cache|nextjs-cache-handler/.test(f)) }));
    process.exit(0);`;
  const load = async (extra: Record<string, string>) => {
    const childEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, NODE_ENV: 'production', ...extra };
    const { stdout } = await run(process.execPath, ['-e', probe], { env: childEnv });
    return JSON.parse(stdout) as { name: string; redisLoaded: boolean };
  };

  it('loads no Redis code without REDIS_URL', async () => {
    expect(await load({})).toEqual({ name: 'IsrCacheHandler', redisLoaded: false });
  });

  it('uses Redis with REDIS_URL, except while `next build` renders', async () => {
    expect(await load({ REDIS_URL })).toEqual({ name: 'RedisCacheHandler', redisLoaded: true });
    expect(await load({ REDIS_URL, NEXT_PHASE: 'phase-production-build' })).toEqual({ name: 'IsrCacheHandler', redisLoaded: false });
  });
});

async function startRedis(port: number): Promise<void> {
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  servers.push(server);
  const probe = createClient({ url: `redis://127.0.0.1:${port}`, socket: { reconnectStrategy: false } });
  probe.on('error', () => {});
  await waitFor(async () => {
    try {
      await probe.connect();
      await probe.close();
      return true;
    } catch {
      return false;
    }
  });
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
