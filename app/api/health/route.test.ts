import { afterEach, describe, expect, it, vi } from 'vitest';
import { databaseOutageEachTest, testDatabase } from '@/lib/db/test/database';
import { GET } from './route';

/* GET /api/health: what a load balancer and the front cache read, with the database up and down. */

testDatabase('shared');
const beginOutage = databaseOutageEachTest();

afterEach(async () => {
  vi.restoreAllMocks();
});

describe('GET /api/health', () => {
  it('answers 200 ok while the database answers', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', db: 'ok' });
  });

  it('answers 503 with its reason and Retry-After when the database does not accept connections, naming no host or user', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await beginOutage();
    const response = await GET();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('10');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ status: 'error', db: 'unreachable', reason: 'The database does not accept connections.' });
    expect(body).not.toMatch(/hunter2|someone|127\.0\.0\.1/);
  });
});
