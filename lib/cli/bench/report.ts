import type { SearchLatency } from './search-latency';

/** The benchmark's table and its verdict on issue 9's budgets, as Markdown. */

export type PageResult = {
  label: string;
  path: string;
  status: number;
  /** x-nextjs-cache after the run: HIT for a page served from the cache, null when rendered per request. */
  cache: string | null;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Responses that were errors, timeouts or an unexpected status. */
  failures: number;
  peakMemoryBytes: number;
  htmlBytes: number;
  jsGzipBytes: number;
  /** Gzipped JavaScript not loaded by the 404 page: the page's own, beyond the framework's. */
  ownJsGzipBytes: number;
};

/** The search timing (search-latency.ts) and the number of posts it ran over. */
export type SearchResult = SearchLatency & { posts: number };

export const BUDGETS = {
  /** Every cached public page serves at least this share of the 404 reference's requests/s. */
  minRatio: 0.6,
  maxP99Ms: 60,
  maxSearchP95Ms: 30,
  /** The condition article's own JavaScript, gzipped. */
  maxArticleOwnJsBytes: 15_000,
  /** A signed-in page, rendered per request for its reader (issue 15): this share of the 404 page's requests/s. */
  minSignedInRatio: 0.1,
  /**
   * The search row (issue 18): at least as fast as a bare Next page rendered per request, which
   * serves about 0.3 of the 404 page here (240 against 700–1,000 req/s).
   */
  minSearchRatio: 0.3,
} as const;

/** The label of the search row: judged against minSearchRatio. */
export const SEARCH_LABEL = 'search';

/** The label of the signed-in row: judged against minSignedInRatio, not the cached-page budget. */
export const SIGNED_IN_LABEL = "a doctor's account page (signed in)";
/** The signed-in view of a CME activity (issue 16): the same budget as the account page. */
export const SIGNED_IN_CME_LABEL = 'a CME activity (signed in)';
/** An editor's post list under /admin (issue 17): the same budget as the account page. */
export const SIGNED_IN_ADMIN_LABEL = "an editor's post list (signed in)";
const SIGNED_IN_LABELS: readonly string[] = [SIGNED_IN_LABEL, SIGNED_IN_CME_LABEL, SIGNED_IN_ADMIN_LABEL];

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 1 : 0) : '–');

export function formatPageTable(rows: readonly PageResult[], reference: PageResult): string {
  const header = [
    '| page | path | cache | req/s | p50 ms | p99 ms | vs 404 | peak RSS MB | HTML kB | JS gzip kB | own JS gzip kB |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const lines = rows.map((row) =>
    [
      row.label + (row.failures > 0 ? ` (${row.failures} failed)` : ''),
      `\`${row.path}\``,
      row.cache ?? 'per request',
      Math.round(row.requestsPerSecond).toString(),
      ms(row.p50),
      ms(row.p99),
      row === reference ? '1.00' : (row.requestsPerSecond / reference.requestsPerSecond).toFixed(2),
      (row.peakMemoryBytes / 2 ** 20).toFixed(0),
      kB(row.htmlBytes),
      kB(row.jsGzipBytes),
      row === reference ? '–' : kB(row.ownJsGzipBytes),
    ].join(' | '),
  );
  return [...header, ...lines.map((line) => `| ${line} |`)].join('\n');
}

export function formatSearchLine(search: SearchResult): string {
  return (
    `Search (searchContent in process, ${search.posts.toLocaleString('en-GB')} synthetic posts, ${search.queries} varied queries): ` +
    `p50 ${ms(search.p50)} ms, p95 ${ms(search.p95)} ms, max ${ms(search.max)} ms; ${search.averageMatches} matches on average` +
    (search.refused > 0 ? `; ${search.refused} answered with a refusal (no searchable word, or too broad for the time limit).` : '.')
  );
}

/** One line per budget: met or missed, with the numbers. */
export function judgeBudgets(rows: readonly PageResult[], reference: PageResult, articleLabel: string, search: SearchResult | null): string[] {
  const verdicts: string[] = [];
  const mark = (isMet: boolean) => (isMet ? 'met' : 'MISSED');
  for (const row of rows) {
    if (row === reference) continue;
    if (SIGNED_IN_LABELS.includes(row.label)) {
      const ratio = row.requestsPerSecond / reference.requestsPerSecond;
      const isMet = ratio >= BUDGETS.minSignedInRatio && row.failures === 0;
      verdicts.push(`- ${row.label}: ${mark(isMet)} (${ratio.toFixed(2)} of the 404 page, needs ≥ ${BUDGETS.minSignedInRatio}; p99 ${ms(row.p99)} ms)`);
      continue;
    }
    if (row.label === SEARCH_LABEL) {
      const ratio = row.requestsPerSecond / reference.requestsPerSecond;
      const isMet = ratio >= BUDGETS.minSearchRatio && row.failures === 0;
      verdicts.push(`- ${row.label}: ${mark(isMet)} (${ratio.toFixed(2)} of the 404 page, needs ≥ ${BUDGETS.minSearchRatio}; p99 ${ms(row.p99)} ms)`);
      continue;
    }
    if (row.cache !== 'HIT') {
      verdicts.push(`- ${row.label}: rendered per request (not cached), so the cached-page budget does not apply.`);
      continue;
    }
    const ratio = row.requestsPerSecond / reference.requestsPerSecond;
    const isMet = ratio >= BUDGETS.minRatio && row.p99 < BUDGETS.maxP99Ms && row.failures === 0;
    verdicts.push(
      `- ${row.label}: ${mark(isMet)} (${ratio.toFixed(2)} of the 404 page, needs ≥ ${BUDGETS.minRatio}; p99 ${ms(row.p99)} ms, needs < ${BUDGETS.maxP99Ms})`,
    );
  }
  const article = rows.find((row) => row.label === articleLabel);
  if (article) {
    verdicts.push(
      `- ${article.label}'s own JavaScript: ${mark(article.ownJsGzipBytes < BUDGETS.maxArticleOwnJsBytes)} (${kB(article.ownJsGzipBytes)} kB gzip, needs < ${kB(BUDGETS.maxArticleOwnJsBytes)})`,
    );
  }
  if (search) {
    verdicts.push(`- search p95 at ${search.posts.toLocaleString('en-GB')} posts: ${mark(search.p95 < BUDGETS.maxSearchP95Ms)} (${ms(search.p95)} ms, needs < ${BUDGETS.maxSearchP95Ms})`);
  }
  return verdicts;
}
