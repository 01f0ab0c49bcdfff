'use strict';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS on purpose (see the comment below)
const { createIsrCache } = require('./isr-cache.cjs');

/**
 * The portal's handler for Next's page cache. next.config.ts installs it when `next start`
 * (or `next dev`) loads the config: installPageCache() below. Next makes a new instance for
 * every request, so the cache itself lives once per process, on globalThis (a second copy
 * of this module, should one ever load, finds the same one).
 *
 * CommonJS on purpose, not an ES module: on Node 20.20, after one import() of an ES module,
 * code that awaits a lot (a server) ran about 50% slower in a micro-benchmark (200,000
 * awaits inside an AsyncLocalStorage: 33 ms before, 49 ms after); import() of a CommonJS
 * file left it unchanged. Not TypeScript either: Next loads this file as it is, outside its
 * build.
 *
 * Its budget is Next's `cacheMaxMemorySize`, which Next hands to the handler: with a custom
 * handler nothing else of Next's uses it for pages. A memory-only cache of size 0 would
 * cache nothing, so anything but a positive size means the 64 MB default.
 *
 * With REDIS_URL set, several app instances share one page cache in Redis instead
 * (redis-page-cache.cjs, required only then: one instance loads no Redis code). `next build`
 * never installs this handler (next.config.ts), and while NEXT_PHASE says the build runs
 * this file picks the memory handler even with REDIS_URL: nothing the build renders reaches Redis.
 */

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
const SHARED = Symbol.for('hidoc-portal.isr-cache');

/** @returns {import('./isr-cache.d.cts').IsrCache} */
function getSharedCache(/** @type {number | undefined} */ maxMemoryCacheSize) {
  const registry = /** @type {Record<symbol, import('./isr-cache.d.cts').IsrCache | undefined>} */ (globalThis);
  const maxBytes = typeof maxMemoryCacheSize === 'number' && maxMemoryCacheSize > 0 ? maxMemoryCacheSize : DEFAULT_MAX_BYTES;
  return (registry[SHARED] ??= createIsrCache({ maxBytes }));
}

class IsrCacheHandler {
  /** @param {{ maxMemoryCacheSize?: number }} [ctx] */
  constructor(ctx) {
    this.cache = getSharedCache(ctx?.maxMemoryCacheSize);
  }

  /** @type {import('./isr-cache.d.cts').IsrCache['get']} */
  async get(key, ctx) {
    try {
      return await this.cache.get(key, ctx);
    } catch (error) {
      // A read that fails is a miss (the page is rendered afresh), never a failed request.
      console.warn('[cache] read failed', key, error);
      return null;
    }
  }

  /** @type {import('./isr-cache.d.cts').IsrCache['set']} */
  async set(key, data, ctx) {
    await this.cache.set(key, data, ctx);
  }

  /** @type {import('./isr-cache.d.cts').IsrCache['revalidateTag']} */
  async revalidateTag(tags, durations) {
    await this.cache.revalidateTag(tags, durations);
  }

  resetRequestCache() {}
}

/** Next's NEXT_PHASE while `next build` runs (PHASE_PRODUCTION_BUILD in next/constants). */
const BUILD_PHASE = 'phase-production-build';

function selectHandler() {
  // lib/env.ts has checked REDIS_URL and REDIS_KEY_PREFIX at start-up; this file is
  // loaded by Next outside the TypeScript build and cannot import it.
  // eslint-disable-next-line no-restricted-properties -- see above
  const { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: keyPrefix = 'hidoc', NEXT_PHASE: phase } = process.env;
  if (!redisUrl || phase === BUILD_PHASE) return IsrCacheHandler;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only with REDIS_URL
  const { createRedisCacheHandlerClass } = require('./redis-page-cache.cjs');
  return createRedisCacheHandlerClass(redisUrl, keyPrefix);
}

/**
 * Where Next looks for a page cache handler when next.config.ts names none (`cacheHandler`):
 * the `FetchCache` of this object on globalThis, which Next's IncrementalCache takes as it
 * would the named file (its constructor gets the same context, cacheMaxMemorySize included).
 */
const NEXT_CACHE_HANDLERS = Symbol.for('@next/cache-handlers');

/**
 * Makes this handler Next's page cache in this process, instead of naming the file as
 * `cacheHandler`: Next import()s a named handler anew on every request (the module is
 * cached, the lookup is not), 4–14% of a cached article's CPU in two A/B windows on this
 * machine (README "Next on its own"); a handler found on globalThis costs a property read. Called by
 * next.config.ts in the server's phases only: `next build` keeps Next's own cache, whose
 * copies in .next this handler never reads, so nothing the build rendered is served after
 * a start, and nothing it rendered reaches Redis.
 */
function installPageCache() {
  const registry = /** @type {Record<symbol, Record<string, unknown> | undefined>} */ (globalThis);
  registry[NEXT_CACHE_HANDLERS] = { ...registry[NEXT_CACHE_HANDLERS], FetchCache: PageCacheHandler };
}

const PageCacheHandler = selectHandler();
module.exports = PageCacheHandler;
module.exports.installPageCache = installPageCache;
module.exports.IsrCacheHandler = IsrCacheHandler;
module.exports.DEFAULT_MAX_BYTES = DEFAULT_MAX_BYTES;
