import 'server-only';
import { LRUCache } from 'lru-cache';
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
 * Cookies already opened, by secret and cookie: the session token and when the cookie expires.
 * Opening one (next-auth's decode: a key derived with HKDF, then AES-GCM) was about 6% of the
 * server's time on every signed-in page, for the same cookie on each of a reader's requests.
 * Only cookies that opened are kept, with their own expiry; whether the session still exists
 * is asked of the database on every request all the same.
 */
const openedCookies = new LRUCache<string, { sessionToken: string; expiresAtMs: number }>({ max: 10_000 });

/**
 * The session token inside a session cookie's JWT, decrypted and checked with next-auth's own
 * decoder and our secret; null for a missing, forged, expired or foreign cookie. Whether the
 * session still exists is for the database to say (findViewerBySessionToken).
 */
export async function sessionTokenFromCookie(value: string | undefined, secret: string | undefined = env.NEXTAUTH_SECRET): Promise<string | null> {
  if (!value || !secret || value.length > MAX_COOKIE_LENGTH) return null;
  const key = `${secret}\n${value}`;
  const opened = openedCookies.get(key);
  if (opened) {
    if (opened.expiresAtMs > Date.now()) return opened.sessionToken;
    openedCookies.delete(key);
    return null;
  }
  try {
    const payload = await decode({ token: value, secret });
    if (typeof payload?.sid !== 'string') return null;
    // decode refuses a cookie past `exp`; one without it (not next-auth's) is not kept.
    if (typeof payload.exp === 'number') openedCookies.set(key, { sessionToken: payload.sid, expiresAtMs: payload.exp * 1000 });
    return payload.sid;
  } catch {
    return null;
  }
}
