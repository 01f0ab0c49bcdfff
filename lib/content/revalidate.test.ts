import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listPathsForContent, revalidateContent } from './revalidate';

// Next's revalidatePath needs a running request; here we only record what it was asked.
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock('next/cache', () => ({ revalidatePath: (path: string) => void revalidated.push(path) }));

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

describe('revalidateContent', () => {
  beforeEach(() => {
    revalidated.length = 0;
  });

  it('revalidates every listed path once and returns them', () => {
    const paths = revalidateContent({ kind: 'news', slug: 'new-trial' });
    expect(sorted(revalidated)).toEqual(sorted(paths));
    expect(sorted(paths)).toEqual(sorted(['/news/new-trial', '/news', '/', '/sitemap.xml', '/feed.xml']));
  });
});
