import { describe, expect, it } from 'vitest';
import * as schema from '@/lib/db/schema';
import type { NewVideo } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import * as videos from './videos';

/*
 * Runs on a database of its own, migrated and seeded. Rows added here live in series and
 * specialties of their own, so exact orders are not disturbed by the seeded videos.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SECRET = 'MEMBERS-ONLY-TRANSCRIPT-9c1e';

const { db } = testDatabase('seeded', 'content_videos');

async function insertVideos(rows: Array<Partial<NewVideo> & { slug: string }>) {
  await db.insert(schema.videos).values(
    rows.map((row) => ({
      title: `Video ${row.slug}`,
      summary: 'A test video.',
      body: 'About the talk.',
      provider: 'youtube' as const,
      providerVideoId: 'abcdefghijk',
      durationSeconds: 600,
      speaker: 'Dr. Test',
      status: 'published' as const,
      publishedAt: new Date(Date.now() - DAY),
      ...row,
    })),
  );
}

async function addSeries(slug: string) {
  const [row] = await db.insert(schema.videoSeries).values({ slug, title: `Series ${slug}`, summary: 'Parts.' }).returning({ id: schema.videoSeries.id });
  return row!.id;
}

async function addSpecialty(slug: string) {
  const [row] = await db.insert(schema.specialties).values({ slug, name: `Specialty ${slug}` }).returning({ id: schema.specialties.id });
  return row!.id;
}

describe('series', () => {
  it('lists the published parts in part order and links each to its neighbours', async () => {
    const seriesId = await addSeries('test-series');
    // Inserted out of order, and part 4 is still a draft: readers see 1, 2, 3 and 5.
    await insertVideos([
      { slug: 'test-part-3', seriesId, partNumber: 3, publishedAt: new Date(Date.now() - 5 * DAY) },
      { slug: 'test-part-1', seriesId, partNumber: 1, publishedAt: new Date(Date.now() - 2 * DAY) },
      { slug: 'test-part-5', seriesId, partNumber: 5 },
      { slug: 'test-part-4', seriesId, partNumber: 4, status: 'draft', publishedAt: null },
      { slug: 'test-part-2', seriesId, partNumber: 2, publishedAt: new Date(Date.now() - 9 * DAY) },
    ]);
    const series = await videos.getVideoSeriesBySlug('test-series');
    expect(series?.title).toBe('Series test-series');
    expect(series?.parts.map((p) => p.slug)).toEqual(['test-part-1', 'test-part-2', 'test-part-3', 'test-part-5']);

    const parts = series!.parts;
    const second = videos.findSeriesPosition(parts, parts[1]!.id);
    expect(second).toMatchObject({ partNumber: 2, partCount: 5 });
    expect(second?.previous?.slug).toBe('test-part-1');
    expect(second?.next?.slug).toBe('test-part-3');
    // The draft's place is skipped: part 3 leads straight on to part 5.
    expect(videos.findSeriesPosition(parts, parts[2]!.id)?.next?.slug).toBe('test-part-5');
    const firstPart = videos.findSeriesPosition(parts, parts[0]!.id);
    expect(firstPart?.previous).toBeNull();
    const lastPart = videos.findSeriesPosition(parts, parts[3]!.id);
    expect(lastPart?.next).toBeNull();
    expect(videos.findSeriesPosition(parts, -1)).toBeNull();

    const video = await videos.getPublishedVideoBySlug('test-part-2');
    expect(video?.series).toEqual({ slug: 'test-series', title: 'Series test-series' });
    expect(video?.partNumber).toBe(2);
  });

  it('answers null for an unknown series and for one with nothing published', async () => {
    const seriesId = await addSeries('test-unpublished-series');
    await insertVideos([{ slug: 'test-lonely-draft', seriesId, partNumber: 1, status: 'draft', publishedAt: null }]);
    expect(await videos.getVideoSeriesBySlug('test-unpublished-series')).toBeNull();
    expect(await videos.getVideoSeriesBySlug('no-such-series')).toBeNull();
    expect(await videos.getVideoSeriesBySlug('../etc/passwd')).toBeNull();
  });

  it('keeps the seeded ALK series in part order', async () => {
    const home = await videos.listPublishedVideos({ limit: 5 });
    const inSeries = home.find((v) => v.series !== null);
    const series = await videos.getVideoSeriesBySlug(inSeries!.series!.slug);
    const numbers = series?.parts.map((p) => p.partNumber) ?? [];
    expect(numbers.length).toBeGreaterThan(1);
    expect(numbers).toEqual([...numbers].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });
});

describe('listVideosPage', () => {
  it('pages newest first, each video exactly once while new ones are published', async () => {
    const specialtyId = await addSpecialty('test-video-paging');
    const now = Date.now();
    await insertVideos(
      Array.from({ length: 23 }, (_, i) => ({
        slug: `test-paged-${i}`,
        specialtyId,
        // Pairs share a time, so the id has to break the tie.
        publishedAt: new Date(now - (Math.floor(i / 2) + 1) * HOUR),
      })),
    );
    const asOf = new Date();
    const page1 = await videos.listVideosPage({ page: 1, asOf, specialty: 'test-video-paging' });
    await insertVideos([{ slug: 'test-paged-new', specialtyId, publishedAt: new Date(asOf.getTime() + 1) }]);
    const page2 = await videos.listVideosPage({ page: 2, asOf, specialty: 'test-video-paging' });
    expect([page1.total, page1.totalPages, page1.items.length, page2.items.length]).toEqual([23, 2, 20, 3]);
    const expected = Array.from({ length: 23 }, (_, i) => i)
      .sort((a, b) => Math.floor(a / 2) - Math.floor(b / 2) || b - a)
      .map((i) => `test-paged-${i}`);
    expect([...page1.items, ...page2.items].map((v) => v.slug)).toEqual(expected);

    const fresh = await videos.listVideosPage({ page: 1, asOf: new Date(), specialty: 'test-video-paging' });
    expect(fresh.items[0]?.slug).toBe('test-paged-new');
  });
});

describe('what is published, and to whom', () => {
  it('never returns draft, archived or not-yet-published videos', async () => {
    const specialtyId = await addSpecialty('test-video-status');
    const now = Date.now();
    const hidden = [
      { slug: 'test-draft-video', status: 'draft' as const, publishedAt: null },
      { slug: 'test-archived-video', status: 'archived' as const, publishedAt: new Date(now - DAY) },
      { slug: 'test-scheduled-video', status: 'scheduled' as const, publishedAt: new Date(now + DAY) },
      { slug: 'test-future-video', status: 'published' as const, publishedAt: new Date(now + DAY) },
    ];
    await insertVideos([
      ...hidden.map((row) => ({ ...row, specialtyId })),
      { slug: 'test-scheduled-video-due', status: 'scheduled', publishedAt: new Date(now - HOUR), specialtyId },
    ]);
    for (const row of hidden) expect(await videos.getPublishedVideoBySlug(row.slug), row.slug).toBeNull();
    const listed = [
      ...(await videos.listVideosPage({ page: 1, asOf: new Date(), specialty: 'test-video-status' })).items,
      ...(await videos.listPublishedVideos({ limit: 1000 })),
    ].map((v) => v.slug);
    for (const row of hidden) expect(listed).not.toContain(row.slug);
    expect(listed).toContain('test-scheduled-video-due');
  });

  it('gives an anonymous reader no player, body or transcript of a members-only video', async () => {
    await insertVideos([
      {
        slug: 'test-members-video',
        access: 'members',
        body: `Body ${SECRET}`,
        transcript: `Transcript ${SECRET}`,
        providerVideoId: 'secretvid01',
      },
    ]);
    const anonymous = await videos.getPublishedVideoBySlug('test-members-video');
    expect(anonymous?.title).toBe('Video test-members-video');
    expect(anonymous?.player).toBeNull();
    expect(anonymous?.transcript).toBeNull();
    expect(anonymous?.body).toBeNull();
    expect(JSON.stringify(anonymous)).not.toContain(SECRET);
    expect(JSON.stringify(anonymous)).not.toContain('secretvid01');

    const member = await videos.getPublishedVideoBySlug('test-members-video', { id: 1, status: 'active' });
    expect(member?.player?.providerVideoId).toBe('secretvid01');
    expect(member?.transcript).toContain(SECRET);

    const listed = await videos.listPublishedVideos({ limit: 1000 });
    expect(listed.map((v) => v.slug)).toContain('test-members-video');
    expect(JSON.stringify(listed)).not.toContain(SECRET);
  });

  it('finds a seeded video with its hosted player, and null for unknown slugs', async () => {
    const video = await videos.getPublishedVideoBySlug('thromboprophylaxis-in-medical-settings-an-update');
    expect(video?.player?.provider).toBe('youtube');
    expect(video?.transcript).toBeTruthy();
    expect(await videos.getPublishedVideoBySlug('no-such-video')).toBeNull();
  });
});

describe('toVideoEmbed', () => {
  it('plays hosted videos from the privacy-enhanced addresses', () => {
    expect(videos.toVideoEmbed({ provider: 'youtube', providerVideoId: 'Alk2pT4nVb8', fileUrl: null })).toEqual({
      kind: 'frame',
      provider: 'youtube',
      src: 'https://www.youtube-nocookie.com/embed/Alk2pT4nVb8?rel=0',
      thumbnailUrl: 'https://i.ytimg.com/vi/Alk2pT4nVb8/hqdefault.jpg',
    });
    expect(videos.toVideoEmbed({ provider: 'vimeo', providerVideoId: '123456', fileUrl: null })).toMatchObject({
      src: 'https://player.vimeo.com/video/123456?dnt=1',
    });
  });

  it('plays a file from this site or an http(s) address, and refuses anything else', () => {
    expect(videos.toVideoEmbed({ provider: 'file', providerVideoId: null, fileUrl: '/media/talk.mp4' })).toEqual({ kind: 'file', src: '/media/talk.mp4' });
    expect(videos.toVideoEmbed({ provider: 'file', providerVideoId: null, fileUrl: 'https://cdn.example/talk.mp4' })).toEqual({
      kind: 'file',
      src: 'https://cdn.example/talk.mp4',
    });
    for (const fileUrl of ['javascript:alert(1)', '//evil.example/x.mp4', 'data:video/mp4;base64,AAAA', null]) {
      expect(videos.toVideoEmbed({ provider: 'file', providerVideoId: null, fileUrl }), String(fileUrl)).toBeNull();
    }
    expect(videos.toVideoEmbed({ provider: 'youtube', providerVideoId: 'x"><script>', fileUrl: null })).toBeNull();
    expect(videos.toVideoEmbed({ provider: 'youtube', providerVideoId: null, fileUrl: null })).toBeNull();
  });
});
