import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Reads a generated secret kept in a file, or makes one and keeps it there (mode 600), so
 * every later run gets the same value. Two processes racing to create it end up sharing
 * whichever file was written first.
 */
export async function readOrCreateSecretFile(file: string, options: { bytes?: number } = {}): Promise<string> {
  const existing = await readSecret(file);
  if (existing) return existing;
  await fs.mkdir(path.dirname(file), { recursive: true });
  const secret = randomBytes(options.bytes ?? 32).toString('base64url');
  // Written aside then linked into place, so a reader never sees a half-written file.
  const draft = `${file}.${process.pid}.tmp`;
  await fs.writeFile(draft, `${secret}\n`, { mode: 0o600 });
  try {
    await linkOrWrite(draft, file, secret);
    return secret;
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    const winner = await readSecret(file);
    if (!winner) throw new Error(`${file} is empty: remove it and start again.`);
    return winner;
  } finally {
    await fs.rm(draft, { force: true });
  }
}

async function linkOrWrite(draft: string, file: string, secret: string): Promise<void> {
  try {
    await fs.link(draft, file);
  } catch (error) {
    // Some mounted file systems have no hard links: exclusive create is the next best thing.
    if (!['EPERM', 'ENOTSUP', 'ENOSYS'].includes(errorCode(error) ?? '')) throw error;
    await fs.writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  }
}

async function readSecret(file: string): Promise<string | undefined> {
  try {
    const value = (await fs.readFile(file, 'utf8')).trim();
    if (!value) return undefined;
    // Someone may have copied it with a looser mode; it guards a database or sessions.
    await fs.chmod(file, 0o600).catch(() => {});
    return value;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}
