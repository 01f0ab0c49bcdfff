import { describe, expect, it } from 'vitest';
import { siteUrl } from '@/lib/env';
import { isSameOriginRequest } from './same-origin';

const headers = (values: Record<string, string>) => new Headers(values);

describe('isSameOriginRequest', () => {
  it('accepts our configured site and the host the request was sent to', () => {
    expect(isSameOriginRequest(headers({ origin: new URL(siteUrl()).origin, host: 'internal:3000' }))).toBe(true);
    expect(isSameOriginRequest(headers({ origin: 'https://portal.example', host: 'portal.example', 'sec-fetch-site': 'same-origin' }))).toBe(true);
  });

  it('refuses another site, a look-alike host, a missing or opaque Origin and a cross-site fetch', () => {
    for (const values of <Array<Record<string, string>>>[
      { origin: 'https://evil.example', host: 'portal.example' },
      { origin: 'https://portal.example.evil.example', host: 'portal.example' },
      { origin: 'https://portal.example@evil.example', host: 'portal.example' },
      { host: 'portal.example' },
      { origin: 'null', host: 'portal.example' },
      { origin: 'not a url', host: 'portal.example' },
      { origin: 'https://portal.example', host: 'portal.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'https://portal.example', host: 'portal.example', 'sec-fetch-site': 'same-site' },
    ]) {
      expect(isSameOriginRequest(headers(values)), JSON.stringify(values)).toBe(false);
    }
  });
});
