import { describe, expect, it } from 'vitest';
import { formatPageTable, judgeBudgets, SEARCH_LABEL, SIGNED_IN_ADMIN_LABEL, SIGNED_IN_CME_LABEL, SIGNED_IN_LABEL, type PageResult } from './report';

const row = (label: string, overrides: Partial<PageResult> = {}): PageResult => ({
  label,
  path: '/',
  status: 200,
  cache: 'HIT',
  requestsPerSecond: 1000,
  p50: 20,
  p99: 40,
  failures: 0,
  peakMemoryBytes: 200 * 2 ** 20,
  htmlBytes: 30_000,
  jsGzipBytes: 120_000,
  ownJsGzipBytes: 4_000,
  ...overrides,
});

describe('the bench report', () => {
  const reference = row('404', { requestsPerSecond: 2000, status: 404 });
  const article = row('condition article', { requestsPerSecond: 1400 });
  const slow = row('news list', { requestsPerSecond: 1000, p99: 75 });
  const search = row('search', { cache: null, requestsPerSecond: 300 });
  const perRequest = row('a per-request page', { cache: null, requestsPerSecond: 300 });

  it('shows each page against the 404 reference of the same run', () => {
    const table = formatPageTable([reference, article, slow, search], reference);
    expect(table).toContain('| condition article | `/` | HIT | 1400 | 20 | 40 | 0.70 | 200 | 30.0 | 120.0 | 4.0 |');
    expect(table).toContain('| search | `/` | per request | 300 |');
  });

  it('names every budget missed and leaves pages rendered per request out of the cache budget', () => {
    const verdicts = judgeBudgets([reference, article, slow, perRequest], reference, 'condition article', {
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
  });

  it('judges the signed-in page by its own budget: a tenth of the 404 page, without failures', () => {
    const reference = row('404 page (reference)', { requestsPerSecond: 2000 });
    const fast = row(SIGNED_IN_LABEL, { cache: null, requestsPerSecond: 260, p99: 300 });
    expect(judgeBudgets([reference, fast], reference, 'condition article', null)).toEqual([
      `- ${SIGNED_IN_LABEL}: met (0.13 of the 404 page, needs ≥ 0.1; p99 300 ms)`,
    ]);
    const slow = row(SIGNED_IN_LABEL, { cache: null, requestsPerSecond: 150 });
    expect(judgeBudgets([reference, slow], reference, 'condition article', null)[0]).toMatch(/MISSED \(0\.07 of the 404 page/);
    const failing = row(SIGNED_IN_LABEL, { cache: null, requestsPerSecond: 400, failures: 3 });
    expect(judgeBudgets([reference, failing], reference, 'condition article', null)[0]).toMatch(/MISSED/);
  });

  it('judges the signed-in CME activity by the signed-in budget too, not as an uncached public page', () => {
    const reference = row('404 page (reference)', { requestsPerSecond: 2000 });
    const cme = row(SIGNED_IN_CME_LABEL, { cache: null, requestsPerSecond: 300, p99: 200 });
    expect(judgeBudgets([reference, cme], reference, 'condition article', null)).toEqual([
      `- ${SIGNED_IN_CME_LABEL}: met (0.15 of the 404 page, needs ≥ 0.1; p99 200 ms)`,
    ]);
  });

  it("judges the editor's post list by the signed-in budget, and names a failing one", () => {
    const reference = row('404 page (reference)', { requestsPerSecond: 2000 });
    const admin = row(SIGNED_IN_ADMIN_LABEL, { cache: null, requestsPerSecond: 240, p99: 250 });
    expect(judgeBudgets([reference, admin], reference, 'condition article', null)).toEqual([
      `- ${SIGNED_IN_ADMIN_LABEL}: met (0.12 of the 404 page, needs ≥ 0.1; p99 250 ms)`,
    ]);
    const missing = row(SIGNED_IN_ADMIN_LABEL, { cache: null, status: 404, requestsPerSecond: 900, failures: 9000 });
    expect(judgeBudgets([reference, missing], reference, 'condition article', null)[0]).toMatch(/^- an editor's post list \(signed in\): MISSED/);
  });

  it('judges the search row against a bare per-request page: 0.3 of the 404 page, without failures', () => {
    const reference = row('404 page (reference)', { requestsPerSecond: 1000 });
    const fast = row(SEARCH_LABEL, { cache: null, requestsPerSecond: 4000, p99: 25 });
    expect(judgeBudgets([reference, fast], reference, 'condition article', null)).toEqual([
      `- ${SEARCH_LABEL}: met (4.00 of the 404 page, needs ≥ 0.3; p99 25 ms)`,
    ]);
    const slow = row(SEARCH_LABEL, { cache: null, requestsPerSecond: 60 });
    expect(judgeBudgets([reference, slow], reference, 'condition article', null)[0]).toMatch(/^- search: MISSED \(0\.06 of the 404 page/);
    const failing = row(SEARCH_LABEL, { cache: null, requestsPerSecond: 4000, failures: 2 });
    expect(judgeBudgets([reference, failing], reference, 'condition article', null)[0]).toMatch(/MISSED/);
  });
});
