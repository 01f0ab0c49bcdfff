import { and, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { specialties } from '@/lib/db/schema';

/*
 * The rules every public read shares, in one place so lists, detail pages, feeds and the
 * sitemap cannot drift apart on what "published" means.
 */

const SLUG_SHAPE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The shape the database's CHECK constraints accept: anything else cannot exist, so no query is run. */
export function isSlug(value: string, maxLength = 120): boolean {
  return value.length <= maxLength && SLUG_SHAPE.test(value);
}

/**
 * Published, or scheduled and its time has come, by the database's clock: a scheduled item
 * appears by itself. The listing indexes are partial on exactly this status list.
 */
export function isLive(table: { status: AnyPgColumn; publishedAt: AnyPgColumn }): SQL {
  return and(inArray(table.status, ['published', 'scheduled']), lte(table.publishedAt, sql`now()`)) as SQL;
}

/** The specialty's id by slug, as a subquery: an unknown slug matches nothing. */
export function specialtyIdOf(slug: string): SQL<number> {
  return sql<number>`(select ${specialties.id} from ${specialties} where ${specialties.slug} = ${slug})`;
}

/** Rows of a specialty, or no condition at all when none is asked for. */
export function inSpecialty(column: AnyPgColumn, specialtySlug: string | null | undefined): SQL | undefined {
  return specialtySlug ? eq(column, specialtyIdOf(specialtySlug)) : undefined;
}
