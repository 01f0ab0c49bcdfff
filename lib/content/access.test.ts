import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, db } from '@/lib/db/client';
import { ACCESS_LEVELS, posts, USER_STATUSES } from '@/lib/db/schema';
import { canReadFull, canReadFullSql, type ContentViewer } from './access';

const active = { id: 7, status: 'active' as const };

describe('canReadFull', () => {
  it('opens public items to anonymous readers', () => {
    expect(canReadFull({ access: 'public' }, null)).toBe(true);
  });

  it('opens public items to signed-in readers', () => {
    expect(canReadFull({ access: 'public' }, active)).toBe(true);
  });

  it('keeps members-only items from anonymous readers', () => {
    expect(canReadFull({ access: 'members' }, null)).toBe(false);
  });

  it('opens members-only items to an active signed-in reader', () => {
    expect(canReadFull({ access: 'members' }, active)).toBe(true);
  });

  it('keeps members-only items from a deactivated or deleted account', () => {
    expect(canReadFull({ access: 'members' }, { id: 7, status: 'deactivated' })).toBe(false);
    expect(canReadFull({ access: 'members' }, { id: 7, status: 'deleted' })).toBe(false);
  });

  it('denies an access level it does not know, even to a signed-in reader', () => {
    expect(canReadFull({ access: 'staff' }, active)).toBe(false);
    expect(canReadFull({ access: '' }, null)).toBe(false);
  });
});

/*
 * The SQL twin, evaluated by PostgreSQL on the run's shared database (read only): for every
 * access level, and one it does not know, and every kind of reader, it must say what
 * canReadFull says. A reader kind added to ContentViewer belongs in `viewers`.
 */
describe('canReadFullSql', () => {
  const viewers: Array<[string, ContentViewer]> = [
    ['anonymous', null],
    ...USER_STATUSES.map((status): [string, ContentViewer] => [`a ${status} account`, { id: 7, status }]),
  ];
  const levels = [...ACCESS_LEVELS, 'staff'];

  afterAll(closeDb);

  it.each(viewers)('agrees with canReadFull in a hand-written statement, for %s', async (_, viewer) => {
    const values = sql.join(levels.map((level) => sql`(${level}::text)`), sql`, `);
    const rows = await db.execute<{ access: string; is_readable: boolean }>(
      sql`select t.access, ${canReadFullSql(viewer, 't')} as is_readable from (values ${values}) as t(access)`,
    );
    expect(Object.fromEntries(rows.map((row) => [row.access, row.is_readable]))).toEqual(
      Object.fromEntries(levels.map((level) => [level, canReadFull({ access: level }, viewer)])),
    );
  });

  it.each(viewers)('agrees with canReadFull on a column in the query builder, for %s', async (_, viewer) => {
    const rows = await db
      .selectDistinct({ access: posts.access, isReadable: sql<boolean>`${canReadFullSql(viewer, posts.access)}` })
      .from(posts);
    // The seed holds public and members-only posts: every level is tried.
    expect(rows.map((row) => row.access).sort()).toEqual([...ACCESS_LEVELS].sort());
    for (const row of rows) expect(row.isReadable).toBe(canReadFull(row, viewer));
  });
});
