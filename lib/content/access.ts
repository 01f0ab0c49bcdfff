import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { ACCESS_LEVELS, type Access, type UserStatus } from '@/lib/db/schema';

/**
 * What gating needs to know about the reader: nobody (null) or a signed-in account. A new
 * kind of reader (staff, a CME participant) is a new member of this union and a case in
 * `opens` below; canReadFull and its SQL twin both follow from that one table.
 */
export type ContentViewer = { id: number; status: UserStatus } | null;

/** The one field gating looks at on any kind of content. */
export type GatedItem = { access: Access | string };

/** Per access level, whether it opens to a reader. A level missing here opens to nobody. */
const opens: Record<Access, (viewer: ContentViewer) => boolean> = {
  public: () => true,
  members: (viewer) => viewer !== null && viewer.status === 'active',
};

const isAccess = (value: string): value is Access => (ACCESS_LEVELS as readonly string[]).includes(value);

/**
 * Whether a reader may see an item's full content (body, transcript, player). Default
 * deny: only a known access level with a matching reader opens it. Pages, feeds, search
 * and the sitemap all ask this one rule, in TypeScript here or in SQL through
 * canReadFullSql, so there is one place to get it right.
 */
export function canReadFull(item: GatedItem, viewer: ContentViewer): boolean {
  return isAccess(item.access) && opens[item.access](viewer);
}

/** The access levels a reader may read in full. */
export function readableAccessLevels(viewer: ContentViewer): Access[] {
  return ACCESS_LEVELS.filter((level) => opens[level](viewer));
}

/**
 * canReadFull in SQL, for a query that filters or shapes rows by access: true for a row the
 * reader may read in full. `access` is the column (drizzle's query builder) or a table alias
 * of a hand-written statement (its `access` column is meant). Decided from the viewer here,
 * so the statement holds only constants: `p.access in ('public')` for an anonymous reader,
 * which the planner sees through as it did the hand-written `p.access = 'public'`.
 */
export function canReadFullSql(viewer: ContentViewer, access: AnyPgColumn | string): SQL {
  const column = typeof access === 'string' ? sql.raw(`${access}.access`) : sql`${access}`;
  const levels = readableAccessLevels(viewer);
  if (levels.length === 0) return sql`false`;
  // The levels are this module's constants, never input: safe to write into the statement.
  return sql`${column} in (${sql.raw(levels.map((level) => `'${level}'`).join(', '))})`;
}

/** Public pages are cached across readers, so they always render as nobody in particular. */
export const anonymousViewer: ContentViewer = null;
