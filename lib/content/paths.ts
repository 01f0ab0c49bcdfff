import type { PostKind } from '@/lib/db/schema';

/** Where each kind of post lives: the addresses of DESIGN.md, in one place. */
export const postSections: Record<PostKind, { path: string; label: string; singular: string }> = {
  condition: { path: '/conditions', label: 'Conditions', singular: 'condition article' },
  news: { path: '/news', label: 'News', singular: 'news item' },
  article: { path: '/articles', label: 'Articles', singular: 'article' },
};

export function pathForPost(kind: PostKind, slug: string): string {
  return `${postSections[kind].path}/${slug}`;
}

export const pathForEvent = (slug: string) => `/events/${slug}`;
export const pathForVideo = (slug: string) => `/videos/${slug}`;
export const pathForVideoSeries = (slug: string) => `/videos/series/${slug}`;

/** An outside address we may put in an href: http(s) only, so a stored "javascript:" never becomes a link. */
export function toSafeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}
