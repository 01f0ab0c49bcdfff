import { lte, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { slugSchema } from './slug';

/*
 * Numbered pagination that stays stable while new items are published.
 *
 * The first page of a list is a cached page with no query string; it takes a snapshot
 * time (`asOf`) and every deeper page carries it in its links. Each page counts and reads
 * only items published at or before that snapshot, in a total order (date, then id), so an
 * item published between page loads cannot push another item onto the next page twice.
 *
 * Used by every list: posts, events and videos. Nothing here touches the database.
 */

export const PAGE_SIZE = 20;

/** Beyond this a page number is a made-up address (or a crawler trap), not a reader. */
export const MAX_PAGE = 5000;

/** A raw value from `params` or `searchParams`: Next gives an array for a repeated key. */
export type RawParam = string | string[] | undefined;

export type ListParams = {
  page: number;
  /** The snapshot: only items published at or before it are counted and listed. */
  asOf: Date;
  /** A specialty slug to filter by, or null for all. */
  specialty: string | null;
};

export type Paged<T> = {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  /** At least 1, so an empty list is page 1 of 1. */
  totalPages: number;
  asOf: Date;
};

const first = (value: RawParam): string | undefined => (Array.isArray(value) ? value[0] : value);

const PageNumber = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(MAX_PAGE));

// ISO 8601 with a zone, as pageHref writes it; anything else is ignored, not trusted.
const Snapshot = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

const SpecialtySlug = slugSchema(80);

/**
 * Reads a list address's page number, snapshot and specialty filter. Answers null when the
 * address names no real page (0, -1, 'abc', 10^9, a malformed specialty): the caller
 * answers 404. A missing or malformed snapshot, or one in the future, becomes `now`, so a
 * hand-edited link still shows a sensible page. Never throws.
 */
export function parseListParams(
  input: { page?: RawParam; asOf?: RawParam; specialty?: RawParam },
  now: Date = new Date(),
): ListParams | null {
  const rawPage = first(input.page);
  let page = 1;
  if (rawPage !== undefined) {
    const parsed = PageNumber.safeParse(rawPage);
    if (!parsed.success) return null;
    page = parsed.data;
  }

  const rawSpecialty = first(input.specialty);
  let specialty: string | null = null;
  if (rawSpecialty !== undefined && rawSpecialty !== '') {
    const parsed = SpecialtySlug.safeParse(rawSpecialty);
    if (!parsed.success) return null;
    specialty = parsed.data;
  }

  return { page, asOf: parseSnapshot(first(input.asOf), now), specialty };
}

function parseSnapshot(raw: string | undefined, now: Date): Date {
  if (raw === undefined || raw.length > 40) return now;
  const parsed = Snapshot.safeParse(raw);
  if (!parsed.success || Number.isNaN(parsed.data.getTime())) return now;
  return parsed.data.getTime() > now.getTime() ? now : parsed.data;
}

/** The snapshot condition for a list query: `column <= asOf`. */
export function publishedAsOf(column: AnyPgColumn, asOf: Date): SQL {
  return lte(column, asOf);
}

export function pageOffset(page: number, pageSize: number = PAGE_SIZE): number {
  return (page - 1) * pageSize;
}

export function countPages(total: number, pageSize: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * Runs a list's count and its page of rows together and shapes the answer. The two
 * callbacks must apply the same filters, including `publishedAsOf(…, asOf)`.
 */
export async function paginate<T>(
  params: Pick<ListParams, 'page' | 'asOf'>,
  queries: {
    count: () => Promise<number>;
    rows: (window: { limit: number; offset: number }) => Promise<T[]>;
  },
  pageSize: number = PAGE_SIZE,
): Promise<Paged<T>> {
  const [total, items] = await Promise.all([
    queries.count(),
    queries.rows({ limit: pageSize, offset: pageOffset(params.page, pageSize) }),
  ]);
  return { items, page: params.page, pageSize, total, totalPages: countPages(total, pageSize), asOf: params.asOf };
}

/** A page past the end of a list (other than page 1, which may be empty): answer 404. */
export function isPastLastPage(paged: Pick<Paged<unknown>, 'page' | 'totalPages'>): boolean {
  return paged.page > paged.totalPages;
}

/** The snapshot as it appears in links: ISO 8601 in UTC, to the millisecond. */
export function formatSnapshot(asOf: Date): string {
  return asOf.toISOString();
}

/**
 * The address of one page of a list. Unfiltered page 1 is the section's cached first page
 * (`/news`); every other page is `/news/page/n?asOf=…[&specialty=…]`.
 */
export function pageHref(
  basePath: string,
  page: number,
  options: { asOf: Date | string; specialty?: string | null },
): string {
  if (page <= 1 && !options.specialty) return basePath;
  const query = new URLSearchParams();
  query.set('asOf', typeof options.asOf === 'string' ? options.asOf : formatSnapshot(options.asOf));
  if (options.specialty) query.set('specialty', options.specialty);
  return `${basePath}/page/${Math.max(1, page)}?${query.toString()}`;
}

/** The address of a list filtered by a specialty (its first page, a fresh snapshot). */
export function filterHref(basePath: string, specialty: string | null): string {
  return specialty ? `${basePath}/page/1?specialty=${encodeURIComponent(specialty)}` : basePath;
}

/**
 * The page numbers to show: always the first and last, the current one and its
 * neighbours, with null where a gap is elided ("1 … 4 5 6 … 20").
 */
export function pageNumbers(page: number, totalPages: number): Array<number | null> {
  const wanted = new Set([1, totalPages, page - 1, page, page + 1]);
  const numbers = [...wanted].filter((n) => n >= 1 && n <= totalPages).sort((a, b) => a - b);
  const out: Array<number | null> = [];
  for (const n of numbers) {
    const previous = out.at(-1);
    if (typeof previous === 'number' && n - previous === 2) out.push(previous + 1);
    else if (typeof previous === 'number' && n - previous > 2) out.push(null);
    out.push(n);
  }
  return out;
}
