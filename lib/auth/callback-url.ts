/**
 * Where to send a reader after signing in: a path on this site, or `/`.
 *
 * A callbackUrl comes from the address bar, so it is an attacker's to write. Browsers read
 * `//host`, `/\host` and `/<tab>/host` as other sites, and a value may be percent-encoded once
 * or more before it reaches a redirect; every decoding of it is checked, and the path we return
 * is the one the URL parser produced, checked again (`/.//host` normalises to `//host`).
 */
export function safeCallbackPath(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2000) return '/';
  if (!isPlainPath(raw)) return '/';
  let decoded = raw;
  for (let i = 0; i < 4; i++) {
    // A decoded query may hold anything a search box does; the path part may not.
    if (!isPlainPath(decoded.split(/[?#]/, 1)[0]!)) return '/';
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return '/';
    }
    if (next === decoded) break;
    decoded = next;
  }
  // Still encoded after four rounds: nobody links like that.
  if (decoded !== safeDecode(decoded)) return '/';
  const base = 'http://callback.invalid';
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return '/';
  }
  if (url.origin !== base) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!isPlainPath(path)) return '/';
  // Back to the sign-in page or into next-auth's own routes would only loop.
  if (/^\/(login|api\/auth)(\/|\?|#|$)/.test(url.pathname === '/' ? '/' : url.pathname)) return '/';
  return path;
}

/** Starts with one slash, then neither a slash nor a backslash; no backslash, control character or space anywhere. */
function isPlainPath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !/[\\\s\x00-\x1f\x7f]/.test(value);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}

/**
 * next-auth's redirect callback: it may hand us an absolute URL on our own origin (its default
 * callbackUrl is the page's full address); anything else is judged as a path.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const origin = baseUrl.replace(/\/$/, '');
  const path = url.startsWith(`${origin}/`) ? url.slice(origin.length) : url;
  return `${origin}${safeCallbackPath(path)}`;
}
