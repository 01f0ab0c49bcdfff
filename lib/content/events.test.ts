import { describe, expect, it } from 'vitest';
import * as schema from '@/lib/db/schema';
import type { NewEvent } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import * as events from './events';

/*
 * Runs on a database of its own, migrated and seeded, so the rows added here never disturb
 * other files. Each test files its events under a specialty of its own and lists by that
 * specialty, so the seeded events never get in the way of an exact order.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const { db } = testDatabase('seeded', 'content_events');

async function insertEvents(rows: Array<Partial<NewEvent> & { slug: string }>) {
  const now = Date.now();
  await db.insert(schema.events).values(
    rows.map((row) => ({
      title: `Event ${row.slug}`,
      summary: 'A test event.',
      body: 'Details.',
      startsAt: new Date(now + 10 * DAY),
      endsAt: new Date(now + 10 * DAY + 8 * HOUR),
      timeZone: 'Europe/Vienna',
      venue: 'Austria Center Vienna',
      organiser: 'Test organiser',
      status: 'published' as const,
      publishedAt: new Date(now - DAY),
      ...row,
    })),
  );
}

async function addSpecialty(slug: string) {
  const [row] = await db.insert(schema.specialties).values({ slug, name: `Specialty ${slug}` }).returning({ id: schema.specialties.id });
  return row!.id;
}

const firstPage = (specialty: string) => ({ page: 1, asOf: new Date(), specialty });

describe('upcoming and past', () => {
  it('counts an event in progress as upcoming and one that ended yesterday as past', async () => {
    const specialtyId = await addSpecialty('test-tense');
    const now = Date.now();
    await insertEvents([
      { slug: 'test-in-progress', specialtyId, startsAt: new Date(now - DAY), endsAt: new Date(now + DAY) },
      { slug: 'test-ended-yesterday', specialtyId, startsAt: new Date(now - 3 * DAY), endsAt: new Date(now - DAY) },
      { slug: 'test-next-week', specialtyId, startsAt: new Date(now + 7 * DAY), endsAt: new Date(now + 7 * DAY + HOUR) },
    ]);

    const upcoming = await events.listEventsPage('upcoming', firstPage('test-tense'));
    expect(upcoming.items.map((e) => e.slug)).toEqual(['test-in-progress', 'test-next-week']);
    const past = await events.listEventsPage('past', firstPage('test-tense'));
    expect(past.items.map((e) => e.slug)).toEqual(['test-ended-yesterday']);
    expect(past.total).toBe(1);

    const home = (await events.listUpcomingEvents({ limit: 100 })).map((e) => e.slug);
    expect(home).toContain('test-in-progress');
    expect(home).not.toContain('test-ended-yesterday');

    expect((await events.getPublishedEventBySlug('test-in-progress'))?.hasEnded).toBe(false);
    expect((await events.getPublishedEventBySlug('test-ended-yesterday'))?.hasEnded).toBe(true);
  });
});

describe('listEventsPage', () => {
  it('pages upcoming events soonest first and past events latest first, each exactly once', async () => {
    const specialtyId = await addSpecialty('test-paging');
    const now = Date.now();
    // Pairs share a start time, so the id has to break the tie for a stable order.
    await insertEvents(
      Array.from({ length: 25 }, (_, i) => ({
        slug: `test-upcoming-${i}`,
        specialtyId,
        startsAt: new Date(now + (Math.floor(i / 2) + 1) * DAY),
        endsAt: new Date(now + (Math.floor(i / 2) + 1) * DAY + HOUR),
      })),
    );
    await insertEvents(
      Array.from({ length: 23 }, (_, i) => ({
        slug: `test-past-${i}`,
        specialtyId,
        startsAt: new Date(now - (Math.floor(i / 2) + 2) * DAY),
        endsAt: new Date(now - (Math.floor(i / 2) + 2) * DAY + HOUR),
      })),
    );
    const asOf = new Date();

    const up1 = await events.listEventsPage('upcoming', { page: 1, asOf, specialty: 'test-paging' });
    // Published between the reader's page loads, and sooner than everything: it must not
    // push an event from page 1 onto page 2 a second time.
    await insertEvents([
      { slug: 'test-upcoming-late', specialtyId, publishedAt: new Date(asOf.getTime() + 1), startsAt: new Date(now + HOUR), endsAt: new Date(now + 2 * HOUR) },
    ]);
    const up2 = await events.listEventsPage('upcoming', { page: 2, asOf, specialty: 'test-paging' });
    expect([up1.total, up1.totalPages, up1.items.length, up2.items.length]).toEqual([25, 2, 20, 5]);
    const upcoming = [...up1.items, ...up2.items];
    expect(upcoming.map((e) => e.slug)).toEqual(Array.from({ length: 25 }, (_, i) => `test-upcoming-${i}`));
    const starts = upcoming.map((e) => e.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));

    const past1 = await events.listEventsPage('past', { page: 1, asOf, specialty: 'test-paging' });
    const past2 = await events.listEventsPage('past', { page: 2, asOf, specialty: 'test-paging' });
    const past = [...past1.items, ...past2.items];
    // Latest start first; two events with one start come higher id (inserted later) first.
    const expectedPast = Array.from({ length: 23 }, (_, i) => i)
      .sort((a, b) => Math.floor(a / 2) - Math.floor(b / 2) || b - a)
      .map((i) => `test-past-${i}`);
    expect(past.map((e) => e.slug)).toEqual(expectedPast);
    expect(new Set(past.map((e) => e.id)).size).toBe(23);

    const fresh = await events.listEventsPage('upcoming', firstPage('test-paging'));
    expect(fresh.items[0]?.slug).toBe('test-upcoming-late');
    expect(fresh.total).toBe(26);
  });

  it('lists only the chosen specialty, and nothing for an unknown one', async () => {
    const oncology = await events.listEventsPage('upcoming', firstPage('oncology'));
    expect(oncology.items.length).toBeGreaterThan(0);
    expect(oncology.items.map((e) => e.slug)).not.toContain('ismb-2026-intelligent-systems-for-molecular-biology');
    expect(oncology.items.every((e) => e.organiser !== 'Test organiser')).toBe(true);
    const all = await events.listEventsPage('upcoming', { page: 1, asOf: new Date(), specialty: null });
    expect(all.total).toBeGreaterThan(oncology.total);
    const none = await events.listEventsPage('upcoming', firstPage('no-such-specialty'));
    expect(none.items).toEqual([]);
    expect(none.totalPages).toBe(1);
  });
});

describe('what is published', () => {
  it('never returns draft, archived or not-yet-published events; a scheduled one appears when its time comes', async () => {
    const specialtyId = await addSpecialty('test-status');
    const now = Date.now();
    const hidden = [
      { slug: 'test-draft-event', status: 'draft' as const, publishedAt: null },
      { slug: 'test-archived-event', status: 'archived' as const, publishedAt: new Date(now - DAY) },
      { slug: 'test-scheduled-event', status: 'scheduled' as const, publishedAt: new Date(now + DAY) },
      { slug: 'test-future-event', status: 'published' as const, publishedAt: new Date(now + DAY) },
    ];
    await insertEvents([
      ...hidden.map((row) => ({ ...row, specialtyId })),
      { slug: 'test-scheduled-due', status: 'scheduled', publishedAt: new Date(now - HOUR), specialtyId },
    ]);
    for (const row of hidden) expect(await events.getPublishedEventBySlug(row.slug), row.slug).toBeNull();
    const listed = [
      ...(await events.listEventsPage('upcoming', firstPage('test-status'))).items,
      ...(await events.listEventsPage('past', firstPage('test-status'))).items,
      ...(await events.listUpcomingEvents({ limit: 1000 })),
    ].map((e) => e.slug);
    for (const row of hidden) expect(listed).not.toContain(row.slug);
    expect(listed).toContain('test-scheduled-due');
    expect((await events.getPublishedEventBySlug('test-scheduled-due'))?.title).toBe('Event test-scheduled-due');
  });

  it('finds a seeded event with its organiser, registration link and zone', async () => {
    const event = await events.getPublishedEventBySlug('international-lung-cancer-congress');
    expect(event?.organiser).toBeTruthy();
    expect(event?.registrationUrl).toMatch(/^https:\/\//);
    expect(event?.timeZone).toBe('America/Los_Angeles');
    expect(event?.hasEnded).toBe(false);
    expect(event?.specialty?.slug).toBe('oncology');
  });

  it('answers null for unknown and impossible slugs', async () => {
    expect(await events.getPublishedEventBySlug('no-such-event')).toBeNull();
    expect(await events.getPublishedEventBySlug("x' or '1'='1")).toBeNull();
    expect(await events.getPublishedEventBySlug('x'.repeat(500))).toBeNull();
  });
});

describe('listRelatedEvents', () => {
  it('suggests other upcoming events of the same specialty, never the event itself', async () => {
    const event = await events.getPublishedEventBySlug('international-lung-cancer-congress');
    const related = await events.listRelatedEvents(event!);
    expect(related.length).toBeGreaterThan(0);
    expect(related.map((e) => e.slug)).not.toContain('international-lung-cancer-congress');
    expect(related.map((e) => e.slug)).not.toContain('ismb-2026-intelligent-systems-for-molecular-biology');
  });
});
