import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { auditLog, events, revisions } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { useSession as signInAs } from '@/lib/db/test/next-request';
import { idFromRedirect, insertEditorialStaff, runAction as run } from '@/lib/admin/test-helpers';

vi.mock('next/headers', async () => (await import('@/lib/db/test/next-request')).switchableRequest);
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock('next/cache', () => ({ revalidatePath: (path: string) => void revalidated.push(path), revalidateTag: () => {} }));

const { db } = testDatabase('migrated', 'adm_content_events');
const actions = await import('./actions');

const staff = insertEditorialStaff(db);

const EVENT = {
  title: 'Cardiology Update Vienna',
  summary: 'A day of talks.',
  body: 'Talks **all day**.',
  startsAt: '2026-05-01T09:00',
  endsAt: '2026-05-01T17:00',
  timeZone: 'Europe/Vienna',
  venue: 'Hofburg, Vienna',
  virtualUrl: '',
  organiser: 'Austrian Society of Cardiology',
  registrationUrl: 'https://example.org/register',
};

async function createOne(fields: Partial<typeof EVENT> = {}): Promise<number> {
  await signInAs(staff.editor.token);
  const state = await run(actions.createEventAction, { ...EVENT, ...fields });
  expect(state.redirect, JSON.stringify(state)).toMatch(/^\/admin\/events\/\d+/);
  return idFromRedirect(state.redirect);
}

describe('event editor', () => {
  it('creates a draft with a slug from its title, its start in its own zone, a revision and an audit row', async () => {
    const id = await createOne();
    const [row] = await db.select().from(events).where(eq(events.id, id));
    expect(row).toMatchObject({ slug: 'cardiology-update-vienna', status: 'draft', version: 1, venue: 'Hofburg, Vienna', authorId: staff.editor.id });
    // 09:00 in Vienna in May (CEST, UTC+2) is 07:00 UTC.
    expect(row!.startsAt.toISOString()).toBe('2026-05-01T07:00:00.000Z');
    const kept = await db.select().from(revisions).where(and(eq(revisions.itemType, 'event'), eq(revisions.itemId, id)));
    expect(kept).toHaveLength(1);
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'event.create'), eq(auditLog.subjectId, String(id))));
    expect(entry?.actorId).toBe(staff.editor.id);
  });

  it('saves an edit as a new version; a second save of the same version is refused with the first one\'s fields', async () => {
    const id = await createOne({ title: 'Conflict Event' });
    const first = await run(actions.saveEventAction, { ...EVENT, title: 'Conflict Event', id, version: 1, summary: 'First editor’s summary' });
    expect(first.status).toBe('ok');
    expect(first.values?.version).toBe('2');
    const second = await run(actions.saveEventAction, { ...EVENT, title: 'Conflict Event', id, version: 1, summary: 'Second editor’s summary' });
    expect(second.status).toBe('error');
    expect(second.message).toMatch(/changed since you opened it/);
    expect(second.conflict).toMatchObject({ version: 2, savedBy: 'Editor Tester' });
    expect(second.conflict?.fields.summary).toBe('First editor’s summary');
    expect(second.values?.summary).toBe('Second editor’s summary');
    const [row] = await db.select().from(events).where(eq(events.id, id));
    expect(row).toMatchObject({ version: 2, summary: 'First editor’s summary' });
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'event.update'), eq(auditLog.subjectId, String(id))));
    expect(entry?.details).toMatchObject({ fields: ['summary'] });
  });

  it('of 20 concurrent saves of one version exactly one wins', async () => {
    const id = await createOne({ title: 'Race Event' });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => run(actions.saveEventAction, { ...EVENT, title: 'Race Event', id, version: 1, summary: `Save ${i}` })),
    );
    expect(results.filter((r) => r.status === 'ok')).toHaveLength(1);
    expect(results.filter((r) => r.conflict)).toHaveLength(19);
    const [row] = await db.select().from(events).where(eq(events.id, id));
    expect(row!.version).toBe(2);
    const kept = await db.select().from(revisions).where(and(eq(revisions.itemType, 'event'), eq(revisions.itemId, id)));
    expect(kept).toHaveLength(2);
  });

  it('restores an old revision as a new save', async () => {
    const id = await createOne({ title: 'Restore Event' });
    await run(actions.saveEventAction, { ...EVENT, title: 'Restore Event', id, version: 1, summary: 'Changed' });
    const state = await run(actions.restoreEventAction, { id, version: 2, revision: 1 });
    expect(state.redirect).toBe(`/admin/events/${id}?restored=1`);
    const [row] = await db.select().from(events).where(eq(events.id, id));
    expect(row).toMatchObject({ version: 3, summary: EVENT.summary });
    const [kept] = await db.select().from(revisions).where(and(eq(revisions.itemType, 'event'), eq(revisions.itemId, id), eq(revisions.version, 3)));
    expect(kept?.note).toBe('Restored version 1');
  });

  it('publishes, schedules, unpublishes and archives, revalidating the public pages', async () => {
    const id = await createOne({ title: 'Publish Event' });
    revalidated.length = 0;
    const published = await run(actions.transitionEventAction, { id, version: 1, transition: 'publish' });
    expect(published.status).toBe('ok');
    expect(revalidated).toEqual(expect.arrayContaining(['/events', '/events/publish-event']));
    let [row] = await db.select().from(events).where(eq(events.id, id));
    expect(row).toMatchObject({ status: 'published', version: 2 });
    expect((await run(actions.transitionEventAction, { id, version: 2, transition: 'schedule', publishAt: '2030-01-01T10:00' })).message).toMatch(/cannot be scheduled/);
    expect((await run(actions.transitionEventAction, { id, version: 2, transition: 'unpublish' })).status).toBe('ok');
    const scheduled = await run(actions.transitionEventAction, { id, version: 3, transition: 'schedule', publishAt: '2030-01-01T10:00' });
    expect(scheduled.status).toBe('ok');
    [row] = await db.select().from(events).where(eq(events.id, id));
    expect(row).toMatchObject({ status: 'scheduled' });
    expect(row!.publishedAt!.toISOString()).toBe('2030-01-01T10:00:00.000Z');
    expect((await run(actions.transitionEventAction, { id, version: 4, transition: 'archive' })).status).toBe('ok');
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'event.archive'), eq(auditLog.subjectId, String(id))));
    expect(entry?.details).toMatchObject({ from: 'scheduled', to: 'archived' });
  });

  it('explains each invalid field', async () => {
    await signInAs(staff.editor.token);
    const zone = await run(actions.createEventAction, { ...EVENT, timeZone: 'Mars/Olympus' });
    expect(zone.fieldErrors?.timeZone?.[0]).toMatch(/time zone such as/);
    const order = await run(actions.createEventAction, { ...EVENT, endsAt: '2026-05-01T08:00' });
    expect(order.fieldErrors?.endsAt).toEqual(['The end must not be before the start.']);
    const place = await run(actions.createEventAction, { ...EVENT, venue: '', virtualUrl: '' });
    expect(place.fieldErrors?.venue).toEqual(['Enter a venue, an online link, or both.']);
    const script = await run(actions.createEventAction, { ...EVENT, registrationUrl: 'javascript:alert(1)' });
    expect(script.fieldErrors?.registrationUrl?.[0]).toMatch(/https:\/\//);
    expect(script.values?.title).toBe(EVENT.title);
    await createOne({ title: 'Duplicate Event' });
    const duplicate = await run(actions.createEventAction, { ...EVENT, title: 'Duplicate Event' });
    expect(duplicate.fieldErrors?.slug).toEqual(['Another event already has this slug: choose another.']);
  });

  it('says everything wrong at once, each beside its field, keeping what was typed', async () => {
    await signInAs(staff.editor.token);
    const typed = { ...EVENT, title: '', organiser: '', startsAt: '2026-05-01T09:00', endsAt: '2026-05-01T08:00', venue: '', virtualUrl: '', coverImageId: '12', coverImageAlt: '' };
    const state = await run(actions.createEventAction, typed);
    expect(state.fieldErrors).toEqual({
      title: ['Enter a title.'],
      organiser: ['Enter the organiser.'],
      endsAt: ['The end must not be before the start.'],
      venue: ['Enter a venue, an online link, or both.'],
      coverImageAlt: ['Describe the cover image for readers who cannot see it.'],
    });
    expect(state.values).toMatchObject({ summary: EVENT.summary, startsAt: '2026-05-01T09:00', endsAt: '2026-05-01T08:00', timeZone: 'Europe/Vienna', coverImageId: '12' });
    // A wrong zone and a malformed time are both said, each once.
    const zone = await run(actions.createEventAction, { ...EVENT, timeZone: 'Mars/Olympus', startsAt: 'soon', summary: '' });
    expect(zone.fieldErrors).toEqual({
      timeZone: ['Enter a time zone such as Europe/Vienna, Asia/Kolkata or UTC.'],
      startsAt: ['Enter a date and time, such as 2026-05-01 09:00.'],
      summary: ['Enter a summary.'],
    });
  });

  it('refuses an author and a member every action', async () => {
    const id = await createOne({ title: 'Guarded Event' });
    for (const user of [staff.author, staff.member]) {
      await signInAs(user.token);
      for (const [action, fields] of [
        [actions.createEventAction, { ...EVENT, title: 'Sneaky' }],
        [actions.saveEventAction, { ...EVENT, id, version: 1, title: 'Sneaky' }],
        [actions.transitionEventAction, { id, version: 1, transition: 'publish' }],
        [actions.restoreEventAction, { id, version: 1, revision: 1 }],
      ] as const) {
        const state = await run(action, fields);
        expect(state.status).toBe('error');
        expect(state.message).toMatch(/do not have access/);
      }
    }
    const [row] = await db.select().from(events).where(eq(events.id, id));
    expect(row).toMatchObject({ title: 'Guarded Event', status: 'draft', version: 1 });
    expect(await db.select().from(events).where(eq(events.title, 'Sneaky'))).toHaveLength(0);
  });
});
