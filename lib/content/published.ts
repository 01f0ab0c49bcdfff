import { and, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { specialties } from '@/lib/db/schema';

/*
 * The rules every public read shares, in one place so lists, detail pages, feeds and the
 * sitemap cannot drift apart on what "published" means.
 */

/**
 * Published, or scheduled and its time has come, by the database's clock: a scheduled item
 * appears by itself. The listing indexes are partial on exactly this status list.
 */
export function isLive(table: { status: AnyPgColumn; publishedAt: AnyPgColumn }): SQL {
  return and(inArray(table.status, ['published', 'scheduled']), lte(table.publishedAt, sql`now()`)) as SQL;
}

/** isLive for a hand-written statement, on the table's alias in it ('p' for `posts p`). */
export function isLiveAs(alias: string): SQL {
  return sql.raw(`${alias}.status in ('published', 'scheduled') and ${alias}.published_at <= now()`);
}

/** The specialty's id by slug, as a subquery: an unknown slug matches nothing. */
export function specialtyIdOf(slug: string): SQL<number> {
  return sql<number>`(select ${specialties.id} from ${specialties} where ${specialties.slug} = ${slug})`;
}

/** Rows of a specialty, or no condition at all when none is asked for. */
export function inSpecialty(column: AnyPgColumn, specialtySlug: string | null | undefined): SQL | undefined {
  return specialtySlug ? eq(column, specialtyIdOf(specialtySlug)) : undefined;
}
