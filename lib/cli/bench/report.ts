import type { SearchLatency } from './search-latency';

/** The benchmark's table and its verdict on issues 9 and 18's budgets, as Markdown. */

/** One page measured at one address (through the front cache, or straight from `next start`). */
export type RunResult = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Responses that were errors, timeouts or an unexpected status. */
  failures: number;
};

export type PageResult = {
  label: string;
  path: string;
  status: number;
  /** x-nextjs-cache after the run: HIT for a page served from the cache, null when rendered per request. */
  cache: string | null;
  /** Through the front cache, as readers get it. */
  front: RunResult;
  /** Straight from `next start`, the front cache left out. */
  next: RunResult;
  peakMemoryBytes: number;
  htmlBytes: number;
  jsGzipBytes: number;
  /** Gzipped JavaScript not loaded by the 404 page: the page's own, beyond the framework's. */
  ownJsGzipBytes: number;
};

/** The front cache's reference: the static 404 page, which it never copies, so Next's own speed. */
export const REFERENCE_LABEL = '404 page (reference)';
/** Next's reference: a cached page in the site's layout that reads nothing (/speed-reference). */
export const REFERENCE_PAGE_LABEL = 'speed reference (cached, no data)';
export const ARTICLE_LABEL = 'condition article';

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
  /**
   * Issue 18: straight from Next, the cached condition article at this share of a bare Next
   * app's static page; in every run, of /speed-reference, the same framework's cached page.
   */
  minArticleNextRatio: 0.95,
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

function findRow(rows: readonly PageResult[], label: string): PageResult {
  const row = rows.find((candidate) => candidate.label === label);
  if (!row) throw new Error(`the bench has no "${label}" row`);
  return row;
}

const ratio = (row: RunResult, reference: RunResult) => row.requestsPerSecond / reference.requestsPerSecond;

/**
 * Each page through the front cache (against the 404 page, which it never copies) and straight
 * from Next (against /speed-reference, the cheapest cached page of the same layout).
 */
export function formatPageTable(rows: readonly PageResult[]): string {
  const reference = findRow(rows, REFERENCE_LABEL);
  const referencePage = findRow(rows, REFERENCE_PAGE_LABEL);
  const header = [
    '| page | path | cache | front req/s | p50 ms | p99 ms | vs 404 | Next req/s | p99 ms | vs reference | peak RSS MB | HTML kB | JS gzip kB | own JS gzip kB |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const lines = rows.map((row) => {
    const failures = row.front.failures + row.next.failures;
    return [
      row.label + (failures > 0 ? ` (${failures} failed)` : ''),
      `\`${row.path}\``,
      row.cache ?? 'per request',
      Math.round(row.front.requestsPerSecond).toString(),
      ms(row.front.p50),
      ms(row.front.p99),
      ratio(row.front, reference.front).toFixed(2),
      Math.round(row.next.requestsPerSecond).toString(),
      ms(row.next.p99),
      ratio(row.next, referencePage.next).toFixed(2),
      (row.peakMemoryBytes / 2 ** 20).toFixed(0),
      kB(row.htmlBytes),
      kB(row.jsGzipBytes),
      row === reference ? '–' : kB(row.ownJsGzipBytes),
    ].join(' | ');
  });
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
export function judgeBudgets(rows: readonly PageResult[], search: SearchResult | null): string[] {
  const reference = findRow(rows, REFERENCE_LABEL);
  const referencePage = rows.find((row) => row.label === REFERENCE_PAGE_LABEL);
  const verdicts: string[] = [];
  const mark = (isMet: boolean) => (isMet ? 'met' : 'MISSED');
  for (const row of rows) {
    if (row === reference || row === referencePage) continue;
    const share = ratio(row.front, reference.front);
    if (SIGNED_IN_LABELS.includes(row.label)) {
      const isMet = share >= BUDGETS.minSignedInRatio && row.front.failures === 0;
      verdicts.push(`- ${row.label}: ${mark(isMet)} (${share.toFixed(2)} of the 404 page, needs ≥ ${BUDGETS.minSignedInRatio}; p99 ${ms(row.front.p99)} ms)`);
      continue;
    }
    if (row.label === SEARCH_LABEL) {
      const isMet = share >= BUDGETS.minSearchRatio && row.front.failures === 0;
      verdicts.push(`- ${row.label}: ${mark(isMet)} (${share.toFixed(2)} of the 404 page, needs ≥ ${BUDGETS.minSearchRatio}; p99 ${ms(row.front.p99)} ms)`);
      continue;
    }
    if (row.cache !== 'HIT') {
      verdicts.push(`- ${row.label}: rendered per request (not cached), so the cached-page budget does not apply.`);
      continue;
    }
    const isMet = share >= BUDGETS.minRatio && row.front.p99 < BUDGETS.maxP99Ms && row.front.failures === 0;
    verdicts.push(
      `- ${row.label}: ${mark(isMet)} (${share.toFixed(2)} of the 404 page, needs ≥ ${BUDGETS.minRatio}; p99 ${ms(row.front.p99)} ms, needs < ${BUDGETS.maxP99Ms})`,
    );
  }
  const article = rows.find((row) => row.label === ARTICLE_LABEL);
  if (article && referencePage) {
    const share = ratio(article.next, referencePage.next);
    const isMet = share >= BUDGETS.minArticleNextRatio && article.next.failures === 0;
    verdicts.push(
      `- ${article.label} straight from Next: ${mark(isMet)} (${share.toFixed(2)} of the speed reference, needs ≥ ${BUDGETS.minArticleNextRatio})`,
    );
  }
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
