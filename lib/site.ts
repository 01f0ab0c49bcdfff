import { env, siteUrl } from '@/lib/env';

/** The portal's name, from the one setting SITE_NAME: header, titles and metadata use it. */
export const siteName: string = env.SITE_NAME;

/**
 * The legal entities the footer and legal pages speak for. They name companies rather than
 * the site, so a renamed site (SITE_NAME) does not silently rename a contracting party.
 */
export const companyName = 'Hidoc Dr. Inc.';
export const llpName = 'Hidoc Dr. LLP';

export const siteDescription =
  'Condition articles, medical news, events, videos and CME for doctors, written and reviewed by clinicians.';

/** An absolute address on this site, for canonical links and metadata. */
export function absoluteUrl(path = '/'): string {
  return `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`;
}
