'use strict';

/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: see isr-cache-handler.cjs */
const { LRUCache } = require('lru-cache');
const { createMemoryStore } = require('./memory-store.cjs');
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * The portal's page cache (Next's ISR cache handler; DESIGN.md "Caching"). Next's own
 * handler writes every cached response to `.next/server`, and in a route whose params are
 * made on request a `notFound()` is cached like a page, so each made-up address
 * (/news/anything-1, /news/anything-2, …) would add files until the disk is full. This one
 * keeps entries in memory, in an LRU bounded by total bytes, and never stores a 404: an
 * unknown slug is rendered again each time (one indexed query) and costs nothing to keep.
 *
 * Invalidation follows Next's tags: a page's entry carries its tags in the
 * `x-next-cache-tags` header (revalidatePath('/news/x') is revalidateTag('_N_T_/news/x')
 * under the hood), a fetch entry in ctx.tags; revalidateTag records when each tag went
 * stale or expired, and get() compares that with when the entry's render started.
 *
 * An entry is dated by when its render started, as Next's own handlers date theirs, not by
 * when it was stored: a render that read the database before an editor's save and finished
 * after the save's revalidation holds the old page, and must not outlive the revalidation.
 * Next renders a page after a read of this cache that found nothing, an expired entry or
 * one past its period; that read's time is kept per key (the first, while renders are under
 * way) until the render is stored.
 *
 * Plain CommonJS with JSDoc for the reason given in isr-cache-handler.cjs; types are in
 * isr-cache.d.cts.
 */

const TAGS_HEADER = 'x-next-cache-tags';
const RESPONSE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES']);
/** Bookkeeping per entry (the record, its tags, the key in the map), counted against the budget. */
const ENTRY_OVERHEAD_BYTES = 512;
/**
 * Renders under way, remembered at most: a render that fails stores nothing and leaves its
 * start behind until evicted. Past this many at once, the oldest is forgotten and its render
 * is dated by when it is stored (as before render starts were kept).
 */
const MAX_RENDERS_UNDER_WAY = 10_000;

/**
 * @typedef {import('./isr-cache.d.cts').CacheValue} CacheValue
 * @typedef {import('./isr-cache.d.cts').CachedEntry} CachedEntry
 * @typedef {import('./isr-cache.d.cts').TagState} TagState
 */

/**
 * @param {{ maxBytes: number; now?: () => number }} options
 * @returns {import('./isr-cache.d.cts').IsrCache}
 */
function createIsrCache({ maxBytes, now = Date.now }) {
  /** @type {import('./memory-store.d.cts').MemoryStore<CachedEntry>} */
  const store = createMemoryStore({ maxBytes });
  /** @type {Map<string, TagState>} When each revalidated tag went stale or expires. */
  const tagStates = new Map();
  const renderStarts = createRenderStarts(now);

  /** @param {string[]} tags @param {number} since */
  function judgeTags(tags, since) {
    const at = now();
    let verdict = /** @type {'fresh' | 'stale' | 'expired'} */ ('fresh');
    for (const tag of tags) {
      const state = tagStates.get(tag);
      if (!state) continue;
      if (state.expiredAt !== undefined && state.expiredAt <= at && state.expiredAt > since) return 'expired';
      if (state.staleAt !== undefined && state.staleAt > since) verdict = 'stale';
    }
    return verdict;
  }

  return {
    store,
    async get(key, ctx = {}) {
      const entry = store.get(key);
      if (!entry) {
        renderStarts.note(key);
        return null;
      }
      const tags = ctx.kind === 'FETCH' ? [...entry.tags, ...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : entry.tags;
      const verdict = judgeTags(tags, entry.lastModified);
      const seconds = ctx.kind === 'FETCH' ? (ctx.revalidate ?? readFetchRevalidate(entry.value)) : entry.cacheControl?.revalidate;
      if (verdict === 'fresh') {
        if (isPastPeriod(entry, seconds, now())) renderStarts.note(key);
        return entry;
      }
      renderStarts.note(key);
      // Stale-while-revalidate (revalidateTag(tag, 'max')): Next serves an entry older than
      // its revalidate period and renders a fresh one in the background, so report it as
      // just past that period. Without a period, only a fresh render will do.
      if (verdict === 'stale' && typeof seconds === 'number' && seconds > 0) {
        return { ...entry, lastModified: now() - seconds * 1000 - 1 };
      }
      store.delete(key);
      return null;
    },
    async set(key, data, ctx = {}) {
      const startedAt = renderStarts.take(key);
      // A 404 (or Next's "nothing here", null) is never kept, and it replaces whatever the
      // address held before: an item taken down must not live on from the cache.
      if (!data || isNotFound(data)) {
        store.delete(key);
        return;
      }
      /** @type {CachedEntry} */
      const entry = { value: data, lastModified: startedAt, cacheControl: ctx.cacheControl, tags: readTags(data, ctx) };
      store.set(key, entry, estimateEntryBytes(key, data));
    },
    async revalidateTag(tags, durations) {
      const list = typeof tags === 'string' ? [tags] : tags;
      const at = now();
      for (const tag of list) {
        const state = { ...tagStates.get(tag) };
        if (durations) {
          // With a cache profile ('max'): stale now, gone only once its expire time passes.
          state.staleAt = at;
          if (durations.expire !== undefined) state.expiredAt = at + durations.expire * 1000;
        } else {
          state.expiredAt = at;
        }
        tagStates.set(tag, state);
      }
    },
    resetRequestCache() {},
  };
}

/**
 * When the render under way for each key started: Next renders a page after a read of the
 * cache that found nothing, an expired entry or one past its period, and stores the render
 * when it is done. The first such read dates the render (later readers join the same one);
 * the store takes the date, or now if none was noted.
 * @param {() => number} now
 */
function createRenderStarts(now) {
  /** @type {LRUCache<string, number>} */
  const starts = new LRUCache({ max: MAX_RENDERS_UNDER_WAY });
  return {
    note(/** @type {string} */ key) {
      if (!starts.has(key)) starts.set(key, now());
    },
    take(/** @type {string} */ key) {
      const startedAt = starts.get(key) ?? now();
      starts.delete(key);
      return startedAt;
    },
  };
}

/**
 * Whether Next will render this entry again behind the reader: older than its revalidate period.
 * @param {{ lastModified: number }} entry
 * @param {number | false | undefined} seconds
 * @param {number} at
 */
function isPastPeriod(entry, seconds, at) {
  return typeof seconds === 'number' && seconds > 0 && at - entry.lastModified > seconds * 1000;
}

/** @param {CacheValue} data */
function isNotFound(data) {
  return RESPONSE_KINDS.has(data.kind) && data.status === 404;
}

/**
 * @param {CacheValue} data
 * @param {{ tags?: string[] }} ctx
 * @returns {string[]}
 */
function readTags(data, ctx) {
  if (RESPONSE_KINDS.has(data.kind)) {
    const header = data.headers?.[TAGS_HEADER];
    const value = Array.isArray(header) ? header.join(',') : header;
    return typeof value === 'string' && value ? value.split(',') : [];
  }
  return ctx.tags ?? (Array.isArray(data.tags) ? data.tags : []);
}

/**
 * Roughly what an entry costs in memory: its payloads (HTML, the React server payload and its
 * per-segment parts, a route's body) plus a fixed overhead.
 * @param {string} key
 * @param {CacheValue} data
 */
function estimateEntryBytes(key, data) {
  let bytes = ENTRY_OVERHEAD_BYTES + key.length;
  bytes += sizeOf(data.html) + sizeOf(data.rscData) + sizeOf(data.postponed) + sizeOf(data.body) + sizeOf(data.buffer);
  if (data.segmentData instanceof Map) {
    for (const [segment, buffer] of data.segmentData) bytes += segment.length + sizeOf(buffer);
  }
  if (data.headers) bytes += JSON.stringify(data.headers).length;
  if (data.kind === 'FETCH' || data.kind === 'REDIRECT') bytes += JSON.stringify(data.data ?? data.props ?? '').length;
  if (data.kind === 'PAGES') bytes += JSON.stringify(data.pageData ?? '').length;
  return bytes;
}

/** @param {unknown} value */
function sizeOf(value) {
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (value && typeof value === 'object' && 'byteLength' in value && typeof value.byteLength === 'number') {
    return value.byteLength;
  }
  return 0;
}

/** @param {CacheValue} value */
function readFetchRevalidate(value) {
  return typeof value.revalidate === 'number' ? value.revalidate : undefined;
}

module.exports = { createIsrCache, createRenderStarts, isPastPeriod, isNotFound, readTags, estimateEntryBytes };
