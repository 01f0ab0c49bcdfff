import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { middleware } from './middleware';

describe('middleware', () => {
  it('sends an anonymous visitor of a signed-in area to the sign-in page, keeping where they were going', () => {
    const response = middleware(new NextRequest('http://localhost:3000/account/security?tab=sessions'));
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get('location')!);
    expect(location.pathname).toBe('/login');
    expect(location.searchParams.get('callbackUrl')).toBe('/account/security?tab=sessions');
  });

  it('lets a visitor with a session cookie through to the page, which checks the session itself', () => {
    const request = new NextRequest('http://localhost:3000/admin', { headers: { cookie: 'next-auth.session-token=abc' } });
    const response = middleware(request);
    expect(response.headers.get('location')).toBeNull();
    expect(response.headers.get('x-middleware-next')).toBe('1');
  });
});

describe('the per-request pages\' Content-Security-Policy', () => {
  const policyOf = (response: Response) => response.headers.get('content-security-policy') ?? '';
  const directive = (policy: string, name: string) =>
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find(([n]) => n === name)
      ?.slice(1);

  it('gives the sign-in page a fresh nonce with strict-dynamic and no unsafe-inline, on the response and on the request for Next', () => {
    const first = middleware(new NextRequest('http://localhost:3000/login'));
    const second = middleware(new NextRequest('http://localhost:3000/login'));
    const scripts = directive(policyOf(first), 'script-src')!;
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    const nonce = scripts.find((s) => s.startsWith("'nonce-"));
    expect(nonce).toMatch(/^'nonce-[A-Za-z0-9+/=]{32,}'$/);
    expect(policyOf(second)).not.toBe(policyOf(first));
    // Next reads the policy from the request to put the nonce on its own scripts.
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(policyOf(first));
    expect(directive(policyOf(first), 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(policyOf(first), 'object-src')).toEqual(["'none'"]);
  });

  it('gives a signed-in visitor of the account pages the policy too, and passes the path on for the sign-in link', () => {
    const request = new NextRequest('http://localhost:3000/account/security?x=1', { headers: { cookie: 'next-auth.session-token=abc' } });
    const response = middleware(request);
    expect(policyOf(response)).toContain("'strict-dynamic'");
    expect(response.headers.get('x-middleware-request-x-request-path')).toBe('/account/security?x=1');
  });

  it('sends anonymous visitors of the admin area, the CME test and the legal acceptance page to sign in, but not of the sign-up pages', () => {
    for (const path of ['/admin', '/admin/posts', '/cme/diabetes-update/test', '/legal/accept']) {
      const response = middleware(new NextRequest(`http://localhost:3000${path}`));
      expect(response.status, path).toBe(307);
    }
    for (const path of ['/login', '/register', '/forgot-password', '/reset-password/abc', '/verify-email/abc', '/reactivate']) {
      const response = middleware(new NextRequest(`http://localhost:3000${path}`));
      expect(response.headers.get('location'), path).toBeNull();
      expect(policyOf(response), path).toContain("'nonce-");
    }
  });

  it('accepts the https-site cookie name as a session cookie', () => {
    const response = middleware(new NextRequest('http://localhost:3000/account', { headers: { cookie: '__Secure-next-auth.session-token=abc' } }));
    expect(response.headers.get('location')).toBeNull();
  });
});

describe('cross-site posts', () => {
  const post = (origin: string | null, extra: Record<string, string> = {}) =>
    middleware(
      new NextRequest('http://localhost:3000/account/security', {
        method: 'POST',
        headers: { cookie: 'next-auth.session-token=abc', 'next-action': 'abc123', host: 'localhost:3000', ...(origin ? { origin } : {}), ...extra },
      }),
    );

  it('refuses a POST (a server action) whose Origin is another site, before the page runs', () => {
    for (const origin of ['https://evil.example', 'http://localhost:3000.evil.example', 'http://localhost:3001', 'null', 'not a url']) {
      const response = post(origin);
      expect(response.status, origin).toBe(403);
      expect(response.headers.get('x-middleware-next'), origin).toBeNull();
    }
  });

  it('lets a POST from our own origin through, compared with the forwarded host when a proxy sets one', () => {
    expect(post('http://localhost:3000').headers.get('x-middleware-next')).toBe('1');
    expect(post('https://portal.example', { 'x-forwarded-host': 'portal.example' }).headers.get('x-middleware-next')).toBe('1');
    expect(post('http://localhost:3000', { 'x-forwarded-host': 'portal.example' }).status).toBe(403);
  });
});

describe('oversized posts', () => {
  it('refuses a body declared larger than a server action may be with a 413, not Next\'s 500', () => {
    const request = new NextRequest('http://localhost:3000/account/security', {
      method: 'POST',
      headers: { cookie: 'next-auth.session-token=abc', origin: 'http://localhost:3000', host: 'localhost:3000', 'content-length': String(10 * 1024 * 1024) },
    });
    expect(middleware(request).status).toBe(413);
  });

  it('lets a cover image upload through up to 10 MB (the route checks its own limit), and no further', () => {
    const upload = (size: number) =>
      middleware(
        new NextRequest('http://localhost:3000/admin/images', {
          method: 'POST',
          headers: { cookie: 'next-auth.session-token=abc', origin: 'http://localhost:3000', host: 'localhost:3000', 'content-length': String(size) },
        }),
      );
    expect(upload(9 * 1024 * 1024).headers.get('x-middleware-next')).toBe('1');
    expect(upload(11 * 1024 * 1024).status).toBe(413);
  });
});

describe('a CME activity\'s address', () => {
  const get = (path: string, cookie?: string, method = 'GET') =>
    middleware(new NextRequest(`http://localhost:3000${path}`, { method, headers: cookie ? { cookie, origin: 'http://localhost:3000', host: 'localhost:3000' } : {} }));

  it('is rewritten to the cached teaser for a GET or HEAD without a session cookie, under the static policy', () => {
    for (const method of ['GET', 'HEAD']) {
      const response = get('/cme/treatment-sequencing-alk-positive-nsclc-cns-disease?_rsc=x1', undefined, method);
      const rewrite = new URL(response.headers.get('x-middleware-rewrite')!);
      expect(rewrite.pathname, method).toBe('/cme/treatment-sequencing-alk-positive-nsclc-cns-disease/teaser');
      expect(rewrite.search, method).toBe('?_rsc=x1');
      expect(response.headers.get('content-security-policy'), method).toBeNull();
      expect(response.headers.get('x-middleware-request-x-request-path'), method).toBeNull();
    }
    // Another cookie is no session cookie.
    expect(new URL(get('/cme/some-activity', 'other=1').headers.get('x-middleware-rewrite')!).pathname).toBe('/cme/some-activity/teaser');
  });

  it('goes straight to the per-request page with a session cookie, under the nonce policy, keeping the address for sign-in', () => {
    for (const cookie of ['next-auth.session-token=abc', '__Secure-next-auth.session-token=abc']) {
      const response = get('/cme/some-activity?_rsc=x1', cookie);
      expect(response.headers.get('x-middleware-rewrite')).toBeNull();
      expect(response.headers.get('x-middleware-next')).toBe('1');
      expect(response.headers.get('content-security-policy')).toContain("'strict-dynamic'");
      expect(response.headers.get('x-middleware-request-x-request-path')).toBe('/cme/some-activity?_rsc=x1');
    }
    // Not a GET: the per-request page too, which shows whoever it cannot find the teaser.
    const post = get('/cme/some-activity', undefined, 'POST');
    expect(post.headers.get('x-middleware-rewrite')).toBeNull();
    expect(post.headers.get('location')).toBeNull();
    expect(post.headers.get('content-security-policy')).toContain("'nonce-");
  });

  it('leaves the pages under /cme and a made-up address alone, with or without a cookie', () => {
    for (const path of ['/cme/archive', '/cme/page', '/cme/specialty', '/cme/verify', '/cme/certificates', '/cme/Not_A_Slug']) {
      for (const cookie of [undefined, 'next-auth.session-token=abc']) {
        const response = get(path, cookie);
        expect(response.headers.get('x-middleware-rewrite'), path).toBeNull();
        expect(response.headers.get('content-security-policy'), path).toBeNull();
      }
    }
  });
});
