/**
 * The jobs on a timer inside `npm start`: once shortly after start, then every interval.
 * A run still going when the next is due is not doubled (the tick is skipped), a failed run
 * is logged and the timer goes on (housekeeping must never take the site down), and stop()
 * ends the timer and waits for the run under way.
 */

export type JobTimer = { stop(): Promise<void> };

export type JobTimerOptions = {
  run: () => Promise<void>;
  intervalMs: number;
  firstDelayMs: number;
  log: (message: string) => void;
};

export const JOBS_INTERVAL_MS = 15 * 60 * 1000;
export const JOBS_FIRST_DELAY_MS = 60 * 1000;

export function startJobTimer({ run, intervalMs, firstDelayMs, log }: JobTimerOptions): JobTimer {
  let running: Promise<void> | null = null;
  let isStopped = false;

  const tick = () => {
    if (isStopped || running) return;
    running = (async () => {
      try {
        await run();
      } catch (error) {
        log(`jobs failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        running = null;
      }
    })();
  };

  let interval: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    tick();
    interval = setInterval(tick, intervalMs);
    // The timer alone must not keep the launcher alive.
    interval.unref();
  }, firstDelayMs);
  first.unref();

  return {
    async stop() {
      isStopped = true;
      clearTimeout(first);
      clearInterval(interval);
      await running;
    },
  };
}
