import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listPathsForContent, listTagsForContent, revalidateContent } from './revalidate';

// Next's revalidatePath and revalidateTag need a running request; here we only record what they were asked.
const revalidated = vi.hoisted(() => [] as string[]);
const revalidatedTags = vi.hoisted(() => [] as Array<{ tag: string; profile: unknown }>);
vi.mock('next/cache', () => ({
  revalidatePath: (path: string) => void revalidated.push(path),
  revalidateTag: (tag: string, profile: unknown) => void revalidatedTags.push({ tag, profile }),
}));

const sorted = (paths: string[]) => [...paths].sort();

describe('listPathsForContent', () => {
  it('a condition article: its page, the conditions list, home, sitemap, its specialty', () => {
    expect(sorted(listPathsForContent({ kind: 'condition', slug: 'calcinosis', specialtySlug: 'rheumatology' }))).toEqual(
      sorted(['/conditions/calcinosis', '/conditions', '/', '/sitemap.xml', '/specialties/rheumatology']),
    );
  });

  it('a news item: also the feed', () => {
    expect(sorted(listPathsForContent({ kind: 'news', slug: 'new-trial', specialtySlug: 'oncology' }))).toEqual(
      sorted(['/news/new-trial', '/news', '/', '/sitemap.xml', '/feed.xml', '/specialties/oncology']),
    );
  });

  it('an article without a specialty: no specialty page', () => {
    expect(sorted(listPathsForContent({ kind: 'article', slug: 'how-to', specialtySlug: null }))).toEqual(
      sorted(['/articles/how-to', '/articles', '/', '/sitemap.xml', '/feed.xml']),
    );
  });

  it('an event: its page and calendar file, both event lists; not the feed', () => {
    expect(sorted(listPathsForContent({ kind: 'event', slug: 'derm-summit', specialtySlug: 'dermatology' }))).toEqual(
      sorted([
        '/events/derm-summit',
        '/events/derm-summit/calendar.ics',
        '/events',
        '/events/past',
        '/',
        '/sitemap.xml',
        '/specialties/dermatology',
      ]),
    );
  });

  it('a video: its page, the videos list and its series page', () => {
    expect(sorted(listPathsForContent({ kind: 'video', slug: 'part-2', seriesSlug: 'basics', specialtySlug: 'cardiology' }))).toEqual(
      sorted(['/videos/part-2', '/videos', '/videos/series/basics', '/', '/sitemap.xml', '/specialties/cardiology']),
    );
  });

  it('an edit that moves an item also refreshes the pages it left', () => {
    const paths = listPathsForContent({
      kind: 'video',
      slug: 'new-name',
      seriesSlug: 'series-b',
      specialtySlug: 'neurology',
      previous: { slug: 'old-name', seriesSlug: 'series-a', specialtySlug: 'cardiology' },
    });
    expect(paths).toEqual(
      expect.arrayContaining(['/videos/new-name', '/videos/old-name', '/videos/series/series-a', '/videos/series/series-b', '/specialties/neurology', '/specialties/cardiology']),
    );
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('listTagsForContent', () => {
  it('a post in a specialty: itself, its kind, and the related boxes of that specialty', () => {
    expect(sorted(listTagsForContent({ kind: 'article', slug: 'how-to', specialtySlug: 'oncology' }))).toEqual(
      sorted(['item:article:how-to', 'list:article', 'specialty:oncology:posts']),
    );
  });

  it('an event names the events of its specialty; no specialty, no specialty tag', () => {
    expect(sorted(listTagsForContent({ kind: 'event', slug: 'summit', specialtySlug: 'dermatology' }))).toEqual(
      sorted(['item:event:summit', 'list:event', 'specialty:dermatology:events']),
    );
    expect(sorted(listTagsForContent({ kind: 'news', slug: 'n', specialtySlug: null }))).toEqual(sorted(['item:news:n', 'list:news']));
  });

  it('a video names its series (every part shows its neighbours) and its specialty videos', () => {
    expect(sorted(listTagsForContent({ kind: 'video', slug: 'part-2', seriesSlug: 'basics', specialtySlug: 'cardiology' }))).toEqual(
      sorted(['item:video:part-2', 'list:video', 'series:basics', 'specialty:cardiology:videos']),
    );
  });

  it('a move names what it left too: old slug, old specialty, old series', () => {
    const tags = listTagsForContent({
      kind: 'video',
      slug: 'new-name',
      seriesSlug: 'series-b',
      specialtySlug: 'neurology',
      previous: { slug: 'old-name', seriesSlug: 'series-a', specialtySlug: 'cardiology' },
    });
    expect(sorted(tags)).toEqual(
      sorted([
        'item:video:new-name',
        'item:video:old-name',
        'list:video',
        'series:series-a',
        'series:series-b',
        'specialty:neurology:videos',
        'specialty:cardiology:videos',
      ]),
    );
  });

  it('a post never names a series, even when one is passed', () => {
    expect(listTagsForContent({ kind: 'news', slug: 'x', seriesSlug: 'basics' })).not.toContain('series:basics');
  });
});

describe('revalidateContent', () => {
  beforeEach(() => {
    revalidated.length = 0;
    revalidatedTags.length = 0;
  });

  it('revalidates every listed path once and returns them', () => {
    const paths = revalidateContent({ kind: 'news', slug: 'new-trial' });
    expect(sorted(revalidated)).toEqual(sorted(paths));
    expect(sorted(paths)).toEqual(sorted(['/news/new-trial', '/news', '/', '/sitemap.xml', '/feed.xml']));
  });

  it('expires every tag at once (no stale copy served while the page renders again)', () => {
    revalidateContent({ kind: 'article', slug: 'how-to', specialtySlug: 'oncology' });
    expect(sorted(revalidatedTags.map((t) => t.tag))).toEqual(sorted(['item:article:how-to', 'list:article', 'specialty:oncology:posts']));
    for (const { profile } of revalidatedTags) expect(profile).toEqual({ expire: 0 });
  });
});
