import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { computeBuildStamp, isBuildCurrent, launcherBuildSettings, writeBuildStamp } from '../lib/cli/build-stamp';
import { e2eSecret } from './serve-process';

/*
 * `npm start` itself (lib/cli/start.ts) in a spec: the embedded PostgreSQL in a data folder of
 * the spec's own, migrations, the demo seed, then the suite's build behind the front cache. The
 * launcher is started in a process group of its own (as a terminal starts a command), so a spec
 * can signal the whole group as Ctrl-C does.
 */

const root = path.resolve(__dirname, '..');
const SITE_NAME = 'Hidoc Dr.';

export type Launcher = {
  child: ChildProcess;
  port: number;
  /** The embedded server's folder (DATA_DIR/postgres) and its URL, password included. */
  pgDataDir: string;
  databaseUrl: string;
  /** Everything the launcher printed so far. */
  output(): string;
  /** The pids of `next start` (from the launcher's web.pid) and of the postmaster (postmaster.pid), now. */
  webPid(): number;
  postmasterPid(): number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

/** A DATA_DIR of the spec's own, removed after the test (the server user must be able to enter it). */
export async function makeDataDir(cleanups: Array<() => Promise<unknown>>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-e2e-launcher-'));
  await fs.chmod(dir, 0o755);
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  return dir;
}

export async function startLauncher(options: { port: number; pgPort: number; dataDir: string }): Promise<Launcher> {
  // The suite's build serves this database too: stamped as the launcher stamps its own builds, so
  // it does not build again (that would rewrite .next under the suite's server).
  const pgUrlForStamp = `postgres://postgres@127.0.0.1:${options.pgPort}/portal`;
  const stamp = await computeBuildStamp(root, launcherBuildSettings(pgUrlForStamp, { siteName: SITE_NAME }));
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('Run `next build` before the e2e suite.');
  await writeBuildStamp(root, stamp);
  if (!(await isBuildCurrent(root, stamp))) throw new Error('The build stamp did not take.');

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(options.port),
    EMBEDDED_PG_PORT: String(options.pgPort),
    DATA_DIR: options.dataDir,
    SITE_NAME,
    NEXTAUTH_URL: `http://127.0.0.1:${options.port}`,
    NEXTAUTH_SECRET: e2eSecret,
  };
  for (const name of ['DATABASE_URL', 'SITE_URL', 'REDIS_URL', 'INTERNAL_API_SECRET']) delete env[name];
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('lib', 'cli', 'start.ts')], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (out.includes('Building the app')) {
        clearInterval(timer);
        // Never a build under the suite's server: stop at once.
        process.kill(-child.pid!, 'SIGKILL');
        reject(new Error(`the launcher began a build:\n${out}`));
      } else if (out.includes('[portal] Ready')) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`the launcher exited before it was ready:\n${out}`));
    });
    setTimeout(() => {
      clearInterval(timer);
      process.kill(-child.pid!, 'SIGTERM');
      reject(new Error(`the launcher was not ready within 90 s:\n${out}`));
    }, 90_000).unref();
  });
  const pgDataDir = path.join(options.dataDir, 'postgres');
  const password = readFileSync(path.join(options.dataDir, 'pg-password'), 'utf8').trim();
  return {
    child,
    port: options.port,
    pgDataDir,
    databaseUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.pgPort}/portal`,
    output: () => out,
    webPid: () => (JSON.parse(readFileSync(path.join(options.dataDir, 'web.pid'), 'utf8')) as { web: number }).web,
    postmasterPid: () => Number(readFileSync(path.join(pgDataDir, 'postmaster.pid'), 'utf8').split('\n')[0]),
    exited,
  };
}

/** SIGTERM to the launcher alone (it stops the rest in order), then its exit. */
export async function stopLauncher(launcher: Launcher | undefined): Promise<void> {
  if (!launcher || launcher.child.exitCode !== null || launcher.child.signalCode !== null) return;
  launcher.child.kill('SIGTERM');
  await launcher.exited;
}
