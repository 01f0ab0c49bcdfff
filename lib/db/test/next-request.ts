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
