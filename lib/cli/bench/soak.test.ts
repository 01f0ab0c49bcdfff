import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { judgeSoak, runSoak, soakMix, summariseMemory, type SoakResult } from './soak';

const MB = 2 ** 20;

const result = (overrides: Partial<SoakResult> = {}): SoakResult => ({
  seconds: 300,
  connections: 50,
  requests: 90_000,
  requestsPerSecond: 300,
  p50: 80,
  p99: 900,
  serverErrors: 0,
  noAnswer: 0,
  memory: { earlyBytes: 400 * MB, lateBytes: 420 * MB, peakBytes: 450 * MB },
  ...overrides,
});

describe('judging a soak', () => {
  it('is met with no 5xx, every request answered and memory within 10% of the early window', () => {
    const judged = judgeSoak(result());
    expect(judged.isMet).toBe(true);
    expect(judged.lines.join('\n')).toMatch(/p99 900 ms/);
    expect(judged.lines.join('\n')).toMatch(/400 MB early, 420 MB at the end \(\+5%\).*flat/);
  });

  it('is not met for one 5xx, one request without an answer, or memory that kept growing', () => {
    expect(judgeSoak(result({ serverErrors: 1 })).isMet).toBe(false);
    expect(judgeSoak(result({ noAnswer: 1 })).isMet).toBe(false);
    const growing = judgeSoak(result({ memory: { earlyBytes: 400 * MB, lateBytes: 480 * MB, peakBytes: 480 * MB } }));
    expect(growing.isMet).toBe(false);
    expect(growing.lines.join('\n')).toMatch(/\+20%.*NOT FLAT/);
  });
});

describe('the memory windows', () => {
  it('compare the second fifth of the run with the last fifth, leaving out the warm-up', () => {
    // 100 s: 0–20 s warming up (high), 20–40 s the early window, 80–100 s the late one.
    const samples = Array.from({ length: 100 }, (_, at) => ({ at, bytes: at < 20 ? 999 : at < 40 ? 100 : at < 80 ? 150 : 120 }));
    expect(summariseMemory(samples, 100)).toEqual({ earlyBytes: 100, lateBytes: 120, peakBytes: 999 });
  });
});

describe('the mix', () => {
  it('holds cached pages, several different searches, signed-in pages and a write', () => {
    const mix = soakMix({ article: '/conditions/calcinosis', event: '/events/e', cmeActivity: '/cme/a', doctorCookie: 'd=1', editorCookie: 'e=1' });
    const searches = mix.filter((request) => request.path.startsWith('/search?q='));
    expect(new Set(searches.map((request) => request.path)).size).toBeGreaterThanOrEqual(5);
    expect(mix.filter((request) => request.headers?.cookie === 'd=1').length).toBeGreaterThanOrEqual(2);
    expect(mix.some((request) => request.path === '/admin/posts' && request.headers?.cookie === 'e=1')).toBe(true);
    expect(mix.find((request) => request.method === 'POST')).toMatchObject({ path: '/api/views', body: '{"kind":"condition","slug":"calcinosis"}' });
  });
});

describe('running a soak', () => {
  const servers: http.Server[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('counts the 5xx answers of a mix on real sockets and samples memory', async () => {
    const server = http.createServer((req, res) => {
      res.statusCode = req.url === '/broken' ? 503 : 200;
      res.end('ok');
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const soak = await runSoak({
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      serverPid: process.pid,
      mix: [{ path: '/' }, { path: '/broken' }],
      seconds: 2,
      connections: 2,
    });
    expect(soak.requests).toBeGreaterThan(10);
    // Each connection alternates: about half the answers are the broken path's 503.
    expect(soak.serverErrors).toBeGreaterThan(soak.requests / 4);
    expect(soak.noAnswer).toBe(0);
    expect(soak.memory.peakBytes).toBeGreaterThan(0);
    expect(judgeSoak(soak).isMet).toBe(false);
  });
});
