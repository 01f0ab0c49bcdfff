import { isbot } from 'isbot';

/*
 * Who is not a reader. A view counts only when a person opens a page: crawlers, link
 * previewers, monitors and headless browsers announce themselves in the User-Agent, and
 * browsers mark speculative loads (prefetch, prerender) with a header. Both checks are
 * cheap string tests, run before the database is touched.
 *
 * Which User-Agents are automated is isbot's list, kept up to date by its maintainers
 * against real traffic; a pattern of our own fell behind (it let through Search Console's
 * inspection tool, Mastodon's link previews, Postman and AI assistants fetching for a user).
 */

/** True for an empty or missing User-Agent too: every browser sends one. */
export function isAutomatedAgent(userAgent: string | null | undefined): boolean {
  if (!userAgent || userAgent.trim() === '') return true;
  return isbot(userAgent);
}

/**
 * A prefetch or prerender, not a person looking: Chromium's `Sec-Purpose: prefetch`
 * (also `prefetch;prerender`), the older `Purpose`/`X-Purpose`/`X-Moz`, and Next.js's
 * router prefetch.
 */
export function isSpeculativeRequest(headers: Headers): boolean {
  const purpose = [headers.get('sec-purpose'), headers.get('purpose'), headers.get('x-purpose'), headers.get('x-moz')]
    .filter((value): value is string => value !== null)
    .join(' ')
    .toLowerCase();
  if (/prefetch|prerender|preview/.test(purpose)) return true;
  return headers.has('next-router-prefetch');
}
