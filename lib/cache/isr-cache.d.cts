/** Types for isr-cache.cjs (plain CommonJS, loaded by Next as it is). */
import type { MemoryStore } from './memory-store.cjs';

/** The part of Next's cache values this cache reads; the rest passes through untouched. */
export type CacheValue = {
  kind: string;
  status?: number;
  headers?: Record<string, string | string[] | undefined>;
  html?: unknown;
  rscData?: unknown;
  postponed?: unknown;
  body?: unknown;
  buffer?: unknown;
  segmentData?: Map<string, unknown>;
  pageData?: unknown;
  data?: unknown;
  props?: unknown;
  tags?: string[];
  revalidate?: number | false;
  [other: string]: unknown;
};

export type CacheControl = { revalidate?: number | false; expire?: number };

export type CachedEntry = {
  value: CacheValue;
  lastModified: number;
  cacheControl?: CacheControl;
  tags: string[];
};

export type TagState = { staleAt?: number; expiredAt?: number };

export type GetContext = { kind?: string; tags?: string[]; softTags?: string[]; revalidate?: number };
export type SetContext = { cacheControl?: CacheControl; tags?: string[] };

export type IsrCache = {
  store: MemoryStore<CachedEntry>;
  get(key: string, ctx?: GetContext): Promise<CachedEntry | null>;
  set(key: string, data: CacheValue | null, ctx?: SetContext): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
};

export function createIsrCache(options: { maxBytes: number; now?: () => number }): IsrCache;
export function createRenderStarts(now: () => number): { note(key: string): void; take(key: string): number };
export function isPastPeriod(entry: { lastModified: number }, seconds: number | false | undefined, at: number): boolean;
export function isNotFound(data: CacheValue): boolean;
export function readTags(data: CacheValue, ctx: { tags?: string[] }): string[];
export function estimateEntryBytes(key: string, data: CacheValue): number;
