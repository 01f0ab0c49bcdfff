import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { findFreePort } from './embedded';
import { isRunning } from './processes';
import { startSupervisedPostgres } from './supervised';

// Every server and folder a test makes is undone here, pass or fail.
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

async function makeDataDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-supervised-test-'));
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  // mkdtemp makes it 700: open it to the postgres user, as a normal checkout is.
  await fs.chmod(dir, 0o755);
  return path.join(dir, 'pg');
}

function postmasterPid(dataDir: string): number | undefined {
  const file = path.join(dataDir, 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}

async function killServerIn(dataDir: string): Promise<number> {
  const pid = postmasterPid(dataDir);
  if (!pid) throw new Error(`no server runs on ${dataDir}`);
  process.kill(pid, 'SIGKILL');
  await waitFor(async () => !(await isRunning(pid)), `server ${pid} to die`);
  return pid;
}

async function waitFor(check: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function readNotes(url: string): Promise<string[] | null> {
  const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    return (await sql<{ body: string }[]>`select body from notes order by id`).map((r) => r.body);
  } catch {
    return null;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

describe('the supervised embedded server', () => {
  it('comes back on the same address with the same data after its postmaster is SIGKILLed, and says so', async () => {
    const dataDir = await makeDataDir();
    const messages: string[] = [];
    const givenUp: string[] = [];
    const server = await startSupervisedPostgres({
      dataDir,
      port: await findFreePort(),
      log: (m) => messages.push(m),
      onGiveUp: (reason) => givenUp.push(reason),
      restartDelaysMs: [200, 200, 200],
    });
    cleanups.push(() => server.stop());
    const sql = postgres(server.url, { max: 1, onnotice: () => {} });
    cleanups.push(() => sql.end({ timeout: 1 }));
    await sql`create table notes (id serial primary key, body text not null)`;
    await sql`insert into notes (body) values ('before the kill')`;

    for (const round of [1, 2]) {
      const killed = await killServerIn(dataDir);
      await waitFor(async () => (await readNotes(server.url)) !== null, `the server to answer again (round ${round})`);
      expect(postmasterPid(dataDir)).not.toBe(killed);
    }
    expect(await readNotes(server.url)).toEqual(['before the kill']);
    const log = messages.join('\n');
    expect(log).toMatch(/stopped unexpectedly \(SIGKILL\)\. Starting it again in 0\.2 s/);
    expect(log).toContain('is running again on port');
    expect(givenUp).toEqual([]);

    await server.stop();
    expect(postmasterPid(dataDir)).toBeUndefined();
  });

  it('gives up with the reason once restarts keep failing, and starts nothing after', async () => {
    const dataDir = await makeDataDir();
    const port = await findFreePort();
    const messages: string[] = [];
    let giveUp: (reason: string) => void = () => {};
    const givenUp = new Promise<string>((resolve) => (giveUp = resolve));
    const server = await startSupervisedPostgres({
      dataDir,
      port,
      log: (m) => messages.push(m),
      onGiveUp: giveUp,
      restartDelaysMs: [300, 300],
    });
    cleanups.push(() => server.stop());

    await killServerIn(dataDir);
    // Another program takes the port the moment it is free: every restart fails.
    const squatter = net.createServer();
    await waitFor(
      () => new Promise<boolean>((resolve) => squatter.once('error', () => resolve(false)).listen(port, '127.0.0.1', () => resolve(true))),
      'the port to be free',
    );
    cleanups.push(() => new Promise((resolve) => squatter.close(resolve)));

    const reason = await givenUp;
    expect(reason).toContain(`Port ${port} on 127.0.0.1 is taken by another program`);
    expect(reason).toContain('started again 2 times in a row without staying up; giving up');
    expect(messages.filter((m) => m.includes('Starting it again'))).toHaveLength(2);
    expect(postmasterPid(dataDir)).toBeUndefined();
  });
});
