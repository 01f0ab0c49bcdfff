import { describe, expect, it } from 'vitest';
import { securityHeaders } from './headers';

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
  });
});
