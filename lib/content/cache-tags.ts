/*
 * Cache tags: what a cached page shows, in words revalidateContent (./revalidate.ts) can name.
 * Next tags every cached page with its own path; a page also shows other items (a related
 * box, a series' neighbours), and those it says with tagCachedPage() (./tag-page.ts), so that a change
 * to any of them drops the page at once instead of up to its 300 s later.
 *
 * One tag per thing a page reads:
 * - `item:<kind>:<slug>`             the item itself (its own page, wherever it is named);
 * - `list:<kind>`                    every live item of a kind (the lists and the home page);
 * - `specialty:<slug>:<group>`       the live posts, events or videos of one specialty (the
 *                                    related boxes and the specialty page);
 * - `series:<slug>`                  a video series and its parts (each part's neighbours).
 */

export type TaggedKind = 'condition' | 'news' | 'article' | 'event' | 'video';
export type SpecialtyGroup = 'posts' | 'events' | 'videos';

export const contentTag = {
  item: (kind: TaggedKind, slug: string) => `item:${kind}:${slug}`,
  list: (kind: TaggedKind) => `list:${kind}`,
  specialty: (specialtySlug: string, group: SpecialtyGroup) => `specialty:${specialtySlug}:${group}`,
  series: (seriesSlug: string) => `series:${seriesSlug}`,
};

/** Which specialty group an item of a kind belongs to. */
export function specialtyGroupOf(kind: TaggedKind): SpecialtyGroup {
  if (kind === 'event') return 'events';
  if (kind === 'video') return 'videos';
  return 'posts';
}
