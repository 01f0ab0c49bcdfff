/** Types for isr-cache-handler.cjs, the page cache handler next.config.ts installs. */
import type { IsrCache } from './isr-cache.cjs';

declare class IsrCacheHandler {
  constructor(ctx?: { maxMemoryCacheSize?: number });
  readonly cache: IsrCache;
  get: IsrCache['get'];
  set: IsrCache['set'];
  revalidateTag: IsrCache['revalidateTag'];
  resetRequestCache(): void;
}

declare namespace IsrCacheHandler {
  const DEFAULT_MAX_BYTES: number;
  /** The memory handler itself, whichever one REDIS_URL made the default export. */
  const IsrCacheHandler: typeof import('./isr-cache-handler.cjs');
  /** Makes the default export Next's page cache in this process (next.config.ts calls it). */
  function installPageCache(): void;
}

export = IsrCacheHandler;
