import { z } from 'zod';

/**
 * The one place that reads process.env. Parsed once, at import, so a bad setting fails
 * at start-up with a message that names it instead of somewhere deep in a request.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** A PostgreSQL URL. Unset: `npm start` runs the embedded server and sets it for Next. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Connections per app process. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** The embedded server's data folder and port (used only when DATABASE_URL is unset). */
  DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The address lib/cli/serve.ts run on its own listens on (the e2e suite's server); unset: every interface. */
  HOST: z.string().min(1).optional(),
  /**
   * The port of `next start` behind the front cache, on 127.0.0.1 only (the bench measures
   * pages there too, straight from Next); unset: a free one at each start.
   */
  NEXT_PORT: z.coerce.number().int().min(1024).max(65535).optional(),
  SITE_NAME: z.string().min(1).max(60).default('Hidoc Dr.'),
  /** The public address, for canonical links, feeds and mail. */
  SITE_URL: z.url().optional(),
  NEXTAUTH_URL: z.url().optional(),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  /** Unset: mail goes to the outbox table and the log. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default('Hidoc Dr. <no-reply@hidoc.local>'),
  /**
   * Reverse proxies in front of `npm start` that append to X-Forwarded-For (0: readers
   * connect to it directly). Rate limits tell readers apart by the address before theirs.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /**
   * The front cache in front of `next start` (lib/cli/front-cache.ts): how long Next may take
   * to begin answering before the reader gets a 504, and the largest request body it passes
   * on (a larger one gets a 413 and never reaches Next).
   */
  FRONT_UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  MAX_REQUEST_BODY_BYTES: z.coerce.number().int().min(1_024).max(1024 * 1024 * 1024).default(10 * 1024 * 1024),
  /**
   * On SIGTERM or SIGINT the front cache takes no new connection and gives the requests under
   * way this long to finish; then Next and the database stop. A deploy drops no reader's page.
   */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(0).max(600).default(20),
  /**
   * Cover images (lib/admin/images.ts): the largest upload accepted, in bytes, and the folder their
   * resized copies are written to (unset: they are kept in PostgreSQL, image_variants.bytes). At most
   * 9 MiB: with its form around it an upload must stay under the 10 MB that Next buffers for a
   * request middleware.ts sees (and under the front cache's MAX_REQUEST_BODY_BYTES).
   */
  IMAGE_MAX_UPLOAD_BYTES: z.coerce.number().int().min(1_024).max(9 * 1024 * 1024).default(8 * 1024 * 1024),
  IMAGE_STORAGE_DIR: z.string().min(1).optional(),
  /**
   * Shared by the launcher (lib/cli/serve.ts) and `next start` for the internal routes
   * (/api/internal/…, refused by the front cache). Unset: serve.ts makes one at each start.
   */
  INTERNAL_API_SECRET: z.string().min(32).optional(),
  /**
   * Set with several app instances: they share one page cache through Redis
   * (lib/cache/redis-page-cache.cjs), so a revalidation on one reaches all. Unset: each
   * instance keeps its own cache in memory and loads no Redis code.
   */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  /** Starts every key the page cache writes (then the build's id): sites or test runs sharing one Redis keep apart. */
  REDIS_KEY_PREFIX: z.string().regex(/^[\w.-]{1,64}$/).default('hidoc'),
  /** Days a deactivated account can still be reactivated before the jobs erase its personal data. */
  ACCOUNT_GRACE_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Staff (authors and above) need two-factor on to reach /admin. Unset: see isStaffMfaRequired(). */
  REQUIRE_STAFF_MFA: z
    .enum(['true', 'false', '1', '0'])
    .transform((value) => value === 'true' || value === '1')
    .optional(),
});

export type Env = z.infer<typeof EnvSchema>;

function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid settings in the environment:\n${lines.join('\n')}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);

/**
 * The environment of a child process the CLI starts (`next build`, `next start`, a bench
 * worker): this one's, which the child's own lib/env.ts parses again, with `values` on top.
 * Here so that no other module reads process.env, not even to pass it on.
 */
export function childProcessEnv(values: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...values };
}

export function siteUrl(): string {
  return (env.SITE_URL ?? env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
}

/** REQUIRE_STAFF_MFA, or by default on for a public (https) site and off for the embedded demo on http. */
export function isStaffMfaRequired(): boolean {
  return env.REQUIRE_STAFF_MFA ?? siteUrl().startsWith('https:');
}
