import { describe, expect, it } from 'vitest';
import { safeCallbackPath, safeRedirectUrl } from './callback-url';

describe('safeCallbackPath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeCallbackPath('/account/security')).toBe('/account/security');
    expect(safeCallbackPath('/articles/x?page=2#refs')).toBe('/articles/x?page=2#refs');
    expect(safeCallbackPath('/search?q=a%20b')).toBe('/search?q=a%20b');
    expect(safeCallbackPath('/')).toBe('/');
  });

  it.each([
    ['protocol-relative', '//evil.example'],
    ['protocol-relative with a path', '//evil.example/account'],
    ['backslash', '/\\evil.example'],
    ['two backslashes', '\\\\evil.example'],
    ['backslash later', '/foo\\..\\\\evil.example'],
    ['absolute https', 'https://evil.example/'],
    ['absolute on a look-alike host', 'https://hidoc.local.evil.example/account'],
    ['user-info look-alike', 'https://localhost:3000@evil.example/'],
    ['scheme without slashes', 'http:evil.example'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['encoded double slash', '/%2F%2Fevil.example'],
    ['encoded slash after one', '/%2Fevil.example'],
    ['encoded backslash', '/%5Cevil.example'],
    ['doubly encoded slash', '/%252F%252Fevil.example'],
    ['triply encoded backslash', '/%25255Cevil.example'],
    ['tab after the slash', '/\t/evil.example'],
    ['encoded tab', '/%09/evil.example'],
    ['newline', '/\n/evil.example'],
    ['NUL', '/account\u0000'],
    ['leading space', ' /account'],
    ['dot segments that normalise to //', '/.//evil.example'],
    ['encoded dot segments', '/%2e//evil.example'],
    ['a relative path', 'account'],
    ['empty', ''],
    ['malformed encoding', '/%E0%A4%A'],
    ['far too long', `/${'a'.repeat(2500)}`],
  ])('sends %s to /', (_name, value) => {
    expect(safeCallbackPath(value)).toBe('/');
  });

  it('sends anything that is not a string to /', () => {
    for (const value of [undefined, null, 42, ['/account'], { href: '/account' }]) expect(safeCallbackPath(value)).toBe('/');
  });

  it('does not loop back to the sign-in page or into next-auth', () => {
    expect(safeCallbackPath('/login')).toBe('/');
    expect(safeCallbackPath('/login?callbackUrl=%2Faccount')).toBe('/');
    expect(safeCallbackPath('/api/auth/signout')).toBe('/');
    expect(safeCallbackPath('/login-help')).toBe('/login-help');
  });
});

describe('safeRedirectUrl', () => {
  const base = 'http://127.0.0.1:3000';
  it('accepts our own absolute URL and a path, and nothing else', () => {
    expect(safeRedirectUrl(`${base}/account`, base)).toBe(`${base}/account`);
    expect(safeRedirectUrl('/account/security', base)).toBe(`${base}/account/security`);
    expect(safeRedirectUrl('https://evil.example/account', base)).toBe(`${base}/`);
    expect(safeRedirectUrl(`${base}.evil.example/account`, base)).toBe(`${base}/`);
    expect(safeRedirectUrl(`${base}//evil.example`, base)).toBe(`${base}/`);
  });
});
