import { encode } from 'next-auth/jwt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionTokenFromCookie } from './session-cookie';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const TOKEN = 'k3Vb0x6m2J8sQ1rT5wY7zA9cE4gH6jL8nP0qS2uW4yB';

describe('sessionTokenFromCookie', () => {
  it('reads the session token from a cookie next-auth encoded with our secret', async () => {
    const cookie = await encode({ token: { sub: '7', sid: TOKEN }, secret: SECRET });
    expect(await sessionTokenFromCookie(cookie, SECRET)).toBe(TOKEN);
  });

  it('is null for a cookie sealed with another secret, tampered with, expired, or without a token', async () => {
    const cookie = await encode({ token: { sub: '7', sid: TOKEN }, secret: SECRET });
    expect(await sessionTokenFromCookie(cookie, 'another-secret-of-at-least-thirty-two-chars')).toBeNull();
    const flipped = cookie.slice(0, -5) + (cookie.at(-5) === 'A' ? 'B' : 'A') + cookie.slice(-4);
    expect(await sessionTokenFromCookie(flipped, SECRET)).toBeNull();
    expect(await sessionTokenFromCookie(await encode({ token: { sub: '7', sid: TOKEN }, secret: SECRET, maxAge: -60 }), SECRET)).toBeNull();
    expect(await sessionTokenFromCookie(await encode({ token: { sub: '7' }, secret: SECRET }), SECRET)).toBeNull();
  });

  it('is null for junk, an empty or huge cookie, and when no secret is set', async () => {
    const cookie = await encode({ token: { sub: '7', sid: TOKEN }, secret: SECRET });
    for (const junk of [undefined, '', 'not-a-jwt', 'a.b.c.d.e', 'x'.repeat(10_000)]) expect(await sessionTokenFromCookie(junk, SECRET)).toBeNull();
    expect(await sessionTokenFromCookie(cookie, undefined)).toBeNull();
  });

  describe('a cookie read before', () => {
    afterEach(() => vi.useRealTimers());

    it('is refused once it has expired, though it opened then', async () => {
      const cookie = await encode({ token: { sub: '7', sid: TOKEN }, secret: SECRET, maxAge: 60 });
      expect(await sessionTokenFromCookie(cookie, SECRET)).toBe(TOKEN);
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 61_000);
      expect(await sessionTokenFromCookie(cookie, SECRET)).toBeNull();
    });

    it('is refused under another secret, and read again under its own', async () => {
      const cookie = await encode({ token: { sub: '7', sid: TOKEN }, secret: SECRET });
      expect(await sessionTokenFromCookie(cookie, SECRET)).toBe(TOKEN);
      expect(await sessionTokenFromCookie(cookie, 'another-secret-of-at-least-thirty-two-chars')).toBeNull();
      expect(await sessionTokenFromCookie(cookie, SECRET)).toBe(TOKEN);
    });
  });
});
