import { POST_KINDS } from '@/lib/db/schema';

/** What can be bookmarked: a post of any kind, an event, a video. Types only reach the browser. */
export const BOOKMARK_KINDS = [...POST_KINDS, 'event', 'video'] as const;
export type BookmarkKind = (typeof BOOKMARK_KINDS)[number];
