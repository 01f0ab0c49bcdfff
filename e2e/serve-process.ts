import { spawn, type ChildProcess } from 'node:child_process';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';

/*
 * A production server of a spec's own: lib/cli/serve.ts, as `npm start` runs it (`next start`
 * behind the front cache), on the suite's build and database, beside the suite's server. For
 * the specs that stop a server (graceful-stop) or need several (admin-instances).
 */

const root = path.resolve(__dirname, '..');
export const e2eDatabaseUrl = process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL;
export const e2eSecret = process.env.NEXTAUTH_SECRET ?? 'e2e-only-secret-not-for-production-use-0000';

/** Starts serve.ts on `port` with `env` besides the database and secret; resolves once it is ready. */
export async function startServeProcess(port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  if (!e2eDatabaseUrl) throw new Error('Set E2E_DATABASE_URL to run the e2e suite.');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('lib', 'cli', 'serve.ts')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: e2eDatabaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: e2eSecret,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('[serve] Ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`serve.ts on ${port} exited (${code}) before it was ready: ${out}`)));
  });
  return child;
}

/** Stops it with SIGTERM, never a kill (serve.ts killed outright leaves `next start` running). */
export async function stopServeProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** A port nothing listens on now, for a server of a spec's own. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
