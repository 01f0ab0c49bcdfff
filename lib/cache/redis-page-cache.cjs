'use strict';

/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: see isr-cache-handler.cjs */
const fs = require('node:fs');
const path = require('node:path');
const createRedisStringsHandler = require('@fortedigital/nextjs-cache-handler/redis-strings').default;
const { createRenderStarts, isNotFound, isPastPeriod, readTags } = require('./isr-cache.cjs');
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * The page cache shared by several app instances through Redis (REDIS_URL; README
 * "Deployment: several instances"). isr-cache-handler.cjs loads this file only when
 * REDIS_URL is set, so one instance never loads a Redis client.
 *
 * The storage is @fortedigital/nextjs-cache-handler's redis-strings handler: one string key
 * per entry with its own expiry, a hash of each entry's tags, and a hash of when each path
 * tag (_N_T_…) was revalidated. revalidateTag on any instance deletes the entries carrying
 * the tag (and records the time for path tags), so every instance misses and renders afresh.
 * Around it, this file keeps the rules of the memory cache (isr-cache.cjs):
 * - a 404 is never stored, and it deletes whatever the address held before;
 * - nothing is pre-filled from `next build` (no instrumentation hook, and the build itself
 *   keeps the memory cache: isr-cache-handler.cjs);
 * - bounded: each key expires after at most MAX_AGE_SECONDS (less when the page's own
 *   `expire` is shorter), and Redis runs with a maxmemory and `volatile-lru`, which evicts
 *   only these expiring entries, never the tag hashes (README);
 * - Redis failing never fails a page: a read that fails or times out is a miss, a write or
 *   a revalidation that fails is logged;
 * - an entry is dated by when its render started on this instance (isr-cache.cjs), so a render
 *   that began before a revalidatePath of its page is not served after it (the library compares
 *   a path's revalidation time with the entry's date; an explicit tag only deletes the entries
 *   carrying it at that moment, so a render stored after that still lives on: not covered).
 *
 * The library's CacheHandler class is not used: it keeps its configuration in static fields
 * (one per process, so two caches could not be tested side by side), swallows failed writes
 * unless NEXT_PRIVATE_DEBUG_CACHE is set, and would store 404s.
 */

/**
 * The longest an entry is kept, then rendered afresh: a read page costs one render a day at
 * most, and the keys of pages nobody reads leave Redis by themselves (a choice, not a measurement).
 */
const MAX_AGE_SECONDS = 24 * 60 * 60;
/** Redis answers in a millisecond or two; past this a page is rendered rather than kept waiting. */
const DEFAULT_TIMEOUT_MS = 1_000;
/** How long the first requests after a start wait for the first connection before going without. */
const CONNECT_WAIT_MS = 2_000;
/** At most one log line per kind of failure this often, with a count: an outage under load fails every request. */
const LOG_INTERVAL_MS = 10_000;

/**
 * @typedef {import('./isr-cache.d.cts').CacheValue} CacheValue
 * @typedef {import('./isr-cache.d.cts').GetContext} GetContext
 * @typedef {import('./isr-cache.d.cts').SetContext} SetContext
 * @typedef {import('./redis-page-cache.d.cts').RedisPageCache} RedisPageCache
 * @typedef {import('./redis-page-cache.d.cts').Logger} Logger
 */

/**
 * @param {{ client: any; keyPrefix: string; timeoutMs?: number; logger?: Logger; now?: () => number }} options
 *   client: a node-redis client (@redis/client), connected or still connecting.
 * @returns {RedisPageCache}
 */
function createRedisPageCache({ client, keyPrefix, timeoutMs = DEFAULT_TIMEOUT_MS, logger = console, now = Date.now }) {
  const store = createRedisStringsHandler({ client, keyPrefix, timeoutMs, keyExpirationStrategy: 'EXAT' });
  const report = createFailureReporter(logger, now);
  const renderStarts = createRenderStarts(now);

  return {
    async get(key, ctx = {}) {
      try {
        const entry = await store.get(key, { implicitTags: ctx.softTags ?? [] });
        // The library keeps entries past their time when Redis has not expired them yet.
        if (!entry || (entry.lifespan && entry.lifespan.expireAt * 1000 < now())) {
          renderStarts.note(key);
          return null;
        }
        const seconds = entry.value?.kind === 'FETCH' ? (ctx.revalidate ?? entry.value.revalidate) : entry.cacheControl?.revalidate;
        if (isPastPeriod(entry, seconds, now())) renderStarts.note(key);
        return entry;
      } catch (error) {
        report('read', key, error);
        renderStarts.note(key);
        return null;
      }
    },
    async set(key, data, ctx = {}) {
      const lastModified = renderStarts.take(key);
      try {
        // A 404 (or Next's "nothing here", null) is never kept, and it replaces whatever
        // the address held before: an item taken down must not live on in the cache.
        if (!data || isNotFound(data)) {
          await store.delete(key);
          return;
        }
        const expireAt = Math.floor(now() / 1000) + readMaxAgeSeconds(data, ctx);
        await store.set(key, {
          value: data,
          lastModified,
          tags: readTags(data, ctx),
          // Next prefers the entry's own cacheControl to what this process remembers for the route.
          cacheControl: ctx.cacheControl,
          lifespan: { expireAt },
        });
      } catch (error) {
        report('write', key, error);
      }
    },
    async revalidateTag(tags, durations) {
      // The library knows only "gone now": a stale-while-revalidate profile ('max') is
      // treated as expire-now here, which serves nothing older than the memory cache would.
      void durations;
      for (const tag of typeof tags === 'string' ? [tags] : tags) {
        try {
          await store.revalidateTag(tag);
        } catch (error) {
          // Other instances keep this tag's pages until they expire: worth an operator's look.
          logger.error(`[cache] revalidating ${tag} in Redis failed; other instances may serve the old page until it expires:`, describe(error));
        }
      }
    },
    resetRequestCache() {},
  };
}

/**
 * Seconds an entry is kept: the page's own expire (or a fetch's revalidate), at most a day.
 * @param {CacheValue} data
 * @param {SetContext} ctx
 */
function readMaxAgeSeconds(data, ctx) {
  const own = data.kind === 'FETCH' ? data.revalidate : ctx.cacheControl?.expire;
  return typeof own === 'number' && own > 0 ? Math.min(Math.ceil(own), MAX_AGE_SECONDS) : MAX_AGE_SECONDS;
}

/**
 * Logs the first failure of each kind at once, then at most one line per LOG_INTERVAL_MS
 * with how many there were.
 * @param {Logger} logger
 * @param {() => number} now
 */
function createFailureReporter(logger, now) {
  /** @type {Map<string, { loggedAt: number; missed: number }>} */
  const kinds = new Map();
  return (/** @type {string} */ kind, /** @type {string} */ key, /** @type {unknown} */ error) => {
    const state = kinds.get(kind);
    if (state && now() - state.loggedAt < LOG_INTERVAL_MS) {
      state.missed++;
      return;
    }
    const more = state?.missed ? ` (and ${state.missed} more since the last report)` : '';
    const effect = kind === 'read' ? 'rendered afresh' : 'not shared';
    logger.warn(`[cache] Redis ${kind} failed for ${key}, page ${effect}${more}:`, describe(error));
    kinds.set(kind, { loggedAt: now(), missed: 0 });
  };
}

/** @param {unknown} error */
function describe(error) {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The node-redis client of this process, and a promise that settles once its first attempt to
 * connect has ended (connected, failed, or CONNECT_WAIT_MS passed). After that the client
 * reconnects by itself in the background: while it is not ready the cache reads as empty and
 * writes are logged (the library checks isReady before each command).
 * @param {string} url
 * @param {Logger} [logger]
 */
function createRedisClient(url, logger = console) {
  const { createClient } = require('@redis/client'); // eslint-disable-line @typescript-eslint/no-require-imports -- loaded only with REDIS_URL
  const client = createClient({
    url,
    // Commands fail at once while disconnected instead of queueing until Redis returns.
    disableOfflineQueue: true,
    socket: { connectTimeout: CONNECT_WAIT_MS, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
  });
  let connected = false;
  client.on('ready', () => {
    if (!connected) logger.info('[cache] page cache shared through Redis');
    connected = true;
  });
  client.on('error', (/** @type {unknown} */ error) => {
    // Without a listener node-redis would throw; one line per outage, not per retry.
    if (connected) logger.warn('[cache] lost Redis, pages are rendered afresh until it is back:', describe(error));
    connected = false;
  });
  const attempt = client.connect().catch((/** @type {unknown} */ error) => logger.warn('[cache] could not connect to Redis:', describe(error)));
  /** @type {Promise<void>} */
  const firstAttempt = new Promise((resolve) => {
    setTimeout(resolve, CONNECT_WAIT_MS).unref();
    void attempt.then(() => resolve());
  });
  return { client, firstAttempt };
}

const SHARED = Symbol.for('hidoc-portal.redis-page-cache');

/**
 * The class isr-cache-handler.cjs hands Next when REDIS_URL is set. Next makes one per
 * request; the client and cache live once per process, on globalThis.
 *
 * Keys start with the build's id: during a rolling deploy the old and the new build each
 * read their own pages (an old page's React payload names script chunks the new build no
 * longer has), and the old build's keys expire on their own.
 * @param {string} url
 * @param {string} sitePrefix REDIS_KEY_PREFIX
 */
function createRedisCacheHandlerClass(url, sitePrefix) {
  return class RedisCacheHandler {
    /** @param {{ serverDistDir?: string }} [ctx] */
    constructor(ctx) {
      const registry = /** @type {Record<symbol, SharedCache | undefined>} */ (globalThis);
      this.shared = registry[SHARED] ??= createSharedCache(url, `${sitePrefix}:${readBuildId(ctx?.serverDistDir)}:`);
      this.cache = this.shared.cache;
    }

    // The first requests after a start wait for the connection rather than miss and log.

    /** @type {RedisPageCache['get']} */
    async get(key, ctx) {
      await this.shared.firstAttempt;
      return this.cache.get(key, ctx);
    }

    /** @type {RedisPageCache['set']} */
    async set(key, data, ctx) {
      await this.shared.firstAttempt;
      return this.cache.set(key, data, ctx);
    }

    /** @type {RedisPageCache['revalidateTag']} */
    async revalidateTag(tags, durations) {
      await this.shared.firstAttempt;
      return this.cache.revalidateTag(tags, durations);
    }

    resetRequestCache() {}
  };
}

/**
 * @typedef {{ cache: RedisPageCache; firstAttempt: Promise<void> }} SharedCache
 * @param {string} url
 * @param {string} keyPrefix
 * @returns {SharedCache}
 */
function createSharedCache(url, keyPrefix) {
  const { client, firstAttempt } = createRedisClient(url);
  return { cache: createRedisPageCache({ client, keyPrefix }), firstAttempt };
}

/** @param {string | undefined} serverDistDir Next's .next/server */
function readBuildId(serverDistDir) {
  try {
    return serverDistDir ? fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim() : 'unbuilt';
  } catch {
    return 'unbuilt';
  }
}

module.exports = { createRedisPageCache, createRedisClient, createRedisCacheHandlerClass, MAX_AGE_SECONDS };
