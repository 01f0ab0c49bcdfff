import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import type { EmbeddedServer } from '@/lib/db/embedded';
import { computeBuildStamp, forgetBuildStamp, isBuildCurrent, writeBuildStamp } from './build-stamp';
import { startMeasuredServer, sampleMemory, type RunningServer } from './bench/next-server';
import { parseBenchArgs, type BenchOptions } from './bench/options';
import { measureGzipBytes, weighPage } from './bench/page-weight';
import {
  ARTICLE_LABEL,
  formatPageTable,
  formatSearchLine,
  judgeBudgets,
  REFERENCE_LABEL,
  REFERENCE_PAGE_LABEL,
  SEARCH_LABEL,
  SIGNED_IN_ADMIN_LABEL,
  SIGNED_IN_CME_LABEL,
  SIGNED_IN_LABEL,
  type PageResult,
  type RunResult,
  type SearchResult,
} from './bench/report';
import type { SearchLatency } from './bench/search-latency';
import { judgeSoak, runSoak, soakMix } from './bench/soak';
import { signInByScript } from './bench/sign-in';

/**
 * `npm run bench [-- --posts N]`: a benchmark, not a test, of the production build on
 * the embedded PostgreSQL, in a data folder of its own (DATA_DIR/bench; the demo data in
 * DATA_DIR/postgres is never touched). One page at a time: a warm-up, then a measured run
 * with autocannon through the front cache, then the same straight from `next start`, the
 * server's memory sampled every 100 ms. Two references from the same run: the app's static
 * 404 page (never copied by the front cache: Next's own speed) for the front cache's column,
 * and /speed-reference (a cached page in the site's layout that reads nothing) for Next's.
 * With --posts N, a second database gets N synthetic posts and searchContent is timed there,
 * in a process of its own.
 */

const cleanups: Array<() => Promise<void>> = [];
let isStopping = false;

function say(message: string): void {
  console.error(`[bench] ${message}`);
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (isStopping) return;
      say(`${signal}: stopping…`);
      void cleanUp().then(() => process.exit(130));
    });
  }

  // Imported here: lib/env.ts validates the environment on import, and a bad setting
  // should end as one clear line like every other failure.
  const { env, childProcessEnv } = await import('@/lib/env');
  const { findFreePort, startEmbeddedPostgres } = await import('@/lib/db/embedded');
  const root = process.cwd();
  const dataDir = path.resolve(root, env.DATA_DIR);
  await refuseWhilePortalRuns(path.join(dataDir, 'web.pid'));
  if (env.DATABASE_URL) say('DATABASE_URL is ignored: the bench always runs on its own embedded database.');

  const benchDir = path.join(dataDir, 'bench');
  say(`Starting the bench's embedded PostgreSQL (data in ${benchDir})…`);
  const database = await startEmbeddedPostgres({
    dataDir: path.join(benchDir, 'postgres'),
    port: await findFreePort(),
    database: 'portal_bench',
    // A search cut off by its time limit makes the server log each cancelled parallel worker:
    // the search line already counts those searches.
    log: (message) => {
      if (!message.includes('terminating background worker')) say(message);
    },
  });
  cleanups.push(() => database.stop());
  await prepareDatabase(database.url);

  const secret = randomBytes(32).toString('hex');
  const appEnv = (port: number): NodeJS.ProcessEnv =>
    childProcessEnv({
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: secret,
      PORT: String(port),
      // The demo editor has no second factor: the admin row measures the page, not the MFA redirect.
      REQUIRE_STAFF_MFA: 'false',
    });
  await buildIfNeeded(root, benchDir, appEnv(env.PORT), { siteName: env.SITE_NAME, siteUrl: env.SITE_URL });

  const port = await findFreePort();
  const nextPort = await findFreePort();
  say(`Starting the production server (next start on port ${nextPort} behind the front cache) on port ${port}…`);
  const server = await startMeasuredServer({ root, port, nextPort, env: appEnv(port) });
  cleanups.unshift(() => server.stop());

  const { CME_ACTIVITIES, DEMO_PASSWORD, EVENTS } = await import('@/lib/db/seed-content');
  const cmeActivity = `/cme/${CME_ACTIVITIES[2]!.slug}`;
  // A signed-in page renders per request and looks the session up in the database each time.
  const doctorCookie = await signInByScript(server.baseUrl, 'doctor@demo.hidoc.local', DEMO_PASSWORD);
  const editorCookie = await signInByScript(server.baseUrl, 'editor@demo.hidoc.local', DEMO_PASSWORD);
  const pages: BenchPage[] = [
    { label: REFERENCE_LABEL, path: '/no-such-page', status: 404 },
    { label: REFERENCE_PAGE_LABEL, path: '/speed-reference', status: 200 },
    { label: 'home', path: '/', status: 200 },
    { label: ARTICLE_LABEL, path: '/conditions/calcinosis', status: 200 },
    { label: 'news list', path: '/news', status: 200 },
    { label: 'event', path: `/events/${EVENTS[0]!.slug}`, status: 200 },
    // Rendered per request by Next; one search's answer is shared among anonymous readers for a few seconds (lib/cache/shared-answers.ts).
    { label: SEARCH_LABEL, path: '/search?q=calcinosis', status: 200 },
    { label: 'feed', path: '/feed.xml', status: 200 },
    { label: SIGNED_IN_LABEL, path: '/account', status: 200, headers: { cookie: doctorCookie } },
    // The same address twice: the cached teaser for everyone, the content for the doctor (rewritten per request).
    { label: 'CME activity teaser', path: cmeActivity, status: 200 },
    { label: SIGNED_IN_CME_LABEL, path: cmeActivity, status: 200, headers: { cookie: doctorCookie } },
    // Staff at work (issue 17): the post list, per request, behind the staff gate.
    { label: SIGNED_IN_ADMIN_LABEL, path: '/admin/posts', status: 200, headers: { cookie: editorCookie } },
  ];
  if (options.soak !== null) {
    await soak(server, options, { article: '/conditions/calcinosis', event: `/events/${EVENTS[0]!.slug}`, cmeActivity, doctorCookie, editorCookie });
    return;
  }
  // A first pass over every page: each is rendered into the cache and the server's JIT warms
  // up on all of them, so the first page measured is not the one that pays for it.
  say(`Warming up every page (${options.warmup} s each)…`);
  for (const page of pages) await warmPage(server, page, options);

  const rows: PageResult[] = [];
  let referenceScripts = new Set<string>();
  for (const page of pages) {
    say(`${page.label} (${page.path}): ${options.warmup} s warm-up, ${options.duration} s measured, ${options.connections} connections, through the front cache and straight from Next…`);
    const row = await measurePage(server, page, options, referenceScripts);
    if (page.label === REFERENCE_LABEL) referenceScripts = new Set(row.scripts);
    rows.push(row.result);
  }
  // The reference once more at the end: how much the machine drifted during the run.
  say('404 page once more, to see how steady the run was…');
  const again = await measurePage(server, pages[0]!, options, referenceScripts);
  await server.stop();

  let search: SearchResult | null = null;
  if (options.posts !== null) search = await measureSearch(database, options.posts, options.queries);

  const reference = rows[0]!;
  const machine = os.cpus();
  console.log(
    `\nMeasured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine.length} cores ` +
      `(${machine[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}; ` +
      `autocannon, ${options.connections} connections, ${options.duration} s after a ${options.warmup} s warm-up, one page at a time.\n`,
  );
  console.log(formatPageTable(rows));
  const drift = again.result.front.requestsPerSecond / reference.front.requestsPerSecond - 1;
  console.log(
    `\nThe 404 page measured again at the end: ${Math.round(again.result.front.requestsPerSecond)} req/s ` +
      `(${drift >= 0 ? '+' : ''}${(drift * 100).toFixed(0)}% against the start of the run).`,
  );
  if (search) console.log(`\n${formatSearchLine(search)}`);
  console.log(`\nBudgets (issues 9 and 18):\n${judgeBudgets(rows, search).join('\n')}`);
}

type BenchPage = { label: string; path: string; status: number; headers?: Record<string, string> };

/** `--soak SECONDS`: the mix of lib/cli/bench/soak.ts, each of its requests checked once first; then its verdict. */
async function soak(server: RunningServer, options: BenchOptions, pages: Parameters<typeof soakMix>[0]): Promise<void> {
  const mix = soakMix(pages);
  for (const request of mix) {
    const answer = await fetch(`${server.baseUrl}${request.path}`, { method: request.method ?? 'GET', headers: request.headers, body: request.body, redirect: 'manual' });
    await answer.arrayBuffer();
    if (answer.status >= 300) throw new Error(`${request.method ?? 'GET'} ${request.path} answered ${answer.status}: the mix must be answerable.`);
  }
  const seconds = options.soak ?? 0;
  say(`Soak: ${seconds} s of mixed traffic (${mix.length} kinds of request) at ${options.connections} connections…`);
  const result = await runSoak({ baseUrl: server.baseUrl, serverPid: server.pid, mix, seconds, connections: options.connections });
  await server.stop();
  const judged = judgeSoak(result);
  console.log(`\nMeasured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} cores, Node ${process.version}.\n`);
  console.log(judged.lines.join('\n'));
  if (!judged.isMet) process.exitCode = 1;
}

/** Migrations and the seed, with the demo accounts: the signed-in row signs the doctor in. */
async function prepareDatabase(url: string): Promise<void> {
  const { migrateDatabase } = await import('@/lib/db/migrate');
  const { createDb } = await import('@/lib/db/client');
  const { seedDatabase } = await import('@/lib/db/seed');
  const { hashPassword } = await import('@/lib/auth/password');
  const { newCertificateCode } = await import('@/lib/cme/certificate-code');
  await migrateDatabase(url);
  const handle = createDb(url, { max: 2 });
  try {
    await seedDatabase(handle.db, { demoAccounts: { hashPassword, newCertificateCode } });
  } finally {
    await handle.sql.end({ timeout: 5 });
  }
}

/** The launcher's build check: `next build` only when the inputs changed since the last one. */
async function buildIfNeeded(root: string, benchDir: string, buildEnv: NodeJS.ProcessEnv, settings: { siteName: string; siteUrl?: string }) {
  // The build may prerender from the database it is given: name the bench's, not npm start's.
  const stamp = await computeBuildStamp(root, { database: `bench: embedded PostgreSQL in ${benchDir}`, ...settings });
  if (await isBuildCurrent(root, stamp)) {
    say('The production build is up to date.');
    return;
  }
  say('Building the app for production (the code changed, or the last build was for npm start)…');
  await forgetBuildStamp(root);
  const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [nextBin, 'build'], { cwd: root, env: buildEnv, stdio: 'inherit' });
    child.once('error', () => resolve(1));
    child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
  if (code !== 0) throw new Error(`next build failed (exit code ${code}); its output is above.`);
  await writeBuildStamp(root, stamp);
}

async function warmPage(server: RunningServer, page: BenchPage, options: BenchOptions): Promise<void> {
  const url = `${server.baseUrl}${page.path}`;
  // The first request renders the page into the cache.
  const first = await weighPage(url, page.headers);
  if (first.status !== page.status) throw new Error(`${page.path} answered ${first.status}, expected ${page.status}.`);
  if (options.warmup > 0) await autocannon({ url, headers: page.headers, connections: options.connections, duration: options.warmup });
}

async function measurePage(
  server: RunningServer,
  page: BenchPage,
  options: BenchOptions,
  referenceScripts: ReadonlySet<string>,
): Promise<{ result: PageResult; scripts: string[] }> {
  const url = `${server.baseUrl}${page.path}`;
  const memory = await sampleMemory(server.pid);
  const front = await loadPage(url, page, options);
  const next = await loadPage(`${server.nextUrl}${page.path}`, page, options);
  const peakMemoryBytes = await memory.stop();

  const after = await weighPage(url, page.headers);
  const ownScripts = after.scripts.filter((script) => !referenceScripts.has(script));
  return {
    scripts: after.scripts,
    result: {
      label: page.label,
      path: page.path,
      status: after.status,
      cache: after.cache,
      front,
      next,
      peakMemoryBytes,
      htmlBytes: after.htmlBytes,
      jsGzipBytes: await measureGzipBytes(after.scripts),
      ownJsGzipBytes: await measureGzipBytes(ownScripts),
    },
  };
}

/** A warm-up (not counted), then the measured run against one address. */
async function loadPage(url: string, page: BenchPage, options: BenchOptions): Promise<RunResult> {
  const { headers } = page;
  if (options.warmup > 0) await autocannon({ url, headers, connections: options.connections, duration: options.warmup });
  const run = await autocannon({ url, headers, connections: options.connections, duration: options.duration });
  const unexpected = page.status === 200 ? run.non2xx : run['2xx'] + run['5xx'];
  return { requestsPerSecond: run.requests.average, p50: run.latency.p50, p99: run.latency.p99, failures: run.errors + run.timeouts + unexpected };
}

/** A second database with N synthetic posts (kept between runs), then searchContent timed there. */
async function measureSearch(database: EmbeddedServer, posts: number, queries: number): Promise<SearchResult> {
  const postgres = (await import('postgres')).default;
  const { countSyntheticPosts, loadSyntheticPosts } = await import('./bench/synthetic-posts');
  const name = 'portal_bench_posts';
  const url = new URL(database.url);
  url.pathname = `/${name}`;
  const admin = postgres(database.url, { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
    if (!exists) await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  await prepareDatabase(url.toString());
  const sql = postgres(url.toString(), { max: 2, onnotice: () => {} });
  try {
    if ((await countSyntheticPosts(sql)) === posts) {
      say(`${name} already holds ${posts.toLocaleString('en-GB')} synthetic posts.`);
    } else {
      say(`Loading ${posts.toLocaleString('en-GB')} synthetic posts into ${name}…`);
      const started = Date.now();
      await loadSyntheticPosts(sql, posts);
      say(`Loaded in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    }
  } finally {
    await sql.end({ timeout: 5 });
  }

  say(`Timing ${queries} searches…`);
  const { childProcessEnv } = await import('@/lib/env');
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', path.join('lib', 'cli', 'bench', 'search-latency.ts'), String(queries)],
      { cwd: process.cwd(), env: childProcessEnv({ NODE_ENV: 'production', DATABASE_URL: url.toString() }), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`the search timing exited with code ${code}`))));
  });
  const measured = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as SearchLatency;
  return { ...measured, posts };
}

/**
 * `npm start` serving from this folder would share the CPU (and a rebuild would pull .next
 * from under it): the bench needs the machine to itself.
 */
async function refuseWhilePortalRuns(pidFile: string): Promise<void> {
  const { isRunning } = await import('@/lib/db/processes');
  const recorded = await fs
    .readFile(pidFile, 'utf8')
    .then((text) => JSON.parse(text) as { web?: unknown })
    .catch(() => undefined);
  const webPid = Number(recorded?.web);
  if (Number.isInteger(webPid) && webPid > 0 && (await isRunning(webPid))) {
    throw new Error(`npm start is serving from this folder (next start, pid ${webPid}). Stop it first: the bench needs the machine to itself.`);
  }
}

async function cleanUp(): Promise<void> {
  isStopping = true;
  for (const step of cleanups.splice(0)) await step().catch(() => undefined);
}

main()
  .then(cleanUp)
  .catch(async (error: unknown) => {
    console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
    await cleanUp();
    process.exit(1);
  });
