import { describe, expect, it } from 'vitest';
import { cleanQuery, isQueryTooLong, parseSearchParams, searchHref } from './search-input';

describe('cleanQuery', () => {
  it('trims, folds white space and turns control characters into spaces', () => {
    expect(cleanQuery('  lung \t\n cancer  ')).toBe('lung cancer');
    expect(cleanQuery('a\u0000b\u0007c\u001bd\u007fe\u0085f')).toBe('a b c d e f');
  });

  it('drops lone surrogates and keeps emoji and accents whole', () => {
    expect(cleanQuery('x\ud800y')).toBe('xy');
    expect(cleanQuery('\udc00')).toBe('');
    expect(cleanQuery('🩺 café')).toBe('🩺 café');
  });

  it('keeps quotes, minus signs and punctuation for the search syntax', () => {
    expect(cleanQuery(`"lung cancer" -screening 'x' \\ %_*()`)).toBe(`"lung cancer" -screening 'x' \\ %_*()`);
  });
});

describe('isQueryTooLong', () => {
  it('allows 200 characters, counting an emoji as one', () => {
    expect(isQueryTooLong('a'.repeat(200))).toBe(false);
    expect(isQueryTooLong('a'.repeat(201))).toBe(true);
    expect(isQueryTooLong('😀'.repeat(200))).toBe(false);
    expect(isQueryTooLong('😀'.repeat(201))).toBe(true);
  });
});

describe('parseSearchParams', () => {
  it('reads the query, filters and page', () => {
    expect(parseSearchParams({ q: ' calcinosis ', kind: 'condition', specialty: 'rheumatology', page: '2' })).toEqual({
      q: 'calcinosis',
      kind: 'condition',
      specialty: 'rheumatology',
      page: 2,
    });
  });

  it('treats missing, repeated or odd values as no filter and page 1', () => {
    expect(parseSearchParams({})).toEqual({ q: '', kind: null, specialty: null, page: 1 });
    expect(parseSearchParams({ q: ['first', 'second'], kind: ['news', 'video'] })).toMatchObject({ q: 'first', kind: 'news' });
    for (const page of ['0', '-1', 'abc', '1e3', '26', '999999999999', '2.5', '']) {
      expect(parseSearchParams({ q: 'x', page }).page, page).toBe(1);
    }
    for (const kind of ['', 'posts', 'NEWS', "news'"]) expect(parseSearchParams({ kind }).kind, kind).toBeNull();
    for (const specialty of ['', 'Oncology', '../x', 'a'.repeat(81), "x' or 1=1"]) {
      expect(parseSearchParams({ specialty }).specialty, specialty).toBeNull();
    }
  });

  it('keeps an over-long query (to refill the field) without cleaning megabytes', () => {
    const parsed = parseSearchParams({ q: 'x'.repeat(1_000_000) });
    expect(isQueryTooLong(parsed.q)).toBe(true);
    expect(parsed.q.length).toBeLessThanOrEqual(4000);
  });
});

describe('searchHref', () => {
  it('writes page 1 without a page number and encodes the query', () => {
    expect(searchHref({ q: '"lung cancer" -x & y' })).toBe('/search?q=%22lung+cancer%22+-x+%26+y');
    expect(searchHref({ q: 'x', kind: 'news', specialty: 'oncology', page: 3 })).toBe('/search?q=x&kind=news&specialty=oncology&page=3');
    expect(searchHref({ q: 'x', kind: null, specialty: null, page: 1 })).toBe('/search?q=x');
  });
});
