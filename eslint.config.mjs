import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { importBoundariesPlugin } from './lib/lint/import-boundaries.mjs';

const root = import.meta.dirname;

const TEST_FILES = '\\.test\\.tsx?$';

/*
 * Modules middleware.ts may import from lib/ or app/. It stays Edge-safe (DESIGN.md's rule), and on
 * the Edge lib/db, lib/auth and anything that reaches them (postgres.js, argon2, lib/env's whole
 * schema) cannot load; a module named here must import nothing of the kind, now or later.
 */
const EDGE_SAFE = [];

/*
 * Which folder may import which (STYLE.md rule 12). Paths are from the repository's root; an
 * import is checked by where it leads, so `@/lib/db/schema` and `../../lib/db/schema` are the
 * same crossing. lib/lint/architecture.test.ts shows each one caught.
 */
const boundaries = [
  {
    files: ['lib'],
    forbid: ['app'],
    message: 'lib/ is the domain: it never imports a route or a component from app/.',
  },
  {
    files: ['app'],
    // A route handler's test builds its own database, as lib's tests do.
    exceptFiles: [TEST_FILES],
    forbid: ['lib/db'],
    message: "app/ reads through lib/<domain>, never lib/db: the schema's types and constants are named in lib/content/types.ts, lib/legal/types.ts.",
  },
  {
    files: ['middleware.ts'],
    forbid: ['lib', 'app'],
    allow: EDGE_SAFE,
    message: 'middleware.ts stays Edge-safe: it imports only the Edge-safe modules named in EDGE_SAFE (eslint.config.mjs).',
  },
  {
    files: ['lib/db'],
    // Tests and the test set-up span the layers they set up (the seed is given lib/auth's hasher there too).
    exceptFiles: [TEST_FILES, '^lib/db/test/'],
    forbid: ['lib', 'app'],
    allow: ['lib/db', 'lib/env'],
    message: 'lib/db imports no domain module: a domain passes in what the database layer needs, as callers hand seedDatabase a password hasher.',
  },
  {
    files: ['lib/content', 'lib/cme'],
    forbid: ['lib/admin'],
    message: 'Public read paths never import staff code from lib/admin.',
  },
];

const ENV_MESSAGE = 'Read settings through lib/env.ts (env, or childProcessEnv for a child process): it is the one module that reads process.env.';

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'node_modules/**', '.data/**', 'drizzle/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
  {
    plugins: { architecture: importBoundariesPlugin(root) },
    rules: { 'architecture/import-boundaries': ['error', boundaries] },
  },
  {
    files: ['middleware.ts'],
    rules: {
      // Packages too: most need Node (postgres.js, argon2, node:*); Next's own Edge APIs are enough for a cookie check.
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!next/|\\.|@/)', message: 'middleware.ts stays Edge-safe: from packages it imports only next/*.' }] },
      ],
    },
  },
  {
    files: ['lib/**', 'app/**', 'middleware.ts'],
    /*
     * Tests point the modules they test at a database of their own by setting DATABASE_URL
     * before importing them, and lib/db/test/ does that for the whole run. Files outside
     * lib/, app/ and middleware.ts (next.config.ts, vitest.config.mts, e2e/ and its
     * Playwright config) are not the app: they start it or drive it from outside.
     */
    ignores: ['lib/env.ts', '**/*.test.ts', '**/*.test.tsx', 'lib/db/test/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: ENV_MESSAGE }],
      'no-restricted-syntax': [
        'error',
        { selector: "ImportDeclaration[source.value=/^(node:)?process$/] > ImportSpecifier[imported.name='env']", message: ENV_MESSAGE },
        { selector: "MemberExpression[object.property.name='process'][property.name='env']", message: ENV_MESSAGE },
      ],
    },
  },
];
export default config;
