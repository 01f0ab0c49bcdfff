import type { Account, User } from 'next-auth';
import type { JWT } from 'next-auth/jwt';
import type { CredentialsConfig } from 'next-auth/providers/credentials';
import { afterEach, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { authOptions } from './options';
import { hashPassword } from './password';
import { sessionCookieName } from './session-cookie';
import { findViewerBySessionToken } from './sessions';

/* The next-auth configuration, its callbacks and the credentials provider, on a database of its own. */

const { db } = testDatabase('migrated', 'auth_options');

const PASSWORD = 'Options-Test-Password-7';
const options = authOptions();
const provider = options.providers[0] as CredentialsConfig & { options: CredentialsConfig };
const authorize = (credentials: Record<string, string>, ip = '192.0.2.10') =>
  provider.options.authorize(credentials, { headers: { 'user-agent': 'Firefox/130.0 (Windows NT 10.0)', 'x-forwarded-for': ip }, body: credentials, query: {}, method: 'POST' });

describe('authOptions', () => {
  it('signs in through the credentials provider with email and password, returning the new session', async () => {
    const [user] = await db
      .insert(users)
      .values({ email: 'provider@example.org', name: 'Dr Provider', passwordHash: await hashPassword(PASSWORD) })
      .returning({ id: users.id });
    const signedIn = await authorize({ email: 'provider@example.org', password: PASSWORD });
    expect(signedIn).toMatchObject({ id: String(user!.id) });
    const viewer = await findViewerBySessionToken(signedIn!.sessionToken!);
    expect(viewer?.id).toBe(user!.id);
    expect(Object.keys(provider.options.credentials ?? {})).toEqual(['email', 'password', 'code']);
  });

  it('answers a wrong password with next-auth\'s generic failure and other refusals with our codes', async () => {
    expect(await authorize({ email: 'provider@example.org', password: 'wrong-password-here' }, '192.0.2.11')).toBeNull();
    for (let i = 0; i < 5; i++) await authorize({ email: 'limited-provider@example.org', password: `guess-${i}` }, '192.0.2.12');
    await expect(authorize({ email: 'limited-provider@example.org', password: 'guess' }, '192.0.2.12')).rejects.toThrow(/^RateLimited$/);
  });

  it('keeps only the user id and the session token in the JWT, and nothing about the user in the session', async () => {
    const jwt = options.callbacks!.jwt!;
    const user = { id: '42', sessionToken: 'opaque-session-token-000000000000', email: 'a@b.c', name: 'A' } as User;
    const token = { name: 'A', email: 'a@b.c', picture: null, sub: '42' } as JWT;
    const signedIn = await jwt({ token, user, account: { provider: 'credentials' } as Account, trigger: 'signIn' });
    expect(signedIn).toEqual({ sub: '42', sid: 'opaque-session-token-000000000000' });
    const later = await jwt({ token: { ...signedIn, email: 'x@y.z', role: 'admin' } as JWT, user: undefined as unknown as User, account: null });
    expect(later).toEqual({ sub: '42', sid: 'opaque-session-token-000000000000' });
    const session = await options.callbacks!.session!({ session: { expires: '2030-01-01T00:00:00.000Z', user: { email: 'a@b.c' } }, token: signedIn } as never);
    expect(session).toEqual({ expires: '2030-01-01T00:00:00.000Z' });
  });

  it('redirects only to our own paths', async () => {
    const redirect = options.callbacks!.redirect!;
    const baseUrl = 'http://127.0.0.1:3000';
    expect(await redirect({ url: '/account', baseUrl })).toBe(`${baseUrl}/account`);
    expect(await redirect({ url: 'https://evil.example/', baseUrl })).toBe(`${baseUrl}/`);
    expect(await redirect({ url: '//evil.example', baseUrl })).toBe(`${baseUrl}/`);
  });

  it('uses HttpOnly, SameSite=Lax cookies, Secure only for an https site', () => {
    // The test environment's site is http://localhost; next-auth's defaults carry HttpOnly and Lax.
    expect(options.useSecureCookies).toBe(false);
    expect(options.session?.strategy).toBe('jwt');
  });

  describe('on an https site', () => {
    const before = env.SITE_URL;
    afterEach(() => {
      env.SITE_URL = before;
    });

    it('marks cookies Secure and names the session cookie with the __Secure- prefix, which middleware and the front cache know', () => {
      env.SITE_URL = 'https://portal.example';
      expect(authOptions().useSecureCookies).toBe(true);
      expect(sessionCookieName()).toBe('__Secure-next-auth.session-token');
      env.SITE_URL = 'http://127.0.0.1:3000';
      expect(authOptions().useSecureCookies).toBe(false);
      expect(sessionCookieName()).toBe('next-auth.session-token');
    });
  });
});
