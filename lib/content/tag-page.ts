import 'server-only';
import { unstable_cache } from 'next/cache';

/* The page side of the cache tags named in ./cache-tags.ts. */

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
