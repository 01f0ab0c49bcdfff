import { realpathSync } from 'node:fs';
import fs from 'node:fs/promises';
import { errorCode } from './secret-file';

/**
 * What the launcher needs to know about a process some earlier run left behind, read from
 * Linux's /proc. Elsewhere these answer "unknown" (undefined) and callers stay cautious.
 */

export type ProcessInfo = {
  argv: string[];
  ppid: number;
  /** R, S, D, Z (zombie: exited, waiting for its parent to reap it), … */
  state: string;
  exe?: string;
  cwd?: string;
};

export async function readProcessInfo(pid: number): Promise<ProcessInfo | undefined> {
  try {
    const [cmdline, stat] = await Promise.all([
      fs.readFile(`/proc/${pid}/cmdline`, 'utf8'),
      fs.readFile(`/proc/${pid}/stat`, 'utf8'),
    ]);
    // The command name in stat may hold spaces and parentheses: fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [exe, cwd] = await Promise.all([
      fs.readlink(`/proc/${pid}/exe`).catch(() => undefined),
      fs.readlink(`/proc/${pid}/cwd`).catch(() => undefined),
    ]);
    return { argv: cmdline.split('\0').filter(Boolean), state: fields[0] ?? '?', ppid: Number(fields[1]), exe, cwd };
  } catch {
    return undefined;
  }
}

/** kill(pid, 0) succeeds: the pid exists, possibly as a zombie. */
export function answersSignals(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/** Running: exists and is not a zombie (an orphan that exited may wait a while for init to reap it). */
export async function isRunning(pid: number): Promise<boolean> {
  if (!answersSignals(pid)) return false;
  return (await readProcessInfo(pid))?.state !== 'Z';
}

/** A Node.js process, like the launcher or a test runner; unknown counts as yes (the cautious answer). */
export async function isNodeProcess(pid: number): Promise<boolean> {
  const info = await readProcessInfo(pid);
  if (!info) return true;
  const argv0 = info.argv[0]?.split('/').at(-1) ?? '';
  return argv0.startsWith('node') || info.exe === realpathOrSelf(process.execPath);
}

/**
 * Sends each signal in turn, waiting up to its time for the process to end.
 * Returns false when it still runs after the last one.
 */
export async function endProcess(pid: number, steps: Array<[NodeJS.Signals, number]>): Promise<boolean> {
  for (const [signal, waitMs] of steps) {
    try {
      process.kill(pid, signal);
    } catch (error) {
      if (errorCode(error) === 'ESRCH') return true;
      throw error;
    }
    const deadline = Date.now() + waitMs;
    while (Date.now() < deadline) {
      if (!(await isRunning(pid))) return true;
      await sleep(100);
    }
  }
  return !(await isRunning(pid));
}

export function realpathOrSelf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
