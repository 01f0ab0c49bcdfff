import { defineConfig } from 'vitest/config';
import base from './vitest.config.mts';

/**
 * `npm run test:redis`: the tests that need a Redis server (the shared page cache's), on
 * 127.0.0.1:6379 and on servers of their own started with `redis-server`. CI runs them on
 * the machine's Redis; `npm test` leaves them out, so it needs nothing but Node and npm.
 */
export default defineConfig({
  ...base,
  test: { ...base.test, include: ['lib/**/*.redis.test.ts'], exclude: ['e2e/**', 'node_modules/**', '.next/**'] },
});
