import { z } from 'zod';
import type { PostKind } from '@/lib/db/schema';
import { slugSchema } from './slug';

/*
 * Reading /search's address: the query text, the filters and the page. Pure, so the page,
 * the form and the tests share one reading of what a reader typed. Never throws: anything
 * odd becomes "no filter" or page 1, and the query text is cleaned rather than refused
 * (only an over-long one is refused, with a message).
 */

export const SEARCH_KINDS = ['condition', 'news', 'article', 'event', 'video'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const searchKindLabels: Record<SearchKind, { one: string; many: string }> = {
  condition: { one: 'Condition', many: 'Condition articles' },
  news: { one: 'News', many: 'News' },
  article: { one: 'Article', many: 'Articles' },
  event: { one: 'Event', many: 'Events' },
  video: { one: 'Video', many: 'Videos' },
};

export const isPostKind = (kind: SearchKind): kind is PostKind =>
  kind === 'condition' || kind === 'news' || kind === 'article';

/** Characters, counted as a reader counts them (an emoji is one). */
export const MAX_QUERY_LENGTH = 200;
export const SEARCH_PAGE_SIZE = 20;
/**
 * At most this many matches are ranked: when more match, the newest of them, and a page of the
 * newest title matches besides (lib/content/search.ts), so an old title is found. Ranking reads
 * each candidate's whole stored vector, so this bounds the work a one-word query can cause
 * (at 100,000 posts, 500 candidates cost several times the search's time budget). Ten pages
 * of results are more than readers page through.
 */
export const CANDIDATE_LIMIT = 200;
export const MAX_SEARCH_PAGE = CANDIDATE_LIMIT / SEARCH_PAGE_SIZE;

type RawParam = string | string[] | undefined;

export type SearchParams = {
  /** The cleaned query text ('' when none), kept to refill the form. */
  q: string;
  kind: SearchKind | null;
  specialty: string | null;
  page: number;
};

const first = (value: RawParam): string | undefined => (Array.isArray(value) ? value[0] : value);

const KindParam = z.enum(SEARCH_KINDS);
const SpecialtyParam = slugSchema(80);
const PageParam = z
  .string()
  .regex(/^[1-9][0-9]{0,2}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(MAX_SEARCH_PAGE));

/**
 * The query as the database will see it: valid Unicode (a lone surrogate from a crafted
 * address becomes nothing), no control characters (NUL would make PostgreSQL refuse the
 * text), runs of white space made one space, trimmed.
 */
export function cleanQuery(raw: string): string {
  return raw
    .toWellFormed()
    .replace(/\uFFFD/g, '')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Code points, so an emoji or a CJK character counts once. */
export function countCharacters(text: string): number {
  return Array.from(text).length;
}

export function isQueryTooLong(q: string): boolean {
  return countCharacters(q) > MAX_QUERY_LENGTH;
}

export function parseSearchParams(input: { q?: RawParam; kind?: RawParam; specialty?: RawParam; page?: RawParam }): SearchParams {
  const rawQuery = first(input.q) ?? '';
  // A query longer than any URL a browser sends is not worth cleaning; keep enough to refill the field.
  const q = cleanQuery(rawQuery.length > 20 * MAX_QUERY_LENGTH ? rawQuery.slice(0, 20 * MAX_QUERY_LENGTH) : rawQuery);
  const kind = KindParam.safeParse(first(input.kind));
  const specialty = SpecialtyParam.safeParse(first(input.specialty));
  const page = PageParam.safeParse(first(input.page));
  return {
    q,
    kind: kind.success ? kind.data : null,
    specialty: specialty.success ? specialty.data : null,
    page: page.success ? page.data : 1,
  };
}

/** The address of one page of results (page 1 carries no page number). */
export function searchHref(params: Partial<SearchParams> & { q: string }): string {
  const query = new URLSearchParams();
  query.set('q', params.q);
  if (params.kind) query.set('kind', params.kind);
  if (params.specialty) query.set('specialty', params.specialty);
  if (params.page && params.page > 1) query.set('page', String(params.page));
  return `/search?${query.toString()}`;
}
