import { performance } from 'node:perf_hooks';
import { buildSearchQueries } from './search-queries';
import { percentile } from './stats';

/**
 * The search half of `npm run bench -- --posts N`, run as its own process so that
 * DATABASE_URL (read once, by lib/env.ts) names the big database:
 *   DATABASE_URL=… node --conditions=react-server --import tsx lib/cli/bench/search-latency.ts [count]
 * It calls searchContent in this process, the way the /search page does, and prints one
 * JSON line: latencies in milliseconds.
 */

export type SearchLatency = {
  queries: number;
  p50: number;
  p95: number;
  max: number;
  /** Queries answered with a refusal (only excluded words, or over the time limit) instead of results. */
  refused: number;
  /** Average number of matches a query found. */
  averageMatches: number;
};

async function measureSearch(count: number): Promise<SearchLatency> {
  const { searchContent } = await import('@/lib/content/search');
  const { listSpecialties } = await import('@/lib/content/specialties');
  const { closeDb } = await import('@/lib/db/client');
  try {
    const specialties = (await listSpecialties()).map((s) => s.slug);
    const queries = buildSearchQueries(count, specialties);
    // The same searches once untimed: connections open and the rows they read in memory, as in
    // a database that has served for a while (not one that just read 100,000 posts from disk).
    for (const request of queries) await searchContent(request);

    const times: number[] = [];
    let refused = 0;
    let matches = 0;
    for (const request of queries) {
      const started = performance.now();
      const outcome = await searchContent(request);
      times.push(performance.now() - started);
      if (outcome.ok) matches += outcome.total;
      else refused += 1;
    }
    return {
      queries: times.length,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: Math.max(...times),
      refused,
      averageMatches: Math.round(matches / Math.max(1, times.length - refused)),
    };
  } finally {
    await closeDb();
  }
}

if (require.main === module) {
  measureSearch(Number(process.argv[2] ?? 200))
    .then((result) => console.log(JSON.stringify(result)))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
