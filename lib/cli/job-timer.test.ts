import { afterEach, describe, expect, it, vi } from 'vitest';
import { startJobTimer } from './job-timer';

describe('startJobTimer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once after the first delay, then every interval, never two runs at once', async () => {
    vi.useFakeTimers();
    let active = 0;
    let most = 0;
    let runs = 0;
    let finish: (() => void) | undefined;
    const run = () => {
      runs += 1;
      active += 1;
      most = Math.max(most, active);
      return new Promise<void>((resolve) => {
        finish = () => {
          active -= 1;
          resolve();
        };
      });
    };
    const timer = startJobTimer({ run, intervalMs: 1000, firstDelayMs: 100, log: () => {} });
    await vi.advanceTimersByTimeAsync(99);
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(1);
    // The first run is still going: the next ticks are skipped, not stacked.
    await vi.advanceTimersByTimeAsync(3000);
    expect(runs).toBe(1);
    finish!();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(2);
    expect(most).toBe(1);
    finish!();
    await timer.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(2);
  });

  it('logs a failed run and keeps going', async () => {
    vi.useFakeTimers();
    const logged: string[] = [];
    let runs = 0;
    const timer = startJobTimer({
      run: async () => {
        runs += 1;
        throw new Error('database away');
      },
      intervalMs: 1000,
      firstDelayMs: 0,
      log: (line) => logged.push(line),
    });
    await vi.advanceTimersByTimeAsync(2500);
    expect(runs).toBe(3);
    expect(logged).toEqual(Array(3).fill('jobs failed: database away'));
    await timer.stop();
  });

  it('stop waits for the run under way', async () => {
    vi.useFakeTimers();
    let isDone = false;
    const timer = startJobTimer({
      run: () => new Promise<void>((resolve) => setTimeout(() => ((isDone = true), resolve()), 500)),
      intervalMs: 1000,
      firstDelayMs: 0,
      log: () => {},
    });
    await vi.advanceTimersByTimeAsync(1);
    const stopped = timer.stop();
    await vi.advanceTimersByTimeAsync(500);
    await stopped;
    expect(isDone).toBe(true);
  });
});
