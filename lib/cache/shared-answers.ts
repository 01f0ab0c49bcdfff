/*
 * Pages rendered per request whose answer is nonetheless the same for every anonymous reader:
 * the front cache (lib/cli/front-cache.ts) may keep such an answer for a few seconds and give it
 * to the next anonymous readers who ask for the same address, as an nginx microcache does with
 * `proxy_cache_valid 200 5s` in a location. The search page is one: it searches as the anonymous
 * reader whoever asks (lib/content/search.ts), its layout reads no session, and it runs no
 * middleware (no per-request nonce). A burst of readers running one search (a news alert, a
 * link in a newsletter) then costs Next one render every few seconds instead of one each.
 *
 * next.config.ts marks these answers with SHARED_FOR_HEADER, and only for a request without a
 * session cookie; the front cache on its side keeps and serves copies only for such requests
 * (and never an answer that sets a cookie), so a signed-in reader's page is never kept and a
 * signed-in reader never gets a copy. The header never leaves the front cache.
 */

/** Names the seconds an answer may be shared among anonymous readers. */
export const SHARED_FOR_HEADER = 'x-shared-for-seconds';

/** How long one search's answer is shared: a new publication shows up in search at most this much later. */
export const SEARCH_SHARED_SECONDS = 5;

/** The cookies next-auth keeps a session in (over http and https). */
export const SESSION_COOKIE_NAMES = ['next-auth.session-token', '__Secure-next-auth.session-token'] as const;

/** next.config.ts's headers() entries that mark the shareable answers. */
export const sharedAnswerHeaders = [
  {
    source: '/search',
    missing: SESSION_COOKIE_NAMES.map((key) => ({ type: 'cookie' as const, key })),
    headers: [{ key: SHARED_FOR_HEADER, value: String(SEARCH_SHARED_SECONDS) }],
  },
];
