import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory-store.cjs';

describe('createMemoryStore', () => {
  it('never holds more bytes than its budget, however many entries arrive', () => {
    const store = createMemoryStore<string>({ maxBytes: 1_000 });
    for (let i = 0; i < 500; i++) {
      store.set(`/news/random-${i}`, 'x', 90 + (i % 30));
      expect(store.totalBytes).toBeLessThanOrEqual(1_000);
    }
    expect(store.count).toBeLessThanOrEqual(11);
    // The newest entries are the ones kept.
    expect(store.get('/news/random-499')).toBe('x');
    expect(store.get('/news/random-0')).toBeUndefined();
  });

  it('evicts the least recently used entry, not the oldest written', () => {
    const store = createMemoryStore<number>({ maxBytes: 300 });
    store.set('a', 1, 100);
    store.set('b', 2, 100);
    store.set('c', 3, 100);
    expect(store.get('a')).toBe(1); // a is now the most recently used
    store.set('d', 4, 100);
    expect(store.get('b')).toBeUndefined();
    expect([store.get('a'), store.get('c'), store.get('d')]).toEqual([1, 3, 4]);
  });

  it('refuses an entry larger than the whole budget without dropping the others', () => {
    const store = createMemoryStore<string>({ maxBytes: 100 });
    store.set('small', 's', 40);
    expect(store.set('huge', 'h', 101)).toBe(false);
    expect(store.get('huge')).toBeUndefined();
    expect(store.get('small')).toBe('s');
    expect(store.totalBytes).toBe(40);
  });

  it('counts a replaced entry once, at its new size', () => {
    const store = createMemoryStore<string>({ maxBytes: 100 });
    store.set('page', 'v1', 60);
    store.set('page', 'v2', 30);
    expect(store.totalBytes).toBe(30);
    expect(store.count).toBe(1);
    expect(store.delete('page')).toBe(true);
    expect(store.totalBytes).toBe(0);
  });

  it('counts the same value set again at its new size, and drops it when it no longer fits', () => {
    const store = createMemoryStore<{ html: string }>({ maxBytes: 100 });
    const page = { html: '<p>' };
    store.set('page', page, 10);
    store.set('page', page, 50);
    expect(store.totalBytes).toBe(50);
    expect(store.set('page', page, 101)).toBe(false);
    expect(store.get('page')).toBeUndefined();
    expect(store.totalBytes).toBe(0);
  });

  it('keeps nothing with a budget of zero bytes', () => {
    const store = createMemoryStore<string>({ maxBytes: 0 });
    expect(store.set('page', 'x', 1)).toBe(false);
    expect(store.count).toBe(0);
  });
});
