import { buildCustomRoute } from 'next/dist/lib/build-custom-route';
import { describe, expect, it } from 'vitest';
import { config as middlewareConfig } from '@/middleware';
import { commonSecurityHeaders, PER_REQUEST_PAGES, securityHeaders, CME_ACTIVITY_PAGES, STATIC_POLICY_SOURCE } from './headers';

const header = (name: string) => securityHeaders.find((h) => h.key === name)?.value ?? '';

describe('security headers', () => {
  it('hold no colon, so Next does not compile them as a path pattern on every response', () => {
    for (const { key, value } of securityHeaders) expect(value, key).not.toContain(':');
  });

  it('keep scripts, frames and forms to the site, and embeds to the two privacy players', () => {
    const policy = new Map(
      header('Content-Security-Policy')
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .map(([name, ...sources]) => [name!, sources]),
    );
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('frame-src')).toEqual(['www.youtube-nocookie.com', 'player.vimeo.com']);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(header('X-Frame-Options')).toBe('DENY');
    expect(commonSecurityHeaders.map((h) => h.key)).not.toContain('Content-Security-Policy');
  });
});

describe('which pages get the static policy', () => {
  // Compiled as Next compiles a headers() source from next.config.ts.
  const { regex } = buildCustomRoute('header', { source: STATIC_POLICY_SOURCE, headers: [] }) as { regex: string };
  const getsStaticPolicy = (path: string) => new RegExp(regex).test(path);

  it('is every public page', () => {
    for (const path of ['/', '/news', '/news/some-slug', '/conditions/calcinosis', '/cme', '/cme/some-activity', '/cme/some-activity/teaser', '/cme/verify/ABC123',
      '/search', '/legal/terms/llp', '/account-deactivation', '/login-help', '/accounts', '/feed.xml', '/api/health', '/media/0123456789abcdef-640.webp', '/_next/static/chunks/a.js']) {
      expect(getsStaticPolicy(path), path).toBe(true);
    }
  });

  it('is none of the pages middleware.ts gives a nonce policy', () => {
    for (const path of ['/login', '/register', '/forgot-password', '/reactivate', '/reset-password/abc', '/verify-email/abc',
      '/account', '/account/', '/account/security', '/admin', '/admin/posts/1', '/cme/some-activity/test', '/cme/some-activity/evaluation', '/legal/accept']) {
      expect(getsStaticPolicy(path), path).toBe(false);
    }
  });

  it('leaves out every pattern in PER_REQUEST_PAGES, a new one included', () => {
    for (const pattern of PER_REQUEST_PAGES) {
      const path = pattern.replace(/:\w+\*/g, 'a/b').replace(/:\w+/g, 'some-value');
      expect(getsStaticPolicy(path), `${pattern} as ${path}`).toBe(false);
    }
  });

  it('names the same pages as the middleware matcher', () => {
    expect(middlewareConfig.matcher).toEqual([...PER_REQUEST_PAGES, ...CME_ACTIVITY_PAGES]);
  });
});
