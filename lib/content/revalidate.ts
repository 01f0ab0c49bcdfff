import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { contentTag, specialtyGroupOf } from './cache-tags';
import { FEED_KINDS } from './feeds';
import { pathForEvent, pathForPost, pathForVideo, pathForVideoSeries, postSections } from './paths';

/**
 * What changed, in the words of the pages that show it. `specialtySlug` and `seriesSlug` are
 * the item's current ones; `previous` (the same fields before an edit) adds the pages it
 * leaves behind: an old address that must now answer 404, an old specialty or series page.
 */
export type ChangedContent = {
  kind: 'condition' | 'news' | 'article' | 'event' | 'video';
  slug: string;
  specialtySlug?: string | null;
  /** Videos only: the series the video is a part of. */
  seriesSlug?: string | null;
  previous?: { slug?: string; specialtySlug?: string | null; seriesSlug?: string | null };
};

/** Kinds the feed lists. */
const FEED_KIND_SET: ReadonlySet<ChangedContent['kind']> = new Set(FEED_KINDS);

/**
 * The cached pages an item appears on: its own page, the first page of its section (deeper
 * pages are rendered per request), the home page, the sitemap, the feed for news and
 * articles, its specialty page and, for a video, its series page. Pages that show the item
 * elsewhere (related boxes, series neighbours) are found by tag: listTagsForContent.
 */
export function listPathsForContent(item: ChangedContent): string[] {
  const paths = new Set<string>(['/', '/sitemap.xml']);
  const slugs = [item.slug, item.previous?.slug].filter(isPresent);
  const specialties = [item.specialtySlug, item.previous?.specialtySlug].filter(isPresent);

  switch (item.kind) {
    case 'condition':
    case 'news':
    case 'article':
      for (const slug of slugs) paths.add(pathForPost(item.kind, slug));
      paths.add(postSections[item.kind].path);
      break;
    case 'event':
      for (const slug of slugs) {
        paths.add(pathForEvent(slug));
        paths.add(`${pathForEvent(slug)}/calendar.ics`);
      }
      // An event moves from Upcoming to Past by itself; an edit may touch either list.
      paths.add('/events');
      paths.add('/events/past');
      break;
    case 'video':
      for (const slug of slugs) paths.add(pathForVideo(slug));
      paths.add('/videos');
      for (const series of [item.seriesSlug, item.previous?.seriesSlug].filter(isPresent)) {
        paths.add(pathForVideoSeries(series));
      }
      break;
  }
  if (FEED_KIND_SET.has(item.kind)) paths.add('/feed.xml');
  for (const specialty of specialties) paths.add(`/specialties/${specialty}`);
  return [...paths];
}

/**
 * The cache tags (./cache-tags.ts) of every page the item appears on, before and after the
 * change: its own tag (each slug), its kind's lists, its specialty's group (the related boxes
 * on the other detail pages of that specialty, and the specialty page) and, for a video, its
 * series (every part's previous and next links and "Part n of m").
 */
export function listTagsForContent(item: ChangedContent): string[] {
  const tags = new Set<string>([contentTag.list(item.kind)]);
  for (const slug of [item.slug, item.previous?.slug].filter(isPresent)) tags.add(contentTag.item(item.kind, slug));
  for (const specialty of [item.specialtySlug, item.previous?.specialtySlug].filter(isPresent)) {
    tags.add(contentTag.specialty(specialty, specialtyGroupOf(item.kind)));
  }
  if (item.kind === 'video') {
    for (const series of [item.seriesSlug, item.previous?.seriesSlug].filter(isPresent)) tags.add(contentTag.series(series));
  }
  return [...tags];
}

/** Expire at once: the next reader gets a fresh page, not the old one while it renders. */
const EXPIRE_NOW = { expire: 0 };

/**
 * Call after publishing, editing, unpublishing, archiving or deleting an item (from a server
 * action or route handler). Every cached page it appears on is dropped at once and rendered
 * afresh on its next request: by path (Next tags every cached page with its path) and by the
 * explicit tags the pages carry (listTagsForContent). Returns the paths, for the caller's log.
 */
export function revalidateContent(item: ChangedContent): string[] {
  const paths = listPathsForContent(item);
  const tags = listTagsForContent(item);
  for (const path of paths) revalidatePath(path);
  for (const tag of tags) revalidateTag(tag, EXPIRE_NOW);
  return paths;
}

function isPresent(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.length > 0;
}
