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
