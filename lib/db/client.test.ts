import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { createDb } from './client';
import { findFreePort, startEmbeddedPostgres, type EmbeddedServer } from './embedded';
import { isRunning } from './processes';
import { startSupervisedPostgres } from './supervised';
import { makeDataDir, postmasterPid, cleanupsAfterEach, waitFor } from './test/restarting-server';
import { isDatabaseUnavailable } from './unavailable';

/*
 * The app's pool (createDb, postgres.js) on a server that goes away and comes back. The
 * machine's PostgreSQL cannot be restarted under the other test files, so these run an
 * embedded server of their own: same driver, same protocol, same shutdown messages.
 */

const cleanups = cleanupsAfterEach();

/** Asked on a connection of its own, so the pool under test is not touched. */
async function isAnswering(url: string): Promise<boolean> {
  const probe = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await probe`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await probe.end({ timeout: 1 });
  }
}

function openPool(url: string) {
  const handle = createDb(url, { max: 4 });
  cleanups.push(() => handle.sql.end({ timeout: 1 }));
  return handle.sql;
}

/** Four queries at once, each holding a connection a moment: every connection of the pool is used. */
function queryOnEveryConnection(sql: postgres.Sql): Promise<unknown[]> {
  return Promise.all([1, 2, 3, 4].map(() => sql`select pg_sleep(0.05)`));
}

describe('the app pool when the database restarts', () => {
  it('answers on every connection, with no restart of its own, once a cleanly restarted server is back', async () => {
    const dataDir = await makeDataDir(cleanups, 'portal-client-test');
    const port = await findFreePort();
    let server: EmbeddedServer = await startEmbeddedPostgres({ dataDir, port });
    cleanups.push(() => server.stop());
    const sql = openPool(server.url);
    await queryOnEveryConnection(sql);

    // What `pg_ctlcluster … restart` does: a fast shutdown, then a start on the same data.
    await server.stop();
    const whileDown = await sql`select 1`.then(
      () => 'answered',
      (error: unknown) => (isDatabaseUnavailable(error) ? 'unavailable' : `another error: ${String(error)}`),
    );
    expect(whileDown).toBe('unavailable');

    server = await startEmbeddedPostgres({ dataDir, port });
    const answers = await queryOnEveryConnection(sql);
    expect(answers).toHaveLength(4);
  });

  it('answers within a few seconds of the server coming back, however long the outage kept it refusing', async () => {
    const dataDir = await makeDataDir(cleanups, 'portal-client-test');
    const port = await findFreePort();
    let server: EmbeddedServer = await startEmbeddedPostgres({ dataDir, port });
    cleanups.push(() => server.stop());
    const sql = openPool(server.url);
    await queryOnEveryConnection(sql);

    await server.stop();
    // Readers keep asking through the outage: every refused connection lengthens the driver's wait.
    const outageEnds = Date.now() + 10_000;
    while (Date.now() < outageEnds) await Promise.allSettled([queryOnEveryConnection(sql), new Promise((r) => setTimeout(r, 200))]);

    server = await startEmbeddedPostgres({ dataDir, port });
    const backAt = Date.now();
    await waitFor(async () => (await sql`select 1`.then(() => true, () => false)), 'the pool to answer again');
    expect(Date.now() - backAt).toBeLessThan(3_000);
  });

  it('loses no acknowledged write across a SIGKILLed server that the supervisor starts again', async () => {
    const dataDir = await makeDataDir(cleanups, 'portal-client-test');
    const server = await startSupervisedPostgres({
      dataDir,
      port: await findFreePort(),
      onGiveUp: (reason) => {
        throw new Error(reason);
      },
      restartDelaysMs: [500, 500, 500],
    });
    cleanups.push(() => server.stop());
    const sql = openPool(server.url);
    await sql`create table notes (id serial primary key, body text not null)`;

    // A writer that keeps going across the outage: each insert either succeeds or fails with a
    // connection error, never another kind, and never hangs past connect_timeout.
    const acknowledged: string[] = [];
    const failures: unknown[] = [];
    let isWriting = true;
    const writer = (async () => {
      for (let i = 0; isWriting; i++) {
        try {
          await sql`insert into notes (body) values (${`note ${i}`})`;
          acknowledged.push(`note ${i}`);
        } catch (error) {
          failures.push(error);
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    })();
    await waitFor(async () => acknowledged.length >= 20, 'writes before the kill');

    const killed = postmasterPid(dataDir)!;
    process.kill(killed, 'SIGKILL');
    await waitFor(async () => !(await isRunning(killed)), 'the server to die');
    await waitFor(async () => failures.length > 0, 'a write to fail during the outage');
    await waitFor(() => isAnswering(server.url), 'the supervisor to start the server again');
    const backAt = acknowledged.length;
    // The pool itself, not a new one, takes writes again.
    await waitFor(async () => acknowledged.length >= backAt + 20, 'writes after the restart', 10_000);
    isWriting = false;
    await writer;

    expect(failures.every(isDatabaseUnavailable), String(failures.find((f) => !isDatabaseUnavailable(f)))).toBe(true);
    const stored = new Set((await sql<{ body: string }[]>`select body from notes`).map((r) => r.body));
    expect(acknowledged.filter((body) => !stored.has(body))).toEqual([]);
  });
});
