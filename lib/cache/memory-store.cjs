'use strict';

/**
 * A least-recently-used map bounded by the total size of its entries (in bytes, as the
 * caller measures them), not by their count: one list page and one huge article must not
 * count the same. Kept in plain JavaScript because Next imports the cache handler that
 * uses it at run time, outside the TypeScript build.
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
  /** @type {Map<string, { value: V; size: number }>} Map keeps insertion order: first = least recently used. */
  const entries = new Map();
  let totalBytes = 0;

  function remove(key) {
    const found = entries.get(key);
    if (!found) return false;
    entries.delete(key);
    totalBytes -= found.size;
    return true;
  }

  return {
    get(key) {
      const found = entries.get(key);
      if (!found) return undefined;
      // Move to the most recently used end.
      entries.delete(key);
      entries.set(key, found);
      return found.value;
    },
    set(key, value, size) {
      remove(key);
      // An entry larger than the whole budget would evict everything and still not fit.
      if (size > maxBytes) return false;
      entries.set(key, { value, size });
      totalBytes += size;
      for (const [oldestKey] of entries) {
        if (totalBytes <= maxBytes) break;
        remove(oldestKey);
      }
      return true;
    },
    delete: remove,
    clear() {
      entries.clear();
      totalBytes = 0;
    },
    get totalBytes() {
      return totalBytes;
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
