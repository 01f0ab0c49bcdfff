import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * The production server the benchmark measures, as `npm start` runs it: `next start` from
 * this checkout behind the front cache (lib/cli/serve.ts), on a port of its own, with its
 * output kept for the error message should it fail to come up. `next start` listens on a
 * port the bench chooses too (NEXT_PORT), so each page can also be asked straight from Next.
 */

export type RunningServer = {
  pid: number;
  /** The front cache, where readers come in. */
  baseUrl: string;
  /** `next start` itself, behind the front cache. */
  nextUrl: string;
  stop(): Promise<void>;
};

export async function startMeasuredServer(options: {
  root: string;
  port: number;
  nextPort: number;
  env: NodeJS.ProcessEnv;
}): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('lib', 'cli', 'serve.ts')], {
    cwd: options.root,
    env: { ...options.env, PORT: String(options.port), NEXT_PORT: String(options.nextPort), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const nextUrl = `http://127.0.0.1:${options.nextPort}`;
  const server: RunningServer = { pid: child.pid ?? 0, baseUrl, nextUrl, stop: () => stopChild(child) };
  try {
    await waitForHealth(`${baseUrl}/api/health`, child);
  } catch (error) {
    await server.stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- the server said:\n${output.trim()}`);
  }
  return server;
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error('The server exited before it was ready.');
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not answer ${url} within 60 s.`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** The process and all its descendants, from /proc (Linux). */
export async function listProcessTree(rootPid: number): Promise<number[]> {
  const children = new Map<number, number[]>();
  for (const name of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await fs.readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // The command name is in parentheses and may hold spaces: the parent pid follows it.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!Number.isInteger(ppid)) continue;
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

/** Resident memory of these processes together, in bytes (0 for any that has ended). */
export async function readResidentBytes(pids: readonly number[]): Promise<number> {
  let total = 0;
  for (const pid of pids) {
    const status = await fs.readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    const kilobytes = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? 0);
    total += kilobytes * 1024;
  }
  return total;
}

/**
 * Samples the server's resident memory every 100 ms until stopped; resolves the peak.
 * The process tree is read once at the start: a page's run does not start processes.
 */
export async function sampleMemory(rootPid: number): Promise<{ stop(): Promise<number> }> {
  const pids = await listProcessTree(rootPid);
  let peak = await readResidentBytes(pids);
  let isRunning = true;
  const loop = (async () => {
    while (isRunning) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      peak = Math.max(peak, await readResidentBytes(pids));
    }
  })();
  return {
    async stop() {
      isRunning = false;
      await loop;
      return peak;
    },
  };
}
