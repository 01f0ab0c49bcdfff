import { describe, expect, it } from 'vitest';
import { cacheKeyOf } from '@/lib/cli/front-cache';
import { SEARCH_SHARED_SECONDS, SESSION_COOKIE_NAMES, SHARED_FOR_HEADER, sharedAnswerHeaders } from './shared-answers';

describe('the answers marked for sharing among anonymous readers', () => {
  it('are only the search page, marked for its few seconds, and never for a request with a session cookie', () => {
    expect(sharedAnswerHeaders).toEqual([
      {
        source: '/search',
        missing: SESSION_COOKIE_NAMES.map((key) => ({ type: 'cookie', key })),
        headers: [{ key: SHARED_FOR_HEADER, value: String(SEARCH_SHARED_SECONDS) }],
      },
    ]);
  });

  it('name the same session cookies the front cache keeps readers apart by: a request with one is never answered from a copy', () => {
    for (const name of SESSION_COOKIE_NAMES) {
      const request = { method: 'GET', url: '/search?q=calcinosis', headers: { host: 'portal.test', cookie: `theme=dark; ${name}=abc` } };
      expect(cacheKeyOf(request), name).toBeNull();
    }
    expect(cacheKeyOf({ method: 'GET', url: '/search?q=calcinosis', headers: { host: 'portal.test', cookie: 'theme=dark' } })).not.toBeNull();
  });
});
