import type { Access } from '@/lib/db/schema';
import type { UserStatus } from '@/lib/db/schema';

/** What gating needs to know about the reader: nobody (null) or a signed-in account. */
export type ContentViewer = { id: number; status: UserStatus } | null;

/** The one field gating looks at on any kind of content. */
export type GatedItem = { access: Access | string };

/**
 * Whether a reader may see an item's full content (body, transcript, player). Default
 * deny: only a known access level with a matching reader opens it. Pages, feeds, search
 * and the sitemap all ask this one function, so there is one place to get it right.
 */
export function canReadFull(item: GatedItem, viewer: ContentViewer): boolean {
  if (item.access === 'public') return true;
  if (item.access === 'members') return viewer !== null && viewer.status === 'active';
  return false;
}

/** Public pages are cached across readers, so they always render as nobody in particular. */
export const anonymousViewer: ContentViewer = null;
