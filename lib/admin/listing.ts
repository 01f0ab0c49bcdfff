import { z } from 'zod';

/*
 * What the admin lists share: a page number from the query string, a page of rows, and a
 * LIKE pattern from typed text. Every list orders by a date and then its id, so the order is
 * total and a page never repeats or skips a row that was already there.
 */

/** Past this a page number is made up. */
export const MAX_ADMIN_PAGE = 10_000;

/** `?page=`: a whole number from 1; anything else is page 1 (a hand-edited link still shows a list). */
export const pageParam = z
  .string()
  .regex(/^[1-9][0-9]{0,4}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(MAX_ADMIN_PAGE))
  .optional()
  .catch(undefined)
  .transform((page) => page ?? 1);

export type AdminPage<T> = { items: T[]; page: number; total: number; totalPages: number };

/** `%text%` for ILIKE, with the text's own %, _ and \ matched as themselves. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The first value of a query-string parameter (Next gives an array for a repeated key). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A list's search params as strings, for its zod schema. */
export function searchParamsOf(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, firstParam(value)]));
}

/** The address of page n of a list, keeping its filters (empty ones left out). */
export function listHref(basePath: string, filters: Record<string, string | undefined>, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `${basePath}?${text}` : basePath;
}
