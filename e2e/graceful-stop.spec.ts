import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { expect, test } from '@playwright/test';
import { freePort, startServeProcess, stopServeProcess } from './serve-process';

/*
 * A deploy stops the portal with SIGTERM while doctors are searching. A production server of
 * its own (lib/cli/serve.ts, as `npm start` runs it: `next start` behind the front cache) on the
 * e2e database, so stopping it leaves the suite's server alone.
 */

/** SHUTDOWN_GRACE_SECONDS's default, which this server runs with. */
const GRACE_MS = 20_000;

let server: ChildProcess | undefined;
// A stop, not a kill, after a failure too.
test.afterEach(() => stopServeProcess(server));

type Answer = { status: number; body: string; at: number };

/** A search on a connection of its own; resolves once it is connected and its request sent, with the answer to come. */
function search(port: number, q: string): Promise<{ answer: Promise<Answer> }> {
  return new Promise((sent, failed) => {
    const answer = new Promise<Answer>((resolve, reject) => {
      const request = http.get({ host: '127.0.0.1', port, path: `/search?q=${encodeURIComponent(q)}`, agent: false }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body, at: Date.now() }));
        response.on('error', reject);
      });
      request.on('error', (error) => {
        reject(error);
        failed(error);
      });
      request.on('socket', (socket) => socket.once('connect', () => request.once('finish', () => sent({ answer }))));
    });
  });
}

/** The first moment a new connection to the port is refused. */
async function firstRefusal(port: number, deadline: number): Promise<number> {
  while (Date.now() < deadline) {
    const isRefused = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => {
        socket.destroy();
        resolve(false);
      });
      socket.on('error', () => resolve(true));
    });
    if (isRefused) return Date.now();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('new connections were still taken');
}

test('SIGTERM lets 20 searches under way finish with 200, refuses new connections, and exits within the grace period', async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  server = await startServeProcess(port);
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => server?.once('exit', (code) => resolve({ code, at: Date.now() })));
  // One search first: the route is loaded, so the 20 below are slow only for being many at once.
  expect((await (await search(port, 'calcinosis')).answer).status).toBe(200);

  const words = ['calcinosis', 'lymphoma', 'myeloma', 'cancer', 'screening', 'diabetes', 'heart', 'kidney', 'asthma', 'stroke'];
  const underWay = await Promise.all(Array.from({ length: 20 }, (_, i) => search(port, words[i % words.length] ?? 'calcinosis')));
  // Time for the server to take them from its port's queue: a connection still waiting there when
  // the port closes is reset by the system, as with any server (the searches take seconds here).
  await new Promise((resolve) => setTimeout(resolve, 300));
  const signalledAt = Date.now();
  server.kill('SIGTERM');
  const refusedAt = await firstRefusal(port, signalledAt + 5_000);

  const answers = await Promise.all(underWay.map((sent) => sent.answer));
  expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
  for (const answer of answers) expect(answer.body).toContain('</html>');
  // They were under way at the signal, and new connections were refused while they were.
  const lastAnswerAt = Math.max(...answers.map((answer) => answer.at));
  expect(answers.filter((answer) => answer.at > signalledAt).length).toBeGreaterThanOrEqual(10);
  expect(refusedAt).toBeLessThan(lastAnswerAt);

  const { code, at } = await exited;
  expect(code).toBe(0);
  expect(at - signalledAt).toBeLessThan(GRACE_MS);
});
