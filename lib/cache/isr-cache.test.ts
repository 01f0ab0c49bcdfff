import { IncrementalCache } from 'next/dist/server/lib/incremental-cache';
import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants';
import { afterEach, describe, expect, it } from 'vitest';
import nextConfig from '@/next.config';
import IsrCacheHandler from './isr-cache-handler.cjs';
import { createIsrCache, estimateEntryBytes, type CacheValue } from './isr-cache.cjs';

// What Next 16.4 hands the handler for an App Router page (shape seen with a logging handler).
function appPage(path: string, options: { status?: number; html?: string } = {}): CacheValue {
  return {
    kind: 'APP_PAGE',
    html: options.html ?? `<html>${path}</html>`,
    rscData: Buffer.from(`rsc ${path}`),
    postponed: undefined,
    status: options.status,
    headers: { 'x-nextjs-stale-time': '300', 'x-next-cache-tags': `_N_T_/layout,_N_T_/(site)/layout,_N_T_${path}` },
    segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  };
}

const pageKey = (path: string) => `/route-cache/APP_PAGE/0000/$${path}`;
const pageControl = { cacheControl: { revalidate: 300, expire: 31_536_000 } };

function createClock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('the page cache', () => {
  it('serves a stored page until one of its tags is revalidated, then misses', async () => {
    const clock = createClock();
    const cache = createIsrCache({ maxBytes: 1_000_000, now: clock.now });
    await cache.set(pageKey('/news/a'), appPage('/news/a'), pageControl);
    await cache.set(pageKey('/news/b'), appPage('/news/b'), pageControl);
    expect((await cache.get(pageKey('/news/a'), { kind: 'APP_PAGE' }))?.value.html).toBe('<html>/news/a</html>');

    clock.advance(10);
    await cache.revalidateTag(['_N_T_/news/a']); // what revalidatePath('/news/a') sends
    clock.advance(10);
    expect(await cache.get(pageKey('/news/a'), { kind: 'APP_PAGE' })).toBeNull();
    expect(await cache.get(pageKey('/news/b'), { kind: 'APP_PAGE' })).not.toBeNull();

    // The fresh render stored after the revalidation is served again.
    await cache.set(pageKey('/news/a'), appPage('/news/a', { html: 'new' }), pageControl);
    expect((await cache.get(pageKey('/news/a'), { kind: 'APP_PAGE' }))?.value.html).toBe('new');
  });

  it('does not keep a page whose render started before a revalidation of its path', async () => {
    // A reader misses, the page renders from the database as it was; meanwhile an editor
    // saves and the path is revalidated; then the render is stored. It must not be served.
    const clock = createClock();
    const cache = createIsrCache({ maxBytes: 1_000_000, now: clock.now });
    expect(await cache.get(pageKey('/legal/terms'), { kind: 'APP_PAGE' })).toBeNull(); // the render starts
    clock.advance(10);
    await cache.revalidateTag(['_N_T_/legal/terms']); // the save
    clock.advance(10);
    await cache.set(pageKey('/legal/terms'), appPage('/legal/terms', { html: 'old version' }), pageControl);
    expect(await cache.get(pageKey('/legal/terms'), { kind: 'APP_PAGE' })).toBeNull();

    // The render that starts after the revalidation is kept and served.
    clock.advance(10);
    await cache.set(pageKey('/legal/terms'), appPage('/legal/terms', { html: 'new version' }), pageControl);
    expect((await cache.get(pageKey('/legal/terms'), { kind: 'APP_PAGE' }))?.value.html).toBe('new version');
  });

  it('judges a render by its first miss, not by a later reader who missed while it ran', async () => {
    const clock = createClock();
    const cache = createIsrCache({ maxBytes: 1_000_000, now: clock.now });
    await cache.get(pageKey('/'), { kind: 'APP_PAGE' }); // the render starts
    clock.advance(10);
    await cache.revalidateTag('_N_T_/layout', { expire: 0 });
    clock.advance(10);
    await cache.get(pageKey('/'), { kind: 'APP_PAGE' }); // another reader, the same render
    clock.advance(10);
    await cache.set(pageKey('/'), appPage('/', { html: 'old' }), pageControl);
    clock.advance(10);
    expect(await cache.get(pageKey('/'), { kind: 'APP_PAGE' })).toBeNull();
  });

  it('dates a page Next renders again after its period by the read that found it due', async () => {
    const clock = createClock();
    const cache = createIsrCache({ maxBytes: 1_000_000, now: clock.now });
    await cache.set(pageKey('/news'), appPage('/news', { html: 'first' }), pageControl);
    clock.advance(301_000);
    // Past its 300 s: Next serves this copy and renders afresh behind it.
    expect((await cache.get(pageKey('/news'), { kind: 'APP_PAGE' }))?.value.html).toBe('first');
    clock.advance(10);
    await cache.revalidateTag('_N_T_/news');
    clock.advance(10);
    await cache.set(pageKey('/news'), appPage('/news', { html: 'rendered before the revalidation' }), pageControl);
    expect(await cache.get(pageKey('/news'), { kind: 'APP_PAGE' })).toBeNull();
  });

  it("marks an entry stale (served while a fresh one renders) for revalidateTag(tag, 'max')", async () => {
    const clock = createClock();
    const cache = createIsrCache({ maxBytes: 1_000_000, now: clock.now });
    await cache.set(pageKey('/'), appPage('/'), pageControl);
    clock.advance(10);
    await cache.revalidateTag('_N_T_/layout', { expire: 31_536_000 });
    const entry = await cache.get(pageKey('/'), { kind: 'APP_PAGE' });
    expect(entry).not.toBeNull();
    // Older than its 300 s period, so Next serves it and regenerates in the background.
    expect(clock.now() - (entry?.lastModified ?? 0)).toBeGreaterThan(300_000);
  });

  it('does not keep a 404, and a 404 replaces the page the address held before', async () => {
    const cache = createIsrCache({ maxBytes: 1_000_000 });
    await cache.set(pageKey('/news/random-1'), appPage('/news/random-1', { status: 404 }), pageControl);
    expect(await cache.get(pageKey('/news/random-1'), { kind: 'APP_PAGE' })).toBeNull();
    expect(cache.store.count).toBe(0);

    await cache.set(pageKey('/news/withdrawn'), appPage('/news/withdrawn'), pageControl);
    await cache.set(pageKey('/news/withdrawn'), appPage('/news/withdrawn', { status: 404 }), pageControl);
    expect(await cache.get(pageKey('/news/withdrawn'), { kind: 'APP_PAGE' })).toBeNull();
  });

  it('keeps the static 404 page itself (Next stores it without a status)', async () => {
    const cache = createIsrCache({ maxBytes: 1_000_000 });
    await cache.set(pageKey('/_not-found'), appPage('/_not-found'), { cacheControl: { revalidate: false } });
    expect(await cache.get(pageKey('/_not-found'), { kind: 'APP_PAGE' })).not.toBeNull();
  });

  it('stays within its byte budget under many distinct pages', async () => {
    const cache = createIsrCache({ maxBytes: 20_000 });
    const page = appPage('/news/x', { html: 'y'.repeat(3_000) });
    const size = estimateEntryBytes(pageKey('/news/x'), page);
    expect(size).toBeGreaterThan(3_000);
    for (let i = 0; i < 200; i++) {
      await cache.set(pageKey(`/news/item-${i}`), appPage(`/news/item-${i}`, { html: 'y'.repeat(3_000) }), pageControl);
      expect(cache.store.totalBytes).toBeLessThanOrEqual(20_000);
    }
    expect(cache.store.count).toBe(Math.floor(20_000 / size));
  });

  it('checks a fetch entry against the tags the caller names too', async () => {
    const clock = createClock();
    const cache = createIsrCache({ maxBytes: 1_000_000, now: clock.now });
    const data: CacheValue = { kind: 'FETCH', data: { body: 'rows' }, revalidate: 300 };
    await cache.set('fetch-key', data, { tags: ['trending'] });
    clock.advance(5);
    await cache.revalidateTag('_N_T_/');
    expect(await cache.get('fetch-key', { kind: 'FETCH', tags: ['trending'], softTags: ['_N_T_/'] })).toBeNull();
  });

  it("drops every page carrying an explicit tag, and the tag's own entry, for revalidateTag(tag, { expire: 0 })", async () => {
    // What revalidateContent sends: Next passes the profile on as durations { expire: 0 }.
    const clock = createClock();
    const cache = createIsrCache({ maxBytes: 1_000_000, now: clock.now });
    const tagged = (path: string, tags: string) => {
      const page = appPage(path);
      page.headers = { ...page.headers, 'x-next-cache-tags': `${page.headers?.['x-next-cache-tags']},${tags}` };
      return page;
    };
    // Two articles of one specialty (each one's related box lists the other), one elsewhere.
    await cache.set(pageKey('/articles/a'), tagged('/articles/a', 'item:article:a,specialty:oncology:posts'), pageControl);
    await cache.set(pageKey('/articles/b'), tagged('/articles/b', 'item:article:b,specialty:oncology:posts'), pageControl);
    await cache.set(pageKey('/articles/c'), tagged('/articles/c', 'item:article:c,specialty:cardiology:posts'), pageControl);
    // The marker entry tagCachedPage stores (a FETCH entry from unstable_cache).
    await cache.set('marker', { kind: 'FETCH', data: { body: 'true' }, revalidate: 31_536_000 }, { tags: ['specialty:oncology:posts'] });
    clock.advance(5);
    await cache.revalidateTag(['item:article:a', 'specialty:oncology:posts'], { expire: 0 });
    clock.advance(5);
    expect(await cache.get(pageKey('/articles/a'), { kind: 'APP_PAGE' })).toBeNull();
    expect(await cache.get(pageKey('/articles/b'), { kind: 'APP_PAGE' })).toBeNull();
    expect(await cache.get(pageKey('/articles/c'), { kind: 'APP_PAGE' })).not.toBeNull();
    expect(await cache.get('marker', { kind: 'FETCH', tags: ['specialty:oncology:posts'] })).toBeNull();
  });
});

describe('IsrCacheHandler', () => {
  it('shares one cache across the instances Next makes per request', async () => {
    const first = new IsrCacheHandler({ maxMemoryCacheSize: 5_000_000 });
    await first.set(pageKey('/shared'), appPage('/shared'), pageControl);
    const second = new IsrCacheHandler({ maxMemoryCacheSize: 5_000_000 });
    expect(second.cache).toBe(first.cache);
    expect(await second.get(pageKey('/shared'), { kind: 'APP_PAGE' })).not.toBeNull();
  });
});

describe("installing the handler as Next's page cache", () => {
  const NEXT_CACHE_HANDLERS = Symbol.for('@next/cache-handlers');
  const registry = globalThis as Record<symbol, unknown>;
  afterEach(() => {
    delete registry[NEXT_CACHE_HANDLERS];
  });

  // What Next builds for each request when next.config.ts names no `cacheHandler`.
  const nextCacheFor = () =>
    new IncrementalCache({
      fs: undefined,
      dev: false,
      requestHeaders: {},
      minimalMode: false,
      serverDistDir: '/nonexistent/.next/server',
      maxMemoryCacheSize: 5_000_000,
      flushToDisk: true,
      previewProps: { previewModeId: 'id', previewModeSigningKey: 'key', previewModeEncryptionKey: 'key' },
      prerenderManifest: { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: { previewModeId: 'id' } },
    } as unknown as ConstructorParameters<typeof IncrementalCache>[0]);

  it('is what Next uses once a server has loaded next.config.ts, with the configured budget', () => {
    nextConfig(PHASE_PRODUCTION_SERVER);
    const handler = (nextCacheFor() as unknown as { cacheHandler: unknown }).cacheHandler;
    expect(handler).toBeInstanceOf(IsrCacheHandler);
    expect((handler as IsrCacheHandler).cache.store.maxBytes).toBe(5_000_000);
  });

  it('is not installed while `next build` loads the config', () => {
    nextConfig(PHASE_PRODUCTION_BUILD);
    expect(registry[NEXT_CACHE_HANDLERS]).toBeUndefined();
  });
});
