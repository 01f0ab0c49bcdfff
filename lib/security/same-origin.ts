import { siteUrl } from '@/lib/env';

/**
 * Whether a state-changing request to a route handler comes from one of our own pages.
 * Server actions get this check from Next; route handlers do not, so a POST or DELETE with a
 * session cookie must prove it: the browser's Origin header names our configured site or the
 * host the request was sent to (another site's page cannot change either). No Origin at all
 * is refused too: every browser sends one with a POST or DELETE from a script.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (!origin || origin === 'null') return false;
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite !== null && fetchSite !== 'same-origin') return false;
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    return false;
  }
  if (originUrl.origin === new URL(siteUrl()).origin) return true;
  const host = headers.get('host');
  return host !== null && originUrl.host === host.toLowerCase();
}
