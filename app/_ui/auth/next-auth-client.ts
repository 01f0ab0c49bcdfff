/**
 * The two next-auth calls the browser makes, without next-auth/react (whose client brings a
 * session provider and a regenerator runtime the header does not need). They are the same
 * requests a script makes: the CSRF token from /api/auth/csrf, then a URL-encoded POST.
 */

async function getCsrfToken(): Promise<string> {
  const response = await fetch('/api/auth/csrf', { cache: 'no-store' });
  const data = (await response.json()) as { csrfToken?: unknown };
  if (typeof data.csrfToken !== 'string') throw new Error('No CSRF token');
  return data.csrfToken;
}

async function postToNextAuth(path: string, fields: Record<string, string>): Promise<string | null> {
  const body = new URLSearchParams({ ...fields, csrfToken: await getCsrfToken(), json: 'true' });
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Auth-Return-Redirect': '1' },
    body,
  });
  const data = (await response.json().catch(() => ({}))) as { url?: unknown };
  return typeof data.url === 'string' ? data.url : null;
}

/** Signs in; null when it worked, else next-auth's error code (lib/auth/sign-in-errors.ts). */
export async function signInWithCredentials(fields: { email: string; password: string; code: string }): Promise<string | null> {
  try {
    const url = await postToNextAuth('/api/auth/callback/credentials', fields);
    if (!url) return 'ServerError';
    return new URL(url, window.location.origin).searchParams.get('error');
  } catch {
    return 'ServerError';
  }
}

/** Signs out: next-auth deletes the session row (lib/auth/options.ts) and clears the cookie. */
export async function signOut(): Promise<void> {
  await postToNextAuth('/api/auth/signout', {});
}
