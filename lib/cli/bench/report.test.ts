import { describe, expect, it } from 'vitest';
import {
  ARTICLE_LABEL,
  formatPageTable,
  judgeBudgets,
  REFERENCE_LABEL,
  REFERENCE_PAGE_LABEL,
  SEARCH_LABEL,
  SIGNED_IN_ADMIN_LABEL,
  SIGNED_IN_CME_LABEL,
  SIGNED_IN_LABEL,
  type PageResult,
  type RunResult,
} from './report';

const run = (requestsPerSecond: number, overrides: Partial<RunResult> = {}): RunResult => ({
  requestsPerSecond,
  p50: 20,
  p99: 40,
  failures: 0,
  ...overrides,
});

type RowOverrides = Partial<Omit<PageResult, 'front' | 'next'>> & { front?: RunResult; next?: RunResult };

const row = (label: string, overrides: RowOverrides = {}): PageResult => ({
  label,
  path: '/',
  status: 200,
  cache: 'HIT',
  front: run(1000),
  next: run(500),
  peakMemoryBytes: 200 * 2 ** 20,
  htmlBytes: 30_000,
  jsGzipBytes: 120_000,
  ownJsGzipBytes: 4_000,
  ...overrides,
});

// The two references every run has: the 404 page (the front cache's) and the speed reference (Next's).
const reference = row(REFERENCE_LABEL, { status: 404, front: run(2000), next: run(1900) });
const referencePage = row(REFERENCE_PAGE_LABEL, { front: run(9000), next: run(1000) });

describe('the bench report', () => {
  const article = row(ARTICLE_LABEL, { front: run(1400), next: run(970, { p99: 90 }) });
  const slow = row('news list', { front: run(1000, { p99: 75 }), next: run(800) });
  const search = row('search', { cache: null, front: run(300), next: run(310) });
  const perRequest = row('a per-request page', { cache: null, front: run(300), next: run(310) });

  it('shows each page through the front cache against the 404 page, and straight from Next against the speed reference', () => {
    const table = formatPageTable([reference, referencePage, article, slow, search]);
    expect(table).toContain('| front req/s | p50 ms | p99 ms | vs 404 | Next req/s | p99 ms | vs reference |');
    expect(table).toContain('| condition article | `/` | HIT | 1400 | 20 | 40 | 0.70 | 970 | 90 | 0.97 | 200 | 30.0 | 120.0 | 4.0 |');
    expect(table).toContain(`| ${REFERENCE_PAGE_LABEL} | \`/\` | HIT | 9000 | 20 | 40 | 4.50 | 1000 | 40 | 1.00 |`);
    expect(table).toContain('| search | `/` | per request | 300 | 20 | 40 | 0.15 | 310 | 40 | 0.31 |');
  });

  it('counts the failures of both runs in the page name', () => {
    const failing = row('event', { front: run(1000, { failures: 2 }), next: run(900, { failures: 3 }) });
    expect(formatPageTable([reference, referencePage, failing])).toContain('| event (5 failed) |');
  });

  it('names every budget missed and leaves pages rendered per request out of the cache budget', () => {
    const verdicts = judgeBudgets([reference, referencePage, article, slow, perRequest], {
      posts: 100_000,
      queries: 200,
      p50: 12,
      p95: 45,
      max: 80,
      refused: 0,
      averageMatches: 50,
    });
    expect(verdicts).toContain('- condition article: met (0.70 of the 404 page, needs ≥ 0.6; p99 40 ms, needs < 60)');
    expect(verdicts.find((v) => v.startsWith('- news list'))).toMatch(/MISSED \(0\.50 of the 404 page.*p99 75 ms/);
    expect(verdicts.find((v) => v.startsWith('- a per-request page:'))).toMatch(/rendered per request/);
    expect(verdicts).toContain("- condition article's own JavaScript: met (4.0 kB gzip, needs < 15.0)");
    expect(verdicts.find((v) => v.startsWith('- search p95'))).toMatch(/MISSED \(45 ms/);
    // The references are what the others are judged against, not judged themselves.
    expect(verdicts.some((v) => v.startsWith(`- ${REFERENCE_PAGE_LABEL}`))).toBe(false);
  });

  it('judges the condition article straight from Next against the speed reference (issue 18: at least 0.95)', () => {
    const fast = row(ARTICLE_LABEL, { next: run(960) });
    expect(judgeBudgets([reference, referencePage, fast], null)).toContain(
      '- condition article straight from Next: met (0.96 of the speed reference, needs ≥ 0.95)',
    );
    const slower = row(ARTICLE_LABEL, { next: run(800) });
    expect(judgeBudgets([reference, referencePage, slower], null)).toContain(
      '- condition article straight from Next: MISSED (0.80 of the speed reference, needs ≥ 0.95)',
    );
  });

  it('judges the signed-in page by its own budget: a tenth of the 404 page, without failures', () => {
    const fast = row(SIGNED_IN_LABEL, { cache: null, front: run(260, { p99: 300 }) });
    expect(judgeBudgets([reference, fast], null)).toEqual([`- ${SIGNED_IN_LABEL}: met (0.13 of the 404 page, needs ≥ 0.1; p99 300 ms)`]);
    const slow = row(SIGNED_IN_LABEL, { cache: null, front: run(150) });
    expect(judgeBudgets([reference, slow], null)[0]).toMatch(/MISSED \(0\.07 of the 404 page/);
    const failing = row(SIGNED_IN_LABEL, { cache: null, front: run(400, { failures: 3 }) });
    expect(judgeBudgets([reference, failing], null)[0]).toMatch(/MISSED/);
  });

  it('judges the signed-in CME activity by the signed-in budget too, not as an uncached public page', () => {
    const cme = row(SIGNED_IN_CME_LABEL, { cache: null, front: run(300, { p99: 200 }) });
    expect(judgeBudgets([reference, cme], null)).toEqual([`- ${SIGNED_IN_CME_LABEL}: met (0.15 of the 404 page, needs ≥ 0.1; p99 200 ms)`]);
  });

  it("judges the editor's post list by the signed-in budget, and names a failing one", () => {
    const admin = row(SIGNED_IN_ADMIN_LABEL, { cache: null, front: run(240, { p99: 250 }) });
    expect(judgeBudgets([reference, admin], null)).toEqual([`- ${SIGNED_IN_ADMIN_LABEL}: met (0.12 of the 404 page, needs ≥ 0.1; p99 250 ms)`]);
    const missing = row(SIGNED_IN_ADMIN_LABEL, { cache: null, status: 404, front: run(900, { failures: 9000 }) });
    expect(judgeBudgets([reference, missing], null)[0]).toMatch(/^- an editor's post list \(signed in\): MISSED/);
  });

  it('judges the search row against a bare per-request page: 0.3 of the 404 page, without failures', () => {
    const fast = row(SEARCH_LABEL, { cache: null, front: run(8000, { p99: 25 }) });
    expect(judgeBudgets([reference, fast], null)).toEqual([`- ${SEARCH_LABEL}: met (4.00 of the 404 page, needs ≥ 0.3; p99 25 ms)`]);
    const slow = row(SEARCH_LABEL, { cache: null, front: run(120) });
    expect(judgeBudgets([reference, slow], null)[0]).toMatch(/^- search: MISSED \(0\.06 of the 404 page/);
    const failing = row(SEARCH_LABEL, { cache: null, front: run(8000, { failures: 2 }) });
    expect(judgeBudgets([reference, failing], null)[0]).toMatch(/MISSED/);
  });
});
