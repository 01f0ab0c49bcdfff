import type { NewPost } from '@/lib/db/schema';

/** A published news post for a test to insert: titled by its slug, published a minute ago; `row` wins. */
export function publishedNews(slug: string, row: Partial<NewPost> = {}): NewPost {
  return {
    kind: 'news',
    slug,
    title: slug,
    summary: 'A test post.',
    body: 'Body.',
    status: 'published',
    publishedAt: new Date(Date.now() - 60_000),
    ...row,
  };
}
