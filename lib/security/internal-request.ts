import { createHash, timingSafeEqual } from 'node:crypto';

/*
 * Internal routes (/api/internal/…) are for the launcher on this machine, never for readers:
 * the front cache answers 404 for them (lib/cli/front-cache.ts), and each route asks this
 * too, so a request that reached Next some other way still needs the shared secret.
 */

export const INTERNAL_SECRET_HEADER = 'x-internal-secret';

/**
 * Whether a request carries the launcher's secret. The front cache never passes this header
 * on (nor the internal paths), so only a caller on Next's own port can send it. Compared in
 * constant time (digests of equal length); no secret configured means no internal caller.
 */
export function isInternalRequest(headers: Headers, secret: string | undefined): boolean {
  if (!secret) return false;
  const given = headers.get(INTERNAL_SECRET_HEADER);
  if (!given) return false;
  return timingSafeEqual(digest(given), digest(secret));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** The path part of a request target, decoded and with runs of slashes made one, lower-cased. */
export function isInternalPath(target: string): boolean {
  const path = target.split(/[?#]/, 1)[0] ?? '';
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: judged as written.
  }
  const normal = decoded.replace(/\\/g, '/').replace(/\/{2,}/g, '/').toLowerCase();
  return normal === '/api/internal' || normal.startsWith('/api/internal/');
}
