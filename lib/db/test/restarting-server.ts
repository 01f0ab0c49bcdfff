import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/*
 * For the tests that stop, kill and restart an embedded PostgreSQL of their own (the pool's
 * reconnection, the launcher's supervisor): its data folder, its postmaster, and undoing
 * everything a test made, pass or fail.
 */

/** Undone after each test, last first: servers, pools, folders. Call once per test file. */
export function cleanupsAfterEach(): Array<() => Promise<unknown>> {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
  });
  return cleanups;
}

/** A new data folder for a server (not yet made: the server's init makes it), removed after the test. */
export async function makeDataDir(cleanups: Array<() => Promise<unknown>>, prefix: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  // mkdtemp makes it 700: open it to the postgres user, as a normal checkout is.
  await fs.chmod(dir, 0o755);
  return path.join(dir, 'pg');
}

/** The running postmaster's pid, from its postmaster.pid; undefined when none runs there. */
export function postmasterPid(dataDir: string): number | undefined {
  const file = path.join(dataDir, 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}

export async function waitFor(check: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
