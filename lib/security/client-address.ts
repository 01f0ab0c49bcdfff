import { isIP } from 'node:net';
import { env } from '@/lib/env';

/**
 * The address a request came from, for rate limits; null when it cannot be told.
 *
 * `npm start` serves through the front cache (lib/cli/front-cache.ts), which appends the
 * address that connected to it to X-Forwarded-For, so that entry is the last one. Anything
 * before it was written by the client or by proxies in front of us, and only the proxies
 * we run can be believed: TRUSTED_PROXY_HOPS says how many there are (each appends the
 * address it saw), and the client is that many entries before the end. Without the front
 * cache (`npm run dev`), Next sets the header to the connecting address itself.
 */
export function clientAddress(headers: Headers, trustedHops: number = env.TRUSTED_PROXY_HOPS): string | null {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const entry = entries[entries.length - 1 - trustedHops];
  if (entry === undefined || isIP(entry) === 0) return null;
  // A dual-stack server sees an IPv4 client as ::ffff:a.b.c.d: one reader, one key, one way to show it.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(entry);
  return mapped ? mapped[1]! : entry;
}
