/** Types for redis-page-cache.cjs (plain CommonJS, loaded by Next as it is). */
import type { RedisClientType } from '@redis/client';
import type { CacheValue, CacheControl, GetContext, SetContext } from './isr-cache.cjs';

/** A node-redis client as createClient() makes it. */
export type RedisClient = RedisClientType;

export type Logger = Pick<Console, 'info' | 'warn' | 'error'>;

export type SharedEntry = {
  value: CacheValue;
  lastModified: number;
  tags: string[];
  cacheControl?: CacheControl;
  lifespan: { expireAt: number };
};

export type RedisPageCache = {
  get(key: string, ctx?: GetContext): Promise<SharedEntry | null>;
  set(key: string, data: CacheValue | null, ctx?: SetContext): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
};

export function createRedisPageCache(options: {
  client: RedisClient;
  keyPrefix: string;
  timeoutMs?: number;
  logger?: Logger;
  now?: () => number;
}): RedisPageCache;

export function createRedisClient(url: string, logger?: Logger): { client: RedisClient; firstAttempt: Promise<void> };

export function createRedisCacheHandlerClass(url: string, sitePrefix: string): new (ctx?: { serverDistDir?: string }) => RedisPageCache & {
  readonly cache: RedisPageCache;
};

export const MAX_AGE_SECONDS: number;
