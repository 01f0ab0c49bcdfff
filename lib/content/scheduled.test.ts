import { describe, expect, it } from 'vitest';
import * as schema from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { isInternalPath } from '@/lib/security/internal-request';
import { listDueScheduledItems } from './scheduled';

/* The scheduler's query on a migrated database of its own (its route: app/api/internal/publish-due). */

const { db } = testDatabase('migrated', 'adm_cache_scheduled');
const SECOND = 1_000;

async function addSpecialty(slug: string) {
  const [row] = await db.insert(schema.specialties).values({ slug, name: `Specialty ${slug}` }).returning({ id: schema.specialties.id });
  return row!.id;
}

function post(slug: string, status: 'scheduled' | 'published' | 'draft', publishedAt: Date, specialtyId: number | null = null) {
  return { kind: 'news' as const, slug, title: slug, summary: 'S.', body: 'B.', status, publishedAt, specialtyId };
}

describe('listDueScheduledItems', () => {
  it('names the scheduled items whose time came after `since`, with their specialty and series, and the next time', async () => {
    const specialtyId = await addSpecialty('sched-oncology');
    const [series] = await db.insert(schema.videoSeries).values({ slug: 'sched-series', title: 'S', summary: 'S.' }).returning();
    const since = new Date(Date.now() - 60 * SECOND);
    await db.insert(schema.posts).values([
      post('sched-due', 'scheduled', new Date(Date.now() - 10 * SECOND), specialtyId),
      post('sched-before-since', 'scheduled', new Date(Date.now() - 120 * SECOND)),
      post('sched-published', 'published', new Date(Date.now() - 10 * SECOND)),
      post('sched-future', 'scheduled', new Date(Date.now() + 90 * SECOND)),
    ]);
    await db.insert(schema.videos).values({
      slug: 'sched-video',
      title: 'V',
      summary: 'V.',
      provider: 'youtube',
      providerVideoId: 'abcdefghijk',
      seriesId: series!.id,
      partNumber: 2,
      specialtyId,
      status: 'scheduled',
      publishedAt: new Date(Date.now() - 5 * SECOND),
    });

    const { due, now, nextInMs } = await listDueScheduledItems(since);
    expect(due).toEqual(
      expect.arrayContaining([
        { kind: 'news', slug: 'sched-due', specialtySlug: 'sched-oncology' },
        { kind: 'video', slug: 'sched-video', specialtySlug: 'sched-oncology', seriesSlug: 'sched-series' },
      ]),
    );
    expect(due).toHaveLength(2);
    expect(Math.abs(now.getTime() - Date.now())).toBeLessThan(5 * SECOND);
    expect(nextInMs).toBeGreaterThan(80 * SECOND);
    expect(nextInMs).toBeLessThanOrEqual(90 * SECOND);

    // Asked again from that moment on: nothing new has come due.
    expect((await listDueScheduledItems(now)).due).toEqual([]);
  });
});

describe('isInternalPath', () => {
  it('catches the internal routes however the path is spelled', () => {
    for (const target of ['/api/internal/publish-due', '/API/Internal/publish-due', '//api//internal/x', '/api/%69nternal/publish-due', '/api/internal?x=1']) {
      expect(isInternalPath(target), target).toBe(true);
    }
    for (const target of ['/api/health', '/api/internalx', '/news/api/internal']) {
      expect(isInternalPath(target), target).toBe(false);
    }
  });
});
