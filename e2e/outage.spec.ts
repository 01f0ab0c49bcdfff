import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { expect, request, test } from '@playwright/test';
import postgres from 'postgres';
import { isRunning } from '../lib/db/processes';
import { makeDataDir, startLauncher, stopLauncher, type Launcher } from './launcher-process';
import { CLIENTS, listBookmarkTargets, startLoad, storedBookmarks, summarize, userIdOf, type Answer, type Target } from './outage-load';
import { expectNoAxeViolations } from './fixtures';
import { search } from './in-flight';
import { signInByScript } from './pages/auth-pages';
import { createPrivatePostgres } from './private-postgres';
import { freePort, startServeProcess, stopServeProcess } from './serve-process';

/*
 * The database goes away under load and comes back (issue 18 point 1), for both settings:
 * `npm start`'s own embedded PostgreSQL, its postmaster SIGKILLed (the launcher starts it again),
 * and a PostgreSQL given by DATABASE_URL (a private one on a folder and port of this spec's own,
 * never the machine's, which every other spec uses), stopped with `pg_ctl stop -m fast` and
 * started again 5 s later. Throughout: no bare 500, no refused or reset connection; while it is
 * down the pages that need it answer 503 with Retry-After and cached pages 200; within 30 s of
 * its return everything works, on the same web server; every save that was acknowledged is stored.
 */

const root = path.resolve(__dirname, '..');
/** The suite's server is on E2E_PORT and the two-instance spec on the next two: these come after. */
const suitePort = Number(process.env.E2E_PORT ?? 3100);
const PASSWORD = 'Demo-Portal-2026';
const ACCOUNTS = ['doctor', 'author', 'editor', 'admin'].map((role) => `${role}@demo.hidoc.local`);
const RECOVERY_LIMIT_MS = 30_000;

const cleanups: Array<() => Promise<unknown>> = [];
test.afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isSuccess = (answer: Answer) => answer.status >= 200 && answer.status < 300;

async function answersQuery(databaseUrl: string): Promise<boolean> {
  const sql = postgres(databaseUrl, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
  }
}

async function waitUntil(check: () => Promise<boolean> | boolean, what: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${what}`);
    await sleep(100);
  }
}

/** Every demo account signed in (a bookmark saver each), the items to save, and a cached page, warmed. */
async function prepareLoad(port: number, databaseUrl: string) {
  const baseURL = `http://127.0.0.1:${port}`;
  const writers = [];
  for (const email of ACCOUNTS) {
    const context = await request.newContext({ baseURL });
    const { sessionCookie } = await signInByScript(context, email, PASSWORD);
    await context.dispose();
    expect(sessionCookie, email).not.toBeNull();
    writers.push({ userId: await userIdOf(databaseUrl, email), cookie: `next-auth.session-token=${sessionCookie}` });
  }
  const targets = await listBookmarkTargets(databaseUrl);
  const condition = targets.find((target) => target.kind === 'condition') as Target;
  const cachedPath = `/conditions/${condition.slug}`;
  const context = await request.newContext({ baseURL });
  // Rendered once and in Next's page cache before the outage.
  await expect.poll(async () => (await context.get(cachedPath)).headers()['x-nextjs-cache'], { timeout: 15_000 }).toBe('HIT');
  await context.dispose();
  return { port, cachedPath, databasePath: '/search?q=heart', beacon: condition, writers, targets };
}

/**
 * Runs the load, takes the database away with `outage` (which resolves once it answers again,
 * with that moment), keeps the load on until every client has worked for a while (or the limit
 * has passed), and checks what readers and writers got.
 */
async function loadAcrossOutage(options: { port: number; databaseUrl: string; outage: () => Promise<number> }) {
  const plan = await prepareLoad(options.port, options.databaseUrl);
  const load = startLoad(plan);
  await sleep(3_000);
  const downAt = Date.now();
  const backAt = await options.outage();
  const lastBadStart = () => Math.max(downAt, ...load.answers.filter((a) => !isSuccess(a)).map((a) => a.startedAt));
  // Done once 3 s have gone by with nothing but successes, every client among them.
  await waitUntil(
    () => {
      const since = lastBadStart();
      const good = new Set(load.answers.filter((a) => a.startedAt > since && isSuccess(a)).map((a) => a.client));
      return Date.now() - since > 3_000 && CLIENTS.every((client) => good.has(client) || client === 'bookmark save');
    },
    'every client to work again',
    RECOVERY_LIMIT_MS + 10_000,
  ).catch(() => {});
  const answers = await load.stop();
  const summary = summarize(answers);
  const recoveredIn = `${((lastBadStart() - backAt) / 1000).toFixed(1)} s after the database answered again`;
  test.info().annotations.push({ type: 'answers', description: `${JSON.stringify(summary)}; the last failure began ${recoveredIn}` });

  // Nothing refused, reset or cut; no bare 500 (nor 502/504): a success, or a 503 with Retry-After.
  expect(answers.filter((a) => a.status === 0).map((a) => `${a.client}: ${a.error}`), JSON.stringify(summary)).toEqual([]);
  expect(answers.filter((a) => !isSuccess(a) && a.status !== 503).map((a) => `${a.client}: ${a.status}`), JSON.stringify(summary)).toEqual([]);
  for (const answer of answers.filter((a) => a.status === 503)) expect(answer.retryAfter, answer.client).toMatch(/^\d+$/);
  // Cached pages are served all along.
  expect(answers.filter((a) => a.client === 'cached page').every((a) => a.status === 200), summary['cached page']).toBe(true);
  // The outage was seen by everything that needs the database, and answered 503.
  for (const client of ['search page', 'view beacon', 'health', 'bookmark save'] as const) {
    expect(answers.some((a) => a.client === client && a.status === 503), `${client}: ${summary[client]}`).toBe(true);
  }
  // A reader gets the styled page, a script JSON.
  for (const answer of answers.filter((a) => a.client === 'search page' && a.status === 503)) {
    expect(answer.contentType).toContain('text/html');
    expect(answer.body).toContain('Temporarily unavailable');
  }
  // Within 30 s of the database's return everything works, and keeps working.
  const lastBad = lastBadStart();
  expect(lastBad - backAt, JSON.stringify(summary)).toBeLessThan(RECOVERY_LIMIT_MS);
  for (const client of CLIENTS) {
    if (client === 'bookmark save' && !answers.some((a) => a.client === client && a.startedAt > lastBad)) continue;
    expect(answers.some((a) => a.client === client && a.startedAt > lastBad && isSuccess(a)), `${client} after the outage`).toBe(true);
  }
  expect(answers.some((a) => a.client === 'bookmark save' && a.startedAt > backAt && a.status === 200), summary['bookmark save']).toBe(true);

  // No save that was acknowledged is lost.
  const stored = await storedBookmarks(options.databaseUrl, plan.writers.map((w) => w.userId));
  const acknowledged = answers.filter((a) => a.client === 'bookmark save' && a.status === 200).map((a) => `${a.write!.userId} ${a.write!.kind} ${a.write!.slug}`);
  expect(acknowledged.length).toBeGreaterThan(5);
  expect(acknowledged.filter((save) => !stored.has(save))).toEqual([]);
}

/** Every live process whose command line names `text` (a data folder), as `pid args`. */
async function processesNaming(text: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const args = await fs.readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (args.includes(text) && (await isRunning(Number(entry)))) found.push(`${entry} ${args.replaceAll('\0', ' ')}`);
  }
  return found;
}

// One launcher at a time: each stamps the suite's build for its own database before it starts.
test.describe('npm start with its embedded PostgreSQL', () => {
  test.describe.configure({ mode: 'serial', timeout: 150_000 });

  test('the postmaster SIGKILLed under load: started again, 503s meanwhile, nothing acknowledged lost, the web server never restarted', async () => {
    const dataDir = await makeDataDir(cleanups);
    const launcher: Launcher = await startLauncher({ port: suitePort + 3, pgPort: await freePort(), dataDir });
    cleanups.push(() => stopLauncher(launcher));
    const webBefore = launcher.webPid();

    await loadAcrossOutage({
      port: launcher.port,
      databaseUrl: launcher.databaseUrl,
      outage: async () => {
        const postmaster = launcher.postmasterPid();
        process.kill(postmaster, 'SIGKILL');
        await waitUntil(async () => !(await isRunning(postmaster)), 'the postmaster to die', 10_000);
        await waitUntil(() => answersQuery(launcher.databaseUrl), 'the database to answer again', 60_000);
        return Date.now();
      },
    });

    expect(launcher.output()).toMatch(/stopped unexpectedly \(SIGKILL\)\. Starting it again/);
    expect(launcher.output()).toContain('is running again on port');
    expect(launcher.child.exitCode).toBeNull();
    expect(launcher.webPid()).toBe(webBefore);
    expect(await isRunning(webBefore)).toBe(true);
  });

  test('Ctrl-C (SIGINT to the whole process group) with searches under way: all answered 200, then Next and the database stop, nothing left', async () => {
    const dataDir = await makeDataDir(cleanups);
    const launcher = await startLauncher({ port: suitePort + 6, pgPort: await freePort(), dataDir });
    cleanups.push(() => stopLauncher(launcher));
    const web = launcher.webPid();
    const postmaster = launcher.postmasterPid();
    expect((await (await search(launcher.port, 'calcinosis')).answer).status).toBe(200);

    const words = ['calcinosis', 'lymphoma', 'myeloma', 'cancer', 'screening', 'diabetes', 'heart', 'kidney', 'asthma', 'stroke'];
    const underWay = await Promise.all(words.map((word) => search(launcher.port, word)));
    // Time for the front cache to take them from its port's queue (see graceful-stop.spec.ts).
    await sleep(300);
    const signalledAt = Date.now();
    // What a terminal does on Ctrl-C: SIGINT to every process of the foreground group.
    process.kill(-launcher.child.pid!, 'SIGINT');

    const answers = await Promise.all(underWay.map((sent) => sent.answer));
    expect(answers.map((answer) => answer.status)).toEqual(Array(words.length).fill(200));
    for (const answer of answers) expect(answer.body).toContain('</html>');
    expect(answers.filter((answer) => answer.at > signalledAt).length).toBeGreaterThan(0);
    expect(await launcher.exited).toEqual({ code: 0, signal: null });
    expect(launcher.output()).toContain('SIGINT: stopping');
    expect(await isRunning(web)).toBe(false);
    expect(await isRunning(postmaster)).toBe(false);
    expect(await processesNaming(dataDir)).toEqual([]);
  });

  test('a launcher SIGKILLed with its whole process group leaves Next and the database running, and the next start stops them and serves', async () => {
    const dataDir = await makeDataDir(cleanups);
    const options = { port: suitePort + 6, pgPort: await freePort(), dataDir };
    const killed = await startLauncher(options);
    cleanups.push(() => stopLauncher(killed));
    const web = killed.webPid();
    const postmaster = killed.postmasterPid();
    process.kill(-killed.child.pid!, 'SIGKILL');
    await killed.exited;
    // In process groups of their own, they outlive it (the price of a Ctrl-C that only the launcher sees).
    expect(await isRunning(web)).toBe(true);
    expect(await isRunning(postmaster)).toBe(true);

    const next = await startLauncher(options);
    cleanups.push(() => stopLauncher(next));
    expect(next.output()).toContain(`Stopping a web server left running by an earlier run (pid ${web})`);
    expect(next.output()).toContain(`Stopping a database server left running by an earlier run (pid ${postmaster})`);
    expect(await isRunning(web)).toBe(false);
    expect(await isRunning(postmaster)).toBe(false);
    expect((await (await search(next.port, 'asthma')).answer).status).toBe(200);

    process.kill(-next.child.pid!, 'SIGINT');
    expect(await next.exited).toEqual({ code: 0, signal: null });
    expect(await processesNaming(dataDir)).toEqual([]);
  });
});

function runToEnd(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** A private PostgreSQL, migrated and seeded with the demo accounts, and serve.ts on `port` over it. */
async function serveOnPrivateDatabase(port: number) {
  const database = await createPrivatePostgres(await freePort());
  cleanups.push(() => database.remove());
  const seed = spawn(process.execPath, ['--import', 'tsx', path.join('lib', 'cli', 'seed.ts'), '--demo'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: database.url },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  expect(await runToEnd(seed)).toBe(0);
  const server = await startServeProcess(port, { DATABASE_URL: database.url });
  cleanups.push(() => stopServeProcess(server));
  return { database, server };
}

test('with DATABASE_URL: the server stopped (pg_ctl stop -m fast) under load and started 5 s later: the pool reconnects, 503s meanwhile, nothing acknowledged lost', async () => {
  test.setTimeout(150_000);
  const port = suitePort + 4;
  const { database, server } = await serveOnPrivateDatabase(port);

  await loadAcrossOutage({
    port,
    databaseUrl: database.url,
    outage: async () => {
      await database.stopFast();
      await sleep(5_000);
      await database.start();
      return Date.now();
    },
  });
  expect(server.exitCode).toBeNull();
});

/*
 * The admin's pages stream (loading.tsx): Next sends its 200 and the loading state before the
 * page's queries run. A full load is gated by the admin layout's session check, which fails
 * first; a client navigation between admin pages skips the layout, and without the front cache
 * answering for it the reader got error.tsx with a 200.
 */
test('a streamed admin page reached by a client navigation while the database is down: the styled 503 page, then the page once it is back', async ({ browser }) => {
  test.setTimeout(120_000);
  const port = suitePort + 5;
  const { database } = await serveOnPrivateDatabase(port);
  const baseURL = `http://127.0.0.1:${port}`;
  const context = await browser.newContext({ baseURL });
  cleanups.push(() => context.close());
  const page = await context.newPage();
  expect((await signInByScript(context.request, 'admin@demo.hidoc.local', PASSWORD)).sessionCookie).not.toBeNull();
  await page.goto('/admin/posts');
  await expect(page.getByRole('heading', { level: 1, name: 'Posts' })).toBeVisible();

  await database.stopFast();
  // As a load balancer's check would, every few seconds.
  expect((await context.request.get('/api/health')).status()).toBe(503);
  const document = page.waitForResponse((response) => response.url() === `${baseURL}/admin/users` && response.request().resourceType() === 'document');
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Temporarily unavailable' })).toBeVisible();
  expect((await document).status()).toBe(503);
  expect((await document).headers()['retry-after']).toBe('30');
  await expectNoAxeViolations(page);
  // A full load of a streamed page is a 503 too.
  const full = await context.request.get('/admin/audit', { headers: { accept: 'text/html' } });
  expect(full.status()).toBe(503);

  await database.start();
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: RECOVERY_LIMIT_MS });
});
