import { INTERNAL_SECRET_HEADER } from '@/lib/security/internal-request';

/**
 * Makes scheduled items appear by themselves (app/api/internal/publish-due): the launcher
 * asks `next start` on its own port which items came due, at the next item's time (the
 * answer says how far off it is) and at least every CHECK_EVERY_MS, for items scheduled
 * meanwhile. Each ask is a few indexed reads; a failed one is logged once and tried again.
 */

export type PublishScheduler = { stop(): Promise<void> };

export const CHECK_EVERY_MS = 10_000;
/** After the item's time, so the database's now() has passed it too. */
const AFTER_DUE_MS = 250;

export function startPublishScheduler(options: {
  /** Next's own address, e.g. http://127.0.0.1:40123 (never the front cache's). */
  origin: string;
  secret: string;
  log: (message: string) => void;
  checkEveryMs?: number;
}): PublishScheduler {
  const checkEveryMs = options.checkEveryMs ?? CHECK_EVERY_MS;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let isStopped = false;
  let hasFailed = false;

  const schedule = (ms: number) => {
    if (isStopped) return;
    timer = setTimeout(tick, ms);
    // The scheduler alone must not keep the launcher alive.
    timer.unref();
  };

  const tick = () => {
    running = (async () => {
      let waitMs = checkEveryMs;
      try {
        const response = await fetch(`${options.origin}/api/internal/publish-due`, {
          method: 'POST',
          headers: { [INTERNAL_SECRET_HEADER]: options.secret },
          signal: AbortSignal.timeout(30_000),
        });
        if (!response.ok) throw new Error(`answered ${response.status}`);
        const answer = (await response.json()) as { announced: string[]; nextInMs: number | null };
        if (answer.announced.length > 0) options.log(`published on schedule: ${answer.announced.join(', ')}`);
        if (answer.nextInMs !== null) waitMs = Math.min(checkEveryMs, answer.nextInMs + AFTER_DUE_MS);
        hasFailed = false;
      } catch (error) {
        if (!hasFailed) options.log(`the publish scheduler could not ask Next: ${error instanceof Error ? error.message : String(error)}`);
        hasFailed = true;
      } finally {
        running = null;
      }
      schedule(waitMs);
    })();
  };

  schedule(0);
  return {
    async stop() {
      isStopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
