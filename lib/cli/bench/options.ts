/** The command line of `npm run bench`. */

export const BENCH_USAGE =
  'usage: npm run bench [-- --posts N] [--duration SECONDS] [--warmup SECONDS] [--connections N] [--queries N] [--soak SECONDS]';

export type BenchOptions = {
  /** Also load this many synthetic posts into a database of their own and time search there. */
  posts: number | null;
  /** Seconds measured per page. */
  duration: number;
  /** Seconds of load before each measurement, not counted. */
  warmup: number;
  connections: number;
  /** Search queries timed with --posts. */
  queries: number;
  /** Instead of the pages one at a time: this many seconds of mixed traffic (lib/cli/bench/soak.ts). */
  soak: number | null;
};

const DEFAULTS: BenchOptions = { posts: null, duration: 10, warmup: 3, connections: 50, queries: 200, soak: null };

const LIMITS: Record<keyof BenchOptions, [number, number]> = {
  posts: [1, 5_000_000],
  duration: [1, 600],
  warmup: [0, 600],
  connections: [1, 1_000],
  queries: [1, 100_000],
  soak: [10, 86_400],
};

export function parseBenchArgs(args: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...DEFAULTS };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const name = flag.replace(/^--/, '') as keyof BenchOptions;
    if (!flag.startsWith('--') || !(name in LIMITS)) throw new Error(`unknown option ${arg} (${BENCH_USAGE})`);
    const raw = inline ?? args[++i];
    const value = Number(raw?.replace(/_/g, ''));
    const [min, max] = LIMITS[name];
    if (raw === undefined || !Number.isInteger(value) || value < min || value > max) {
      throw new Error(`${flag} needs a whole number from ${min} to ${max} (${BENCH_USAGE})`);
    }
    options[name] = value;
  }
  return options;
}
