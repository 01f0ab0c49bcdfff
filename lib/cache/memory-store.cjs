'use strict';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS on purpose: see isr-cache-handler.cjs
const { LRUCache } = require('lru-cache');

/**
 * A least-recently-used map bounded by the total size of its entries (in bytes, as the
 * caller measures them), not by their count: one list page and one huge article must not
 * count the same. lru-cache's LRUCache does the bookkeeping (maxSize with a size per entry);
 * this wrapper keeps the small get/set/delete surface the cache handler talks to. Kept in
 * plain JavaScript because Next imports the cache handler that uses it at run time, outside
 * the TypeScript build.
 *
 * The cache handler talks to a store only through get/set/delete, so a shared store (Redis,
 * for several app instances) can later stand in for this one behind the same three calls.
 */

/**
 * @template V
 * @param {{ maxBytes: number }} options
 * @returns {import('./memory-store.d.cts').MemoryStore<V>}
 */
function createMemoryStore({ maxBytes }) {
  if (!Number.isFinite(maxBytes) || maxBytes < 0) throw new Error(`maxBytes must be a size in bytes, got ${maxBytes}`);
  // LRUCache counts in whole bytes, at least one per entry, and wants a positive budget:
  // a budget below one byte is kept as a rule here (every entry refused), not handed to it.
  const budget = Math.floor(maxBytes);
  /** @type {LRUCache<string, V & {}>} */
  const entries = new LRUCache({ maxSize: Math.max(budget, 1) });

  return {
    get(key) {
      return entries.get(key);
    },
    set(key, value, size) {
      // Dropped first: LRUCache keeps the old size when the same value is set again with a
      // new one, and a value that no longer fits must not leave its old version behind.
      entries.delete(key);
      const bytes = Math.max(Math.ceil(size), 1);
      // An entry larger than the whole budget would evict everything and still not fit.
      if (bytes > budget) return false;
      entries.set(key, value, { size: bytes });
      return true;
    },
    delete(key) {
      return entries.delete(key);
    },
    clear() {
      entries.clear();
    },
    get totalBytes() {
      return entries.calculatedSize;
    },
    get count() {
      return entries.size;
    },
    get maxBytes() {
      return maxBytes;
    },
  };
}

module.exports = { createMemoryStore };
