import { canReadFull, anonymousViewer } from '@/lib/content/access';
import { listFeedItems } from '@/lib/content/feeds';
import { postSections } from '@/lib/content/paths';
import { renderRssFeed } from '@/lib/content/rss';
import { absoluteUrl, siteDescription, siteName } from '@/lib/site';

// Cached like a page; publishing news or an article revalidates it (lib/content/revalidate.ts).
export const revalidate = 300;

export async function GET(): Promise<Response> {
  const items = await listFeedItems();
  const xml = renderRssFeed(
    {
      title: `${siteName}: news and articles`,
      link: absoluteUrl('/'),
      selfLink: absoluteUrl('/feed.xml'),
      description: siteDescription,
      language: 'en-gb',
    },
    items.map((item) => ({
      title: item.title,
      link: absoluteUrl(item.path),
      description: item.summary,
      publishedAt: item.publishedAt,
      categories: [postSections[item.kind].label, ...(canReadFull(item, anonymousViewer) ? [] : ['Members only'])],
    })),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
