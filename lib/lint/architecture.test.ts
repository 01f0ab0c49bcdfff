import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The architecture rules of eslint.config.mjs, run by ESLint itself on small snippets under
 * made-up file names: each boundary reports a crossing, in both the `@/` and the relative
 * spelling, and lets an allowed import through.
 */

const root = path.resolve(import.meta.dirname, '../..');
const ARCHITECTURE_RULES = new Set([
  'architecture/import-boundaries',
  'no-restricted-imports',
  'no-restricted-properties',
  'no-restricted-syntax',
]);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/**
 * The architecture rules' complaints about `code` as the file `file` (other rules' are
 * ignored). Each is an error, so `npm run lint` fails on it.
 */
async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  const found = (result?.messages ?? []).filter((m) => m.ruleId !== null && ARCHITECTURE_RULES.has(m.ruleId));
  for (const message of found) expect(message.severity).toBe(2);
  return found.map((m) => `${m.ruleId}: ${m.message}`);
}

const use = (names: string) => `\nexport const used = [${names}];\n`;

describe('lib/ never imports app/', () => {
  it.each([
    ['@/app/(site)/_routes/list-route', 'lib/content/x.ts'],
    ['../../app/_ui/content/breadcrumbs', 'lib/content/x.ts'],
    ['../../../app/_ui/site/nav-items', 'lib/security/deeper/x.ts'],
  ])('reports %s imported by %s', async (specifier, file) => {
    expect(await problems(file, `import { x } from '${specifier}';${use('x')}`)).toEqual([
      expect.stringContaining('lib/ is the domain'),
    ]);
  });

  it('lets lib/ import lib/ and packages', async () => {
    expect(await problems('lib/content/x.ts', `import { isSlug } from './slug';\nimport { z } from 'zod';${use('isSlug, z')}`)).toEqual([]);
  });
});

describe('app/ never imports lib/db', () => {
  it.each([
    ['@/lib/db/schema', 'app/x/page.tsx'],
    ['@/lib/db/client', 'app/_ui/content/x.tsx'],
    ['../../lib/db/schema', 'app/x/page.tsx'],
    ['../../../lib/db/schema/content', 'app/(site)/x/page.tsx'],
  ])('reports %s imported by %s', async (specifier, file) => {
    expect(await problems(file, `import { x } from '${specifier}';${use('x')}`)).toEqual([
      expect.stringContaining('app/ reads through lib/<domain>'),
    ]);
  });

  it('reports type-only imports, re-exports, dynamic imports and import types too', async () => {
    const code = `import type { PostKind } from '@/lib/db/schema';\nexport { posts } from '@/lib/db/schema';\nexport const load = () => import('@/lib/db/client');\nexport type K = PostKind;\nexport type Db = typeof import('@/lib/db/client');\n`;
    expect(await problems('app/x/page.tsx', code)).toHaveLength(4);
  });

  it("lets app/ read the domain's words from lib/content and lib/legal", async () => {
    const code = `import type { PostKind } from '@/lib/content/types';\nimport { LEGAL_KINDS } from '@/lib/legal/types';\nexport type K = PostKind;${use('LEGAL_KINDS')}`;
    expect(await problems('app/x/page.tsx', code)).toEqual([]);
  });
});

describe('middleware.ts imports nothing that is not Edge-safe', () => {
  it.each(['@/lib/auth/password', '@/lib/db/client', './lib/env', './lib/content/slug', '@/app/_ui/site/nav-items'])(
    'reports %s',
    async (specifier) => {
      expect(await problems('middleware.ts', `import { x } from '${specifier}';${use('x')}`)).toEqual([
        expect.stringContaining('middleware.ts stays Edge-safe'),
      ]);
    },
  );

  it.each(['postgres', '@node-rs/argon2', 'node:crypto', 'next-auth/jwt'])('reports the package %s', async (specifier) => {
    expect(await problems('middleware.ts', `import x from '${specifier}';${use('x')}`)).toEqual([
      expect.stringContaining('from packages it imports only next/*'),
    ]);
  });

  it('lets it import next/server', async () => {
    expect(await problems('middleware.ts', `import { NextResponse } from 'next/server';${use('NextResponse')}`)).toEqual([]);
  });
});

describe('lib/db imports no domain module', () => {
  it.each([
    ['@/lib/content/slug', 'lib/db/x.ts'],
    ['@/lib/auth/password', 'lib/db/seed.ts'],
    ['../auth/password', 'lib/db/seed.ts'],
    ['../../content/paths', 'lib/db/seed-content/x.ts'],
    ['@/lib/accounts/anything', 'lib/db/x.ts'],
  ])('reports %s imported by %s', async (specifier, file) => {
    expect(await problems(file, `import { x } from '${specifier}';${use('x')}`)).toEqual([
      expect.stringContaining('lib/db imports no domain module'),
    ]);
  });

  it('lets it import itself and lib/env', async () => {
    const code = `import { env } from '@/lib/env';\nimport { posts } from './schema';\nimport type { SeedPost } from '../types';${use('env, posts')}export type P = SeedPost;\n`;
    expect(await problems('lib/db/seed-content/x.ts', code)).toEqual([]);
  });
});

describe('public read paths never import lib/admin', () => {
  it.each([
    ['@/lib/admin/users', 'lib/content/x.ts'],
    ['../admin/users', 'lib/content/x.ts'],
    ['@/lib/admin/audit', 'lib/cme/x.ts'],
  ])('reports %s imported by %s', async (specifier, file) => {
    expect(await problems(file, `import { x } from '${specifier}';${use('x')}`)).toEqual([
      expect.stringContaining('Public read paths never import staff code'),
    ]);
  });
});

describe('only lib/env.ts reads process.env', () => {
  it.each([
    ['lib/cli/x.ts', 'export const port = process.env.PORT;'],
    ['lib/cli/x.ts', "export const port = process.env['PORT'];"],
    ['lib/cli/x.ts', 'export const all = { ...process.env };'],
    ['app/x/page.tsx', 'const { env } = process;\nexport const url = env.SITE_URL;'],
    ['middleware.ts', 'export const secret = globalThis.process.env.NEXTAUTH_SECRET;'],
    ['lib/content/x.ts', "import { env } from 'node:process';\nexport const url = env.SITE_URL;"],
  ])('reports %s reading it: %s', async (file, code) => {
    expect(await problems(file, code)).toContainEqual(expect.stringContaining('lib/env.ts'));
  });

  it('lets lib/env.ts read it, and tests set it', async () => {
    expect(await problems('lib/env.ts', 'export const all = { ...process.env };')).toEqual([]);
    expect(await problems('lib/content/x.test.ts', "process.env.DATABASE_URL = 'postgres://x';")).toEqual([]);
  });
});
