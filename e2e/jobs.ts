import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

/*
 * `npm run jobs` against the e2e database, as an operator runs it: its own process, so the
 * account modules load under the react-server condition they need (they are server-only).
 */
const url = process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL;

/** Runs the jobs once and returns the line they print ("jobs: …: erased N account(s), …"). */
export async function runJobsOnE2eDatabase(): Promise<string> {
  if (!url) throw new Error('Set E2E_DATABASE_URL to run the e2e suite.');
  const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'jobs'], {
    cwd: path.resolve(__dirname, '..'),
    env: { ...process.env, DATABASE_URL: url },
    timeout: 60_000,
  });
  const line = stdout.split('\n').find((l) => l.startsWith('jobs: '));
  if (!line) throw new Error(`npm run jobs printed no report: ${stdout}`);
  return line;
}
