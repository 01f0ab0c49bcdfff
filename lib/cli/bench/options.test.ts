import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './options';

describe('parseBenchArgs', () => {
  it('defaults to the issue\'s run: 50 connections, 10 s after a 3 s warm-up, no synthetic posts', () => {
    expect(parseBenchArgs([])).toEqual({ posts: null, duration: 10, warmup: 3, connections: 50, queries: 200, soak: null });
  });

  it('reads --posts 100000, --posts=100_000 and the other numbers', () => {
    expect(parseBenchArgs(['--posts', '100000']).posts).toBe(100_000);
    expect(parseBenchArgs(['--posts=100_000', '--duration', '5', '--warmup=0']).posts).toBe(100_000);
    expect(parseBenchArgs(['--duration', '5', '--warmup=0'])).toMatchObject({ duration: 5, warmup: 0 });
    expect(parseBenchArgs(['--soak', '300']).soak).toBe(300);
    expect(() => parseBenchArgs(['--soak', '1'])).toThrow(/--soak needs a whole number from 10/);
  });

  it('refuses unknown options and values that are not sensible whole numbers', () => {
    expect(() => parseBenchArgs(['--post', '10'])).toThrow(/unknown option --post/);
    expect(() => parseBenchArgs(['--posts'])).toThrow(/--posts needs a whole number/);
    expect(() => parseBenchArgs(['--posts', 'many'])).toThrow(/--posts needs a whole number/);
    expect(() => parseBenchArgs(['--connections', '0'])).toThrow(/--connections/);
    expect(() => parseBenchArgs(['100000'])).toThrow(/unknown option 100000/);
  });
});
