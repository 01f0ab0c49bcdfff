import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { findFreePort } from '@/lib/db/embedded';
import { startFrontCache, type FrontCache } from './front-cache';
import { startPublishScheduler } from './publish-scheduler';

/**
 * The production web server: `next start` on a port of its own on 127.0.0.1, behind the
 * front cache (front-cache.ts), which listens on the readers' port in the calling process.
 * `npm start` runs it once the database and the build are ready. The e2e suite and the bench
 * run this file itself, on a database and a build they prepared:
 *   PORT=3100 DATABASE_URL=… NEXTAUTH_SECRET=… node --import tsx lib/cli/serve.ts
 */

export type ProductionServer = {
  /** `next start`: the caller ends it (SIGTERM) and watches it exit. */
  next: ChildProcess;
  /**
   * The front cache once Next answers; null if Next exited first. Its close() stops the publish
   * scheduler (publish-scheduler.ts) that runs beside it, then takes no new connection and lets
   * the requests under way finish (SHUTDOWN_GRACE_SECONDS): end Next only after it.
   */
  ready: Promise<FrontCache | null>;
};

export async function startProductionServer(options: {
  root: string;
  port: number;
  host?: string;
  /** `next start`'s environment; unset: this process's. */
  env?: NodeJS.ProcessEnv;
  /**
   * `next start` in a process group of its own, as `npm start` runs it: a terminal's Ctrl-C
   * (SIGINT to the whole foreground group) reaches the caller only, which stops Next after the
   * front cache has drained. Unset: this process's group, so a kill of the group (Playwright's
   * end of its web server) takes it along.
   */
  ownProcessGroup?: boolean;
}): Promise<ProductionServer> {
  // Imported late, as in main(): callers check the environment first, then start the server.
  const { env, childProcessEnv } = await import('@/lib/env');
  const internalPort = env.NEXT_PORT ?? (await findFreePort());
  const nextBin = path.join(options.root, 'node_modules', 'next', 'dist', 'bin', 'next');
  // The secret of the internal routes, shared with Next only: the configured one, else new each start.
  const secret = options.env?.INTERNAL_API_SECRET ?? env.INTERNAL_API_SECRET ?? randomBytes(32).toString('base64url');
  const next = spawn(process.execPath, [nextBin, 'start', '-p', String(internalPort), '-H', '127.0.0.1'], {
    cwd: options.root,
    env: { ...(options.env ?? childProcessEnv({})), INTERNAL_API_SECRET: secret },
    detached: options.ownProcessGroup ?? false,
    // A process outside the terminal's foreground group must not read from it.
    stdio: [options.ownProcessGroup ? 'ignore' : 'inherit', 'inherit', 'inherit'],
  });
  const ready = (async () => {
    if (!(await waitForPort(internalPort, next))) return null;
    const front = await startFrontCache({
      port: options.port,
      host: options.host,
      upstream: { host: '127.0.0.1', port: internalPort },
      trustedProxyHops: env.TRUSTED_PROXY_HOPS,
      upstreamTimeoutMs: env.FRONT_UPSTREAM_TIMEOUT_MS,
      maxBodyBytes: env.MAX_REQUEST_BODY_BYTES,
      shutdownGraceMs: env.SHUTDOWN_GRACE_SECONDS * 1_000,
      siteName: env.SITE_NAME,
    });
    const scheduler = startPublishScheduler({
      origin: `http://127.0.0.1:${internalPort}`,
      secret,
      log: (message) => console.log(`[serve] ${message}`),
    });
    return {
      port: front.port,
      close: async () => {
        await scheduler.stop();
        await front.close();
      },
    };
  })();
  return { next, ready };
}

/** Resolves true once something accepts connections on the port, false if the process exits first. */
export async function waitForPort(port: number, child: ChildProcess, timeoutMs = 120_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    if (await isPortAnswering(port)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

export function isPortAnswering(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function main(): Promise<void> {
  // Imported here, not at the top: start.ts imports this file before it has checked the
  // environment, and lib/env.ts parses it on import (a bad PORT stops this run with its name).
  const { env } = await import('@/lib/env');
  const running: { server?: ProductionServer } = {};
  let front: FrontCache | null = null;
  let isStopping = false;
  const stop = async (code: number) => {
    if (isStopping) return;
    isStopping = true;
    if (front) console.log(`[serve] Stopping: the requests under way get up to ${env.SHUTDOWN_GRACE_SECONDS} s to finish…`);
    await front?.close();
    const next = running.server?.next;
    if (next && next.exitCode === null && next.signalCode === null) {
      const exited = new Promise((resolve) => next.once('exit', resolve));
      next.kill('SIGTERM');
      await exited;
    }
    process.exit(code);
  };
  // Before anything starts: a stop that comes early still takes `next start` along.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop(0));
  const server = (running.server = await startProductionServer({ root: process.cwd(), port: env.PORT, host: env.HOST }));
  server.next.once('exit', (code, signal) => {
    if (isStopping) return;
    console.error(`[serve] next start exited (${signal ?? `exit code ${code}`}).`);
    void stop(code ?? 1);
  });
  front = await server.ready;
  if (isStopping) await front?.close();
  else if (front) console.log(`[serve] Ready: http://127.0.0.1:${front.port} (next start behind the front cache)`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`[serve] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
