import { encode } from 'next-auth/jwt';

/**
 * `next/headers` for a server action or route handler that a test calls outside Next: no
 * session cookie, and the client address the front cache would have appended. Use it as
 * `vi.mock('next/headers', async () => (await import('@/lib/db/test/next-request')).signedOutRequest('192.0.2.1'))`.
 */
export function signedOutRequest(address: string) {
  const noCookies = { get: () => undefined, has: () => false, getAll: () => [] };
  return {
    headers: async () => new Headers({ 'x-forwarded-for': address }),
    cookies: async () => noCookies,
  };
}

/*
 * `next/headers` whose session cookie a test sets: the cookie is a real next-auth one around a
 * real session token, so the code under test reads it as a request from a browser would be.
 *
 *   vi.mock('next/headers', async () => (await import('@/lib/db/test/next-request')).switchableRequest);
 *   await useSession(token);   // then call the action; useSession(null) for no cookie
 */
const jar = new Map<string, string>();

export const switchableRequest = {
  headers: async () => new Headers({ 'x-forwarded-for': '192.0.2.200' }),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    has: (name: string) => jar.has(name),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  }),
};

/** The next request carries this session token's cookie (from createSession), or none. */
export async function useSession(token: string | null): Promise<void> {
  jar.clear();
  if (token === null) return;
  jar.set('next-auth.session-token', await sessionCookieFor(token));
}

/** The value of a session cookie for a session token, as next-auth seals it. */
export async function sessionCookieFor(token: string): Promise<string> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error('NEXTAUTH_SECRET is not set (lib/db/test/setup-env.ts sets it for tests).');
  return encode({ token: { sub: '0', sid: token }, secret });
}
