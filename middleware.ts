import { NextResponse, type NextRequest } from 'next/server';

/**
 * Runs only on the pages that render per request (the matcher below) and on a CME activity's
 * address; public pages never pay for it and keep next.config.ts's static policy, which a nonce
 * would make per-request.
 *
 * 1. A strict Content-Security-Policy with a fresh nonce: scripts run only when they carry it
 *    (Next adds it to its own when it finds the policy on the request) or were loaded by one
 *    that does ('strict-dynamic'); no 'unsafe-inline'. next.config.ts leaves these paths out of
 *    its own policy, since a browser enforces every policy it is sent.
 * 2. A POST whose Origin is another site is refused (isForeignOrigin), and one too large to read.
 * 3. A first gate for the signed-in areas: no session cookie, off to sign in. It cannot tell
 *    a valid or current session, so every page, action and route handler there authorizes
 *    itself again in lib/auth (the session row, the user's status and role).
 * 4. A CME activity's address (/cme/<slug>) is its private view, rendered per request, which
 *    looks the session up itself and shows a forged, stale or signed-out cookie the teaser. A
 *    GET without a session cookie is rewritten to the cached teaser (/cme/<slug>/teaser), so
 *    anonymous readers are served from the cache, and a doctor's request, the one rendered
 *    every time, goes straight to its page (a rewrite costs Next about a quarter more CPU).
 *
 * Edge-safe: it imports only next/*, so the policy is written out here. Next runs it in the
 * Node.js runtime (config.runtime below), which spares every request it sees the Edge
 * sandbox's copies of Request and Headers: 5–8% less CPU for a signed-in page, measured here.
 */
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

/** The signed-in areas, bounced without a session cookie. */
const SIGNED_IN_AREA = /^\/(?:account|admin)(?:\/|$)|^\/cme\/[^/]+\/(?:test|evaluation|results\/[^/]+)\/?$|^\/legal\/accept\/?$/;

/**
 * Addresses under /cme that are pages, not activities: cached pages, never rewritten. The same list as
 * RESERVED_CME_SLUGS in lib/cme/activities.ts (which middleware, Edge-safe, cannot import; tested).
 */
const RESERVED_CME_SLUGS = ['archive', 'page', 'specialty', 'verify', 'certificates'];

const CME_ACTIVITY = /^\/cme\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;
/** What the matcher's '/cme/:slug' takes in: an activity, a reserved page or a made-up address. */
const CME_ONE_SEGMENT = /^\/cme\/[^/]+\/?$/;

/** The activity a path like /cme/<slug> names, or null for a reserved page or a made-up address. */
function cmeActivitySlug(pathname: string): string | null {
  const slug = CME_ACTIVITY.exec(pathname)?.[1];
  return slug === undefined || RESERVED_CME_SLUGS.includes(slug) ? null : slug;
}

/** Read by lib/auth/request-path.ts: where to send a reader back to after signing in. */
const REQUEST_PATH_HEADER = 'x-request-path';

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    'img-src *',
    "font-src 'self'",
    "connect-src 'self'",
    'media-src *',
    'frame-src www.youtube-nocookie.com player.vimeo.com',
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * A POST from another site's page (a server action, a form) is refused here with a 403, before
 * any rendering. Next makes the same check for server actions but answers it with a 500.
 * The host is the one Next compares with: X-Forwarded-Host (set by the front cache), else Host.
 */
function isForeignOrigin(request: NextRequest): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return false;
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return origin === 'null' || new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * Next refuses a server action body over its limit (1 MB, serverActions.bodySizeLimit) with a
 * 500; a body that says it is larger gets a 413 here instead. Raise both together.
 */
const MAX_POST_BYTES = 1024 * 1024;

/**
 * A cover image upload (app/admin/images/route.ts) may be larger: up to the 10 MB Next buffers
 * for a request this middleware sees. The route refuses anything over IMAGE_MAX_UPLOAD_BYTES itself.
 */
const UPLOAD_PATH = /^\/admin\/images\/?$/;
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export function middleware(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isForeignOrigin(request)) return new NextResponse('Cross-site request refused.', { status: 403 });
  if (Number(request.headers.get('content-length') ?? '0') > (UPLOAD_PATH.test(pathname) ? MAX_UPLOAD_BYTES : MAX_POST_BYTES)) {
    return new NextResponse('Request body too large.', { status: 413 });
  }
  if (SIGNED_IN_AREA.test(pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const login = new URL('/login', request.url);
    login.searchParams.set('callbackUrl', pathname + search);
    return NextResponse.redirect(login);
  }

  if (CME_ONE_SEGMENT.test(pathname)) {
    const slug = cmeActivitySlug(pathname);
    // A reserved page under /cme or a made-up address: a cached page like any other.
    if (slug === null) return NextResponse.next();
    // No session cookie: the teaser, a cached page with the static policy.
    if ((request.method === 'GET' || request.method === 'HEAD') && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
      const url = request.nextUrl.clone();
      url.pathname = `/cme/${slug}/teaser`;
      return NextResponse.rewrite(url);
    }
  }

  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  headers.set(REQUEST_PATH_HEADER, pathname + search);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  runtime: 'nodejs',
  // Keep in step with PER_REQUEST_PAGES and CME_ACTIVITY_PAGES in lib/security/headers.ts (tested).
  matcher: [
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
    '/cme/:slug',
  ],
};
