import 'server-only';
import { unstable_cache } from 'next/cache';

/*
 * Cache tags: what a cached page shows, in words revalidateContent (./revalidate.ts) can name.
 * Next tags every cached page with its own path; a page also shows other items (a related
 * box, a series' neighbours), and those it says here with tagCachedPage(), so that a change
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

// The cached value is only a marker: unstable_cache is here for its tags, which Next adds to
// the page being rendered. No data goes into the shared cache (no Dates turned into strings
// by its JSON, no members-only body in an entry), and no query is added.
const markTagged = async () => true;

/**
 * Tags the page being rendered (an ISR page, or a cached route) with `tags`, besides its
 * path. Call it from the page, during the render; the page's cache entry then carries them
 * (x-next-cache-tags) and revalidateTag(tag) drops it. On a page rendered per request it
 * costs one lookup in memory and tags nothing that is kept.
 */
export async function tagCachedPage(tags: ReadonlyArray<string | null | undefined>): Promise<void> {
  const list = [...new Set(tags.filter((tag): tag is string => typeof tag === 'string' && tag.length > 0))].sort();
  if (list.length === 0) return;
  await unstable_cache(markTagged, ['page-tags', ...list], { tags: list })();
}
