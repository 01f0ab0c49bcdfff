import net from 'node:net';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { findFreePort } from './embedded';
import { isRunning } from './processes';
import { startSupervisedPostgres } from './supervised';
import { makeDataDir, postmasterPid, cleanupsAfterEach, waitFor } from './test/restarting-server';

// Every server and folder a test makes is undone after it, pass or fail.
const cleanups = cleanupsAfterEach();

async function killServerIn(dataDir: string): Promise<number> {
  const pid = postmasterPid(dataDir);
  if (!pid) throw new Error(`no server runs on ${dataDir}`);
  process.kill(pid, 'SIGKILL');
  await waitFor(async () => !(await isRunning(pid)), `server ${pid} to die`);
  return pid;
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
    const dataDir = await makeDataDir(cleanups, 'portal-supervised-test');
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
    const dataDir = await makeDataDir(cleanups, 'portal-supervised-test');
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
