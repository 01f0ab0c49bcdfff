import type { MetadataRoute } from 'next';
import { listCmeSitemapEntries } from '@/lib/cme/activities';
import { listSitemapEntries } from '@/lib/content/feeds';
import { absoluteUrl } from '@/lib/site';

// Cached like a page; every publish or edit revalidates it (lib/content/revalidate.ts).
export const revalidate = 300;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [entries, cme] = await Promise.all([listSitemapEntries(), listCmeSitemapEntries()]);
  return [
    ...entries.map((entry) => ({ url: absoluteUrl(entry.path), lastModified: entry.lastModified })),
    // The CME list and each activity's public teaser; the content behind them is never listed.
    { url: absoluteUrl('/cme') },
    ...cme.map((activity) => ({ url: absoluteUrl(`/cme/${activity.slug}`), lastModified: activity.lastModified })),
  ];
}
