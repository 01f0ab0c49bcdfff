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
export const securityHeaders: ReadonlyArray<{ key: string; value: string }> = [
  {
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
  },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];
