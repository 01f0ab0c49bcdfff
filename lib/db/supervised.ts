import { startEmbeddedPostgres, type EmbeddedServer, type StartEmbeddedOptions } from './embedded';

/**
 * The embedded server kept running for `npm start`: when it ends on its own (killed, out of
 * memory, a crash), it is started again on the same folder and port, so the web server's pool
 * reconnects to the same address with the same data. Restarts wait longer each time; after
 * as many failures in a row as there are delays, onGiveUp says why and the launcher stops.
 */

export type SupervisedOptions = Omit<StartEmbeddedOptions, 'onUnexpectedExit'> & {
  /** Called once, when the server cannot be kept running; the server is not started again. */
  onGiveUp: (reason: string) => void;
  /** The wait before each restart in a row, in milliseconds. */
  restartDelaysMs?: readonly number[];
  /** A server up this long counts as recovered: the next exit starts a fresh series of delays. */
  stableAfterMs?: number;
};

export const RESTART_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 20_000];
const STABLE_AFTER_MS = 60_000;

export async function startSupervisedPostgres(options: SupervisedOptions): Promise<EmbeddedServer> {
  const { onGiveUp, restartDelaysMs = RESTART_DELAYS_MS, stableAfterMs = STABLE_AFTER_MS, ...startOptions } = options;
  const log = options.log ?? (() => {});
  let isStopped = false;
  let failuresInARow = 0;
  let startedAt = Date.now();
  /** The restart loop of the moment, so stop() can wait for it rather than race it. */
  let restarting: Promise<void> | undefined;
  /** Ends the wait before a restart at once: a stop must not sit out a backoff. */
  let wake = () => {};
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const start = () => startEmbeddedPostgres({ ...startOptions, onUnexpectedExit: (reason) => (restarting = restartAfter(reason)) });
  let current = await start();

  async function restartAfter(reason: string): Promise<void> {
    if (Date.now() - startedAt >= stableAfterMs) failuresInARow = 0;
    let why = reason;
    while (!isStopped) {
      const delay = restartDelaysMs[failuresInARow];
      if (delay === undefined) {
        onGiveUp(`${why} It was started again ${failuresInARow} times in a row without staying up; giving up.`);
        return;
      }
      failuresInARow += 1;
      log(`${why} Starting it again in ${formatSeconds(delay)} (attempt ${failuresInARow} of ${restartDelaysMs.length})…`);
      await pause(delay);
      if (isStopped) return;
      try {
        current = await start();
        startedAt = Date.now();
        log(`The embedded database server is running again on port ${current.port}, with the same data.`);
        return;
      } catch (error) {
        why = `The embedded database server did not start again: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
  }

  return {
    url: current.url,
    port: current.port,
    dataDir: current.dataDir,
    async stop() {
      isStopped = true;
      wake();
      await restarting;
      await current.stop();
    },
  };
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
