import autocannon from 'autocannon';
import { listProcessTree, readResidentBytes } from './next-server';

/*
 * `npm run bench -- --soak SECONDS`: mixed traffic for minutes, as a morning's readers and
 * staff send it, to see what a page at a time cannot: an error that shows up only under a
 * mix (a 5xx), memory that grows with time, and the slowest answers (p99) while searches,
 * signed-in pages, cached pages and writes share the server.
 */

/** One kind of request in the mix; each connection sends them in turn. */
export type SoakRequest = { method?: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string };

export type SoakResult = {
  seconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Answers with a 5xx status, and requests that got no answer (errors and timeouts). */
  serverErrors: number;
  noAnswer: number;
  /** The server's resident memory (front cache and Next together): mean of the first and the last window, and the peak. */
  memory: { earlyBytes: number; lateBytes: number; peakBytes: number };
};

/** How much the last window's memory may exceed the early window's and still count as flat. */
export const FLAT_MEMORY_GROWTH = 0.1;

/**
 * The mix, one round per connection: the cached public pages, searches for several words
 * (each a different address, as readers type them), a doctor's signed-in pages, an editor's
 * post list and the view beacon (a write).
 */
export function soakMix(pages: { article: string; event: string; cmeActivity: string; doctorCookie: string; editorCookie: string }): SoakRequest[] {
  const doctor = { cookie: pages.doctorCookie };
  const searches = ['calcinosis', 'cancer', 'lymphoma', 'radiotherapy', 'thrombocythemia', 'hemoglobin trait', 'immune adverse events', 'rectal'];
  return [
    { path: '/' },
    { path: pages.article },
    { path: '/news' },
    { path: pages.event },
    ...searches.slice(0, 4).map((q) => ({ path: `/search?q=${encodeURIComponent(q)}` })),
    { path: '/account', headers: doctor },
    { path: pages.cmeActivity, headers: doctor },
    { path: '/feed.xml' },
    ...searches.slice(4).map((q) => ({ path: `/search?q=${encodeURIComponent(q)}` })),
    { path: '/admin/posts', headers: { cookie: pages.editorCookie } },
    {
      method: 'POST',
      path: '/api/views',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify({ kind: 'condition', slug: pages.article.split('/').at(-1) }),
    },
    { path: '/videos' },
  ];
}

/** Runs the mix against the server for `seconds`, sampling its memory every second. */
export async function runSoak(options: { baseUrl: string; serverPid: number; mix: SoakRequest[]; seconds: number; connections: number }): Promise<SoakResult> {
  const pids = await listProcessTree(options.serverPid);
  const samples: Array<{ at: number; bytes: number }> = [];
  const started = Date.now();
  let isRunning = true;
  const sampling = (async () => {
    while (isRunning) {
      samples.push({ at: (Date.now() - started) / 1000, bytes: await readResidentBytes(pids) });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  })();
  const run = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.seconds,
    requests: options.mix.map((request) => ({ method: request.method ?? 'GET', path: request.path, headers: request.headers, body: request.body })),
  });
  isRunning = false;
  await sampling;
  return {
    seconds: options.seconds,
    connections: options.connections,
    requests: run.requests.total,
    requestsPerSecond: run.requests.average,
    p50: run.latency.p50,
    p99: run.latency.p99,
    serverErrors: run['5xx'],
    noAnswer: run.errors + run.timeouts,
    memory: summariseMemory(samples, options.seconds),
  };
}

/**
 * The early window skips the first fifth of the run (caches filling, the JIT warming up) and
 * spans the next fifth; the late window is the last fifth.
 */
export function summariseMemory(samples: ReadonlyArray<{ at: number; bytes: number }>, seconds: number): SoakResult['memory'] {
  const fifth = seconds / 5;
  const mean = (from: number, to: number) => {
    const inside = samples.filter((sample) => sample.at >= from && sample.at < to);
    return inside.length ? inside.reduce((sum, sample) => sum + sample.bytes, 0) / inside.length : 0;
  };
  return {
    earlyBytes: mean(fifth, 2 * fifth),
    lateBytes: mean(seconds - fifth, Infinity),
    peakBytes: samples.reduce((peak, sample) => Math.max(peak, sample.bytes), 0),
  };
}

/** Whether the soak held: no 5xx, every request answered, memory flat. */
export function judgeSoak(result: SoakResult): { isMet: boolean; lines: string[] } {
  const growth = result.memory.earlyBytes > 0 ? result.memory.lateBytes / result.memory.earlyBytes - 1 : Infinity;
  const isFlat = growth <= FLAT_MEMORY_GROWTH;
  const isClean = result.serverErrors === 0 && result.noAnswer === 0;
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  return {
    isMet: isFlat && isClean,
    lines: [
      `Soak: ${result.seconds} s of mixed traffic at ${result.connections} connections: ${result.requests.toLocaleString('en-GB')} requests, ` +
        `${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms.`,
      `- 5xx answers: ${result.serverErrors}; requests with no answer: ${result.noAnswer}: ${isClean ? 'met' : 'NOT MET'} (none allowed).`,
      `- memory: ${mb(result.memory.earlyBytes)} early, ${mb(result.memory.lateBytes)} at the end (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(0)}%), ` +
        `peak ${mb(result.memory.peakBytes)}: ${isFlat ? 'flat' : 'NOT FLAT'} (at most +${FLAT_MEMORY_GROWTH * 100}%).`,
    ],
  };
}
