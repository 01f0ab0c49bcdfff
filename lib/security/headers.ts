/**
 * Security headers for every response. Set in next.config.ts (not middleware.ts) so they
 * also reach cached pages and static files without running the Edge middleware on them.
 * The CSP has no script nonce on purpose: a nonce makes every page render per request,
 * and public pages must stay cacheable. It still forbids framing, plugins, foreign forms
 * and foreign scripts.
 *
 * No value holds a colon: Next compiles a header value that has one as a path pattern
 * (looking for :params) on every response, which cost 10-15% of a cached page's throughput.
 * So sources are written without a scheme: a host alone means that host over the page's
 * own scheme (https in production), and `*` means any http(s) address.
 */
/** The static policy of every page that is not rendered per request (see middleware.ts for the others). */
export const staticContentSecurityPolicy = {
  key: 'Content-Security-Policy',
  value: [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src *",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src *",
    'frame-src www.youtube-nocookie.com player.vimeo.com',
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; '),
} as const;

/** The headers every response gets, besides a Content-Security-Policy. */
export const commonSecurityHeaders: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

export const securityHeaders: ReadonlyArray<{ key: string; value: string }> = [staticContentSecurityPolicy, ...commonSecurityHeaders];

/**
 * The pages that render per request and get middleware.ts's nonce policy instead (as path
 * patterns: `:param` one segment, `:path*` anything below). Keep in step with its matcher.
 */
export const PER_REQUEST_PAGES = [
  '/login',
  '/register',
  '/forgot-password',
  '/reactivate',
  '/reset-password/:path*',
  '/verify-email/:path*',
  '/account/:path*',
  '/admin/:path*',
  '/cme/:slug/test',
  '/cme/:slug/results/:attempt',
  '/cme/:slug/evaluation',
  '/legal/accept',
] as const;

/**
 * A CME activity's address, which middleware.ts also runs on: with a session cookie it is a
 * per-request page under the nonce policy, which middleware.ts sets in place of this file's;
 * without one it is rewritten to the cached teaser (/cme/:slug/teaser), under the static policy.
 * The matcher is PER_REQUEST_PAGES and then these.
 */
export const CME_ACTIVITY_PAGES = ['/cme/:slug'] as const;

/**
 * Every path but PER_REQUEST_PAGES, for next.config.ts's static policy: a browser enforces
 * every Content-Security-Policy header it gets, so those pages must get only the strict one.
 */
export const STATIC_POLICY_SOURCE =
  '/((?!(?:login|register|forgot-password|reactivate|account|admin)(?:/.*)?$|(?:reset-password|verify-email)(?:/.*)?$|cme/[^/]+/(?:test|evaluation|results/[^/]+)/?$|legal/accept/?$).*)';
