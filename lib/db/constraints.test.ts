import { describe, expect, it } from 'vitest';
import { posts, users, type NewPost } from './schema';
import { testDatabase } from './test/database';

/** The PostgreSQL error code behind a failed query (drizzle wraps the driver's error in `cause`). */
async function pgErrorCode(query: Promise<unknown>): Promise<string> {
  try {
    await query;
  } catch (error) {
    for (let e: unknown = error; e instanceof Error; e = e.cause) {
      const code = (e as Error & { code?: unknown }).code;
      if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    }
    throw error;
  }
  return 'no error';
}

const UNIQUE_VIOLATION = '23505';
const CHECK_VIOLATION = '23514';

function newsPost(slug: string, overrides: Partial<NewPost> = {}): NewPost {
  return { kind: 'news', slug, title: 'A title', summary: 'A summary.', body: 'A body.', ...overrides };
}

describe('database constraints', () => {
  const { db } = testDatabase('migrated', 'constraints_test');

  it('rejects a second post with the same kind and slug, but allows that slug for another kind', async () => {
    await db.insert(posts).values(newsPost('same-slug'));
    expect(await pgErrorCode(db.insert(posts).values(newsPost('same-slug', { title: 'Another title' })))).toBe(UNIQUE_VIOLATION);
    expect(await pgErrorCode(db.insert(posts).values(newsPost('same-slug', { kind: 'article' })))).toBe('no error');
  });

  it('rejects a second user whose email differs only in case', async () => {
    await db.insert(users).values({ email: 'ana.gomez@example.org', name: 'Dr. Ana Gomez', passwordHash: 'x' });
    const duplicate = db.insert(users).values({ email: 'Ana.Gomez@Example.ORG', name: 'Someone Else', passwordHash: 'y' });
    expect(await pgErrorCode(duplicate)).toBe(UNIQUE_VIOLATION);
  });

  it('rejects a role outside the list and a slug that is not lower-case words joined by hyphens', async () => {
    const superuser = db
      .insert(users)
      .values({ email: 'root@example.org', name: 'Root', passwordHash: 'x', role: 'superuser' as 'admin' });
    expect(await pgErrorCode(superuser)).toBe(CHECK_VIOLATION);
    expect(await pgErrorCode(db.insert(posts).values(newsPost('has spaces')))).toBe(CHECK_VIOLATION);
    expect(await pgErrorCode(db.insert(posts).values(newsPost('Upper-Case')))).toBe(CHECK_VIOLATION);
  });

  it('rejects a published post without a publication date', async () => {
    expect(await pgErrorCode(db.insert(posts).values(newsPost('undated', { status: 'published' })))).toBe(CHECK_VIOLATION);
  });
});
