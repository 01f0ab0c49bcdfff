import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as schema from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { INTERNAL_SECRET_HEADER } from '@/lib/security/internal-request';

/* The scheduler's route, called as the launcher calls it: refused without the secret, once per item with it. */

const SECRET = vi.hoisted(() => {
  const secret = 'test-internal-secret-0123456789abcdef';
  // Read by lib/env.ts when the route is imported (in the test, below).
  process.env.INTERNAL_API_SECRET = secret;
  return secret;
});
const revalidatedTags = vi.hoisted(() => [] as string[]);
vi.mock('next/cache', () => ({
  revalidatePath: () => undefined,
  revalidateTag: (tag: string) => void revalidatedTags.push(tag),
}));

const { db } = testDatabase('migrated', 'adm_cache_publish_due');
const SECOND = 1_000;

function post(slug: string, publishedAt: Date) {
  return { kind: 'news' as const, slug, title: slug, summary: 'S.', body: 'B.', status: 'scheduled' as const, publishedAt };
}

describe('POST /api/internal/publish-due', () => {
  beforeEach(() => {
    revalidatedTags.length = 0;
  });

  const call = async (headers: Record<string, string>) => {
    const { POST } = await import('./route');
    return POST(new Request('http://127.0.0.1/api/internal/publish-due', { method: 'POST', headers }));
  };

  it('answers 404 without the secret or with a wrong one', async () => {
    for (const headers of [
      {} as Record<string, string>,
      { [INTERNAL_SECRET_HEADER]: 'wrong' },
      { [INTERNAL_SECRET_HEADER]: `${SECRET}x` },
      { [INTERNAL_SECRET_HEADER]: SECRET.slice(0, -1) },
    ]) {
      const response = await call(headers);
      expect(response.status).toBe(404);
    }
    expect(revalidatedTags).toEqual([]);
  });

  it('with the secret, revalidates an item that came due once, and says when the next one is due', async () => {
    await db.insert(schema.posts).values([
      post('route-due', new Date(Date.now() - 2 * SECOND)),
      post('route-later', new Date(Date.now() + 3_600 * SECOND)),
    ]);
    const first = await call({ [INTERNAL_SECRET_HEADER]: SECRET });
    expect(first.status).toBe(200);
    const body = (await first.json()) as { announced: string[]; nextInMs: number };
    expect(body.announced).toContain('news:route-due');
    expect(revalidatedTags).toContain('item:news:route-due');
    expect(body.nextInMs).toBeGreaterThan(3_500 * SECOND);

    revalidatedTags.length = 0;
    const second = (await (await call({ [INTERNAL_SECRET_HEADER]: SECRET })).json()) as { announced: string[] };
    expect(second.announced).toEqual([]);
    expect(revalidatedTags).toEqual([]);
  });
});
