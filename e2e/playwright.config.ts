import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests click through the production build (`next build` first). The server
 * is `next start` behind the front cache, as `npm start` runs it (lib/cli/serve.ts), against
 * E2E_DATABASE_URL, a database that .ci/run migrates and seeds with the demo accounts.
 * Debian's Chromium, never a downloaded browser.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const databaseUrl = process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('Set E2E_DATABASE_URL (a migrated, seeded database) to run the e2e suite.');

/**
 * The specs that publish, schedule or version content (the admin's, and the cache tag and
 * scheduling ones) change what every list, the home page and the legal pages show, at once,
 * as they should; they run after the readers' specs, which count list items and expect a
 * page to stay cached between two requests.
 */
const PUBLISHING_SPECS = ['**/admin-*.spec.ts', '**/cache-tags.spec.ts', '**/scheduled.spec.ts', '**/search-freshness.spec.ts'];

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  projects: [
    { name: 'readers', testIgnore: PUBLISHING_SPECS },
    { name: 'publishing', testMatch: PUBLISHING_SPECS, dependencies: ['readers'] },
  ],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
    trace: 'off',
  },
  webServer: {
    // What `npm start` serves: next start behind the front cache (lib/cli/serve.ts).
    command: 'node --import tsx lib/cli/serve.ts',
    cwd: '..',
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 60_000,
    reuseExistingServer: false,
    env: {
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'e2e-only-secret-not-for-production-use-0000',
      PORT: String(port),
    },
  },
});
