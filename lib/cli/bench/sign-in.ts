/**
 * Signs in the way a script does (the CSRF token from /api/auth/csrf, then the credentials
 * form) and returns the Cookie header that carries the session, for measuring a signed-in page.
 */
export async function signInByScript(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookiePairs(csrf.headers.getSetCookie()).join('; ') },
    body: new URLSearchParams({ email, password, csrfToken }),
  });
  const session = cookiePairs(response.headers.getSetCookie()).find((pair) => /^(__Secure-)?next-auth\.session-token=/.test(pair));
  if (!session) throw new Error(`Signing in as ${email} did not work: ${response.status} to ${response.headers.get('location')}.`);
  return session;
}

const cookiePairs = (setCookies: string[]) => setCookies.map((cookie) => cookie.split(';')[0]!);
