/** Types for memory-store.cjs (plain CommonJS, loaded by Next as it is). */
export type MemoryStore<V> = {
  /** The value, now the most recently used; undefined when absent. */
  get(key: string): V | undefined;
  /** Stores the value with its size in bytes (counted in whole bytes, at least one), evicting the least recently used until the total fits. False when it alone exceeds the budget. */
  set(key: string, value: V, size: number): boolean;
  delete(key: string): boolean;
  clear(): void;
  readonly totalBytes: number;
  readonly count: number;
  readonly maxBytes: number;
};

export function createMemoryStore<V>(options: { maxBytes: number }): MemoryStore<V>;
