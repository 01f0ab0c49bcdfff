import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site';

export const revalidate = 300;

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      // The longest matching rule wins, so the public /account-deactivation page stays
      // crawlable under the /account prefix.
      allow: ['/', '/account-deactivation'],
      disallow: ['/admin', '/account', '/api/'],
    },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
