import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': import.meta.dirname,
      // Next's marker package throws outside a React server bundle; tests are server code.
      'server-only': path.resolve(import.meta.dirname, 'lib/db/test/empty-module.ts'),
    },
  },
  test: {
    include: ['middleware.test.ts', 'lib/**/*.test.ts', 'app/**/*.test.ts', 'app/**/*.test.tsx'],
    // Tests that need a Redis server (*.redis.test.ts) run with `npm run test:redis`
    // (vitest.redis.config.mts): `npm test` needs nothing but Node and npm.
    exclude: ['e2e/**', 'node_modules/**', '.next/**', '**/*.redis.test.ts'],
    globalSetup: ['lib/db/test/global-setup.ts'],
    setupFiles: ['lib/db/test/setup-env.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
