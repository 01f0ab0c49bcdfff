import type { MetadataRoute } from 'next';
import { listSitemapEntries } from '@/lib/content/feeds';
import { absoluteUrl } from '@/lib/site';

// Cached like a page; every publish or edit revalidates it (lib/content/revalidate.ts).
export const revalidate = 300;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries = await listSitemapEntries();
  return entries.map((entry) => ({ url: absoluteUrl(entry.path), lastModified: entry.lastModified }));
}
