import { NextResponse, type NextRequest } from 'next/server';

/**
 * Edge-safe first gate: bounce visitors with no session cookie away from the signed-in
 * areas before any rendering. It only looks for the cookie's presence — it cannot tell a
 * valid or current session, so every page, action and route handler there authorizes
 * itself again in lib/auth (status and session version are re-read from the database).
 */
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

export function middleware(request: NextRequest) {
  const hasSessionCookie = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSessionCookie) return NextResponse.next();
  const login = new URL('/login', request.url);
  login.searchParams.set('callbackUrl', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  // Only the signed-in areas: public pages never pay for the middleware.
  matcher: ['/account/:path*', '/admin/:path*', '/cme/:slug/test'],
};
