import 'server-only';
import { decode } from 'next-auth/jwt';
import { env, siteUrl } from '@/lib/env';

/** Cookies are `Secure`, with the `__Secure-` prefix, when the site is served over https. */
export function isSecureSite(): boolean {
  return siteUrl().startsWith('https://');
}

/**
 * The session cookie's name, as next-auth names it for our useSecureCookies. The front cache
 * (lib/cli/front-cache.ts) and middleware.ts know both names: keep them in step.
 */
export function sessionCookieName(): string {
  return isSecureSite() ? '__Secure-next-auth.session-token' : 'next-auth.session-token';
}

/** next-auth's cookie is a few hundred bytes; anything much longer is not ours. */
const MAX_COOKIE_LENGTH = 4096;

/**
 * The session token inside a session cookie's JWT, decrypted and checked with next-auth's own
 * decoder and our secret; null for a missing, forged, expired or foreign cookie. Whether the
 * session still exists is for the database to say (findViewerBySessionToken).
 */
export async function sessionTokenFromCookie(value: string | undefined, secret: string | undefined = env.NEXTAUTH_SECRET): Promise<string | null> {
  if (!value || !secret || value.length > MAX_COOKIE_LENGTH) return null;
  try {
    const payload = await decode({ token: value, secret });
    return typeof payload?.sid === 'string' ? payload.sid : null;
  } catch {
    return null;
  }
}
