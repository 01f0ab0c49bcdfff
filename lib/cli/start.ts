import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { PG_MAJOR, type EmbeddedServer } from '@/lib/db/embedded';
import { endProcess, isNodeProcess, isRunning, readProcessInfo } from '@/lib/db/processes';
import { readOrCreateSecretFile } from '@/lib/db/secret-file';
import { startSupervisedPostgres } from '@/lib/db/supervised';
import { describeDatabase, describeError } from './describe';
import { computeBuildStamp, forgetBuildStamp, isBuildCurrent, launcherBuildSettings, writeBuildStamp } from './build-stamp';
import type { FrontCache } from './front-cache';
import { JOBS_FIRST_DELAY_MS, JOBS_INTERVAL_MS, startJobTimer, type JobTimer } from './job-timer';
import { isPortAnswering, startProductionServer, waitForPort } from './serve';

/**
 * `npm start` (and `npm run dev` with --dev): the database, then the web server.
 * DATABASE_URL unset → the embedded PostgreSQL under DATA_DIR/postgres, with demo accounts.
 * Then migrations, the seed, `next build` when the code changed, and `next start` behind the
 * front cache (serve.ts); `--dev` runs `next dev` on PORT itself.
 * SIGINT/SIGTERM: the front cache takes no new connection and lets the requests under way
 * finish (SHUTDOWN_GRACE_SECONDS), then Next stops, the database last, and the exit is 0.
 */

const isDev = process.argv.includes('--dev');
const root = process.cwd();
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

let isShuttingDown = false;
let shutdown: Promise<never> | undefined;
/** The `next` process of the moment: build, start or dev. */
let web: ChildProcess | undefined;
/** The one-second page cache on PORT in front of `next start` (production only). */
let front: FrontCache | null = null;
let embedded: Promise<EmbeddedServer> | undefined;
/** The jobs (lib/cli/jobs.ts) every JOBS_INTERVAL_MS while the web server runs. */
let jobs: JobTimer | undefined;
/** The jobs run of the moment, a child process: stopped with the rest on shutdown. */
let jobsChild: ChildProcess | undefined;
/** Set once this run has written it: a run refused because another one is serving must leave that one's file alone. */
let webPidFile: string | undefined;

function say(message: string): void {
  console.log(`[portal] ${message}`);
}

async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (isShuttingDown) return;
      say(`${signal}: stopping…`);
      void shutDown(0);
    });
  }
  // Last resort if this process dies of an error: the web server must not outlive it.
  process.on('exit', () => web?.kill('SIGTERM'));

  // Imported here, not at the top: lib/env.ts validates the environment on import, and a bad
  // setting should end as one clear line like every other failure.
  const { env, childProcessEnv } = await import('@/lib/env');
  const dataDir = path.resolve(root, env.DATA_DIR);
  await stopLeftoverWebServer(path.join(dataDir, 'web.pid'));
  if (await isPortAnswering(env.PORT)) {
    throw new Error(`Port ${env.PORT} is taken by another program. Stop it, or set PORT to a free port.`);
  }

  let databaseUrl = env.DATABASE_URL;
  let databaseLabel: string;
  if (databaseUrl) {
    databaseLabel = `PostgreSQL at ${describeDatabase(databaseUrl)}`;
  } else {
    say(`Starting the embedded PostgreSQL (data in ${path.join(dataDir, 'postgres')}, port ${env.EMBEDDED_PG_PORT})…`);
    // An unexpected exit is logged and the server started again on the same data
    // (lib/db/supervised.ts); only a server that will not stay up stops the portal.
    embedded = startSupervisedPostgres({
      dataDir: path.join(dataDir, 'postgres'),
      port: env.EMBEDDED_PG_PORT,
      database: 'portal',
      log: say,
      onGiveUp: (reason) => {
        if (isShuttingDown) return;
        say(reason);
        void shutDown(1);
      },
    });
    const server = await embedded;
    databaseUrl = server.url;
    databaseLabel = `embedded PostgreSQL ${PG_MAJOR} on 127.0.0.1:${server.port}, data in ${server.dataDir}`;
  }
  if (isShuttingDown) return;

  const nextAuthSecret = env.NEXTAUTH_SECRET ?? (await readOrCreateSecretFile(path.join(dataDir, 'nextauth-secret')));
  const nextAuthUrl = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;

  say('Applying migrations and the seed…');
  const { migrateDatabase } = await import('@/lib/db/migrate');
  const { createDb } = await import('@/lib/db/client');
  const { seedDatabase } = await import('@/lib/db/seed');
  const { hashPassword } = await import('@/lib/auth/password');
  const { newCertificateCode } = await import('@/lib/cme/certificate-code');
  await migrateDatabase(databaseUrl);
  const handle = createDb(databaseUrl, { max: 2 });
  try {
    // Demo accounts (public password) only in the embedded default, never on a given database.
    await seedDatabase(handle.db, { demoAccounts: env.DATABASE_URL ? false : { hashPassword, newCertificateCode } });
  } finally {
    await handle.sql.end({ timeout: 5 });
  }
  if (isShuttingDown) return;

  // What `next` is started with; its own lib/env.ts parses them.
  const nextEnv = childProcessEnv({
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: nextAuthSecret,
    NEXTAUTH_URL: nextAuthUrl,
    PORT: String(env.PORT),
  });

  if (!isDev) {
    const stamp = await computeBuildStamp(root, launcherBuildSettings(databaseUrl, { siteName: env.SITE_NAME, siteUrl: env.SITE_URL }));
    if (await isBuildCurrent(root, stamp)) {
      say('The build is up to date.');
    } else {
      say('Building the app (first start, or the code changed)…');
      await forgetBuildStamp(root);
      const code = await runToEnd(spawnNext(['build'], nextEnv));
      if (isShuttingDown) return;
      if (code !== 0) throw new Error(`next build failed (exit code ${code}); its output is above.`);
      await writeBuildStamp(root, stamp);
    }
  }

  let server: ChildProcess;
  let ready: Promise<boolean>;
  if (isDev) {
    server = spawnNext(['dev', '-p', String(env.PORT)], nextEnv);
    ready = waitForPort(env.PORT, server);
  } else {
    const production = await startProductionServer({ root, port: env.PORT, env: nextEnv, ownProcessGroup: true });
    web = server = production.next;
    ready = production.ready.then((started) => {
      front = started;
      return started !== null;
    });
  }
  server.once('exit', (code, signal) => {
    if (isShuttingDown) return;
    say(`next ${isDev ? 'dev' : 'start'} exited (${signal ?? `exit code ${code}`}); stopping the database.`);
    void shutDown(code ?? 1);
  });
  await fs.mkdir(dataDir, { recursive: true });
  webPidFile = path.join(dataDir, 'web.pid');
  await fs.writeFile(webPidFile, JSON.stringify({ launcher: process.pid, web: server.pid }));
  if (await ready) {
    say(`Ready: http://localhost:${env.PORT} (${isDev ? 'development' : 'production'} build) · database: ${databaseLabel}`);
  }
  if (isShuttingDown) return;
  jobs = startJobTimer({
    run: () => runJobsProcess(nextEnv),
    intervalMs: JOBS_INTERVAL_MS,
    firstDelayMs: JOBS_FIRST_DELAY_MS,
    log: say,
  });
}

/**
 * One run of `npm run jobs` in a child process: its own small pool, and a crash in it never
 * reaches the launcher. react-server: the account modules are server-only, as this is.
 */
async function runJobsProcess(env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(root, 'lib', 'cli', 'jobs.ts')], {
    cwd: root,
    env,
    // Its own process group, as every child of the launcher: see spawnNext.
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  jobsChild = child;
  const code = await runToEnd(child);
  jobsChild = undefined;
  if (code !== 0 && !isShuttingDown) throw new Error(`the jobs process exited with code ${code}`);
}

function spawnNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  // A process group of its own, as `next start` (serve.ts) and the database (embedded.ts): a
  // terminal's Ctrl-C signals the whole foreground group, and only this launcher may decide the
  // order of the stop. One killed outright leaves them running: the next start stops them
  // (stopLeftoverWebServer, and clearLeftoverServer for the database).
  web = spawn(process.execPath, [nextBin, ...args], { cwd: root, env, detached: true, stdio: ['ignore', 'inherit', 'inherit'] });
  return web;
}

function runToEnd(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('error', () => resolve(1));
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Web server first (it holds connections to the database), the database last, then exit. */
function shutDown(code: number): Promise<never> {
  isShuttingDown = true;
  shutdown ??= (async () => {
    jobsChild?.kill('SIGTERM');
    await jobs?.stop();
    await front?.close();
    if (web) await endChild(web);
    const server = await embedded?.catch(() => undefined);
    await server?.stop();
    if (webPidFile) await fs.rm(webPidFile, { force: true });
    process.exit(code);
  })();
  return shutdown;
}

async function endChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (const [signal, waitMs] of [['SIGTERM', 15_000], ['SIGKILL', 5_000]] as const) {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), waitMs)));
    const hasExited = await Promise.race([exited.then(() => true), timedOut]);
    clearTimeout(timer);
    if (hasExited) return;
  }
}

/**
 * A launcher killed on its own (not with its process group) leaves `next start` serving and
 * holding the port. Found through the pid file this launcher writes; ended if its launcher is
 * gone, refused if that launcher still runs (two `npm start` on one folder).
 */
async function stopLeftoverWebServer(file: string): Promise<void> {
  let recorded: { launcher?: unknown; web?: unknown };
  try {
    recorded = JSON.parse(await fs.readFile(file, 'utf8')) as typeof recorded;
  } catch {
    return;
  }
  const webPid = Number(recorded.web);
  const launcherPid = Number(recorded.launcher);
  if (Number.isInteger(webPid) && webPid > 0 && (await isRunning(webPid))) {
    const info = await readProcessInfo(webPid);
    const isOurWebServer = info !== undefined && info.cwd === root && info.argv.join(' ').includes('next');
    if (isOurWebServer) {
      if (info.ppid === launcherPid && launcherPid !== process.pid && (await isNodeProcess(launcherPid))) {
        throw new Error(`Another \`npm start\` (pid ${launcherPid}) is already running in ${root}. Stop it first.`);
      }
      say(`Stopping a web server left running by an earlier run (pid ${webPid}).`);
      await endProcess(webPid, [['SIGTERM', 10_000], ['SIGKILL', 5_000]]);
    }
  }
  await fs.rm(file, { force: true });
}


main().catch((error: unknown) => {
  if (isShuttingDown) return; // the shutdown under way ends the process
  console.error(`[portal] ${describeError(error)}`);
  void shutDown(1);
});
